package org.resdom.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a resolution. Every format's reader has this shape; readers are immutable and
 * thread-safe, configured once through their builder. Bad content never throws: it is reported
 * in the {@link ReadResult}. Only a failing stream throws {@link IOException}.
 */
public interface ResolutionReader {

    /** @return the name of the format this reader reads ({@code text}, {@code json}, ...; see {@link FormatProvider#name()}) */
    String format();

    /**
     * Reads from a character stream (not closed).
     *
     * @param in the input
     * @return the document and diagnostics
     * @throws IOException if the stream fails
     */
    ReadResult read(Reader in) throws IOException;

    /**
     * Reads a string.
     *
     * @param input the input
     * @return the document and diagnostics
     * @throws NullPointerException if {@code input} is null (the message names it)
     */
    default ReadResult read(String input) {
        java.util.Objects.requireNonNull(input, "input must not be null");
        try {
            return read(new StringReader(input));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads UTF-8 bytes (not closed). Decoding is strict, as for {@link #read(Path)}: bytes that
     * are not UTF-8 are not replaced silently but make the read fail.
     *
     * @param in the input
     * @return the document and diagnostics
     * @throws IOException if the stream fails, or ({@link java.nio.charset.MalformedInputException})
     *         if it is not UTF-8
     */
    default ReadResult read(InputStream in) throws IOException {
        java.util.Objects.requireNonNull(in, "in must not be null");
        return read(new org.resdom.io.internal.Utf8Reader(in));
    }

    /**
     * Reads a UTF-8 file.
     *
     * @param file the file
     * @return the document and diagnostics
     * @throws IOException if the file cannot be read
     */
    default ReadResult read(Path file) throws IOException {
        java.util.Objects.requireNonNull(file, "file must not be null");
        try (InputStream in = Files.newInputStream(file)) {
            return read(in);
        }
    }
}

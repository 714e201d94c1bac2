package org.resdom.io;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import org.resdom.model.Resolution;

/**
 * Writes a resolution. Every format's writer has this shape; writers are immutable and
 * thread-safe, configured once through their builder.
 */
public interface ResolutionWriter {

    /** @return the format this writer writes */
    Format format();

    /**
     * Writes to a character stream (flushed, not closed).
     *
     * @param resolution the document
     * @param out the output
     * @throws IOException if the stream fails
     */
    void write(Resolution resolution, Writer out) throws IOException;

    /**
     * Writes UTF-8 bytes (flushed, not closed). Encoding is strict ({@link Utf8Output}): a
     * character UTF-8 cannot carry is refused, never replaced.
     *
     * @param resolution the document
     * @param out the output
     * @throws IOException if the stream fails, or ({@link java.nio.charset.CharacterCodingException})
     *         if the output holds a lone surrogate
     */
    default void write(Resolution resolution, OutputStream out) throws IOException {
        Utf8Output w = Utf8Output.to(out);
        write(resolution, w);
        w.finish();
    }

    /**
     * Writes to a string.
     *
     * @param resolution the document
     * @return the written document
     */
    default String write(Resolution resolution) {
        StringWriter w = new StringWriter();
        try {
            write(resolution, w);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w.toString();
    }
}

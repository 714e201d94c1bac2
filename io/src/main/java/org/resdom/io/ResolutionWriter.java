package org.resdom.io;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Objects;
import org.resdom.diagnostic.Diagnostic;
import org.resdom.model.Resolution;

/**
 * Writes a resolution. Every format's writer has this shape; writers are immutable and
 * thread-safe, configured once through their builder.
 */
public interface ResolutionWriter {

    /**
     * The code of {@link #notCarried(Resolution)}'s diagnostics: the format has no place for part
     * of the document, which the output leaves out (a warning).
     */
    String NOT_CARRIED = "WRITE-NOT-CARRIED";

    /** @return the name of the format this writer writes ({@code text}, {@code json}, ...; see {@link FormatProvider#name()}) */
    String format();

    /**
     * What this writer leaves out of the document: one {@value #NOT_CARRIED} warning per kind of
     * content its format has no place for (the metadata, the Akoma Ntoso source's own content
     * kept as {@code akn.*} hints, an unknown element's name and attributes …), naming how much
     * and where to write it instead. Empty when the output carries the whole document, as JSON,
     * resdom XML and Akoma Ntoso do. The command line prints them for each file it converts.
     *
     * <pre>{@code
     * writer.notCarried(resolution).forEach(d -> System.err.println(d.format("res71.akn.xml")));
     * }</pre>
     *
     * @param resolution the document
     * @return the diagnostics, in a stable order; empty when nothing is left out
     */
    default List<Diagnostic> notCarried(Resolution resolution) {
        Objects.requireNonNull(resolution, "resolution must not be null");
        return List.of();
    }

    /**
     * Writes to a character stream (flushed, not closed).
     *
     * @param resolution the document
     * @param out the output
     * @throws IOException if the stream fails
     * @throws WriteRefusedException if the format has no form for some content, which would read back
     *     changed (the message says what and where)
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
     * @throws NullPointerException if an argument is null (the message names it)
     */
    default void write(Resolution resolution, OutputStream out) throws IOException {
        Objects.requireNonNull(resolution, "resolution must not be null");
        Objects.requireNonNull(out, "out must not be null");
        Utf8Output w = Utf8Output.to(out);
        write(resolution, w);
        w.finish();
    }

    /**
     * Writes a UTF-8 file, replacing it if it exists (as {@link ResolutionReader#read(Path)} reads
     * one). The bytes go through {@link #write(Resolution, OutputStream)} (strict UTF-8) into a
     * temporary file in the same folder, which is then moved over the target: a write that fails
     * (a lone surrogate, a full disk) leaves no partial file and an existing file as it was. A
     * target that exists and is not a regular file (a device such as {@code /dev/null}, a named
     * pipe) is written into directly; a symbolic link is followed, so the file it names is replaced.
     *
     * @param resolution the document
     * @param file the file
     * @throws IOException if the file cannot be written, or ({@link java.nio.charset.CharacterCodingException})
     *         if the output holds a lone surrogate
     * @throws NullPointerException if an argument is null (the message names it)
     */
    default void write(Resolution resolution, Path file) throws IOException {
        Objects.requireNonNull(resolution, "resolution must not be null");
        Objects.requireNonNull(file, "file must not be null");
        Path target = Files.isSymbolicLink(file) && Files.exists(file) ? file.toRealPath() : file;
        if (Files.exists(target) && !Files.isRegularFile(target)) {
            try (OutputStream out = Files.newOutputStream(target)) {
                write(resolution, out);
            }
            return;
        }
        Path folder = target.toAbsolutePath().getParent();
        Path temp = Files.createTempFile(folder, ".resdom-", ".tmp");
        try {
            try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(temp))) {
                write(resolution, out);
            }
            try {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (java.nio.file.AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * Writes to a string.
     *
     * @param resolution the document
     * @return the written document
     */
    default String write(Resolution resolution) {
        Objects.requireNonNull(resolution, "resolution must not be null");
        org.resdom.io.internal.StringBuilderWriter w = new org.resdom.io.internal.StringBuilderWriter(1 << 14);
        try {
            write(resolution, w);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w.toString();
    }
}

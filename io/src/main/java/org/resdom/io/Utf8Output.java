package org.resdom.io;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;

/**
 * Strict UTF-8 output: a character UTF-8 cannot carry (a lone UTF-16 surrogate) is refused with
 * an {@link IOException} that names it and its position, never replaced with {@code ?}. Every
 * byte stream resdom writes goes through it ({@link ResolutionWriter#write(org.resdom.model.Resolution,
 * OutputStream)}, the command line's files and standard output). The JSON, XML and Akoma Ntoso
 * writers escape such characters, so only plain text can meet the refusal.
 *
 * <pre>{@code
 * try (Utf8Output out = Utf8Output.to(stream)) {
 *     writer.write(resolution, out);
 *     out.finish();
 * }
 * }</pre>
 */
public final class Utf8Output extends Writer {

    private final Writer out;
    private long position;
    private boolean pendingHigh;
    private char last;

    private Utf8Output(OutputStream stream) {
        this.out = new OutputStreamWriter(
                Objects.requireNonNull(stream, "stream must not be null"),
                StandardCharsets.UTF_8
                        .newEncoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT));
    }

    /**
     * @param stream where the bytes go (closed when this writer is closed)
     * @return a strict UTF-8 writer
     */
    public static Utf8Output to(OutputStream stream) {
        return new Utf8Output(stream);
    }

    /**
     * Where UTF-8 cannot carry a text.
     *
     * @param s a text
     * @return the index of its first lone surrogate; empty when UTF-8 carries it all
     */
    public static java.util.OptionalInt firstLoneSurrogate(CharSequence s) {
        Objects.requireNonNull(s, "s must not be null");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return java.util.OptionalInt.of(i);
            }
        }
        return java.util.OptionalInt.empty();
    }

    /**
     * The message for a character UTF-8 cannot carry.
     *
     * @param c the code unit
     * @param index its index in the output (UTF-16 code units)
     * @return the message
     */
    public static String message(char c, long index) {
        return String.format(
                Locale.ROOT,
                "U+%04X at character %d is a lone surrogate, which UTF-8 cannot carry;"
                        + " nothing was substituted (JSON, XML and Akoma Ntoso escape it)",
                (int) c,
                index);
    }

    @Override
    public void write(char[] cbuf, int off, int len) throws IOException {
        Objects.checkFromIndexSize(off, len, cbuf.length);
        for (int i = off; i < off + len; i++) {
            char c = cbuf[i];
            if (pendingHigh && !Character.isLowSurrogate(c)) {
                throw new CharacterCoding(message(last, position - 1));
            }
            if (Character.isLowSurrogate(c) && !pendingHigh) {
                throw new CharacterCoding(message(c, position));
            }
            pendingHigh = Character.isHighSurrogate(c);
            last = c;
            position++;
        }
        out.write(cbuf, off, len);
    }

    @Override
    public void write(String str, int off, int len) throws IOException {
        write(str.toCharArray(), off, len);
    }

    /**
     * Checks that the output does not end in half a surrogate pair, then flushes.
     *
     * @throws IOException if it does, or the stream fails
     */
    public void finish() throws IOException {
        if (pendingHigh) {
            throw new CharacterCoding(message(last, position - 1));
        }
        out.flush();
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }

    @Override
    public void close() throws IOException {
        out.close();
    }

    /** The refusal: a {@link CharacterCodingException} with a message. */
    private static final class CharacterCoding extends CharacterCodingException {
        private static final long serialVersionUID = 1L;
        private final String message;

        CharacterCoding(String message) {
            this.message = message;
        }

        @Override
        public String getMessage() {
            return message;
        }
    }
}

package org.resdom.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.resdom.io.FormatProvider;
import org.resdom.io.Formats;
import org.resdom.io.Positions;
import org.resdom.io.ReadLimits;
import org.resdom.io.ReadResult;

/**
 * Reads an input file: strict UTF-8 decoded while streaming, format detection, then the
 * format's reader. Memory stays bounded by the readers' character limit: decoding stops one
 * character past {@link ReadLimits#maxChars()} (the reader then reports {@code IO-LIMIT}), so a
 * large file is never held as bytes and characters at once. A binary format (PDF) is found by
 * its name or first bytes and read from the file by its own reader.
 */
final class Loader {
    /** Files larger than this are refused before being read (the readers' own limit is 16 Mi chars). */
    static final long MAX_BYTES = 64L * 1024 * 1024;

    private static final int CHUNK = 1 << 16;

    private Loader() {}

    /** An input that could not be read; the message is for a person. */
    static final class InputException extends Exception {
        private static final long serialVersionUID = 1L;

        InputException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /**
     * Reads a file.
     *
     * @param file the input
     * @param from the format to read, or empty to detect it
     * @param positions which positions the nodes get (see {@link Positions})
     * @return what was read
     * @throws InputException if the file cannot be read, is not UTF-8, or the reader failed
     */
    static Loaded load(InputFile file, Optional<FormatProvider> from, Positions positions) throws InputException {
        if (!StandardInput.is(file)) {
            Optional<FormatProvider> binary =
                    from.isPresent() ? from.filter(FormatProvider::binary) : binaryByPeek(file.path());
            if (binary.isPresent()) {
                return readBinary(file, binary.get(), positions);
            }
        }
        String text = StandardInput.is(file)
                ? readStandardInput()
                : read(file.path(), ReadLimits.defaults().maxChars() + 1);
        FormatProvider format = from.or(() -> Formats.detect(file.path(), text))
                .orElseThrow(() -> new InputException(
                        "no format found reads it (found: " + String.join(", ", Formats.names()) + "); give --from",
                        null));
        // a byte order mark is not content; the text reader records it so that text is written back with it
        String input = !format.name().equals("text") && text.startsWith("\uFEFF") ? text.substring(1) : text;
        requireReadable(format);
        ReadResult result;
        try {
            FormatProvider.ReaderBuilder reader = format.readerBuilder();
            // a format that carries no spans of an earlier reading gives positions in this file: asked, not assumed
            reader.positions(reader.supportedPositions().contains(positions) ? positions : Positions.DOCUMENT);
            result = reader.build().read(input);
        } catch (RuntimeException | StackOverflowError e) {
            throw new InputException("the " + format.name() + " reader failed: " + Session.describe(e), e);
        }
        return new Loaded(file, format, result);
    }

    /** Refuses a write-only format (such as HTML) as input, with the reason. */
    private static void requireReadable(FormatProvider format) throws InputException {
        if (!format.canRead()) {
            throw new InputException(
                    "the " + format.name() + " format cannot be read: resdom writes " + format.name()
                            + " but does not read it",
                    null);
        }
    }

    /** The format of a file whose first bytes (or name) say it is binary, such as {@code %PDF-}. */
    private static Optional<FormatProvider> binaryByPeek(Path path) {
        if (!Files.isRegularFile(path)) {
            return Optional.empty();
        }
        byte[] head = new byte[1024];
        int n = 0;
        try (InputStream in = Files.newInputStream(path)) {
            for (int r; n < head.length && (r = in.read(head, n, head.length - n)) > 0; ) {
                n += r;
            }
        } catch (IOException e) {
            return Optional.empty(); // reading it again says why
        }
        return Formats.detect(path, new String(head, 0, n, StandardCharsets.ISO_8859_1))
                .filter(FormatProvider::binary);
    }

    /** Reads a binary format's file with its own reader, bounded by {@link #MAX_BYTES}. */
    private static Loaded readBinary(InputFile file, FormatProvider format, Positions positions) throws InputException {
        Path path = file.path();
        ReadResult result;
        try {
            if (!Files.isRegularFile(path)) {
                throw new InputException(notRegular(path), null);
            }
            long size = Files.size(path);
            if (size > MAX_BYTES) {
                throw new InputException(
                        String.format(Locale.ROOT, "too large (%,d bytes; the limit is %,d)", size, MAX_BYTES), null);
            }
            requireReadable(format);
            FormatProvider.ReaderBuilder reader = format.readerBuilder();
            reader.positions(reader.supportedPositions().contains(positions) ? positions : Positions.DOCUMENT);
            result = reader.build().read(path);
        } catch (IOException e) {
            throw new InputException("cannot read: " + Session.describe(e), e);
        } catch (RuntimeException | StackOverflowError e) {
            throw new InputException("the " + format.name() + " reader failed: " + Session.describe(e), e);
        }
        return new Loaded(file, format, result);
    }

    private static String readStandardInput() throws InputException {
        try {
            return decode(StandardInput.readAll(MAX_BYTES));
        } catch (IOException e) {
            throw new InputException("cannot read standard input: " + Session.describe(e), e);
        }
    }

    /**
     * Reads and decodes a file.
     *
     * @param path the file
     * @param maxChars the most characters kept; the rest of the file is not read
     * @return the text (a leading byte order mark kept)
     * @throws InputException if it cannot be read, is too large, or is not UTF-8
     */
    static String read(Path path, long maxChars) throws InputException {
        try {
            if (!Files.isRegularFile(path)) {
                throw new InputException(notRegular(path), null);
            }
            long size = Files.size(path);
            if (size > MAX_BYTES) {
                throw new InputException(
                        String.format(Locale.ROOT, "too large (%,d bytes; the limit is %,d)", size, MAX_BYTES), null);
            }
            try (InputStream in = Files.newInputStream(path)) {
                return decode(in, (int) Math.min(size, maxChars), maxChars);
            }
        } catch (IOException e) {
            throw new InputException("cannot read: " + Session.describe(e), e);
        }
    }

    /** Why a path that is not a regular file cannot be read, for a person. */
    private static String notRegular(Path path) {
        if (Files.isSymbolicLink(path) && !Files.exists(path)) {
            String target;
            try {
                target = " to " + Files.readSymbolicLink(path);
            } catch (IOException | UnsupportedOperationException e) {
                target = "";
            }
            return "a broken symbolic link" + target + " (its target does not exist)";
        }
        if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
            return "no such file";
        }
        if (Files.isDirectory(path)) {
            return "a folder, not a file";
        }
        return "not a regular file (a device, pipe or socket cannot be read as a document)";
    }

    /**
     * Decodes strict UTF-8 while streaming.
     *
     * @param in the bytes
     * @param expected how many characters to make room for at first
     * @param maxChars the most characters kept
     * @return the text
     * @throws IOException if the stream fails
     * @throws InputException naming the line and byte offset of the first malformed byte
     */
    static String decode(InputStream in, int expected, long maxChars) throws IOException, InputException {
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        StringBuilder text = new StringBuilder(Math.max(16, expected));
        ByteBuffer bytes = ByteBuffer.allocate(CHUNK);
        CharBuffer chars = CharBuffer.allocate(CHUNK);
        long consumed = 0;
        int lines = 1;
        boolean eof = false;
        while (text.length() < maxChars) {
            int n = eof ? -1 : in.read(bytes.array(), bytes.position(), bytes.remaining());
            if (n < 0) {
                eof = true;
            } else {
                bytes.position(bytes.position() + n);
            }
            bytes.flip();
            int before = bytes.position();
            CoderResult r = decoder.decode(bytes, chars, eof);
            if (eof && r.isUnderflow()) {
                r = decoder.flush(chars);
            }
            consumed += bytes.position() - before;
            chars.flip();
            for (int i = chars.position(); i < chars.limit(); i++) {
                if (chars.get(i) == '\n') {
                    lines++;
                }
            }
            int room = (int) Math.min(chars.remaining(), maxChars - text.length());
            text.append(chars.array(), chars.position(), room);
            chars.clear();
            if (r.isError()) {
                throw new InputException(
                        String.format(
                                Locale.ROOT,
                                "not UTF-8 text: invalid byte 0x%02X on line %d (byte offset %d); save the file as UTF-8"
                                        + " and try again",
                                bytes.get(bytes.position()) & 0xFF,
                                lines,
                                consumed),
                        null);
            }
            bytes.compact();
            if (eof && r.isUnderflow()) {
                break;
            }
        }
        return text.toString();
    }

    /**
     * Decodes strict UTF-8 bytes (a leading byte order mark is dropped).
     *
     * @param bytes the bytes
     * @return the text
     * @throws InputException naming the line and byte offset of the first malformed byte
     */
    static String decode(byte[] bytes) throws InputException {
        try {
            String s = decode(new java.io.ByteArrayInputStream(bytes), bytes.length, Long.MAX_VALUE);
            return s.startsWith("\uFEFF") ? s.substring(1) : s;
        } catch (IOException e) {
            throw new InputException("cannot read: " + Session.describe(e), e);
        }
    }
}

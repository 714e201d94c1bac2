package org.resdom.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.util.Locale;
import java.util.Optional;
import org.resdom.io.Format;
import org.resdom.io.Formats;
import org.resdom.io.Positions;
import org.resdom.io.ReadResult;
import org.resdom.io.pdf.PdfResolutionReader;

/** Reads an input file: PDF by name or magic bytes, else strict UTF-8, format detection, then the format's reader. */
final class Loader {
    /** Files larger than this are refused before being read (the readers' own limit is 16 Mi chars). */
    static final long MAX_BYTES = 64L * 1024 * 1024;

    private Loader() {
    }

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
    static Loaded load(InputFile file, Optional<Format> from, Positions positions) throws InputException {
        byte[] bytes = readBytes(file);
        boolean pdf = from.map(f -> f == Format.PDF).orElseGet(() -> isPdf(file, bytes));
        if (pdf) {
            try {
                return new Loaded(file, Format.PDF, PdfResolutionReader.create().read(bytes));
            } catch (RuntimeException | StackOverflowError e) {
                throw new InputException("the pdf reader failed: " + Session.describe(e), e);
            }
        }
        String text = decode(bytes);
        Format format = from.orElseGet(() -> Formats.detect(file.path(), text.substring(0, Math.min(text.length(), 4096))));
        ReadResult result;
        try {
            result = Formats.reader(format, positions).read(text);
        } catch (RuntimeException | StackOverflowError e) {
            throw new InputException("the " + format.code() + " reader failed: " + Session.describe(e), e);
        }
        return new Loaded(file, format, result);
    }

    /** A PDF by its name or its first bytes ({@code %PDF-}). */
    private static boolean isPdf(InputFile file, byte[] bytes) {
        String name = String.valueOf(file.path().getFileName()).toLowerCase(Locale.ROOT);
        boolean magic = bytes.length >= 5 && bytes[0] == '%' && bytes[1] == 'P' && bytes[2] == 'D' && bytes[3] == 'F'
                && bytes[4] == '-';
        return magic || name.endsWith(".pdf");
    }

    private static byte[] readBytes(InputFile file) throws InputException {
        try {
            if (!Files.isRegularFile(file.path())) {
                throw new InputException("not a regular file", null);
            }
            long size = Files.size(file.path());
            if (size > MAX_BYTES) {
                throw new InputException(String.format(Locale.ROOT, "too large (%,d bytes; the limit is %,d)",
                        size, MAX_BYTES), null);
            }
            return Files.readAllBytes(file.path());
        } catch (NoSuchFileException e) {
            throw new InputException("no such file", e);
        } catch (AccessDeniedException e) {
            throw new InputException("cannot read: permission denied", e);
        } catch (IOException e) {
            throw new InputException("cannot read: " + Session.describe(e), e);
        }
    }

    /**
     * Decodes strict UTF-8 (a leading byte order mark is dropped).
     *
     * @param bytes the bytes
     * @return the text
     * @throws InputException naming the line and byte offset of the first malformed byte
     */
    static String decode(byte[] bytes) throws InputException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult r = decoder.decode(in, out, true);
        if (!r.isError()) {
            r = decoder.flush(out);
        }
        if (r.isError()) {
            int at = in.position();
            int line = 1;
            for (int i = 0; i < at; i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            throw new InputException(String.format(Locale.ROOT,
                    "not UTF-8 text: invalid byte 0x%02X on line %d (byte offset %d); save the file as UTF-8 and try again",
                    bytes[at] & 0xFF, line, at), null);
        }
        out.flip();
        String s = out.toString();
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }
}

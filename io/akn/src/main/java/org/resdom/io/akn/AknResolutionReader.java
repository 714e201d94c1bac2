package org.resdom.io.akn;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.SequenceInputStream;
import org.resdom.io.ReadLimits;
import org.resdom.io.ReadResult;
import org.resdom.io.ResolutionReader;
import org.resdom.io.internal.Utf8Bytes;
import org.resdom.io.internal.Utf8Reader;

/**
 * Reads Akoma Ntoso 3.0 with StAX, in one streaming pass: documents written by
 * {@link AknResolutionWriter} (recognized by their {@code <proprietary source="#resdom">}
 * block) come back exactly, whitespace included; documents written by others (such as the
 * UN's AKN4UN resolutions) are read with whitespace runs collapsed to one space and paragraph
 * ends trimmed, preamble phrases taken from the leading italic span, UN resolution numbers
 * such as {@code 46/7} recognized as citations, and what has no place in the model (cover
 * page, conclusions, workflow, keywords) kept in the metadata under {@code akn.…} keys.
 *
 * <pre>{@code
 * ReadResult result = AknResolutionReader.create().read(Path.of("A_HRC_RES_55_2E.xml"));
 * result.resolution().preamble().get(0).phrase().kind();   // GUIDED
 * }</pre>
 *
 * <p>Bytes ({@link #read(InputStream)}, {@link #read(java.nio.file.Path)}) and strings are parsed
 * by resdom's own XML parser, which reads UTF-8 without decoding the markup and gives the events StAX gives;
 * an input it leaves to StAX (one that is not well-formed, or has a DOCTYPE, a byte order mark,
 * an encoding other than UTF-8 declared) is read with StAX, as a {@link Reader} is, so the result
 * and the diagnostics are the same either way.
 *
 * <p>DTDs and external entities are refused; {@link ReadLimits} bound the size and depth; bad
 * content gives diagnostics (codes {@code AKN-…}, {@code IO-LIMIT}) with line and column, never
 * an exception. Immutable and thread-safe.
 */
public final class AknResolutionReader implements ResolutionReader {

    private final ReadLimits limits;

    private AknResolutionReader(Builder builder) {
        this.limits = builder.limits;
    }

    /** @return a reader with the default settings */
    public static AknResolutionReader create() {
        return builder().build();
    }

    /** @return a builder with the default settings */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public String format() {
        return "akn";
    }

    /** @return the limits this reader enforces */
    public ReadLimits limits() {
        return limits;
    }

    @Override
    public ReadResult read(Reader in) throws IOException {
        java.util.Objects.requireNonNull(in, "in must not be null");
        return limits.checkDepth(new AknParser(limits).run(in));
    }

    /**
     * Reads UTF-8 bytes (not closed), with resdom's own XML parser where it can (see above), else
     * as {@link ResolutionReader#read(InputStream)} does.
     *
     * @param in the input
     * @return the document and diagnostics
     * @throws IOException if the stream fails, or ({@link java.nio.charset.MalformedInputException})
     *         if it is not UTF-8
     */
    @Override
    public ReadResult read(InputStream in) throws IOException {
        java.util.Objects.requireNonNull(in, "in must not be null");
        // more bytes than this are more characters than the limit (at most three bytes a character)
        int cap = (int) Math.min(Integer.MAX_VALUE - 16L, limits.maxChars() * 3 + 4);
        // one read when the stream knows how much it holds (a file, an array), else growing
        byte[] bytes = new byte[(int) Math.min(cap, Math.max(8192L, in.available() + 1L))];
        int n = 0;
        while (true) {
            int r = in.readNBytes(bytes, n, bytes.length - n);
            n += r;
            if (n < bytes.length || n == cap) {
                break;
            }
            bytes = java.util.Arrays.copyOf(bytes, (int) Math.min(cap, bytes.length * 2L));
        }
        if (n == cap) {
            int more = in.read();
            if (more >= 0) {
                InputStream rest = new SequenceInputStream(
                        new ByteArrayInputStream(bytes, 0, n),
                        new SequenceInputStream(new ByteArrayInputStream(new byte[] {(byte) more}), in));
                return read(new Utf8Reader(rest));
            }
        }
        // (bytes that are not UTF-8 make the byte parser give up: then Utf8Reader throws, as always)
        if (n <= limits.maxChars()
                || Utf8Bytes.wellFormed(bytes, 0, n) && Utf8Bytes.chars(bytes, 0, n) <= limits.maxChars()) {
            ReadResult r = new AknParser(limits).run(bytes, n);
            if (r != null) {
                return limits.checkDepth(r);
            }
        }
        return read(new Utf8Reader(new ByteArrayInputStream(bytes, 0, n)));
    }

    /**
     * Reads a string, with resdom's own XML parser over its UTF-8 encoding where it can (see
     * above), else with StAX, as {@link #read(Reader)} does.
     *
     * @param input the input
     * @return the document and diagnostics
     */
    @Override
    public ReadResult read(String input) {
        java.util.Objects.requireNonNull(input, "input must not be null");
        if (input.length() <= limits.maxChars() && !loneSurrogate(input)) {
            byte[] bytes = input.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            ReadResult r = new AknParser(limits).run(bytes, bytes.length);
            if (r != null) {
                return limits.checkDepth(r);
            }
        }
        return ResolutionReader.super.read(input);
    }

    /** Whether a string holds half a surrogate pair, which has no UTF-8 form. */
    private static boolean loneSurrogate(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                    i++;
                } else {
                    return true;
                }
            }
        }
        return false;
    }

    /** Configures a {@link AknResolutionReader}. */
    public static final class Builder {
        private ReadLimits limits = ReadLimits.defaults();

        private Builder() {}

        /**
         * @param value the limits
         * @return this builder
         */
        public Builder limits(ReadLimits value) {
            this.limits = java.util.Objects.requireNonNull(value, "value must not be null");
            return this;
        }

        /** @return the reader */
        public AknResolutionReader build() {
            return new AknResolutionReader(this);
        }
    }
}

package org.resdom.io.text;

import java.io.IOException;
import java.io.Reader;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.Optional;
import org.resdom.io.ReadLimits;
import org.resdom.io.ReadResult;
import org.resdom.io.ResolutionReader;
import org.resdom.io.text.internal.TextParser;
import org.resdom.model.Language;

/**
 * Reads plain text, as extracted from Word: title line, subject, opening formula, preamble and
 * operative sections with labelled paragraphs and sub-items, bookmarks, footnotes, annexes, and
 * the citations in the text. The language is detected from the phrases unless given. Nothing
 * is dropped: text that cannot be placed becomes an {@link org.resdom.model.Unrecognized} node
 * with a diagnostic, and layout facts go to {@code text.*} metadata, so that
 * {@link TextResolutionWriter} writes the input back byte for byte. Diagnostic codes are
 * listed in {@link TextCodes}. Immutable and thread-safe.
 *
 * <pre>{@code
 * TextResolutionReader reader = TextResolutionReader.builder().language(Language.FRENCH).build();
 * ReadResult result = reader.read(Path.of("res71.txt"));
 * result.diagnostics().forEach(d -> System.out.println(d.format("res71.txt")));
 * }</pre>
 */
public final class TextResolutionReader implements ResolutionReader {

    /**
     * Metadata key set to {@code true} when the text began with a byte order mark (U+FEFF);
     * the text writer then writes one. The mark is not part of the heading.
     */
    public static final String META_BYTE_ORDER_MARK = "text.byte-order-mark";

    private final ReadLimits limits;
    private final Language language;

    private TextResolutionReader(Builder builder) {
        this.limits = builder.limits;
        this.language = builder.language;
    }

    /** @return a reader with the default settings */
    public static TextResolutionReader create() {
        return builder().build();
    }

    /** @return a builder with the default settings */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public String format() {
        return "text";
    }

    /** @return the limits this reader enforces */
    public ReadLimits limits() {
        return limits;
    }

    /** @return the language given to the reader, or empty when it detects the language */
    public Optional<Language> language() {
        return Optional.ofNullable(language);
    }

    @Override
    public ReadResult read(Reader in) throws IOException {
        Objects.requireNonNull(in, "in must not be null");
        long max = limits.maxChars();
        StringBuilder sb = new StringBuilder();
        char[] buf = new char[8192];
        boolean truncated = false;
        int n;
        while ((n = in.read(buf)) >= 0) {
            long room = max - sb.length();
            if (n > room) {
                sb.append(buf, 0, (int) room);
                truncated = true;
                break;
            }
            sb.append(buf, 0, n);
        }
        return parse(sb.toString(), truncated);
    }

    @Override
    public ReadResult read(String input) {
        Objects.requireNonNull(input, "input must not be null");
        boolean truncated = input.length() > limits.maxChars();
        String text = truncated ? input.substring(0, (int) limits.maxChars()) : input;
        return parse(text, truncated);
    }

    /**
     * Parses, keeping a leading byte order mark as the metadata {@value #META_BYTE_ORDER_MARK}
     * (so that the text writer writes it back), then holds the document to the depth limit.
     */
    private ReadResult parse(String text, boolean truncated) {
        boolean bom = text.startsWith("\uFEFF");
        ReadResult r = TextParser.parse(bom ? text.substring(1) : text, language, limits, truncated);
        if (bom) {
            Map<String, String> meta = new TreeMap<>(r.resolution().metadata());
            meta.put(META_BYTE_ORDER_MARK, "true");
            r = new ReadResult(r.resolution().withMetadata(meta), r.diagnostics());
        }
        return limits.checkDepth(r);
    }

    /** Configures a {@link TextResolutionReader}. */
    public static final class Builder {
        private ReadLimits limits = ReadLimits.defaults();
        private Language language;

        private Builder() {
        }

        /**
         * @param value the limits
         * @return this builder
         */
        public Builder limits(ReadLimits value) {
            this.limits = Objects.requireNonNull(value, "value must not be null");
            return this;
        }

        /**
         * Reads every text as this language instead of detecting it.
         *
         * @param value a language; {@link Language#UNDETERMINED} uses the tables of all six
         * @return this builder
         */
        public Builder language(Language value) {
            this.language = Objects.requireNonNull(value, "value must not be null");
            return this;
        }

        /** @return the reader */
        public TextResolutionReader build() {
            return new TextResolutionReader(this);
        }
    }
}

package org.resdom.io.text;

import java.io.IOException;
import java.io.Reader;
import java.util.Objects;
import java.util.Optional;
import org.resdom.io.ReadLimits;
import org.resdom.io.ReadResult;
import org.resdom.io.ResolutionReader;
import org.resdom.io.TextCodes;
import org.resdom.io.layout.LayoutResolutionReader;
import org.resdom.io.text.internal.TextParser;
import org.resdom.model.Language;
import org.resdom.model.Resolution;

/**
 * Reads plain text, as extracted from Word: title line, subject, opening formula, preamble and
 * operative sections with labelled paragraphs and sub-items, bookmarks, footnotes, annexes, and
 * the citations in the text. The language is detected from the phrases unless given. Nothing
 * is dropped: text that cannot be placed becomes an {@link org.resdom.model.Unrecognized} node
 * with a diagnostic, and layout facts go to {@code text.*} {@linkplain org.resdom.model.SourceHints source hints}, so that
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
    private final Mode mode;

    private TextResolutionReader(Builder builder) {
        this.limits = builder.limits;
        this.language = builder.language;
        this.mode = builder.mode;
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

    /**
     * Parses (line per paragraph, or for its structure when the text looks extracted), keeping a
     * leading byte order mark as the source hint {@value #META_BYTE_ORDER_MARK} (so that the text
     * writer writes it back), then holds the document to the depth limit.
     */
    private ReadResult parse(String input, boolean truncated) {
        boolean bom = input.startsWith("\uFEFF");
        String text = bom ? input.substring(1) : input;
        ReadResult r = structure(text, truncated);
        if (bom) {
            Resolution res = r.resolution();
            r = new ReadResult(res.withHints(res.hints().with(META_BYTE_ORDER_MARK, "true")), r.diagnostics());
        }
        return limits.checkDepth(r);
    }

    private ReadResult structure(String text, boolean truncated) {
        Optional<String> kind = switch (mode) {
            case EXACT -> Optional.empty();
            case EXTRACTED -> Optional.of(LayoutResolutionReader.inputKind(text).orElse("text"));
            case AUTO -> truncated ? Optional.empty() : LayoutResolutionReader.inputKind(text);
        };
        if (kind.isPresent()) {
            return LayoutResolutionReader.of(limits, java.util.Optional.ofNullable(language))
                    .readText(text, kind.get());
        }
        return TextParser.parse(text, language, limits, truncated);
    }

    /** @return how this reader takes the lines of its input */
    public Mode mode() {
        return mode;
    }

    /** How the reader takes the lines of its input. */
    public enum Mode {
        /**
         * Line per paragraph, as resdom writes it, unless the text looks extracted from a PDF, a
         * web page or Word ({@link LayoutResolutionReader#inputKind(CharSequence)}); then it is
         * read for its structure.
         */
        AUTO,
        /** Always line per paragraph: what resdom writes reads back byte for byte. */
        EXACT,
        /** Always read for structure: wrapped lines joined, page furniture set aside. */
        EXTRACTED
    }

    @Override
    public ReadResult read(String input) {
        Objects.requireNonNull(input, "input must not be null");
        boolean truncated = input.length() > limits.maxChars();
        String text = truncated ? input.substring(0, (int) limits.maxChars()) : input;
        return parse(text, truncated);
    }

    /** Configures a {@link TextResolutionReader}. */
    public static final class Builder {
        private ReadLimits limits = ReadLimits.defaults();
        private Language language;
        private Mode mode = Mode.AUTO;

        private Builder() {}

        /**
         * @param value how to take the lines; {@link Mode#AUTO} by default
         * @return this builder
         */
        public Builder mode(Mode value) {
            this.mode = Objects.requireNonNull(value, "value must not be null");
            return this;
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

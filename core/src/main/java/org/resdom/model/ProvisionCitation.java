package org.resdom.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.resdom.internal.Checks;

/**
 * A citation of a provision of the ITU Constitution or Convention: {@code article 19 de la
 * Convention}, {@code numéro 235 de la Convention}, {@code No. 61A of the Convention}.
 *
 * @param instrument the Constitution or the Convention
 * @param article the article, such as {@code 19}
 * @param number the provision number, such as {@code 235} or {@code 61A}
 * @param paragraph the paragraph or sub-paragraph, such as {@code 10 bis}
 * @param text the exact source text
 * @param span where it came from, if known; not part of {@code equals}
 */
public record ProvisionCitation(
        Instrument instrument,
        Optional<String> article,
        Optional<String> number,
        Optional<String> paragraph,
        String text,
        Optional<SourceSpan> span)
        implements Citation {

    /** Checks for nulls and copies lists. */
    public ProvisionCitation {
        Checks.notNull(instrument, "instrument");
        Checks.optional(article, "article");
        Checks.optional(number, "number");
        Checks.optional(paragraph, "paragraph");
        Checks.notBlank(text, "text");
        Checks.optional(span, "span");
    }

    /**
     * Without a source span.
     *
     * @param instrument the Constitution or the Convention
     * @param article the article, such as {@code 19}
     * @param number the provision number, such as {@code 235} or {@code 61A}
     * @param paragraph the paragraph or sub-paragraph, such as {@code 10 bis}
     * @param text the exact source text
     * @return the node
     */
    public static ProvisionCitation of(
            Instrument instrument,
            Optional<String> article,
            Optional<String> number,
            Optional<String> paragraph,
            String text) {
        return new ProvisionCitation(instrument, article, number, paragraph, text, Optional.empty());
    }

    /**
     * A citation written the way ITU texts cite in English, its text derived: {@code No. 196 of
     * the ITU Constitution}, {@code Article 19 of the ITU Convention}, {@code No. 235 of Article
     * 19 of the ITU Convention}, {@code paragraph 2 of Article 19 of the ITU Convention}. The
     * recogniser reads the text back as this citation.
     *
     * @param instrument the Constitution or the Convention
     * @param article the article, when cited
     * @param number the provision's number ({@code No. 196}), when cited
     * @param paragraph the paragraph of the article, when cited (only with an article, and without a number)
     * @return the node, without a source span
     * @throws IllegalArgumentException when neither an article nor a number is given, or a
     *     paragraph without an article or with a number
     */
    public static ProvisionCitation of(
            Instrument instrument, Optional<String> article, Optional<String> number, Optional<String> paragraph) {
        Checks.notNull(instrument, "instrument");
        Checks.optional(article, "article");
        Checks.optional(number, "number");
        Checks.optional(paragraph, "paragraph");
        if (article.isEmpty() && number.isEmpty()) {
            throw new IllegalArgumentException("a provision needs an article or a number");
        }
        if (paragraph.isPresent() && (article.isEmpty() || number.isPresent())) {
            throw new IllegalArgumentException("a paragraph is cited with its article, and without a number");
        }
        StringBuilder t = new StringBuilder(48);
        number.ifPresent(n -> t.append("No. ").append(n).append(" of "));
        paragraph.ifPresent(p -> t.append("paragraph ").append(p).append(" of "));
        article.ifPresent(a -> t.append("Article ").append(a).append(" of "));
        t.append(instrument == Instrument.CONSTITUTION ? "the ITU Constitution" : "the ITU Convention");
        return of(instrument, article, number, paragraph, t.toString());
    }

    /**
     * @param value the new span
     * @return a copy with that span
     */
    @Override
    public ProvisionCitation withSpan(Optional<SourceSpan> value) {
        return new ProvisionCitation(instrument, article, number, paragraph, text, value);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visitProvisionCitation(this);
    }

    @Override
    public List<? extends Node> children() {
        return List.of();
    }

    /** Equal when everything but the span is equal. */
    @Override
    public boolean equals(Object other) {
        return other instanceof ProvisionCitation o
                && instrument.equals(o.instrument)
                && article.equals(o.article)
                && number.equals(o.number)
                && paragraph.equals(o.paragraph)
                && text.equals(o.text);
    }

    @Override
    public int hashCode() {
        return Objects.hash(instrument, article, number, paragraph, text);
    }

    @Override
    public CitationKind kind() {
        return instrument == Instrument.CONSTITUTION ? CitationKind.CONSTITUTION : CitationKind.CONVENTION;
    }
}

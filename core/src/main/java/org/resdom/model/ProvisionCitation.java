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
public record ProvisionCitation(Instrument instrument, Optional<String> article, Optional<String> number, Optional<String> paragraph, String text, Optional<SourceSpan> span) implements Citation {

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
    public static ProvisionCitation of(Instrument instrument, Optional<String> article, Optional<String> number, Optional<String> paragraph, String text) {
        return new ProvisionCitation(instrument, article, number, paragraph, text, Optional.empty());
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
        return other instanceof ProvisionCitation o && instrument.equals(o.instrument) && article.equals(o.article) && number.equals(o.number) && paragraph.equals(o.paragraph) && text.equals(o.text);
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

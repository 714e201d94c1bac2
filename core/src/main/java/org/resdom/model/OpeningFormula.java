package org.resdom.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.resdom.internal.Checks;

/**
 * The opening formula: {@code La Conférence de plénipotentiaires de l'Union internationale des
 * télécommunications (Bucarest, 2022),}.
 *
 * @param content the formula's content
 * @param span where it came from, if known; not part of {@code equals}
 */
public record OpeningFormula(List<Inline> content, Optional<SourceSpan> span) implements Node {

    /** Checks for nulls and copies the content. */
    public OpeningFormula {
        content = Checks.inlines(content, "content");
        Checks.optional(span, "span");
    }

    /**
     * @param text the formula as plain text
     * @return the formula
     */
    public static OpeningFormula of(String text) {
        return new OpeningFormula(List.of(Text.of(text)), Optional.empty());
    }

    /** @return the plain text of the formula */
    public String plainText() {
        return Inline.plainText(content);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visitOpeningFormula(this);
    }

    @Override
    public List<Inline> children() {
        return content;
    }

    /** Equal when the content is equal. */
    @Override
    public boolean equals(Object other) {
        return other instanceof OpeningFormula o && content.equals(o.content);
    }

    @Override
    public int hashCode() {
        return Objects.hash(content);
    }
}

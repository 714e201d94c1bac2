package org.resdom.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.resdom.internal.Checks;

/**
 * An annex: {@code ANNEX 1 TO RESOLUTION 71}, its title, and its paragraphs.
 *
 * @param number the annex number as written ({@code 1}), empty for a sole unnumbered annex
 * @param heading the heading as written
 * @param title the title, if any
 * @param paragraphs the annex's paragraphs
 * @param span where it came from, if known; not part of {@code equals}
 */
public record Annex(
        Optional<String> number,
        String heading,
        Optional<String> title,
        List<Paragraph> paragraphs,
        Optional<SourceSpan> span)
        implements Node {

    /** Checks for nulls and copies the paragraphs. */
    public Annex {
        Checks.optional(number, "number");
        Checks.notBlank(heading, "heading");
        Checks.optional(title, "title");
        paragraphs = Checks.list(paragraphs, "paragraphs");
        Checks.optional(span, "span");
    }

    /**
     * @param number the number
     * @param heading the heading
     * @param paragraphs the paragraphs
     * @return the annex, with no title
     */
    public static Annex of(String number, String heading, List<Paragraph> paragraphs) {
        return new Annex(
                Optional.of(Checks.notNull(number, "number")), heading, Optional.empty(), paragraphs, Optional.empty());
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visitAnnex(this);
    }

    @Override
    public List<Paragraph> children() {
        return paragraphs;
    }

    /** Equal when everything but the span is equal. */
    @Override
    public boolean equals(Object other) {
        return other instanceof Annex o
                && number.equals(o.number)
                && heading.equals(o.heading)
                && title.equals(o.title)
                && paragraphs.equals(o.paragraphs);
    }

    @Override
    public int hashCode() {
        return Objects.hash(number, heading, title, paragraphs);
    }
}

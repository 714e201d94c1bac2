package org.resdom.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.resdom.internal.Checks;

/**
 * The call-out of a footnote, where its marker stands in the text. The body is a {@link Footnote} with the same marker.
 *
 * @param marker the marker, such as {@code 1} or {@code *}
 * @param span where it came from, if known; not part of {@code equals}
 */
public record FootnoteRef(String marker, Optional<SourceSpan> span) implements Inline {

    /** Checks for nulls and copies lists. */
    public FootnoteRef {
        Checks.notBlank(marker, "marker");
        Checks.optional(span, "span");
    }

    /**
     * Without a source span.
     *
     * @param marker the marker, such as {@code 1} or {@code *}
     * @return the node
     */
    public static FootnoteRef of(String marker) {
        return new FootnoteRef(marker, Optional.empty());
    }

    /**
     * @param value the new span
     * @return a copy with that span
     */
    public FootnoteRef withSpan(Optional<SourceSpan> value) {
        return new FootnoteRef(marker, value);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visitFootnoteRef(this);
    }

    @Override
    public List<? extends Node> children() {
        return List.of();
    }

    /** Equal when everything but the span is equal. */
    @Override
    public boolean equals(Object other) {
        return other instanceof FootnoteRef o && marker.equals(o.marker);
    }

    @Override
    public int hashCode() {
        return Objects.hash(marker);
    }
}

package org.resdom.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.resdom.internal.Checks;

/**
 * The body of a footnote, standing where the source put it: at the end of the
 * paragraph in text extracted from Word, at the call-out in Akoma Ntoso. It is paired with the
 * {@link FootnoteRef} that has the same marker.
 *
 * @param marker the marker, such as {@code 1}
 * @param content the body
 * @param span where it came from, if known; not part of {@code equals}
 */
public record Footnote(String marker, List<Inline> content, Optional<SourceSpan> span) implements Inline {

    /** Checks for nulls and copies lists. */
    public Footnote {
        Checks.notBlank(marker, "marker");
        content = Checks.inlines(content, "content");
        Checks.optional(span, "span");
    }

    /**
     * Without a source span.
     *
     * @param marker the marker, such as {@code 1}
     * @param content the body
     * @return the node
     */
    public static Footnote of(String marker, List<Inline> content) {
        return new Footnote(marker, content, Optional.empty());
    }

    /**
     * @param value the new span
     * @return a copy with that span
     */
    public Footnote withSpan(Optional<SourceSpan> value) {
        return new Footnote(marker, content, value);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visitFootnote(this);
    }

    @Override
    public List<? extends Node> children() {
        return content;
    }

    /** Equal when everything but the span is equal. */
    @Override
    public boolean equals(Object other) {
        return other instanceof Footnote o && marker.equals(o.marker) && content.equals(o.content);
    }

    @Override
    public int hashCode() {
        return Objects.hash(marker, content);
    }
}

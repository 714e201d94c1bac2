package org.resdom.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.resdom.internal.Checks;

/**
 * Text inserted by a revision (a tracked change).
 *
 * @param content the inserted content
 * @param span where it came from, if known; not part of {@code equals}
 */
public record Inserted(List<Inline> content, Optional<SourceSpan> span) implements Inline {

    /** Checks for nulls and copies lists. */
    public Inserted {
        content = Checks.inlines(content, "content");
        Checks.optional(span, "span");
    }

    /**
     * Without a source span.
     *
     * @param content the inserted content
     * @return the node
     */
    public static Inserted of(List<Inline> content) {
        return new Inserted(content, Optional.empty());
    }

    /**
     * @param value the new span
     * @return a copy with that span
     */
    public Inserted withSpan(Optional<SourceSpan> value) {
        return new Inserted(content, value);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visitInserted(this);
    }

    @Override
    public List<? extends Node> children() {
        return content;
    }

    /** Equal when everything but the span is equal. */
    @Override
    public boolean equals(Object other) {
        return other instanceof Inserted o && content.equals(o.content);
    }

    @Override
    public int hashCode() {
        return Objects.hash(content);
    }
}

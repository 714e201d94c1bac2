package org.resdom.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.resdom.internal.Checks;

/**
 * Text deleted by a revision (a tracked change), kept so that nothing is lost.
 *
 * @param content the deleted content
 * @param span where it came from, if known; not part of {@code equals}
 */
public record Deleted(List<Inline> content, Optional<SourceSpan> span) implements Inline {

    /** Checks for nulls and copies lists. */
    public Deleted {
        content = Checks.inlines(content, "content");
        Checks.optional(span, "span");
    }

    /**
     * Without a source span.
     *
     * @param content the deleted content
     * @return the node
     */
    public static Deleted of(List<Inline> content) {
        return new Deleted(content, Optional.empty());
    }

    /**
     * @param value the new span
     * @return a copy with that span
     */
    public Deleted withSpan(Optional<SourceSpan> value) {
        return new Deleted(content, value);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visitDeleted(this);
    }

    @Override
    public List<? extends Node> children() {
        return content;
    }

    /** Equal when everything but the span is equal. */
    @Override
    public boolean equals(Object other) {
        return other instanceof Deleted o && content.equals(o.content);
    }

    @Override
    public int hashCode() {
        return Objects.hash(content);
    }
}

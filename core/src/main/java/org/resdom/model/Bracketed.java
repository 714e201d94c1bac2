package org.resdom.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.resdom.internal.Checks;

/**
 * Text in square brackets: in ITU drafting, text still under negotiation. The brackets themselves are not part of the content.
 *
 * @param content the content between the brackets
 * @param span where it came from, if known; not part of {@code equals}
 */
public record Bracketed(List<Inline> content, Optional<SourceSpan> span) implements Inline {

    /** Checks for nulls and copies lists. */
    public Bracketed {
        content = Checks.inlines(content, "content");
        Checks.optional(span, "span");
    }

    /**
     * Without a source span.
     *
     * @param content the content between the brackets
     * @return the node
     */
    public static Bracketed of(List<Inline> content) {
        return new Bracketed(content, Optional.empty());
    }

    /**
     * @param value the new span
     * @return a copy with that span
     */
    public Bracketed withSpan(Optional<SourceSpan> value) {
        return new Bracketed(content, value);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visitBracketed(this);
    }

    @Override
    public List<? extends Node> children() {
        return content;
    }

    /** Equal when everything but the span is equal. */
    @Override
    public boolean equals(Object other) {
        return other instanceof Bracketed o && content.equals(o.content);
    }

    @Override
    public int hashCode() {
        return Objects.hash(content);
    }
}

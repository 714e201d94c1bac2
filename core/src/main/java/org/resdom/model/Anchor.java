package org.resdom.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.resdom.internal.Checks;

/**
 * A bookmark or anchor in the source, such as Word's {@code [bookmark: _Toc165351524]}.
 *
 * @param name the anchor's name
 * @param span where it came from, if known; not part of {@code equals}
 */
public record Anchor(String name, Optional<SourceSpan> span) implements Inline {

    /** Checks for nulls and copies lists. */
    public Anchor {
        Checks.notBlank(name, "name");
        Checks.optional(span, "span");
    }

    /**
     * Without a source span.
     *
     * @param name the anchor's name
     * @return the node
     */
    public static Anchor of(String name) {
        return new Anchor(name, Optional.empty());
    }

    /**
     * @param value the new span
     * @return a copy with that span
     */
    public Anchor withSpan(Optional<SourceSpan> value) {
        return new Anchor(name, value);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visitAnchor(this);
    }

    @Override
    public List<? extends Node> children() {
        return List.of();
    }

    /** Equal when everything but the span is equal. */
    @Override
    public boolean equals(Object other) {
        return other instanceof Anchor o && name.equals(o.name);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name);
    }
}

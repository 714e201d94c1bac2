package org.resdom.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.resdom.internal.Checks;

/**
 * Text a reader could not place, kept exactly as found rather than dropped. A reader
 * that produces one also reports a diagnostic.
 *
 * @param raw the text as found
 * @param span where it came from, if known; not part of {@code equals}
 */
public record Unrecognized(String raw, Optional<SourceSpan> span) implements Inline {

    /** Checks for nulls and copies lists. */
    public Unrecognized {
        Checks.notNull(raw, "raw");
        Checks.optional(span, "span");
        nonEmpty(raw);
    }

    /**
     * Without a source span.
     *
     * @param raw the text as found
     * @return the node
     */
    public static Unrecognized of(String raw) {
        return new Unrecognized(raw, Optional.empty());
    }

    /**
     * @param value the new span
     * @return a copy with that span
     */
    public Unrecognized withSpan(Optional<SourceSpan> value) {
        return new Unrecognized(raw, value);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visitUnrecognized(this);
    }

    @Override
    public List<? extends Node> children() {
        return List.of();
    }

    /** Equal when everything but the span is equal. */
    @Override
    public boolean equals(Object other) {
        return other instanceof Unrecognized o && raw.equals(o.raw);
    }

    @Override
    public int hashCode() {
        return Objects.hash(raw);
    }

    /** Checks that the raw text is not empty. */
    private static String nonEmpty(String raw) {
        if (raw.isEmpty()) {
            throw new IllegalArgumentException("raw must not be empty");
        }
        return raw;
    }
}

package org.resdom.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.resdom.internal.Checks;

/**
 * A citation a reader recognized as one but could not type further.
 *
 * @param text the exact source text
 * @param span where it came from, if known; not part of {@code equals}
 */
public record OtherCitation(String text, Optional<SourceSpan> span) implements Citation {

    /** Checks for nulls and copies lists. */
    public OtherCitation {
        Checks.notBlank(text, "text");
        Checks.optional(span, "span");
    }

    /**
     * Without a source span.
     *
     * @param text the exact source text
     * @return the node
     */
    public static OtherCitation of(String text) {
        return new OtherCitation(text, Optional.empty());
    }

    /**
     * @param value the new span
     * @return a copy with that span
     */
    @Override
    public OtherCitation withSpan(Optional<SourceSpan> value) {
        return new OtherCitation(text, value);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visitOtherCitation(this);
    }

    @Override
    public List<? extends Node> children() {
        return List.of();
    }

    /** Equal when everything but the span is equal. */
    @Override
    public boolean equals(Object other) {
        return other instanceof OtherCitation o && text.equals(o.text);
    }

    @Override
    public int hashCode() {
        return Objects.hash(text);
    }

    @Override
    public CitationKind kind() {
        return CitationKind.OTHER;
    }
}

package org.resdom.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.resdom.internal.Checks;

/**
 * A citation of a United Nations resolution: {@code 71/243}, {@code A/RES/71/243},
 * {@code Human Rights Council resolution 48/13}.
 *
 * @param body the UN body ({@link Body#UN_GA}, {@link Body#UN_HRC}, or {@link Body#OTHER})
 * @param number the number, such as {@code 71/243}
 * @param text the exact source text
 * @param span where it came from, if known; not part of {@code equals}
 */
public record UnResolutionCitation(Body body, String number, String text, Optional<SourceSpan> span) implements Citation {

    /** Checks for nulls and copies lists. */
    public UnResolutionCitation {
        Checks.notNull(body, "body");
        Checks.notBlank(number, "number");
        Checks.notBlank(text, "text");
        Checks.optional(span, "span");
    }

    /**
     * Without a source span.
     *
     * @param body the UN body ({@link Body#UN_GA}, {@link Body#UN_HRC}, or {@link Body#OTHER})
     * @param number the number, such as {@code 71/243}
     * @param text the exact source text
     * @return the node
     */
    public static UnResolutionCitation of(Body body, String number, String text) {
        return new UnResolutionCitation(body, number, text, Optional.empty());
    }

    /**
     * @param value the new span
     * @return a copy with that span
     */
    public UnResolutionCitation withSpan(Optional<SourceSpan> value) {
        return new UnResolutionCitation(body, number, text, value);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visitUnResolutionCitation(this);
    }

    @Override
    public List<? extends Node> children() {
        return List.of();
    }

    /** Equal when everything but the span is equal. */
    @Override
    public boolean equals(Object other) {
        return other instanceof UnResolutionCitation o && body.equals(o.body) && number.equals(o.number) && text.equals(o.text);
    }

    @Override
    public int hashCode() {
        return Objects.hash(body, number, text);
    }

    @Override
    public CitationKind kind() {
        return CitationKind.UN_RESOLUTION;
    }
}

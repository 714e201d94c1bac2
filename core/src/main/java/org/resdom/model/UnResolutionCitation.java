package org.resdom.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.resdom.internal.Checks;

/**
 * A citation of a United Nations resolution or decision: {@code resolution 71/243},
 * {@code A/RES/71/243}, {@code 2626 (2022)} of the Security Council, {@code S-31/1},
 * {@code ES-10/15}, {@code 1998/72} of the Commission on Human Rights, {@code 2200 A (XXI)},
 * {@code decision 25/116}.
 *
 * @param body the body, from the words around the citation or its link; {@link Body#OTHER}
 *     when the text does not say
 * @param document {@link DocumentKind#RESOLUTION} or {@link DocumentKind#DECISION}
 * @param number the number as the UN writes it: {@code 71/243}, {@code S-31/1},
 *     {@code 2626 (2022)}, {@code 2200 A (XXI)}
 * @param target the link the source gave it ({@code http://undocs.org/en/A/RES/60/251}), if any;
 *     writers give it back
 * @param text the exact source text
 * @param span where it came from, if known; not part of {@code equals}
 */
public record UnResolutionCitation(
        Body body,
        DocumentKind document,
        String number,
        Optional<String> target,
        String text,
        Optional<SourceSpan> span)
        implements Citation {

    /** Checks for nulls. */
    public UnResolutionCitation {
        Checks.notNull(body, "body");
        Checks.notNull(document, "document");
        Checks.notBlank(number, "number");
        Checks.optional(target, "target");
        Checks.notBlank(text, "text");
        Checks.optional(span, "span");
    }

    /**
     * A resolution without a link.
     *
     * @param body the body
     * @param number the number, such as {@code 71/243}
     * @param text the exact source text
     * @param span where it came from, if known
     */
    public UnResolutionCitation(Body body, String number, String text, Optional<SourceSpan> span) {
        this(body, DocumentKind.RESOLUTION, number, Optional.empty(), text, span);
    }

    /**
     * A resolution, without link or source span.
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
     * Without link or source span.
     *
     * @param body the body, {@link Body#OTHER} when not named
     * @param document a resolution or a decision
     * @param number the number
     * @param text the exact source text
     * @return the node
     */
    public static UnResolutionCitation of(Body body, DocumentKind document, String number, String text) {
        return new UnResolutionCitation(body, document, number, Optional.empty(), text, Optional.empty());
    }

    /**
     * A citation written the way UN texts cite in English, its text derived: {@code resolution
     * 60/251}, {@code decision 25/116}, {@code resolution 2626 (2022)}. As in the texts, the body
     * is not part of the citation's text ({@code General Assembly resolution 60/251} cites with the
     * words before it); the recogniser reads the text back as this citation when the body's name
     * stands before it.
     *
     * @param body the body, {@link Body#OTHER} when not named
     * @param document a resolution or a decision
     * @param number the number, such as {@code 60/251}
     * @return the node, without link or source span
     */
    public static UnResolutionCitation of(Body body, DocumentKind document, String number) {
        Checks.notNull(document, "document");
        Checks.notBlank(number, "number");
        return of(body, document, number, document.code() + " " + number);
    }

    /**
     * A resolution, its text derived ({@code resolution 60/251}; see
     * {@link #of(Body, DocumentKind, String)}).
     *
     * @param body the body, {@link Body#OTHER} when not named
     * @param number the number, such as {@code 60/251}
     * @return the node, without link or source span
     */
    public static UnResolutionCitation of(Body body, String number) {
        return of(body, DocumentKind.RESOLUTION, number);
    }

    /**
     * @param value the new span
     * @return a copy with that span
     */
    @Override
    public UnResolutionCitation withSpan(Optional<SourceSpan> value) {
        return new UnResolutionCitation(body, document, number, target, text, value);
    }

    /**
     * @param value the link
     * @return a copy with that link
     */
    public UnResolutionCitation withTarget(Optional<String> value) {
        return new UnResolutionCitation(body, document, number, value, text, span);
    }

    /**
     * @param value the body
     * @return a copy cited from that body
     */
    public UnResolutionCitation withBody(Body value) {
        return new UnResolutionCitation(value, document, number, target, text, span);
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
        return other instanceof UnResolutionCitation o
                && body.equals(o.body)
                && document.equals(o.document)
                && number.equals(o.number)
                && target.equals(o.target)
                && text.equals(o.text);
    }

    @Override
    public int hashCode() {
        return Objects.hash(body, document, number, target, text);
    }

    @Override
    public CitationKind kind() {
        return document == DocumentKind.DECISION ? CitationKind.UN_DECISION : CitationKind.UN_RESOLUTION;
    }
}

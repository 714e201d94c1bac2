package org.resdom.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.resdom.internal.Checks;

/**
 * A citation of a United Nations document by its symbol: {@code A/HRC/55/2},
 * {@code A/76/207}, {@code A/AC.105/1137}, {@code A/HRC/54/25/Add.2}.
 *
 * @param symbol the symbol as written, such as {@code A/HRC/55/2}
 * @param target the link the source gave it, if any; writers give it back
 * @param text the exact source text
 * @param span where it came from, if known; not part of {@code equals}
 */
public record UnDocumentCitation(String symbol, Optional<String> target, String text, Optional<SourceSpan> span)
        implements Citation {

    /** Checks for nulls. */
    public UnDocumentCitation {
        Checks.notBlank(symbol, "symbol");
        Checks.optional(target, "target");
        Checks.notBlank(text, "text");
        Checks.optional(span, "span");
    }

    /**
     * Without link or source span.
     *
     * @param symbol the symbol
     * @param text the exact source text
     * @return the node
     */
    public static UnDocumentCitation of(String symbol, String text) {
        return new UnDocumentCitation(symbol, Optional.empty(), text, Optional.empty());
    }

    /**
     * A citation written as its symbol alone, the way documents cite a UN document
     * ({@code A/HRC/54/1}): the text is derived, not given.
     *
     * @param symbol the symbol
     * @return the node, without link or source span, whose text is the symbol
     */
    public static UnDocumentCitation of(String symbol) {
        return of(Checks.notNull(symbol, "symbol"), symbol);
    }

    /**
     * @param value the new span
     * @return a copy with that span
     */
    @Override
    public UnDocumentCitation withSpan(Optional<SourceSpan> value) {
        return new UnDocumentCitation(symbol, target, text, value);
    }

    /**
     * @param value the link
     * @return a copy with that link
     */
    public UnDocumentCitation withTarget(Optional<String> value) {
        return new UnDocumentCitation(symbol, value, text, span);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visitUnDocumentCitation(this);
    }

    @Override
    public List<? extends Node> children() {
        return List.of();
    }

    /** Equal when everything but the span is equal. */
    @Override
    public boolean equals(Object other) {
        return other instanceof UnDocumentCitation o
                && symbol.equals(o.symbol)
                && target.equals(o.target)
                && text.equals(o.text);
    }

    @Override
    public int hashCode() {
        return Objects.hash(symbol, target, text);
    }

    @Override
    public CitationKind kind() {
        return CitationKind.UN_DOCUMENT;
    }
}

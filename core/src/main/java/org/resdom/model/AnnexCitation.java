package org.resdom.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.resdom.internal.Checks;

/**
 * A citation of the document's own annex or appendix: {@code l'Annexe 1 de la présente
 * résolution}, {@code Appendix A to Annex 1}.
 *
 * @param annex the annex number, such as {@code 1}; empty for the only annex
 * @param appendix the appendix, such as {@code A}
 * @param text the exact source text
 * @param span where it came from, if known; not part of {@code equals}
 */
public record AnnexCitation(Optional<String> annex, Optional<String> appendix, String text, Optional<SourceSpan> span)
        implements Citation {

    /** Checks for nulls and copies lists. */
    public AnnexCitation {
        Checks.optional(annex, "annex");
        Checks.optional(appendix, "appendix");
        Checks.notBlank(text, "text");
        Checks.optional(span, "span");
    }

    /**
     * Without a source span.
     *
     * @param annex the annex number, such as {@code 1}; empty for the only annex
     * @param appendix the appendix, such as {@code A}
     * @param text the exact source text
     * @return the node
     */
    public static AnnexCitation of(Optional<String> annex, Optional<String> appendix, String text) {
        return new AnnexCitation(annex, appendix, text, Optional.empty());
    }

    /**
     * A citation written the way ITU texts cite in English, its text derived: {@code Annex 1},
     * {@code Appendix 2}, {@code Appendix 2 to Annex 1}. The recogniser reads the text back as
     * this citation.
     *
     * @param annex the annex, when cited
     * @param appendix the appendix, when cited
     * @return the node, without a source span
     * @throws IllegalArgumentException when neither is given
     */
    public static AnnexCitation of(Optional<String> annex, Optional<String> appendix) {
        Checks.optional(annex, "annex");
        Checks.optional(appendix, "appendix");
        if (annex.isEmpty() && appendix.isEmpty()) {
            throw new IllegalArgumentException("an annex citation needs an annex or an appendix");
        }
        String t = appendix.map(
                        a -> "Appendix " + a + annex.map(n -> " to Annex " + n).orElse(""))
                .orElseGet(() -> "Annex " + annex.get());
        return of(annex, appendix, t);
    }

    /**
     * @param value the new span
     * @return a copy with that span
     */
    @Override
    public AnnexCitation withSpan(Optional<SourceSpan> value) {
        return new AnnexCitation(annex, appendix, text, value);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visitAnnexCitation(this);
    }

    @Override
    public List<? extends Node> children() {
        return List.of();
    }

    /** Equal when everything but the span is equal. */
    @Override
    public boolean equals(Object other) {
        return other instanceof AnnexCitation o
                && annex.equals(o.annex)
                && appendix.equals(o.appendix)
                && text.equals(o.text);
    }

    @Override
    public int hashCode() {
        return Objects.hash(annex, appendix, text);
    }

    @Override
    public CitationKind kind() {
        return CitationKind.ANNEX;
    }
}

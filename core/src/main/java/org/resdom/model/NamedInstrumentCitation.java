package org.resdom.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.resdom.internal.Checks;

/**
 * A citation of an instrument by its name: {@code the Charter of the United Nations},
 * {@code la Déclaration universelle des droits de l'homme}, {@code 《2030年可持续发展议程》}.
 * The identifier is the instrument's key in resdom's table of instruments
 * ({@code org/resdom/cite/instruments.tsv}), the same in every language: {@code un-charter},
 * {@code udhr}, {@code iccpr}, {@code agenda-2030}, {@code itu-constitution} …
 *
 * @param instrument the instrument's key, such as {@code udhr}
 * @param text the exact source text
 * @param span where it came from, if known; not part of {@code equals}
 */
public record NamedInstrumentCitation(String instrument, String text, Optional<SourceSpan> span) implements Citation {

    /** Checks for nulls. */
    public NamedInstrumentCitation {
        Checks.notBlank(instrument, "instrument");
        Checks.notBlank(text, "text");
        Checks.optional(span, "span");
    }

    /**
     * Without a source span.
     *
     * @param instrument the instrument's key
     * @param text the exact source text
     * @return the node
     */
    public static NamedInstrumentCitation of(String instrument, String text) {
        return new NamedInstrumentCitation(instrument, text, Optional.empty());
    }

    /**
     * @param value the new span
     * @return a copy with that span
     */
    @Override
    public NamedInstrumentCitation withSpan(Optional<SourceSpan> value) {
        return new NamedInstrumentCitation(instrument, text, value);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visitNamedInstrumentCitation(this);
    }

    @Override
    public List<? extends Node> children() {
        return List.of();
    }

    /** Equal when everything but the span is equal. */
    @Override
    public boolean equals(Object other) {
        return other instanceof NamedInstrumentCitation o && instrument.equals(o.instrument) && text.equals(o.text);
    }

    @Override
    public int hashCode() {
        return Objects.hash(instrument, text);
    }

    @Override
    public CitationKind kind() {
        return CitationKind.NAMED_INSTRUMENT;
    }
}

package org.resdom.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.resdom.internal.Checks;

/**
 * A citation of a resolution, decision, recommendation or opinion: {@code Résolution 70 (Rév.
 * Dubaï, 2018)}, {@code Resolutions 70 and 77 (Rev. Dubai, 2018)}, {@code Décision 5},
 * {@code Recommendation ITU-T X.509}.
 *
 * @param document what is cited
 * @param body the body that adopted it, when known
 * @param numbers the numbers cited, as written ({@code 70}, {@code X.509}); at least one
 * @param revision the cited revision, when given
 * @param brackets the brackets around the revision
 * @param text the exact source text
 * @param span where it came from, if known; not part of {@code equals}
 */
public record InstrumentCitation(DocumentKind document, Optional<Body> body, List<String> numbers, Optional<Revision> revision, Brackets brackets, String text, Optional<SourceSpan> span) implements Citation {

    /** Checks for nulls and copies lists. */
    public InstrumentCitation {
        Checks.notNull(document, "document");
        Checks.optional(body, "body");
        numbers = Checks.list(numbers, "numbers");
        if (numbers.isEmpty()) {
            throw new IllegalArgumentException("numbers must not be empty");
        }
        numbers.forEach(n -> Checks.notBlank(n, "numbers[]"));
        Checks.optional(revision, "revision");
        Checks.notNull(brackets, "brackets");
        Checks.notBlank(text, "text");
        Checks.optional(span, "span");
    }

    /**
     * Without a source span.
     *
     * @param document what is cited
     * @param body the body that adopted it, when known
     * @param numbers the numbers cited, as written ({@code 70}, {@code X.509}); at least one
     * @param revision the cited revision, when given
     * @param brackets the brackets around the revision
     * @param text the exact source text
     * @return the node
     */
    public static InstrumentCitation of(DocumentKind document, Optional<Body> body, List<String> numbers, Optional<Revision> revision, Brackets brackets, String text) {
        return new InstrumentCitation(document, body, numbers, revision, brackets, text, Optional.empty());
    }

    /**
     * @param value the new span
     * @return a copy with that span
     */
    @Override
    public InstrumentCitation withSpan(Optional<SourceSpan> value) {
        return new InstrumentCitation(document, body, numbers, revision, brackets, text, value);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visitInstrumentCitation(this);
    }

    @Override
    public List<? extends Node> children() {
        return List.of();
    }

    /** Equal when everything but the span is equal. */
    @Override
    public boolean equals(Object other) {
        return other instanceof InstrumentCitation o && document.equals(o.document) && body.equals(o.body) && numbers.equals(o.numbers) && revision.equals(o.revision) && brackets.equals(o.brackets) && text.equals(o.text);
    }

    @Override
    public int hashCode() {
        return Objects.hash(document, body, numbers, revision, brackets, text);
    }

    @Override
    public CitationKind kind() {
        return CitationKind.of(document);
    }
}

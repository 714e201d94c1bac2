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
public record InstrumentCitation(
        DocumentKind document,
        Optional<Body> body,
        List<String> numbers,
        Optional<Revision> revision,
        Brackets brackets,
        String text,
        Optional<SourceSpan> span)
        implements Citation {

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
    public static InstrumentCitation of(
            DocumentKind document,
            Optional<Body> body,
            List<String> numbers,
            Optional<Revision> revision,
            Brackets brackets,
            String text) {
        return new InstrumentCitation(document, body, numbers, revision, brackets, text, Optional.empty());
    }

    /**
     * A citation of one number written the way ITU texts cite in English, its text derived:
     * {@code Resolution 71 (Rev. Dubai, 2018)}, {@code Decision 5}, {@code Opinion 1}, and for a
     * recommendation of a Sector its prefix, {@code Recommendation ITU-T D.50}. The recogniser
     * reads the text back as this citation (the body of a resolution or decision stands in the
     * words around it, {@code of this conference}, not in its text).
     *
     * @param document what is cited
     * @param body the body that adopted it, when known
     * @param number the number, as written ({@code 71}, {@code D.50})
     * @param revision the cited revision, when given (written in round brackets)
     * @return the node, without a source span
     */
    public static InstrumentCitation of(
            DocumentKind document, Optional<Body> body, String number, Optional<Revision> revision) {
        Checks.notNull(document, "document");
        Checks.optional(body, "body");
        Checks.notBlank(number, "number");
        Checks.optional(revision, "revision");
        StringBuilder t = new StringBuilder(document.code().length() + number.length() + 32);
        t.append(Character.toUpperCase(document.code().charAt(0)))
                .append(document.code(), 1, document.code().length())
                .append(' ');
        if (document == DocumentKind.RECOMMENDATION
                && body.isPresent()
                && (body.get() == Body.ITU_T || body.get() == Body.ITU_R)) {
            t.append(body.get().code()).append(' ');
        }
        t.append(number);
        revision.ifPresent(r -> t.append(" (").append(r).append(')'));
        return of(
                document,
                body,
                List.of(number),
                revision,
                revision.isPresent() ? Brackets.ROUND : Brackets.NONE,
                t.toString());
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
        return other instanceof InstrumentCitation o
                && document.equals(o.document)
                && body.equals(o.body)
                && numbers.equals(o.numbers)
                && revision.equals(o.revision)
                && brackets.equals(o.brackets)
                && text.equals(o.text);
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

package org.resdom.io.export;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.resdom.model.Language;
import org.resdom.model.SourceSpan;

/**
 * One exported unit (see {@link Unit}).
 *
 * @param id the stable id: {@code document/language#elementId}
 * @param document the document's identity, language-neutral: {@code body/kind/number} (such as
 *     {@code UNHRC/resolution/54/10}); {@code body/kind} when it has no number
 * @param language the document's language
 * @param unit what this record stands for
 * @param elementId the element id of {@code Resolution.elements()} ({@code ""} for the document)
 * @param path where the unit sits
 * @param text the unit's plain text
 * @param citations the citations in that text
 * @param source the file it was read from, when known
 * @param span its position in that file: its own, or its section's when it has none; empty when unknown
 */
public record ExportRecord(
        String id,
        String document,
        Language language,
        Unit unit,
        String elementId,
        ClausePath path,
        String text,
        List<CitedRef> citations,
        Optional<String> source,
        Optional<SourceSpan> span) {

    /** Checks for nulls and copies the list. */
    public ExportRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(elementId, "elementId");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(text, "text");
        citations = List.copyOf(citations);
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(span, "span");
    }
}

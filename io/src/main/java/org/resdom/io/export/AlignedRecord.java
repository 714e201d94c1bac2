package org.resdom.io.export;

import java.util.List;
import java.util.Objects;
import org.resdom.model.Language;

/**
 * One clause of a resolution in each language version it was aligned in.
 *
 * @param id the clause's id: {@code document#element} of the pivot version (or of the one version that has it)
 * @param document the document's language-neutral identity
 * @param pivot the language the others were aligned to
 * @param confidence how sure the alignment is, from 0 to 1: the lowest of the pairs' confidences; 0 when the
 *     clause was found in one version only
 * @param diagnostics where the versions differ (a missing counterpart, different labels, different numbers)
 * @param versions the clause in each language, pivot first
 * @param continued where a version splits the pivot's clause in two, the second part (the first is in
 *     {@code versions}); empty for most clauses
 */
public record AlignedRecord(
        String id,
        String document,
        Language pivot,
        double confidence,
        List<String> diagnostics,
        List<ExportRecord> versions,
        List<ExportRecord> continued) {

    /** Checks for nulls and copies the lists. */
    public AlignedRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(pivot, "pivot");
        diagnostics = List.copyOf(diagnostics);
        versions = List.copyOf(versions);
        continued = List.copyOf(continued);
        if (versions.isEmpty()) {
            throw new IllegalArgumentException("no version");
        }
    }

    /**
     * An aligned record without continued parts.
     *
     * @param id the clause's id
     * @param document the document's language-neutral identity
     * @param pivot the language the others were aligned to
     * @param confidence how sure the alignment is, from 0 to 1
     * @param diagnostics where the versions differ
     * @param versions the clause in each language, pivot first
     */
    public AlignedRecord(
            String id,
            String document,
            Language pivot,
            double confidence,
            List<String> diagnostics,
            List<ExportRecord> versions) {
        this(id, document, pivot, confidence, diagnostics, versions, List.of());
    }
}

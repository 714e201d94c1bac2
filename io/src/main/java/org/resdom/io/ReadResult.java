package org.resdom.io;

import java.util.List;
import java.util.Objects;
import org.resdom.diagnostic.Diagnostic;
import org.resdom.diagnostic.Severity;
import org.resdom.model.Resolution;
import org.resdom.model.SourceSpan;

/**
 * What a reader returns: always a document, and the diagnostics it raised. A reader never
 * throws for bad content; when the input cannot be read at all, the document is empty and an
 * error diagnostic says why.
 *
 * <p>Every diagnostic has a position, a 1-based line and column: one a reader gives without a
 * span (a finding about the whole input, such as an empty or unreadable file) is placed at the
 * start of the input, 1:1.
 *
 * @param resolution the document read
 * @param diagnostics problems found, in source order
 */
public record ReadResult(Resolution resolution, List<Diagnostic> diagnostics) {

    /** Checks for nulls and copies the diagnostics. */
    public ReadResult {
        Objects.requireNonNull(resolution, "resolution must not be null");
        Objects.requireNonNull(diagnostics, "diagnostics must not be null");
        List<Diagnostic> placed = new java.util.ArrayList<>(diagnostics.size());
        for (Diagnostic d : diagnostics) {
            Objects.requireNonNull(d, "diagnostics must not hold null");
            placed.add(d.span().isPresent() ? d : d.withSpan(java.util.Optional.of(SourceSpan.at(1, 1))));
        }
        diagnostics = List.copyOf(placed);
    }

    /** @return whether any diagnostic is an error */
    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(d -> d.severity() == Severity.ERROR);
    }
}

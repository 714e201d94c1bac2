package org.resdom.io;

import java.util.List;
import java.util.Objects;
import org.resdom.diagnostic.Diagnostic;
import org.resdom.diagnostic.Severity;
import org.resdom.model.Resolution;

/**
 * What a reader returns: always a document, and the diagnostics it raised. A reader never
 * throws for bad content; when the input cannot be read at all, the document is empty and an
 * error diagnostic says why.
 *
 * @param resolution the document read
 * @param diagnostics problems found, in source order
 */
public record ReadResult(Resolution resolution, List<Diagnostic> diagnostics) {

    /** Checks for nulls and copies the diagnostics. */
    public ReadResult {
        Objects.requireNonNull(resolution, "resolution must not be null");
        diagnostics = List.copyOf(Objects.requireNonNull(diagnostics, "diagnostics must not be null"));
    }

    /** @return whether any diagnostic is an error */
    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(d -> d.severity() == Severity.ERROR);
    }
}

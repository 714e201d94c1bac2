package org.resdom.testing;

import java.util.List;
import org.resdom.diagnostic.Diagnostic;

/**
 * Diagnostics under test: a validator's, a reader's, or both.
 *
 * @param diagnostics the diagnostics, in the order found
 */
public record Validation(List<Diagnostic> diagnostics) {

    /** Copies the list. */
    public Validation {
        diagnostics = List.copyOf(diagnostics);
    }
}

package org.resdom.cli.toy;

import java.util.List;
import java.util.Set;
import org.resdom.diagnostic.DiagnosticCode;
import org.resdom.diagnostic.Severity;
import org.resdom.spi.Vocabulary;

/**
 * The toy format's hint namespace ({@code toy}) and diagnostic codes ({@code TOY-…}), declared in
 * this test module's {@code META-INF/services/org.resdom.spi.Vocabulary}: nothing in core names them.
 */
public final class ToyVocabulary implements Vocabulary {

    /** For {@link java.util.ServiceLoader}. */
    public ToyVocabulary() {}

    @Override
    public String owner() {
        return "toy";
    }

    @Override
    public List<DiagnosticCode> diagnosticCodes() {
        return List.of(
                code("TOY-HEADER", Severity.ERROR, "the first line is not 'toy BODY NUMBER LANGUAGE'"),
                code("TOY-EMPTY", Severity.WARNING, "a paragraph line without text"),
                code("TOY-TOO-LONG", Severity.ERROR, "the input is longer than the limits allow"));
    }

    private static DiagnosticCode code(String code, Severity severity, String description) {
        return new DiagnosticCode("toy", code, Set.of(severity), description);
    }
}

package org.resdom.io.text.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.resdom.diagnostic.Diagnostic;
import org.resdom.diagnostic.Severity;
import org.resdom.io.TextCodes;

/** Collects diagnostics up to a limit; reports how many were left out. */
final class Sink {
    private final int max;
    private final Source source;
    private final List<Diagnostic> list = new ArrayList<>();
    private int dropped;

    Sink(int max, Source source) {
        this.max = max;
        this.source = source;
    }

    void report(String code, Severity severity, String message, int start, int end) {
        if (list.size() >= max) {
            dropped++;
            return;
        }
        list.add(new Diagnostic(code, severity, message, Optional.empty(), Optional.of(source.span(start, end))));
    }

    List<Diagnostic> finish(int endOffset) {
        List<Diagnostic> out = new ArrayList<>(list);
        out.sort(Comparator.comparingInt((Diagnostic d) -> d.span().map(s -> s.startOffset()).orElse(0)));
        if (dropped > 0) {
            out.add(new Diagnostic(TextCodes.LIMIT, Severity.INFO,
                    dropped + " more diagnostics left out (maxDiagnostics " + max + ")", Optional.empty(),
                    Optional.of(source.span(endOffset, endOffset))));
        }
        return out;
    }
}

package org.resdom.io.text.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.resdom.diagnostic.Diagnostic;
import org.resdom.diagnostic.DiagnosticSink;
import org.resdom.diagnostic.Severity;

/** Collects diagnostics up to a limit (the core sink) with spans from offsets in the source. */
final class Sink {
    private final Source source;
    private final DiagnosticSink sink;

    Sink(int max, Source source) {
        this.sink = DiagnosticSink.of(max);
        this.source = source;
    }

    void report(String code, Severity severity, String message, int start, int end) {
        // past the limit the diagnostic is only counted: its span is not worth computing
        sink.add(code, severity, message, sink.isFull() ? Optional.empty() : Optional.of(source.span(start, end)));
    }

    List<Diagnostic> finish(int endOffset) {
        return sink.diagnostics(
                Comparator.comparingInt((Diagnostic d) ->
                        d.span().map(s -> s.startOffset().orElse(0)).orElse(0)),
                Optional.of(source.span(endOffset, endOffset)));
    }
}

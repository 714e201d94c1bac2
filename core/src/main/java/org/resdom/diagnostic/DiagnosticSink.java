package org.resdom.diagnostic;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.resdom.internal.Checks;
import org.resdom.model.SourceSpan;

/**
 * Collects the diagnostics of one read, up to a limit; past it, diagnostics are counted, not
 * kept, and {@link #diagnostics()} ends with one {@link #LIMIT} diagnostic that says how many
 * were left out. Every reader collects its diagnostics here, so every format overflows the
 * same way. Not thread-safe: one sink per read.
 *
 * <pre>{@code
 * DiagnosticSink sink = DiagnosticSink.of(limits.maxDiagnostics());
 * sink.add(Diagnostic.at("TXT-UNRECOGNIZED", Severity.WARNING, "line not placed", span));
 * List<Diagnostic> all = sink.diagnostics();
 * }</pre>
 */
public final class DiagnosticSink {

    /** The code of a limit reached, including the limit on diagnostics itself. */
    public static final String LIMIT = "IO-LIMIT";

    private final int max;
    private final List<Diagnostic> list = new ArrayList<>();
    private int dropped;
    private Optional<SourceSpan> firstDropped = Optional.empty();
    private boolean errors;

    private DiagnosticSink(int max) {
        this.max = max;
    }

    /**
     * @param max the most diagnostics kept (at least 1)
     * @return an empty sink
     */
    public static DiagnosticSink of(int max) {
        if (max < 1) {
            throw new IllegalArgumentException("max must be at least 1, not " + max);
        }
        return new DiagnosticSink(max);
    }

    /**
     * Keeps a diagnostic, or counts it when the limit is reached. An error is remembered either
     * way (see {@link #hasErrors()}).
     *
     * @param diagnostic the diagnostic
     */
    public void add(Diagnostic diagnostic) {
        Checks.notNull(diagnostic, "diagnostic");
        if (diagnostic.severity() == Severity.ERROR) {
            errors = true;
        }
        if (list.size() >= max) {
            if (dropped == 0) {
                firstDropped = diagnostic.span();
            }
            dropped++;
        } else {
            list.add(diagnostic);
        }
    }

    /**
     * Keeps a diagnostic not tied to an element.
     *
     * @param code the code
     * @param severity the severity
     * @param message the message
     * @param span where in the source, if known
     */
    public void add(String code, Severity severity, String message, Optional<SourceSpan> span) {
        add(new Diagnostic(code, severity, message, Optional.empty(), span));
    }

    /**
     * Adds the diagnostics of another read, in their order, as {@link #add(Diagnostic)} does. The
     * overflow note of another sink among them (the {@link #LIMIT} note {@link #diagnostics()} ends
     * with, which carries its count as {@link Diagnostic#leftOut()}) is not kept: the diagnostics
     * it stands for count as left out here, so the diagnostics of a read made of parts still end with one note. Whether
     * an error was among those the other sink left out is not known here.
     *
     * <pre>{@code
     * sink.addAll(textRead.diagnostics()); // bounded, perhaps ending with its own note
     * }</pre>
     *
     * @param diagnostics the diagnostics
     */
    public void addAll(List<Diagnostic> diagnostics) {
        for (Diagnostic d : Checks.list(diagnostics, "diagnostics")) {
            OptionalInt leftOut = d.leftOut();
            if (leftOut.isEmpty()) {
                add(d);
            } else {
                if (dropped == 0) {
                    firstDropped = d.span();
                }
                dropped += leftOut.getAsInt();
            }
        }
    }

    /** @return how many diagnostics were kept (the left-out ones not counted) */
    public int size() {
        return list.size();
    }

    /** @return whether the limit is reached: what is added now is only counted */
    public boolean isFull() {
        return list.size() >= max;
    }

    /** @return how many diagnostics were left out */
    public int dropped() {
        return dropped;
    }

    /** @return whether an error was added, kept or left out */
    public boolean hasErrors() {
        return errors;
    }

    /**
     * @return the diagnostics kept, in the order added, and the overflow note if any were left
     *         out (at the position of the first one left out, or 1:1)
     */
    public List<Diagnostic> diagnostics() {
        return finish(null, Optional.empty());
    }

    /**
     * The diagnostics kept, sorted, then the overflow note at a position.
     *
     * @param order how to sort the kept diagnostics
     * @param overflowAt where the overflow note points; when empty, it points where the first
     *        diagnostic left out did, or at 1:1
     * @return the diagnostics, and the overflow note if any were left out
     */
    public List<Diagnostic> diagnostics(Comparator<Diagnostic> order, Optional<SourceSpan> overflowAt) {
        return finish(Checks.notNull(order, "order"), Checks.optional(overflowAt, "overflowAt"));
    }

    private List<Diagnostic> finish(Comparator<Diagnostic> order, Optional<SourceSpan> overflowAt) {
        List<Diagnostic> out = new ArrayList<>(list.size() + 1);
        out.addAll(list);
        if (order != null) {
            out.sort(order);
        }
        if (dropped > 0) {
            SourceSpan at = overflowAt.or(() -> firstDropped).orElse(SourceSpan.at(1, 1));
            out.add(new Diagnostic(
                    LIMIT,
                    Severity.INFO,
                    dropped + " more diagnostics left out from " + at.line() + ":" + at.column()
                            + " on (maxDiagnostics " + max + ")",
                    Optional.empty(),
                    Optional.of(at),
                    OptionalInt.of(dropped)));
        }
        return out;
    }
}

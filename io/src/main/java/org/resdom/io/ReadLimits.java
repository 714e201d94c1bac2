package org.resdom.io;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.resdom.diagnostic.Diagnostic;
import org.resdom.diagnostic.Severity;
import org.resdom.model.Nesting;
import org.resdom.model.Node;
import org.resdom.model.Resolution;
import org.resdom.model.SourceSpan;

/**
 * Limits every reader enforces, so that hostile input cannot exhaust memory or time. Input
 * beyond a limit is not read; the reader reports an error diagnostic ({@code IO-LIMIT}) and
 * returns what it has.
 *
 * <p>The depth is the model's ({@link Nesting#depth(org.resdom.model.Node)}: paragraphs and
 * inline containers on the longest path), the same for every format, so a document deep enough
 * to be refused by one reader is refused by all, and what the writers write (at most
 * {@link Nesting#MAX} levels) every reader reads under the defaults. Markup nesting (elements,
 * JSON arrays and objects) is only guarded against hostile input, at {@link #maxMarkupDepth()}.
 * The diagnostics cap is information: the note that says how many were left out is {@code INFO}.
 *
 * @param maxChars the most characters read from one input (default 16 MiB of chars)
 * @param maxDepth the deepest nesting of the model (default {@link Nesting#MAX})
 * @param maxDiagnostics the most diagnostics reported for one input (default 1000); one more says how many were left out
 */
public record ReadLimits(long maxChars, int maxDepth, int maxDiagnostics) {

    /** Checks that every limit is positive. */
    public ReadLimits {
        if (maxChars < 1 || maxDepth < 1 || maxDiagnostics < 1) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }

    /** @return the defaults: 16 777 216 chars, depth {@link Nesting#MAX} (64), 1000 diagnostics */
    public static ReadLimits defaults() {
        return new ReadLimits(16L * 1024 * 1024, Nesting.MAX, 1000);
    }

    /**
     * The deepest markup nesting a reader follows: {@code 4 * maxDepth + 32}. Every format
     * needs fewer markup levels than that for a model {@code maxDepth} deep (JSON two a level,
     * XML and Akoma Ntoso at most three), so this guard only stops hostile input.
     *
     * @return the markup depth guard
     */
    public int maxMarkupDepth() {
        return (int) Math.min(Integer.MAX_VALUE, 4L * maxDepth + 32);
    }

    /** @return {@link #maxMarkupDepth()} with how it follows from {@code maxDepth}, for messages */
    public String describeMarkupDepth() {
        return maxMarkupDepth() + " (4 \u00d7 maxDepth " + maxDepth + " + 32)";
    }

    /**
     * The model-depth check every reader applies to what it read: a document nested deeper than
     * {@link #maxDepth()} gets an {@code IO-LIMIT} error.
     *
     * @param result what a reader read
     * @return the result, with that error added when the document is too deep
     */
    public ReadResult checkDepth(ReadResult result) {
        int depth = Nesting.depth(result.resolution());
        if (depth <= maxDepth) {
            return result;
        }
        List<Diagnostic> all = new ArrayList<>(result.diagnostics());
        all.add(new Diagnostic(
                "IO-LIMIT",
                Severity.ERROR,
                "the document nests " + depth + " levels deep (paragraphs and inline containers), more than maxDepth "
                        + maxDepth,
                Optional.empty(),
                Optional.of(firstTooDeep(result.resolution()))));
        return new ReadResult(result.resolution(), all);
    }

    /** Where the first node deeper than the limit stands: its span, or its nearest ancestor's, or 1:1. */
    private SourceSpan firstTooDeep(Resolution r) {
        Deque<Node> nodes = new ArrayDeque<>();
        Deque<Integer> levels = new ArrayDeque<>();
        Deque<SourceSpan> spans = new ArrayDeque<>();
        nodes.push(r);
        levels.push(0);
        spans.push(r.span().orElse(SourceSpan.at(1, 1)));
        while (!nodes.isEmpty()) {
            Node n = nodes.pop();
            int level = levels.pop() + (Nesting.isLevel(n) ? 1 : 0);
            SourceSpan inherited = spans.pop();
            SourceSpan span = n.span().orElse(inherited);
            if (level > maxDepth) {
                return span;
            }
            List<? extends Node> children = n.children();
            for (int i = children.size() - 1; i >= 0; i--) {
                nodes.push(children.get(i));
                levels.push(level);
                spans.push(span);
            }
        }
        return SourceSpan.at(1, 1);
    }

    /**
     * @param value the most characters
     * @return a copy with that limit
     */
    public ReadLimits withMaxChars(long value) {
        return new ReadLimits(value, maxDepth, maxDiagnostics);
    }

    /**
     * @param value the deepest nesting
     * @return a copy with that limit
     */
    public ReadLimits withMaxDepth(int value) {
        return new ReadLimits(maxChars, value, maxDiagnostics);
    }
}

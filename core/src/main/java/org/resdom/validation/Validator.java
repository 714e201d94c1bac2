package org.resdom.validation;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.resdom.diagnostic.Diagnostic;
import org.resdom.diagnostic.Severity;
import org.resdom.internal.Checks;
import org.resdom.model.Located;
import org.resdom.model.Nesting;
import org.resdom.model.Node;
import org.resdom.model.Resolution;
import org.resdom.model.SourceSpan;

/**
 * Runs rules over a resolution and returns their diagnostics, in rule order then document
 * order. Immutable and thread-safe once built. A rule that throws is reported as an
 * {@code RD-RULE-FAILED} error instead of breaking validation; a document nested deeper than
 * {@link Nesting#MAX} gives one {@value #DEPTH} error. Validation never throws.
 *
 * <p>Every diagnostic has a position, a 1-based line and column: the span of the node it is
 * about, or when that node has none (a document built through the API, or read from a format
 * without positions) the span of its nearest ancestor that has one, or else 1:1.
 *
 * <pre>{@code
 * List<Diagnostic> found = Validator.standard().validate(resolution);
 * Validator mine = Validator.builder().standardRules().without("RD-PUNCTUATION").add(myRule).build();
 * }</pre>
 */
public final class Validator {

    /**
     * Code of the one error reported, instead of running the rules, for a document nested deeper
     * than {@link Nesting#MAX}.
     */
    public static final String DEPTH = "RD-DEPTH";

    private final List<Rule> rules;

    private Validator(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** @return a validator with every built-in rule ({@link Rules#standard()}) */
    public static Validator standard() {
        return builder().standardRules().build();
    }

    /** @return a builder with no rules */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the rules, in the order they run */
    public List<Rule> rules() {
        return rules;
    }

    /**
     * Validates a resolution.
     *
     * @param resolution the resolution
     * @return the diagnostics, possibly empty
     */
    public List<Diagnostic> validate(Resolution resolution) {
        Checks.notNull(resolution, "resolution");
        int depth = Nesting.depth(resolution);
        SourceSpan start = resolution.span().orElse(SourceSpan.at(1, 1));
        if (depth > Nesting.MAX) {
            return List.of(new Diagnostic(
                    DEPTH,
                    Severity.ERROR,
                    "the document is nested " + depth + " levels deep; resdom validates at most " + Nesting.MAX
                            + " levels (Nesting.MAX), so no rule ran",
                    Optional.empty(),
                    Optional.of(start)));
        }
        Map<Node, String> ids = new IdentityHashMap<>();
        for (Located<Node> l : resolution.elements()) {
            ids.putIfAbsent(l.node(), l.id());
        }
        Map<Node, SourceSpan> spans = spans(resolution, start);
        List<Diagnostic> out = new ArrayList<>();
        for (Rule rule : rules) {
            Context context = new Context(rule, ids, spans, start, out);
            try {
                rule.check(resolution, context);
            } catch (RuntimeException e) {
                out.add(new Diagnostic(
                        "RD-RULE-FAILED",
                        Severity.ERROR,
                        "rule " + rule.code() + " failed: " + e,
                        Optional.empty(),
                        Optional.of(start)));
            }
        }
        return List.copyOf(out);
    }

    /** Every node's position: its own span, or its nearest ancestor's, or the start. Walks without recursion. */
    private static Map<Node, SourceSpan> spans(Resolution resolution, SourceSpan start) {
        Map<Node, SourceSpan> out = new IdentityHashMap<>();
        Deque<Node> nodes = new ArrayDeque<>();
        nodes.push(resolution);
        out.put(resolution, start);
        while (!nodes.isEmpty()) {
            Node n = nodes.pop();
            SourceSpan inherited = out.get(n);
            for (Node c : n.children()) {
                if (!out.containsKey(c)) {
                    out.put(c, c.span().orElse(inherited));
                    nodes.push(c);
                }
            }
        }
        return out;
    }

    private static final class Context implements RuleContext {
        private final Rule rule;
        private final Map<Node, String> ids;
        private final Map<Node, SourceSpan> spans;
        private final SourceSpan start;
        private final List<Diagnostic> out;

        Context(Rule rule, Map<Node, String> ids, Map<Node, SourceSpan> spans, SourceSpan start, List<Diagnostic> out) {
            this.rule = rule;
            this.ids = ids;
            this.spans = spans;
            this.start = start;
            this.out = out;
        }

        @Override
        public void report(Node node, String message) {
            report(node, rule.severity(), message);
        }

        @Override
        public void report(Node node, Severity severity, String message) {
            Checks.notNull(node, "node");
            Checks.notNull(severity, "severity");
            Checks.notNull(message, "message");
            SourceSpan at = node.span().orElseGet(() -> spans.getOrDefault(node, start));
            out.add(new Diagnostic(rule.code(), severity, message, idOf(node), Optional.of(at)));
        }

        @Override
        public Optional<String> idOf(Node node) {
            return Optional.ofNullable(ids.get(node));
        }
    }

    /** Chooses the rules of a {@link Validator}. */
    public static final class Builder {
        private final Map<String, Rule> rules = new LinkedHashMap<>();

        private Builder() {}

        /** @return this builder, with every built-in rule added */
        public Builder standardRules() {
            Rules.standard().forEach(this::add);
            return this;
        }

        /**
         * Adds a rule (a user's own, or a built-in one). A rule with the code of one already
         * added replaces it.
         *
         * @param rule the rule
         * @return this builder
         */
        public Builder add(Rule rule) {
            Checks.notNull(rule, "rule");
            rules.put(Checks.notBlank(rule.code(), "rule.code()"), rule);
            return this;
        }

        /**
         * Switches off the rule with this code.
         *
         * @param code the code, such as {@code RD-PUNCTUATION}
         * @return this builder
         */
        public Builder without(String code) {
            Checks.notNull(code, "code");
            rules.remove(code);
            return this;
        }

        /** @return the validator */
        public Validator build() {
            return new Validator(new ArrayList<>(rules.values()));
        }
    }
}

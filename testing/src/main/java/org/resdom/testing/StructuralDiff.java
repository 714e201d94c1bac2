package org.resdom.testing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.resdom.model.Anchor;
import org.resdom.model.Annex;
import org.resdom.model.Inline;
import org.resdom.model.Label;
import org.resdom.model.Located;
import org.resdom.model.Node;
import org.resdom.model.OpeningFormula;
import org.resdom.model.OperativeSection;
import org.resdom.model.Paragraph;
import org.resdom.model.PreambleSection;
import org.resdom.model.Resolution;
import org.resdom.model.SourceSpan;

/**
 * Where two resolutions differ, element by element: for each element id of {@link Resolution#elements()}
 * (identity, sections, annexes, paragraphs), what is missing, what is extra, and what differs (label, heading,
 * phrase facts, text, citations), with the actual element's line:column where known; where a formula's or
 * paragraph's text is the same, the first difference in its inline content (revision marks, footnotes, anchors,
 * brackets, unknown elements, any inline node), with its path ({@code inline content[2].content[0]}) and the
 * inline node's own position when it has one. It compares with the model's {@code equals} (spans and source hints
 * ignored), and is empty exactly when the two are equal: a difference none of these facts covers is reported as
 * {@code record} at the nearest element whose records differ. Immutable.
 */
public final class StructuralDiff {

    /**
     * One difference.
     *
     * @param elementId the element id ({@code ""} for the document)
     * @param what what differs: {@code missing}, {@code unexpected}, {@code label}, {@code text},
     *        {@code inline content[1]}, {@code record}, ...
     * @param expected the expected value
     * @param actual the actual value
     * @param position the actual element's position, when known
     */
    public record Difference(
            String elementId, String what, String expected, String actual, Optional<SourceSpan> position) {}

    private final List<Difference> differences;

    private StructuralDiff(List<Difference> differences) {
        this.differences = List.copyOf(differences);
    }

    /**
     * @param expected the expected resolution
     * @param actual the actual resolution
     * @return their differences
     */
    public static StructuralDiff of(Resolution expected, Resolution actual) {
        Map<String, Map<String, String>> e = facts(expected);
        Map<String, Map<String, String>> a = facts(actual);
        Map<String, Optional<SourceSpan>> positions = new LinkedHashMap<>();
        Map<String, Located<Node>> actualNodes = new LinkedHashMap<>();
        for (Located<Node> l : actual.elements()) {
            positions.put(l.id(), Describe.span(l.node()));
            actualNodes.put(l.id(), l);
        }
        Map<String, Optional<SourceSpan>> expectedPositions = new LinkedHashMap<>();
        Map<String, Located<Node>> expectedNodes = new LinkedHashMap<>();
        for (Located<Node> l : expected.elements()) {
            expectedPositions.put(l.id(), Describe.span(l.node()));
            expectedNodes.put(l.id(), l);
        }
        List<Difference> out = new ArrayList<>();
        for (Map.Entry<String, Map<String, String>> x : e.entrySet()) {
            Map<String, String> y = a.get(x.getKey());
            if (y == null) {
                out.add(new Difference(
                        x.getKey(),
                        "missing",
                        x.getValue().getOrDefault("text", x.getValue().getOrDefault("type", "")),
                        "(absent)",
                        expectedPositions.get(x.getKey())));
                continue;
            }
            for (Map.Entry<String, String> f : x.getValue().entrySet()) {
                String av = y.getOrDefault(f.getKey(), "(none)");
                if (!av.equals(f.getValue())) {
                    out.add(new Difference(x.getKey(), f.getKey(), f.getValue(), av, positions.get(x.getKey())));
                }
            }
            for (Map.Entry<String, String> f : y.entrySet()) {
                if (!x.getValue().containsKey(f.getKey())) {
                    out.add(new Difference(x.getKey(), f.getKey(), "(none)", f.getValue(), positions.get(x.getKey())));
                }
            }
            inline(x.getKey(), expectedNodes.get(x.getKey()), actualNodes.get(x.getKey()), positions.get(x.getKey()))
                    .ifPresent(out::add);
        }
        for (Map.Entry<String, Map<String, String>> y : a.entrySet()) {
            if (!e.containsKey(y.getKey())) {
                out.add(new Difference(
                        y.getKey(),
                        "unexpected",
                        "(absent)",
                        y.getValue().getOrDefault("text", y.getValue().getOrDefault("type", "")),
                        positions.get(y.getKey())));
            }
        }
        if (out.isEmpty() && !expected.equals(actual)) {
            out.add(fallback(expectedNodes, actualNodes));
        }
        return new StructuralDiff(out);
    }

    /**
     * The first difference in the inline content of a formula or paragraph whose plain text is the same (a word
     * wrapped in a revision mark, a footnote, an anchor or an unknown element added), if any.
     */
    private static Optional<Difference> inline(
            String id, Located<Node> expected, Located<Node> actual, Optional<SourceSpan> position) {
        if (expected == null || actual == null) {
            return Optional.empty();
        }
        if (expected.node() instanceof OpeningFormula e
                && actual.node() instanceof OpeningFormula a
                && e.plainText().equals(a.plainText())) {
            return InlineDiff.first(e.content(), a.content(), "content").map(d -> d.at(id, position));
        }
        if (expected.node() instanceof Paragraph e && actual.node() instanceof Paragraph a) {
            if (e.plainText().equals(a.plainText())) {
                Optional<InlineDiff> d = InlineDiff.first(e.content(), a.content(), "content");
                if (d.isPresent()) {
                    return d.map(x -> x.at(id, position));
                }
            }
            if (Inline.plainText(e.wrapUp()).equals(Inline.plainText(a.wrapUp()))) {
                return InlineDiff.first(e.wrapUp(), a.wrapUp(), "wrap-up").map(x -> x.at(id, position));
            }
        }
        return Optional.empty();
    }

    /**
     * A difference for two documents that are not equal where no fact compared differs: the nearest (deepest)
     * element present in both whose records differ, or the document.
     */
    private static Difference fallback(Map<String, Located<Node>> expected, Map<String, Located<Node>> actual) {
        Located<Node> nearest = null;
        int depth = -1;
        for (Map.Entry<String, Located<Node>> x : expected.entrySet()) {
            Located<Node> y = actual.get(x.getKey());
            if (y != null && !x.getValue().node().equals(y.node())) {
                int d = depth(x.getValue());
                if (d > depth) {
                    nearest = y;
                    depth = d;
                }
            }
        }
        if (nearest == null) { // not reached: the document itself is an element
            return new Difference("", "record", "(the documents differ)", "(the documents differ)", Optional.empty());
        }
        Node a = nearest.node();
        Node e = expected.get(nearest.id()).node();
        return new Difference(nearest.id(), "record", InlineDiff.record(e), InlineDiff.record(a), a.span());
    }

    private static int depth(Located<?> l) {
        int d = 0;
        for (Optional<Located<?>> p = l.parent(); p.isPresent(); p = p.get().parent()) {
            d++;
        }
        return d;
    }

    /** @return the differences, expected document order first */
    public List<Difference> differences() {
        return differences;
    }

    /** @return whether the two are structurally equal: exactly when they are {@code equals} */
    public boolean isEmpty() {
        return differences.isEmpty();
    }

    /**
     * @param max how many differences to describe
     * @return a message naming each difference, or {@code ""} when there is none
     */
    public String describe(int max) {
        if (differences.isEmpty()) {
            return "";
        }
        StringBuilder b = new StringBuilder();
        b.append("Expected the resolutions to be structurally equal, but found ")
                .append(differences.size())
                .append(differences.size() == 1 ? " difference" : " differences")
                .append(':');
        for (Difference d : differences.subList(0, Math.min(max, differences.size()))) {
            b.append("\n  at ").append(d.elementId().isEmpty() ? "(document)" : d.elementId());
            d.position()
                    .filter(p -> p.line() > 0)
                    .ifPresent(p -> b.append(" (")
                            .append(p.line())
                            .append(':')
                            .append(p.column())
                            .append(')'));
            b.append(", ").append(d.what()).append(":");
            // inline nodes and records are shown as described, quoting their own texts; facts are quoted
            boolean described = d.what().startsWith("inline ") || d.what().equals("record");
            String[] shown = described
                    ? new String[] {Describe.clip(d.expected(), 160), Describe.clip(d.actual(), 160)}
                    : around(d.expected(), d.actual());
            b.append("\n    expected: ").append(shown[0]);
            b.append("\n    but was:  ").append(shown[1]);
        }
        if (differences.size() > max) {
            b.append("\n  ... and ").append(differences.size() - max).append(" more");
        }
        return b.toString();
    }

    /** Both texts around their first different character, quoted, clipped to about 60 characters. */
    static String[] around(String e, String a) {
        int i = 0;
        while (i < e.length() && i < a.length() && e.charAt(i) == a.charAt(i)) {
            i++;
        }
        int from = Math.max(0, i - 25);
        return new String[] {clip(e, from), clip(a, from)};
    }

    private static String clip(String s, int from) {
        int to = Math.min(s.length(), from + 60);
        return (from > 0 ? "…" : "") + "\"" + s.substring(Math.min(from, s.length()), to) + "\""
                + (to < s.length() ? "…" : "");
    }

    /** For each element id, the facts compared. */
    private static Map<String, Map<String, String>> facts(Resolution r) {
        Map<String, Map<String, String>> out = new LinkedHashMap<>();
        Map<String, String> doc = new LinkedHashMap<>();
        doc.put("identity", r.identity().toString());
        if (!r.metadata().isEmpty()) {
            doc.put("metadata", r.metadata().toString());
        }
        out.put("", doc);
        for (Located<Node> l : r.elements()) {
            Node n = l.node();
            Map<String, String> f = new LinkedHashMap<>();
            if (n instanceof PreambleSection s) {
                f.put("type", "preamble section");
                f.put("phrase", s.phrase().toString());
                f.put("run-in", String.valueOf(s.runIn()));
                f.put("paragraphs", String.valueOf(s.paragraphs().size()));
            } else if (n instanceof OperativeSection s) {
                f.put("type", "operative section");
                f.put("phrase", s.phrase().map(Object::toString).orElse("(none)"));
                f.put("run-in", String.valueOf(s.runIn()));
                f.put("paragraphs", String.valueOf(s.paragraphs().size()));
            } else if (n instanceof Annex a) {
                f.put("type", "annex");
                f.put("number", a.number().orElse("(none)"));
                f.put("heading", a.heading());
                a.title().ifPresent(t -> f.put("title", t));
                f.put("paragraphs", String.valueOf(a.paragraphs().size()));
            } else if (n instanceof OpeningFormula o) {
                f.put("type", "formula");
                f.put("text", Inline.plainText(o.content()));
            } else if (n instanceof Paragraph p) {
                f.put("type", "paragraph");
                if (!p.anchors().isEmpty()) {
                    f.put(
                            "anchors",
                            p.anchors().stream().map(Anchor::name).toList().toString());
                }
                f.put("label", p.label().map(Label::text).orElse("(none)"));
                f.put("text", p.plainText());
                if (!p.wrapUp().isEmpty()) {
                    f.put("wrap-up", Inline.plainText(p.wrapUp()));
                }
                f.put("items", String.valueOf(p.items().size()));
                List<String> cites =
                        Describe.citations(p).stream().map(InlineDiff::record).toList();
                if (!cites.isEmpty()) {
                    f.put("citations", String.join("; ", cites));
                }
            } else {
                continue;
            }
            out.put(l.id(), f);
        }
        return out;
    }
}

package org.resdom.testing;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.resdom.model.Annex;
import org.resdom.model.Citation;
import org.resdom.model.Located;
import org.resdom.model.Node;
import org.resdom.model.OpeningFormula;
import org.resdom.model.Paragraph;
import org.resdom.model.Resolution;
import org.resdom.model.Section;
import org.resdom.model.SourceSpan;

/** Short descriptions for failure messages. */
final class Describe {

    private Describe() {}

    static String heading(Section s) {
        return s.headingText()
                .filter(h -> !h.isBlank())
                .map(h -> "\"" + h + "\"")
                .orElse("unheaded");
    }

    static String headings(List<? extends Section> sections) {
        return sections.stream().map(Describe::heading).collect(Collectors.joining(", ", "[", "]"));
    }

    static String paragraphIds(Resolution r) {
        List<String> ids = r.elements().stream()
                .filter(l -> l.node() instanceof Paragraph)
                .map(Located::id)
                .toList();
        return ids.size() <= 12 ? ids.toString() : ids.subList(0, 12) + " and " + (ids.size() - 12) + " more";
    }

    static String clip(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    /** The citations of a paragraph's own content and wrap-up (not its sub-items'). */
    static List<Citation> citations(Paragraph p) {
        List<Citation> out = new ArrayList<>();
        Deque<Node> todo = new ArrayDeque<>();
        List<Node> roots = new ArrayList<>(p.content());
        roots.addAll(p.wrapUp());
        for (int i = roots.size() - 1; i >= 0; i--) {
            todo.push(roots.get(i));
        }
        while (!todo.isEmpty()) {
            Node n = todo.pop();
            if (n instanceof Citation c) {
                out.add(c);
            } else if (!(n instanceof Paragraph)) {
                List<? extends Node> cs = n.children();
                for (int i = cs.size() - 1; i >= 0; i--) {
                    todo.push(cs.get(i));
                }
            }
        }
        return out;
    }

    static Optional<SourceSpan> span(Node n) {
        if (n instanceof Paragraph p) {
            return p.span();
        }
        if (n instanceof Section s) {
            return s.span();
        }
        if (n instanceof Annex a) {
            return a.span();
        }
        if (n instanceof OpeningFormula f) {
            return f.span();
        }
        if (n instanceof Resolution r) {
            return r.span();
        }
        return Optional.empty();
    }
}

package org.resdom.validation.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Consumer;
import org.resdom.model.Annex;
import org.resdom.model.OperativeSection;
import org.resdom.model.Paragraph;
import org.resdom.model.Resolution;
import org.resdom.model.Section;

/**
 * Walks every list of paragraphs of a resolution: sections (the operative sections without a
 * phrase together, as one list), annexes and sub-items.
 */
final class Lists {
    private Lists() {}

    /**
     * Calls {@code action} once for each list of sibling paragraphs (a section's, an annex's,
     * a paragraph's items), without recursion so that deep documents cannot overflow the stack.
     */
    static void forEach(Resolution r, Consumer<List<Paragraph>> action) {
        Deque<List<Paragraph>> todo = new ArrayDeque<>();
        // the operative sections without a phrase (UN style, or an operative part split by a
        // preamble section kept in its place after it) are one numbered list
        List<Paragraph> unheaded = null;
        for (Section s : r.sections()) {
            if (s instanceof OperativeSection o && o.phrase().isEmpty()) {
                if (unheaded == null) {
                    unheaded = new ArrayList<>(o.paragraphs());
                    todo.add(unheaded);
                } else {
                    unheaded.addAll(o.paragraphs());
                }
            } else {
                todo.add(s.paragraphs());
            }
        }
        for (Annex a : r.annexes()) {
            todo.add(a.paragraphs());
        }
        while (!todo.isEmpty()) {
            List<Paragraph> list = todo.removeFirst();
            action.accept(list);
            for (Paragraph p : list) {
                if (!p.items().isEmpty()) {
                    todo.add(p.items());
                }
            }
        }
    }
}

package org.resdom.model;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.resdom.internal.Checks;

/**
 * Any part of a resolution. The model is a tree of immutable records; what may stand inside
 * what is fixed by sealed interfaces:
 *
 * <pre>
 * Resolution     = Identity, OpeningFormula?, PreambleSection*, OperativeSection*, Annex*, metadata
 * PreambleSection = PreamblePhrase, Paragraph*
 * OperativeSection = OperativePhrase?, Paragraph*
 * Annex          = heading, title?, Paragraph*
 * Paragraph      = Anchor*, Label?, Inline* (text, or intro when it has items), Paragraph* (items), Inline* (wrap-up)
 * Inline         = Text | Anchor | FootnoteRef | Footnote | Inserted | Deleted | Bracketed | Unrecognized
 *                | UnknownElement | Citation
 * Citation       = InstrumentCitation | UnResolutionCitation | ProvisionCitation | AnnexCitation | OtherCitation
 * </pre>
 *
 * <p>Every node offers {@link #children()} for generic walks and {@link #accept(Visitor)} for
 * exhaustive handling.
 */
public sealed interface Node permits Resolution, OpeningFormula, Section, Paragraph, Annex, Inline {

    /**
     * Calls the visitor's method for this node's type.
     *
     * @param <R> the visitor's result
     * @param visitor the visitor
     * @return what the visitor returned
     */
    <R> R accept(Visitor<R> visitor);

    /** @return the direct children, in document order */
    List<? extends Node> children();

    /** @return where the node came from in its source, when a reader knew it; never part of {@code equals} */
    Optional<SourceSpan> span();

    /**
     * This node and all nodes below it, depth first, in document order. The walk uses no
     * recursion, so however deep a document is it cannot overflow the stack.
     *
     * @return the nodes
     */
    default Stream<Node> stream() {
        List<Node> out = new ArrayList<>();
        Deque<Node> todo = new ArrayDeque<>();
        todo.push(this);
        while (!todo.isEmpty()) {
            Node n = todo.pop();
            out.add(n);
            List<? extends Node> children = n.children();
            for (int i = children.size() - 1; i >= 0; i--) {
                todo.push(children.get(i));
            }
        }
        return out.stream();
    }

    /**
     * All nodes of a type at or below this node, in document order.
     *
     * @param <T> the type
     * @param type the type, such as {@code Citation.class}
     * @return the nodes
     */
    default <T extends Node> Stream<T> find(Class<T> type) {
        Checks.notNull(type, "type");
        return stream().filter(type::isInstance).map(type::cast);
    }
}

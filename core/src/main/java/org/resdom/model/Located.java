package org.resdom.model;

import java.util.Optional;
import org.resdom.internal.Checks;

/**
 * A node with its element identifier and its parent, as found by {@link Resolution#locate(Class)}.
 *
 * @param <T> the node's type
 * @param node the node
 * @param id its identifier, unique in the document, such as {@code hcontainer_2__para_3__list_1__point_ii}
 * @param parent the enclosing located node; empty for the resolution itself
 */
public record Located<T extends Node>(T node, String id, Optional<Located<?>> parent) {

    /** Checks for nulls. */
    public Located {
        Checks.notNull(node, "node");
        Checks.notNull(id, "id");
        Checks.optional(parent, "parent");
    }

    /**
     * The nearest ancestor of a type, such as the paragraph that holds a citation.
     *
     * @param <U> the type
     * @param type the type
     * @return the ancestor, if any
     */
    public <U extends Node> Optional<Located<U>> enclosing(Class<U> type) {
        Checks.notNull(type, "type");
        Optional<Located<?>> p = parent;
        while (p.isPresent()) {
            if (type.isInstance(p.get().node())) {
                @SuppressWarnings("unchecked")
                Located<U> found = (Located<U>) p.get();
                return Optional.of(found);
            }
            p = p.get().parent();
        }
        return Optional.empty();
    }

    /** @return {@code id} and the node's type */
    @Override
    public String toString() {
        return id + " (" + node.getClass().getSimpleName() + ")";
    }
}

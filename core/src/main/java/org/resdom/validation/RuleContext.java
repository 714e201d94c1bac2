package org.resdom.validation;

import java.util.Optional;
import org.resdom.diagnostic.Severity;
import org.resdom.model.Node;

/** What a {@link Rule} reports through: it fills in the rule's code, the element identifier and the span. */
public interface RuleContext {

    /**
     * Reports a problem on a node, with the rule's severity.
     *
     * @param node the node concerned (taken from the resolution being checked)
     * @param message what is wrong
     */
    void report(Node node, String message);

    /**
     * Reports a problem on a node.
     *
     * @param node the node concerned
     * @param severity its severity
     * @param message what is wrong
     */
    void report(Node node, Severity severity, String message);

    /**
     * @param node a node of the resolution being checked
     * @return its element identifier, if it has one
     */
    Optional<String> idOf(Node node);
}

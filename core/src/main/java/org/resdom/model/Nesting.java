package org.resdom.model;

import java.util.Arrays;
import java.util.List;
import org.resdom.internal.Checks;

/**
 * How deep a document nests, and how deep resdom lets it nest. The depth counts the containers
 * on the longest path down the tree: each {@link Paragraph} (a section's paragraph is level 1,
 * its items level 2, …) and each inline node that holds inline content ({@link Inserted},
 * {@link Deleted}, {@link Bracketed}, {@link Footnote}, {@link UnknownElement}). Sections, annexes, the formula and
 * leaves (text, anchors, citations, unrecognized text) add nothing.
 *
 * <p>Every reader measures this same depth against its limit ({@code ReadLimits.maxDepth},
 * {@link #MAX} by default), whatever the markup, and every writer writes any document of at
 * most {@link #MAX} levels so that every reader reads it back under its default limits; a
 * deeper document is refused by the writers and the validator with a clear message.
 *
 * <pre>{@code
 * if (Nesting.depth(resolution) > Nesting.MAX) { ... }
 * }</pre>
 */
public final class Nesting {

    /** The deepest nesting resdom reads by default and writes: {@value}. */
    public static final int MAX = 64;

    private Nesting() {}

    /**
     * The nesting depth of a node and everything below it, computed without recursion.
     *
     * @param node the node
     * @return its depth (0 for a document with no paragraph)
     */
    public static int depth(Node node) {
        Checks.notNull(node, "node");
        int max = 0;
        // two parallel stacks (node, level of its parent), grown as needed: no boxing
        Node[] nodes = new Node[64];
        int[] levels = new int[64];
        int top = 0;
        nodes[top] = node;
        levels[top++] = 0;
        while (top > 0) {
            Node n = nodes[--top];
            nodes[top] = null;
            int level = levels[top];
            if (isLevel(n)) {
                level++;
                max = Math.max(max, level);
            }
            List<? extends Node> children = n.children();
            int k = children.size();
            if (top + k > nodes.length) {
                int size = Math.max(nodes.length * 2, top + k);
                nodes = Arrays.copyOf(nodes, size);
                levels = Arrays.copyOf(levels, size);
            }
            for (int i = 0; i < k; i++) { // by index: no iterator per node
                nodes[top] = children.get(i);
                levels[top++] = level;
            }
        }
        return max;
    }

    /**
     * Checks a document is no deeper than {@link #MAX}.
     *
     * @param node the document, or a part of it
     * @param what what refuses it, for the message (such as {@code "the JSON writer"})
     * @throws IllegalArgumentException naming the depth and the limit, if it is deeper
     */
    public static void requireWithinMax(Node node, String what) {
        int depth = depth(node);
        if (depth > MAX) {
            throw new IllegalArgumentException(what + " refuses a document nested " + depth
                    + " levels deep: resdom reads and writes at most " + MAX + " levels (Nesting.MAX)");
        }
    }

    /**
     * @param n a node
     * @return whether it is a level of nesting: a paragraph, or an inline node holding inline content
     */
    public static boolean isLevel(Node n) {
        return n instanceof Paragraph
                || n instanceof Inserted
                || n instanceof Deleted
                || n instanceof Bracketed
                || n instanceof Footnote
                || n instanceof UnknownElement;
    }
}

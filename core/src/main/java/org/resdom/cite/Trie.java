package org.resdom.cite;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Phrases over normalised characters, built once per vocabulary. {@code *} in a phrase stands
 * for the rest of a word (any letters). Matching at a position walks the trie once, so the
 * cost is bounded by the longest phrase, whatever the vocabulary's size.
 *
 * @param <V> what a phrase maps to
 */
final class Trie<V> {

    private static final class Node<V> {
        char[] keys = new char[0];
        List<Node<V>> children = new ArrayList<>();
        Node<V> star;
        V value;

        Node<V> child(char c) {
            int i = Arrays.binarySearch(keys, c);
            return i < 0 ? null : children.get(i);
        }

        Node<V> add(char c) {
            int i = Arrays.binarySearch(keys, c);
            if (i >= 0) {
                return children.get(i);
            }
            int at = -i - 1;
            char[] k = new char[keys.length + 1];
            System.arraycopy(keys, 0, k, 0, at);
            k[at] = c;
            System.arraycopy(keys, at, k, at + 1, keys.length - at);
            keys = k;
            Node<V> n = new Node<>();
            children.add(at, n);
            return n;
        }
    }

    /** A match: the value and the normalised end. */
    record Match<V>(V value, int end) {
    }

    private final Node<V> root = new Node<>();

    /**
     * Adds a phrase; the first value added for a phrase wins.
     *
     * @param phrase the phrase, normalised, possibly with {@code *}
     * @param value its value
     */
    void add(String phrase, V value) {
        Node<V> n = root;
        for (int i = 0; i < phrase.length(); i++) {
            char c = phrase.charAt(i);
            if (c == '*') {
                if (n.star == null) {
                    n.star = new Node<>();
                }
                n = n.star;
            } else {
                n = n.add(c);
            }
        }
        if (n.value == null) {
            n.value = value;
        }
    }

    /**
     * The longest phrase at {@code start} that ends at a word boundary.
     *
     * @param t the normalised text
     * @param start where the phrase must start
     * @return the match, or null
     */
    Match<V> longest(Normalized t, int start) {
        return walk(root, t, start, 0);
    }

    private Match<V> walk(Node<V> node, Normalized t, int i, int depth) {
        Match<V> best = null;
        if (node.value != null && i > 0 && boundaryAfter(t, i)) {
            best = new Match<>(node.value, i);
        }
        if (depth > 200) {
            return best;
        }
        if (node.star != null) {
            int j = i;
            while (j < t.length && Character.isLetter(t.n[j]) && !Normalized.isHan(t.n[j])) {
                j++;
            }
            Match<V> m = walk(node.star, t, j, depth + 1);
            if (m != null && (best == null || m.end() > best.end())) {
                best = m;
            }
        }
        if (i < t.length) {
            Node<V> c = node.child(t.n[i]);
            if (c != null) {
                Match<V> m = walk(c, t, i + 1, depth + 1);
                if (m != null && (best == null || m.end() > best.end())) {
                    best = m;
                }
            }
        }
        return best;
    }

    static boolean boundaryAfter(Normalized t, int end) {
        if (end >= t.length) {
            return true;
        }
        char last = t.n[end - 1];
        char next = t.n[end];
        if (!Character.isLetter(last) || Normalized.isHan(last) || Normalized.isHan(next)) {
            return true;
        }
        return !Character.isLetter(next);
    }
}

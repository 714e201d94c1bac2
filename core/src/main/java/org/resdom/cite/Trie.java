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
        /** {@link #children} as an array, for the walk. */
        @SuppressWarnings("unchecked")
        Node<V>[] kids = new Node[0];

        Node<V> star;
        V value;

        Node<V> child(char c) {
            char[] k = keys;
            if (k.length <= 8) {
                for (int i = 0; i < k.length; i++) {
                    if (k[i] == c) {
                        return kids[i];
                    }
                }
                return null;
            }
            int i = Arrays.binarySearch(k, c);
            return i < 0 ? null : kids[i];
        }

        @SuppressWarnings("unchecked")
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
            kids = children.toArray(new Node[0]);
            return n;
        }
    }

    /**
     * The most characters a match runs (a bound on the walk): more than the longest name in the
     * tables (the Spanish title of the Basic Principles and Guidelines on the Right to a Remedy,
     * 251 characters).
     */
    private static final int MAX_DEPTH = 400;

    /** A match: the value and the normalised end. */
    record Match<V>(V value, int end) {}

    /** The root's children by character, for the characters below {@link #DIRECT} (most first letters). */
    private static final int DIRECT = 0x800;

    private final Node<V> root = new Node<>();

    @SuppressWarnings("unchecked")
    private final Node<V>[] first = new Node[DIRECT];
    /** The root's other children (Chinese), in an open-addressing table: keys, then nodes; a key of 0 is free. */
    private char[] farKeys = new char[16];

    @SuppressWarnings("unchecked")
    private Node<V>[] farNodes = new Node[16];

    private int farCount;

    private Node<V> far(char c) {
        int mask = farKeys.length - 1;
        for (int h = (c * 0x9E37) & mask; farKeys[h] != 0; h = (h + 1) & mask) {
            if (farKeys[h] == c) {
                return farNodes[h];
            }
        }
        return null;
    }

    @SuppressWarnings("unchecked")
    private void putFar(char c, Node<V> n) {
        if (far(c) != null) {
            return;
        }
        if (2 * (farCount + 1) > farKeys.length) {
            char[] keys = farKeys;
            Node<V>[] nodes = farNodes;
            farKeys = new char[keys.length * 2];
            farNodes = new Node[keys.length * 2];
            farCount = 0;
            for (int i = 0; i < keys.length; i++) {
                if (keys[i] != 0) {
                    putFar(keys[i], nodes[i]);
                }
            }
        }
        int mask = farKeys.length - 1;
        int h = (c * 0x9E37) & mask;
        while (farKeys[h] != 0) {
            h = (h + 1) & mask;
        }
        farKeys[h] = c;
        farNodes[h] = n;
        farCount++;
    }

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
                if (i == 0 && c < DIRECT) {
                    first[c] = n;
                } else if (i == 0) {
                    putFar(c, n);
                }
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
        if (root.value == null && root.star == null) {
            // the usual case: no empty phrase, no phrase opening with "*"; most words stop here
            if (start >= t.length) {
                return null;
            }
            char c = t.n[start];
            Node<V> n = c < DIRECT ? first[c] : far(c);
            if (n == null) {
                return null;
            }
            return chain(n, t, start + 1, 1);
        }
        return walk(root, t, start, 0);
    }

    /**
     * The longest phrase that starts with {@code lead} and goes on with the text at {@code start}
     * (Arabic {@code للإعلان}: the table's {@code الإعلان} with its alif dropped after ل).
     *
     * @param lead the phrase's first character, not in the text
     * @param t the normalised text
     * @param start where the rest of the phrase must start
     * @return the match (its end in the text), or null
     */
    Match<V> longestAfter(char lead, Normalized t, int start) {
        if (start >= t.length) {
            return null;
        }
        Node<V> n = lead < DIRECT ? first[lead] : far(lead);
        return n == null ? null : chain(n, t, start, 1);
    }

    /**
     * {@link #walk} without recursion down a run of nodes with no {@code *}: there the longest
     * match is the deepest node with a value at a word boundary (a child's match always ends
     * after its parent's), so the walk keeps only the last one found; from a node with a
     * {@code *} on, {@link #walk} decides.
     */
    private Match<V> chain(Node<V> node, Normalized t, int i, int depth) {
        V bestValue = null;
        int bestEnd = -1;
        char[] n = t.n;
        int len = t.length;
        while (true) {
            if (node.star != null || depth > MAX_DEPTH) {
                Match<V> m = walk(node, t, i, depth);
                if (m != null) {
                    return m; // ends at i or later: never before the best so far
                }
                break;
            }
            if (node.value != null && i > 0 && boundaryAfter(t, i)) {
                bestValue = node.value;
                bestEnd = i;
            }
            if (i >= len) {
                break;
            }
            Node<V> c = node.child(n[i]);
            if (c == null) {
                break;
            }
            node = c;
            i++;
            depth++;
        }
        return bestValue == null ? null : new Match<>(bestValue, bestEnd);
    }

    private Match<V> walk(Node<V> node, Normalized t, int i, int depth) {
        Match<V> best = null;
        if (node.value != null && i > 0 && boundaryAfter(t, i)) {
            best = new Match<>(node.value, i);
        }
        if (depth > MAX_DEPTH) {
            return best;
        }
        if (node.star != null) {
            int j = i;
            while (j < t.length && Normalized.isWordLetter(t.n[j])) {
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
        if (!Normalized.isLetter(last) || Normalized.isHan(last) || Normalized.isHan(next)) {
            return true;
        }
        return !Normalized.isLetter(next);
    }
}

package org.resdom.io.text.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.resdom.diagnostic.Severity;
import org.resdom.io.TextCodes;
import org.resdom.model.Anchor;
import org.resdom.model.Bracketed;
import org.resdom.model.Deleted;
import org.resdom.model.Footnote;
import org.resdom.model.FootnoteRef;
import org.resdom.model.Inline;
import org.resdom.model.Inserted;
import org.resdom.model.Text;

/**
 * Parses the inline mark-up of one line: {@code [bookmark: X]}, {@code [footnoteRef:N]},
 * footnote bodies {@code [N: …]}, revision marks {@code {+…+}}, {@code {-…-}}, brackets
 * {@code {[…]}} and the line break {@code {/}}; plain runs go to the {@link Citing}. Brackets are paired once per
 * line with a stack, so parsing is linear.
 */
final class InlineParser {
    static final String BOOKMARK = "[bookmark: ";
    static final String FOOTNOTE_REF = "[footnoteRef:";
    private static final String LINE_BREAK = TextParser.LINE_BREAK;
    private static final int MAX_NAME = 256;

    private final String s;
    private final Citing citations;
    private final Source source;
    private final Sink sink;
    private final int maxDepth;
    private boolean depthReported;
    private int lineStart;
    private int[] square = new int[0];
    private int[] marks = new int[0];

    InlineParser(String s, Citing citations, Source source, Sink sink, int maxDepth) {
        this.s = s;
        this.citations = citations;
        this.source = source;
        this.sink = sink;
        this.maxDepth = maxDepth;
    }

    /** Pairs the brackets of the line {@code [start, end)}; call before parsing inside it. */
    void line(int start, int end) {
        lineStart = start;
        int len = end - start;
        if (indexOf('[', start, end) < 0) {
            square = new int[0];
        } else {
            square = new int[len];
            Arrays.fill(square, -1);
            ArrayDeque<Integer> stack = new ArrayDeque<>();
            for (int i = start; i < end; i++) {
                char c = s.charAt(i);
                if (c == '[') {
                    stack.push(i);
                } else if (c == ']' && !stack.isEmpty()) {
                    square[stack.pop() - start] = i;
                }
            }
        }
        if (indexOf('{', start, end) < 0) {
            marks = new int[0];
        } else {
            marks = new int[len];
            Arrays.fill(marks, -1);
            ArrayDeque<Integer> stack = new ArrayDeque<>();
            int i = start;
            while (i + 1 < end) {
                char c = s.charAt(i);
                char d = s.charAt(i + 1);
                if (c == '{' && (d == '+' || d == '-' || d == '[')) {
                    stack.push(i);
                    i += 2;
                } else if (d == '}'
                        && (c == '+' || c == '-' || c == ']')
                        && !stack.isEmpty()
                        && s.charAt(stack.peek() + 1) == (c == ']' ? '[' : c)) {
                    marks[stack.pop() - start] = i;
                    i += 2;
                } else {
                    i++;
                }
            }
        }
    }

    /**
     * Parses {@code [from, to)} of the current line.
     *
     * @param from start offset
     * @param to end offset
     * @param depth nesting depth
     * @return the inline nodes (texts not yet merged)
     */
    List<Inline> parse(int from, int to, int depth) {
        List<Inline> out = new ArrayList<>();
        int text = from;
        int i = from;
        while (i < to) {
            char c = s.charAt(i);
            int next = -1;
            Inline node = null;
            if (c == '[') {
                if (s.startsWith(BOOKMARK, i)) {
                    int close = close(i + BOOKMARK.length(), to);
                    if (close > 0 && !s.substring(i + BOOKMARK.length(), close).isBlank()) {
                        node = new Anchor(
                                s.substring(i + BOOKMARK.length(), close), Optional.of(source.span(i, close + 1)));
                        next = close + 1;
                    }
                } else if (s.startsWith(FOOTNOTE_REF, i)) {
                    int close = close(i + FOOTNOTE_REF.length(), to);
                    if (close > 0
                            && !s.substring(i + FOOTNOTE_REF.length(), close).isBlank()) {
                        node = new FootnoteRef(
                                s.substring(i + FOOTNOTE_REF.length(), close), Optional.of(source.span(i, close + 1)));
                        next = close + 1;
                    }
                } else {
                    int m = i + 1;
                    while (m < to && m - i <= 4 && isMarker(s.charAt(m))) {
                        m++;
                    }
                    int pair = pair(square, i);
                    if (m > i + 1
                            && m - i <= 4
                            && m < to
                            && s.charAt(m) == ':'
                            && pair > m
                            && pair < to
                            && deepEnough(depth, i)) {
                        node = new Footnote(
                                s.substring(i + 1, m),
                                javaList(parse(m + 1, pair, depth + 1)),
                                Optional.of(source.span(i, pair + 1)));
                        next = pair + 1;
                    }
                }
            } else if (c == '{' && s.startsWith(LINE_BREAK, i) && i + LINE_BREAK.length() <= to) {
                node = Text.of("\n");
                next = i + LINE_BREAK.length();
            } else if (c == '{' && i + 1 < to) {
                int pair = pair(marks, i);
                if (pair > i && pair + 2 <= to && deepEnough(depth, i)) {
                    List<Inline> inner = javaList(parse(i + 2, pair, depth + 1));
                    var span = Optional.of(source.span(i, pair + 2));
                    char kind = s.charAt(i + 1);
                    node = kind == '+'
                            ? new Inserted(inner, span)
                            : kind == '-' ? new Deleted(inner, span) : new Bracketed(inner, span);
                    next = pair + 2;
                }
            }
            if (node == null) {
                i++;
                continue;
            }
            if (i > text) {
                citations.find(s.substring(text, i), text, out);
            }
            out.add(node);
            i = next;
            text = next;
        }
        if (to > text) {
            citations.find(s.substring(text, to), text, out);
        }
        return out;
    }

    private static List<Inline> javaList(List<Inline> l) {
        return Inline.normalize(l);
    }

    private boolean deepEnough(int depth, int at) {
        if (depth < maxDepth) {
            return true;
        }
        if (!depthReported) {
            depthReported = true;
            // maxDepth here is the inline budget: the reader's maxDepth less the paragraph's own level
            sink.report(
                    TextCodes.LIMIT,
                    Severity.ERROR,
                    "inline nesting deeper than maxDepth " + (maxDepth + 1) + " allows (the paragraph is one level, "
                            + maxDepth + " inline levels); the rest is kept as text",
                    at,
                    at + 1);
        }
        return false;
    }

    private int pair(int[] pairs, int i) {
        int k = i - lineStart;
        return k >= 0 && k < pairs.length ? pairs[k] : -1;
    }

    private int close(int from, int to) {
        int limit = Math.min(to, from + MAX_NAME);
        for (int j = from; j < limit; j++) {
            char c = s.charAt(j);
            if (c == ']') {
                return j;
            }
            if (c == '[') {
                return -1;
            }
        }
        return -1;
    }

    /** For '[' and '{': a position, and the first occurrence at or after it (-1: none to the end). */
    private final int[] searchedFrom = {Integer.MAX_VALUE, Integer.MAX_VALUE};

    private final int[] foundAt = new int[2];

    /**
     * The first {@code c} ('[' or '{') in {@code [start, end)}, or -1. The lines are looked at in
     * order, so one search of the rest of the text answers for every line up to the hit.
     */
    private int indexOf(char c, int start, int end) {
        int k = c == '[' ? 0 : 1;
        if (start < searchedFrom[k] || foundAt[k] >= 0 && foundAt[k] < start) {
            searchedFrom[k] = start;
            foundAt[k] = s.indexOf(c, start);
        }
        int at = foundAt[k];
        return at >= 0 && at < end ? at : -1;
    }

    private static boolean isMarker(char c) {
        return (c >= '0' && c <= '9') || c == '*' || c == '\u2020' || c == '\u2021';
    }
}

package org.resdom.io.text.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.resdom.diagnostic.Severity;
import org.resdom.io.TextCodes;
import org.resdom.model.Anchor;
import org.resdom.model.Label;
import org.resdom.model.LabelStyle;
import org.resdom.model.Paragraph;

/**
 * Stage 4, nesting: the open lists of a section or an annex (its paragraphs, then the items
 * nested under them). A labelled paragraph goes after its sibling of the same style, under the
 * last paragraph when that one ends with a colon and the style is new, or, for outline
 * numbers, under the number its first levels make ({@code 9.3.8} under {@code 9.3}).
 * Diagnostics: {@link TextCodes#LIMIT} (items deeper than {@code maxDepth}, kept at their level),
 * {@link TextCodes#GLUED_NUMBER} (a list number that reads as the old and the new one glued
 * together) and {@link TextCodes#REPEATED_LABEL} (a list that goes back).
 */
final class Nesting {

    /**
     * How items nest in one document.
     *
     * @param outline whether outline numbers nest ({@code 9.3.8} under {@code 9.3})
     * @param maxDepth the deepest list kept
     * @param sink where the diagnostics go
     * @param source the offsets' lines and columns
     * @param pending bookmarks waiting for the next paragraph placed (it takes them, first)
     */
    record Rules(boolean outline, int maxDepth, Sink sink, Source source, List<Anchor> pending) {}

    private static final class Level {
        final List<Item> list;
        String style;
        int last = -1;

        Level(List<Item> list, String style) {
            this.list = list;
            this.style = style;
        }
    }

    private final List<Item> root = new ArrayList<>();
    private final List<Level> stack = new ArrayList<>();
    private final Rules rules;

    /** @param rules how items nest, the sink and the bookmarks waiting for a paragraph */
    Nesting(Rules rules) {
        this.rules = rules;
        stack.add(new Level(root, null));
    }

    /** @return the paragraphs at the first level */
    List<Item> root() {
        return root;
    }

    /**
     * Places a paragraph: after its sibling in an open list, under the last paragraph when that
     * one ends with a colon and the style is new, else in the first list.
     *
     * @param p the paragraph
     * @param style its label's style name, {@code NONE} without a label
     * @param at where its label starts, for diagnostics
     * @param labelEnd where its label ends
     */
    void add(Item p, String style, int at, int labelEnd) {
        if (rules.outline() && outlined(p, style, at, labelEnd)) {
            return;
        }
        Level top = stack.get(stack.size() - 1);
        Item lastItem = top.list.isEmpty() ? null : top.list.get(top.list.size() - 1);
        if (lastItem != null && lastItem.colon && !style.equals("NONE") && !open(style)) {
            if (stack.size() >= rules.maxDepth()) {
                rules.sink()
                        .report(
                                TextCodes.LIMIT,
                                Severity.ERROR,
                                "items nested deeper than maxDepth " + rules.maxDepth() + "; kept at this level",
                                at,
                                labelEnd);
            } else {
                Level l = new Level(lastItem.items, style);
                stack.add(l);
                append(l, p, at, labelEnd);
                return;
            }
        }
        for (int i = stack.size() - 1; i >= 0; i--) {
            Level l = stack.get(i);
            if (l.style != null && compatible(l.style, p.label, style)) {
                truncate(i);
                append(l, p, at, labelEnd);
                return;
            }
        }
        truncate(0);
        Level root = stack.get(0);
        if (root.style == null) {
            root.style = style;
        }
        append(root, p, at, labelEnd);
    }

    /**
     * An outline number goes after its sibling ({@code 9.3.8} after {@code 9.3.7}, {@code 2}
     * after {@code 1} when {@code 1.1} is open) or under its parent ({@code 9.3}), the last
     * paragraph of an open list, nearest first.
     *
     * @return whether it was placed
     */
    private boolean outlined(Item p, String style, int at, int labelEnd) {
        if (p.label == null || p.label.style() != LabelStyle.NUMBER) {
            return false;
        }
        String parent = parentKey(p.label);
        for (int i = stack.size() - 1; i >= 0; i--) {
            Level l = stack.get(i);
            Item last = l.list.isEmpty() ? null : l.list.get(l.list.size() - 1);
            if (last == null || last.label == null || last.label.style() != LabelStyle.NUMBER) {
                continue;
            }
            if (Objects.equals(parent, parentKey(last.label))) {
                if (parent == null && i == stack.size() - 1) {
                    return false; // a plain list goes on: the usual rules
                }
                truncate(i);
                append(l, p, at, labelEnd);
                return true;
            }
            if (parent != null && parent.equals(outlineKey(last.label))) {
                if (i + 1 >= rules.maxDepth()) {
                    return false; // the limit is reported where items nest too deep
                }
                truncate(i);
                Level sub = new Level(last.items, style);
                stack.add(sub);
                append(sub, p, at, labelEnd);
                return true;
            }
        }
        return false;
    }

    private boolean open(String style) {
        for (Level l : stack) {
            if (style.equals(l.style)) {
                return true;
            }
        }
        return false;
    }

    private void truncate(int i) {
        while (stack.size() > i + 1) {
            stack.remove(stack.size() - 1);
        }
    }

    private void append(Level l, Item p, int at, int labelEnd) {
        l.list.add(p);
        if (!rules.pending().isEmpty()) {
            p.anchors.addAll(0, rules.pending());
            rules.pending().clear();
        }
        Label label = p.label;
        if (label == null || label.suffix().isPresent()) {
            return;
        }
        if (label.style() == LabelStyle.NUMBER && label.levels() == 1) {
            int n = Integer.parseInt(label.value());
            if (l.last >= 0 && n != l.last + 1) {
                int glued = glued(label.value(), l.last);
                if (glued >= 0) {
                    rules.sink()
                            .report(
                                    TextCodes.GLUED_NUMBER,
                                    Severity.WARNING,
                                    "list number " + label.value() + " after " + l.last
                                            + ": old and new numbers glued together?",
                                    at,
                                    labelEnd);
                    l.last = glued;
                    return;
                }
                if (n <= l.last) {
                    repeated(label, at, labelEnd);
                }
            }
            l.last = n;
        } else if (label.style() == LabelStyle.LETTER || label.style() == LabelStyle.ROMAN) {
            var ord = label.style() == LabelStyle.LETTER || !"LETTER".equals(l.style)
                    ? label.ordinal()
                    : label.letterOrdinal();
            if (ord.isPresent()) {
                if (l.last >= 0 && ord.getAsInt() <= l.last) {
                    repeated(label, at, labelEnd);
                }
                l.last = ord.getAsInt();
            }
        }
    }

    private void repeated(Label label, int at, int labelEnd) {
        rules.sink()
                .report(
                        TextCodes.REPEATED_LABEL,
                        Severity.WARNING,
                        "list goes back to " + label.text().strip()
                                + ": a list kept twice (tracked changes) or a numbering error?",
                        at,
                        labelEnd);
    }

    /** @return the larger part when {@code digits} reads as two consecutive numbers near {@code last}, else -1 */
    private int glued(String digits, int last) {
        for (int k = 1; k < digits.length(); k++) {
            if (digits.charAt(k) == '0') {
                continue;
            }
            int a = Integer.parseInt(digits.substring(0, k));
            int b = Integer.parseInt(digits.substring(k));
            boolean near = (a >= last && a <= last + 2) || (b >= last && b <= last + 2);
            if (Math.abs(a - b) == 1 && near) {
                return Math.max(a, b);
            }
        }
        return -1;
    }

    List<Paragraph> build() {
        List<Paragraph> out = new ArrayList<>(root.size());
        for (Item p : root) {
            out.add(p.build(rules.source()));
        }
        return out;
    }

    /**
     * @param fallback the offset when there is no paragraph
     * @return where the last paragraph (or its last item) ends
     */
    int lastEnd(int fallback) {
        return root.isEmpty() ? fallback : root.get(root.size() - 1).lastEnd();
    }

    /** @return the number as an outline names it: its levels and its suffix, without spaces ({@code 1bis}, {@code 9.3}) */
    private static String outlineKey(Label l) {
        return withoutSpaces(l.value() + l.suffix().orElse("")).toLowerCase(Locale.ROOT);
    }

    /**
     * @return the outline key of the paragraph a number belongs under: its levels but the last
     *     ({@code 9.3.8} → {@code 9.3}, {@code 1bis.1} → {@code 1bis}, {@code 1.1bis} → {@code 1}), or null for one level
     */
    private static String parentKey(Label l) {
        String v = withoutSpaces(l.value()).toLowerCase(Locale.ROOT);
        int dot = v.lastIndexOf('.');
        return dot <= 0 ? null : v.substring(0, dot);
    }

    /** @return the text without the characters of the regex class {@code \s} (asked per item: no regex) */
    private static String withoutSpaces(String v) {
        int i = 0;
        while (i < v.length() && !space(v.charAt(i))) {
            i++;
        }
        if (i == v.length()) {
            return v;
        }
        StringBuilder sb = new StringBuilder(v.length()).append(v, 0, i);
        for (; i < v.length(); i++) {
            char c = v.charAt(i);
            if (!space(c)) {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** {@code [ \t\n\x0B\f\r]}, what {@code \s} matches without UNICODE_CHARACTER_CLASS. */
    private static boolean space(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private static boolean compatible(String levelStyle, Label label, String style) {
        if (levelStyle.equals(style)) {
            return true;
        }
        if (label == null) {
            return false;
        }
        if (levelStyle.equals("LETTER") && style.equals("ROMAN")) {
            String v = label.value();
            return v.length() == 1 && "ivxIVX".indexOf(v.charAt(0)) >= 0;
        }
        return false;
    }
}

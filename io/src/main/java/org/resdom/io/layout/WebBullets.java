package org.resdom.io.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Stage 0, web text: a browser's bullets are list mark-up, not content. Each bullet line loses its
 * bullet, keeps its indent as the line's x, and opens an item; a line at the bullet's text indent
 * goes on with that item.
 */
final class WebBullets {

    private WebBullets() {}

    /** Web text: an indented bullet is list mark-up, not content; the indent is kept as the line's x. */
    static List<LayoutLine> unbullet(List<LayoutLine> lines) {
        return unbullet(
                lines,
                java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>()),
                java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>()));
    }

    /**
     * Web text: an indented bullet is list mark-up, not content; the indent is kept as the line's
     * x. A bullet opens an item, whatever the line before it: its line goes to {@code bullets}. A
     * line without a bullet that starts at the text of the bullet above it ({@code "  • "} then
     * {@code "    "}) is that item's wrap: it goes to {@code continued}.
     */
    static List<LayoutLine> unbullet(
            List<LayoutLine> lines, java.util.Set<LayoutLine> bullets, java.util.Set<LayoutLine> continued) {
        List<LayoutLine> out = new ArrayList<>(lines.size());
        int textIndent = -1;
        for (LayoutLine l : lines) {
            String t = l.text();
            int i = 0;
            while (i < t.length() && (t.charAt(i) == ' ' || t.charAt(i) == '\t')) {
                i++;
            }
            if (i > 0
                    && i + 1 < t.length()
                    && "\u2022\u25aa\u25e6\u00b7".indexOf(t.charAt(i)) >= 0
                    && Character.isWhitespace(t.charAt(i + 1))) {
                String rest = t.substring(i + 2).strip();
                int s = i + 1;
                while (s < t.length() && Character.isWhitespace(t.charAt(s))) {
                    s++;
                }
                textIndent = s;
                LayoutLine b = new LayoutLine(
                        rest,
                        l.page(),
                        l.line(),
                        java.util.OptionalDouble.of(i),
                        l.fontSize(),
                        l.gapBefore(),
                        java.util.OptionalInt.empty(),
                        l.zone());
                bullets.add(b);
                out.add(b);
            } else {
                if (textIndent > 0 && i == textIndent && i < t.length()) {
                    continued.add(l);
                } else if (!t.isBlank()) {
                    textIndent = -1;
                }
                out.add(l);
            }
        }
        return out;
    }

    /**
     * A test for the lines {@code marked} (bullets, or their wraps) that holds through the stages
     * after this one that cut a line in two (a heading or the text after footnotes split off):
     * the part that opens a marked line ({@link LayoutLine#part(int, int)} from 0: the same page,
     * line and indent, its text the start of the marked line's) is marked as the line was; the
     * later parts are not (they are new text, whose own stage says what they open).
     *
     * @param marked the lines marked, compared by identity
     * @return whether a line is marked or the opening part of a marked line
     */
    static Predicate<LayoutLine> withOpeningParts(Set<LayoutLine> marked) {
        if (marked.isEmpty()) {
            return l -> false;
        }
        Map<Long, List<LayoutLine>> byLine = new HashMap<>();
        for (LayoutLine m : marked) {
            byLine.computeIfAbsent(key(m), k -> new ArrayList<>(1)).add(m);
        }
        return l -> {
            if (marked.contains(l)) {
                return true;
            }
            List<LayoutLine> same = byLine.get(key(l));
            if (same == null) {
                return false;
            }
            for (LayoutLine m : same) {
                if (m.x().equals(l.x())
                        && m.text().startsWith(l.text())
                        && !l.text().isEmpty()) {
                    return true;
                }
            }
            return false;
        };
    }

    private static long key(LayoutLine l) {
        return ((long) l.page().orElse(-1) << 32) ^ (l.line() & 0xffffffffL);
    }
}

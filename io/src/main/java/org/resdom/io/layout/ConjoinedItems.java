package org.resdom.io.layout;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A list item after one that ends with a semicolon and the language's "and" or "or"
 * ({@code – maintain, terminate or establish CWGs; and} / {@code – modify or establish …}): the
 * line that closes the item ends with no mark, so by the rule of wrapped lines (a sentence goes
 * on) the next item would run into it. A labelled line after such a line opens its own paragraph.
 */
final class ConjoinedItems {

    private ConjoinedItems() {}

    /**
     * @param lines the lines
     * @param kinds their kinds
     * @param conjunctions the language's words for "and" and "or", lower case
     * @param opens receives the labelled lines that open a paragraph so
     */
    static void find(List<LayoutLine> lines, List<LineKind> kinds, Set<String> conjunctions, Set<LayoutLine> opens) {
        if (conjunctions.isEmpty()) {
            return;
        }
        int prev = -1;
        for (int i = 0; i < lines.size(); i++) {
            LineKind k = kinds.get(i);
            if (k == LineKind.BLANK || k.furniture() || k == LineKind.RULE || k.note()) {
                continue;
            }
            if (k == LineKind.LABELLED && prev >= 0 && conjoined(lines.get(prev).text(), conjunctions)) {
                opens.add(lines.get(i));
            }
            prev = i;
        }
    }

    /** Whether a line ends with a semicolon and a conjunction ({@code …CWGs; and}). */
    static boolean conjoined(String t, Set<String> conjunctions) {
        String s = t.strip();
        int w = s.length();
        while (w > 0 && Character.isLetter(s.charAt(w - 1))) {
            w--;
        }
        if (w == s.length() || !conjunctions.contains(s.substring(w).toLowerCase(Locale.ROOT))) {
            return false;
        }
        int b = w;
        while (b > 0 && Character.isWhitespace(s.charAt(b - 1))) {
            b--;
        }
        return b > 0 && b < w && ";\u061b\uff1b".indexOf(s.charAt(b - 1)) >= 0;
    }
}

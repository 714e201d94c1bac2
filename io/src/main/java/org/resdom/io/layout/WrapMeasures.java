package org.resdom.io.layout;

import java.util.Arrays;
import java.util.List;

/**
 * Stage 2, measures of the whole document that the joining weighs: the length of a full line, the
 * usual gap between lines of a PDF, and how the document writes the phrases that open its
 * paragraphs (in lower case; in ideographic text set off by a space).
 */
final class WrapMeasures {

    private WrapMeasures() {}

    /**
     * Whether the document writes its phrases in lower case at the start of a paragraph (as
     * Russian UN texts do): more lines that open with a lower-case phrase after a line ending a
     * sentence part than lines that open with a capitalised one, and at least two.
     */
    static boolean lowerPhrases(List<LayoutLine> lines, List<LineKind> kinds, int from) {
        return count(lines, kinds, from, LineKind.PHRASE_LOWER, LineKind.PHRASE_START);
    }

    /**
     * Whether, after lines that end a sentence part, at least two lines are of the one kind and
     * more than of the other: how the document writes the phrases that open its paragraphs (in
     * lower case; in ideographic text set off by a space, so that a phrase glued to its text runs
     * inside a paragraph).
     */
    static boolean count(List<LayoutLine> lines, List<LineKind> kinds, int from, LineKind one, LineKind other) {
        int lower = 0;
        int upper = 0;
        char prev = ' ';
        for (int i = from; i < lines.size(); i++) {
            LineKind k = kinds.get(i);
            if (k == LineKind.BLANK || k.furniture() || k == LineKind.RULE || k.note()) {
                continue;
            }
            if (SentenceEnds.ENDS.indexOf(prev) >= 0) {
                if (k == one) {
                    lower++;
                } else if (k == other) {
                    upper++;
                }
            }
            prev = SentenceEnds.last(lines.get(i).text());
        }
        return lower >= 2 && lower > upper;
    }

    /**
     * The length of a full line: the 80th percentile of the lengths of text lines, a wrapped line
     * that opens with a participle among them (0 when too few).
     */
    static int typicalLength(List<LayoutLine> lines, List<LineKind> kinds) {
        int[] n = new int[lines.size()];
        int c = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (kinds.get(i) == LineKind.TEXT || kinds.get(i) == LineKind.OPENER) {
                n[c++] = lines.get(i).text().strip().length();
            }
        }
        if (c < 20) {
            return 0;
        }
        Arrays.sort(n, 0, c);
        return n[c * 8 / 10];
    }

    /** The usual gap before a text line of a PDF, the median; NaN when the source has no gaps. */
    static float typicalGap(List<LayoutLine> lines, List<LineKind> kinds) {
        float[] g = new float[lines.size()];
        int n = 0;
        for (int i = 0; i < lines.size(); i++) {
            java.util.OptionalDouble v = lines.get(i).gapBefore();
            if (v.isPresent()
                    && v.getAsDouble() > 0
                    && (kinds.get(i) == LineKind.TEXT || kinds.get(i) == LineKind.OPENER)) {
                g[n++] = (float) v.getAsDouble();
            }
        }
        if (n == 0) {
            return Float.NaN;
        }
        Arrays.sort(g, 0, n);
        return g[n / 2];
    }
}

package org.resdom.io.layout;

import java.util.List;
import java.util.regex.Matcher;

/**
 * Stage 1, notes at a page's foot: footnote bodies with no rule above them (a PDF's rule is a
 * drawing, which text extraction loses), found by their numbers counting up just before the
 * page's furniture and by call-outs glued to words on the page above. Also tells the endnote
 * stage whether a marker is called.
 */
final class PageFootNotes {

    private PageFootNotes() {}

    /**
     * Footnote bodies at the foot of a page with no rule above them (the rule of a PDF is a
     * drawing, which text extraction loses): a run of lines after a blank line, just before the
     * page's furniture or its end, whose numbered lines count up one by one and each of whose
     * numbers is called on the page above it (a glued call-out, {@link Footnotes#find}). Without
     * the call-out a line that opens with a number ("1 December 2022, …", a wrapped date) is text.
     */
    static void mark(List<LayoutLine> lines, List<LineKind> kinds) {
        int last = 0;
        int i = 0;
        int n = lines.size();
        while (i < n) {
            LayoutLine first = lines.get(i);
            int j = i;
            while (j < n && lines.get(j).samePage(first)) {
                j++;
            }
            if (first.page().isPresent() && first.zone() == LayoutLine.Zone.UNKNOWN) {
                last = mark(lines, kinds, i, j, last);
            }
            i = j;
        }
    }

    private static int mark(List<LayoutLine> lines, List<LineKind> kinds, int from, int to, int last) {
        int e = to - 1;
        while (e >= from && (kinds.get(e) == LineKind.BLANK || kinds.get(e).furniture())) {
            e--;
        }
        int best = -1;
        int next = -1;
        for (int i = e, seen = 0; i > from && seen < 40; i--, seen++) {
            if (kinds.get(i) == LineKind.BLANK) {
                if (!blankInBody(lines, kinds, from, i, next)) {
                    break;
                }
                continue;
            }
            Matcher m = LineClassifier.FOOTNOTE.matcher(lines.get(i).text());
            if (m.matches() && Character.isDigit(m.group(1).charAt(0))) {
                int v = Integer.parseInt(m.group(1));
                if (next >= 0 && v != next - 1) {
                    break;
                }
                next = v;
                boolean continues = last > 0 ? v == last + 1 : v <= 3;
                if (continues && (kinds.get(i - 1) == LineKind.BLANK || next == v || best < 0)) {
                    best = i;
                }
            } else if (kinds.get(i) == LineKind.LABELLED) {
                break;
            }
        }
        if (best < 0 || !calledEnough(lines, kinds, from, best, e)) {
            return last;
        }
        int top = 0;
        for (int i = best; i <= e; i++) {
            if (kinds.get(i) == LineKind.BLANK || kinds.get(i).furniture()) {
                continue;
            }
            Matcher m = LineClassifier.FOOTNOTE.matcher(lines.get(i).text());
            boolean start = m.matches()
                    && Character.isDigit(m.group(1).charAt(0))
                    && Integer.parseInt(m.group(1)) == (top == 0 ? Integer.parseInt(m.group(1)) : top + 1);
            if (start) {
                top = Integer.parseInt(m.group(1));
            }
            kinds.set(i, start ? LineKind.FOOTNOTE_START : LineKind.FOOTNOTE_MORE);
        }
        return top;
    }

    /**
     * Whether the numbers that count up in the run {@code [best, e]} are called on the page
     * above it: at least half of them (a call-out glued to a number, "2023" + 11, cannot be
     * seen), and so a single numbered line only when its number is called.
     */
    private static boolean calledEnough(List<LayoutLine> lines, List<LineKind> kinds, int from, int best, int e) {
        int starts = 0;
        int called = 0;
        int top = 0;
        for (int i = best; i <= e; i++) {
            Matcher m = LineClassifier.FOOTNOTE.matcher(lines.get(i).text());
            if (kinds.get(i) == LineKind.BLANK
                    || kinds.get(i).furniture()
                    || !m.matches()
                    || !Character.isDigit(m.group(1).charAt(0))) {
                continue;
            }
            int v = Integer.parseInt(m.group(1));
            if (top != 0 && v != top + 1) {
                continue;
            }
            top = v;
            starts++;
            if (called(lines, kinds, from, best, m.group(1))) {
                called++;
            }
        }
        return starts > 0 && called * 2 >= starts;
    }

    /**
     * Whether a footnote marker is called (glued to a word or mark) in the text lines
     * {@code [from, to)} of a page: the evidence a numbered line at a page's foot needs to be a
     * footnote body.
     */
    static boolean called(List<LayoutLine> lines, List<LineKind> kinds, int from, int to, String marker) {
        for (int i = from; i < to; i++) {
            LineKind k = kinds.get(i);
            if (k == LineKind.BLANK || k.furniture() || k.note()) {
                continue;
            }
            if (Footnotes.find(lines.get(i).text().strip(), marker, 0) != null) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the blank line at {@code b} stands inside a footnote body at a page's foot, as
     * {@code pdftotext} leaves one after a body's first line whose marker was raised: the line
     * after it goes on in lower case, and the line before it opens the body numbered one less
     * than the body below ({@code next}), or any body when none was seen yet.
     */
    private static boolean blankInBody(List<LayoutLine> lines, List<LineKind> kinds, int from, int b, int next) {
        if (b - 1 <= from || b + 1 >= lines.size() || kinds.get(b - 1) == LineKind.BLANK) {
            return false;
        }
        String after = LineClassifier.stripMarks(lines.get(b + 1).text());
        if (after.isEmpty() || !Character.isLowerCase(after.charAt(0))) {
            return false;
        }
        Matcher m = LineClassifier.FOOTNOTE.matcher(lines.get(b - 1).text());
        return m.matches()
                && Character.isDigit(m.group(1).charAt(0))
                && (next < 0 || Integer.parseInt(m.group(1)) == next - 1)
                && SentenceEnds.CLAUSE_ENDS.indexOf(
                                SentenceEnds.last(lines.get(b - 1).text()))
                        < 0;
    }
}

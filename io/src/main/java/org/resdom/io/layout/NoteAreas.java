package org.resdom.io.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.resdom.diagnostic.Diagnostic;
import org.resdom.diagnostic.Severity;

/**
 * Stage 1b: the footnote areas. A rule ({@code ____}) opens a footnote area that runs to the end
 * of its page (the foot of a page comes out of {@code pdftotext} before the next page's text, so
 * the area can stand in the middle of the text), or to the end of the document when nothing
 * after it opens a paragraph (notes printed together at the end). Inside an area a line is
 * never page furniture by its text alone: a document symbol ({@code A/HRC/44/35.}) or a number
 * is a body or a marker there; only a line at the page's edge whose shape recurs at the edges of
 * other pages (a running head, a page number) stays furniture.
 *
 * <p>Where the superscript markers come out on lines of their own ({@code 2}, then the bodies),
 * as {@code pdftotext} gives the notes of a page a browser printed, the markers are counted up
 * and given to the bodies in order: a body is a run of lines that ends with the end of a
 * sentence. The first line of each body is then written with its marker in front
 * ({@code 2 A/HRC/44/35.}, a {@link LineKind#FOOTNOTE_START}) and the marker's own line is a
 * {@link LineKind#NOTE_MARK}, which the later stages skip: nothing is lost, the marker moves to
 * its body.
 *
 * <p>Where the rule is drawn rather than typed, no {@code ____} comes out of the text: the notes
 * after the document's last paragraph, markers on lines of their own, are an area all the same
 * when the markers count up and are called in the text ({@link #unruled}).
 */
final class NoteAreas {

    /** A marker alone on its line: a number of at most three digits, or a note mark. */
    static final Pattern MARK = Pattern.compile("\\s*(\\d{1,3}|[*\u2020\u2021])\\s*");

    private NoteAreas() {}

    /**
     * @param lines the lines
     * @param kinds their kinds, changed in place for the lines of footnote areas
     * @return the lines, a body's first line with its marker in front where the marker stood
     *     on a line of its own
     */
    static List<LayoutLine> arrange(List<LayoutLine> lines, List<LineKind> kinds) {
        return arrange(lines, kinds, new ArrayList<>());
    }

    /**
     * @param lines the lines
     * @param kinds their kinds, changed in place for the lines of footnote areas
     * @param diags where the decisions go: markers on lines of their own given to the bodies
     *     ({@link LayoutCodes#NOTE_MARKERS}), or left where they were because markers and bodies do
     *     not match in number ({@link LayoutCodes#NOTE_MARKERS_UNMATCHED})
     * @return the lines, a body's first line with its marker in front where the marker stood
     *     on a line of its own
     */
    static List<LayoutLine> arrange(List<LayoutLine> lines, List<LineKind> kinds, List<Diagnostic> diags) {
        List<LayoutLine> out = null;
        Set<String> repeated = null;
        for (int r = 0; r < lines.size(); r++) {
            if (kinds.get(r) != LineKind.RULE) {
                continue;
            }
            if (repeated == null) {
                repeated = PageEdges.repeated(lines);
            }
            int end = end(lines, kinds, r, repeated);
            out = area(lines, kinds, r, r + 1, end, repeated, diags, out);
            r = end - 1;
        }
        Set<String> seen = repeated;
        java.util.function.Supplier<Set<String>> shapes = () -> seen != null ? seen : PageEdges.repeated(lines);
        java.util.OptionalInt from = unruled(lines, kinds, shapes);
        if (from.isPresent()) {
            out = area(lines, kinds, -1, from.getAsInt(), lines.size(), shapes.get(), diags, out);
        }
        return out == null ? lines : out;
    }

    /**
     * The lines {@code [from, end)} of one footnote area: markers on lines of their own given to
     * the bodies after them, or, where the bodies have their markers in front, symbols and numbers
     * inside them kept as bodies.
     *
     * @param r the rule that opens the area, or {@code -1} for notes after the document's last
     *     paragraph with no rule above them ({@link #unruled}): then nothing changes, and nothing
     *     is reported, unless the markers and bodies match in number
     * @return {@code out}, or a copy of the lines made for the first body written with its marker
     */
    private static List<LayoutLine> area(
            List<LayoutLine> lines,
            List<LineKind> kinds,
            int r,
            int from,
            int end,
            Set<String> repeated,
            List<Diagnostic> diags,
            List<LayoutLine> out) {
        List<Integer> marks = new ArrayList<>();
        List<Integer> body = new ArrayList<>();
        for (int i = from; i < end; i++) {
            LineKind k = kinds.get(i);
            if (k == LineKind.BLANK || furniture(lines, kinds, i, repeated)) {
                continue;
            }
            if (MARK.matcher(lines.get(i).text()).matches()) {
                marks.add(i);
            } else {
                body.add(i);
            }
        }
        boolean own = body.stream().anyMatch(i -> kinds.get(i) == LineKind.FOOTNOTE_START);
        if (r >= 0 && (marks.isEmpty() || own)) {
            // bodies with their markers in front ("2 A/HRC/44/35."; a number alone is then no
            // marker): a symbol or number inside them is no furniture
            boolean open = false;
            for (int i : body) {
                LineKind k = kinds.get(i);
                if (k == LineKind.FOOTNOTE_START) {
                    open = true;
                } else if (open && (k.furniture() || k == LineKind.TEXT)) {
                    kinds.set(i, LineKind.FOOTNOTE_MORE);
                }
            }
            return out;
        }
        List<List<Integer>> bodies = bodies(lines, body, marks.size());
        if (bodies.size() != marks.size()) {
            if (r >= 0) {
                diags.add(Diagnostic.at(
                        LayoutCodes.NOTE_MARKERS_UNMATCHED,
                        Severity.WARNING,
                        marks.size() + " footnote markers on lines of their own and " + bodies.size()
                                + " bodies in the footnote area; the lines are left as they were",
                        LayoutResolutionReader.span(lines.get(r))));
            }
            return out; // markers and bodies do not match: the lines stay as they were, nothing is dropped
        }
        List<String> markers = new ArrayList<>();
        for (int i : marks) {
            markers.add(lines.get(i).text().strip());
            kinds.set(i, LineKind.NOTE_MARK);
        }
        markers.sort(NoteAreas::compare);
        List<LayoutLine> to = out == null ? new ArrayList<>(lines) : out;
        for (int b = 0; b < bodies.size(); b++) {
            List<Integer> one = bodies.get(b);
            int first = one.get(0);
            to.set(first, withMarker(lines.get(first), markers.get(b)));
            kinds.set(first, LineKind.FOOTNOTE_START);
            for (int k = 1; k < one.size(); k++) {
                kinds.set(one.get(k), LineKind.FOOTNOTE_MORE);
            }
        }
        diags.add(Diagnostic.at(
                LayoutCodes.NOTE_MARKERS,
                Severity.INFO,
                marks.size() + " footnote markers on lines of their own (" + String.join(", ", markers)
                        + ") given in order to the bodies after them"
                        + (r >= 0 ? "" : ", after the last paragraph with no rule above them (a drawn rule)"),
                LayoutResolutionReader.span(lines.get(marks.get(0)))));
        return to;
    }

    /**
     * Notes after the document's last paragraph with no rule above them in the text, as
     * {@code pdftotext} gives the notes of a page whose rule is drawn rather than typed (a
     * browser's {@code <hr>} or border): markers alone on their lines ({@code 2}, {@code 3}),
     * which look like page numbers, and bodies ({@code A/HRC/54/67.}), which look like running
     * heads. Taken only when the last paragraph has ended its sentence, no note was found after it,
     * the markers are numbers that count up by one in the order they stand, and every one of them
     * is called (glued) in the text before; the area then runs to the end of the document, page
     * furniture aside, and its markers and bodies must match in number ({@link #area}).
     *
     * @param shapes the shapes of the lines that recur at the pages' edges, asked for only when
     *     a marker alone on its line stands after the last paragraph
     * @return the area's first line (its first marker), or empty
     */
    static java.util.OptionalInt unruled(
            List<LayoutLine> lines, List<LineKind> kinds, java.util.function.Supplier<Set<String>> shapes) {
        int last = lines.size() - 1;
        while (last >= 0 && !opens(kinds.get(last))) {
            if (kinds.get(last).note()) {
                return java.util.OptionalInt.empty();
            }
            last--;
        }
        if (last < 0 || kinds.get(last) == LineKind.RULE) {
            return java.util.OptionalInt.empty();
        }
        boolean any = false;
        for (int i = last + 1; i < lines.size() && !any; i++) {
            any = MARK.matcher(lines.get(i).text()).matches();
        }
        if (!any) {
            return java.util.OptionalInt.empty(); // the common case, found without the pages' shapes
        }
        Set<String> repeated = shapes.get();
        int first = -1;
        int previous = last;
        int next = -1;
        for (int i = last + 1; i < lines.size(); i++) {
            if (kinds.get(i) == LineKind.BLANK || furniture(lines, kinds, i, repeated)) {
                continue;
            }
            String t = lines.get(i).text().strip();
            if (!MARK.matcher(t).matches()) {
                previous = first < 0 ? i : previous;
                continue;
            }
            if (!Character.isDigit(t.charAt(0))
                    || next >= 0 && Integer.parseInt(t) != next
                    || !PageFootNotes.called(lines, kinds, 0, last + 1, t)) {
                return java.util.OptionalInt.empty();
            }
            next = Integer.parseInt(t) + 1;
            if (first < 0) {
                if (SentenceEnds.CLAUSE_ENDS.indexOf(
                                SentenceEnds.last(lines.get(previous).text()))
                        < 0) {
                    return java.util.OptionalInt.empty(); // the last paragraph goes on: a number inside it
                }
                first = i;
            }
        }
        return first < 0 ? java.util.OptionalInt.empty() : java.util.OptionalInt.of(first);
    }

    /** Whether a line of this kind opens a paragraph, a heading or a footnote area. */
    private static boolean opens(LineKind k) {
        return k == LineKind.LABELLED
                || k == LineKind.HEADING
                || k == LineKind.FORMULA
                || k == LineKind.PHRASE_HEAD
                || k == LineKind.PHRASE_START
                || k == LineKind.ACTION_START
                || k == LineKind.RULE;
    }

    /** Numbers by their value, marks after them in their order ({@code *}, {@code †}, {@code ‡}). */
    private static int compare(String a, String b) {
        boolean da = Character.isDigit(a.charAt(0));
        boolean db = Character.isDigit(b.charAt(0));
        if (da && db) {
            return Integer.compare(Integer.parseInt(a), Integer.parseInt(b));
        }
        if (da != db) {
            return da ? -1 : 1;
        }
        return Integer.compare("*\u2020\u2021".indexOf(a.charAt(0)), "*\u2020\u2021".indexOf(b.charAt(0)));
    }

    /**
     * The body lines cut into bodies: a line opens a body when the line before ended a sentence
     * and it does not begin in lower case. When that gives another count than the markers and
     * there are as many lines as markers, each line is a body.
     */
    static List<List<Integer>> bodies(List<LayoutLine> lines, List<Integer> body, int markers) {
        List<List<Integer>> out = new ArrayList<>();
        char end = '.';
        for (int i : body) {
            String t = LineClassifier.stripMarks(lines.get(i).text());
            boolean lower = !t.isEmpty() && Character.isLowerCase(t.charAt(0));
            if (out.isEmpty() || ".!?)\u201d\"\u3002\uff0e\uff01\uff1f\u06d4\u061f".indexOf(end) >= 0 && !lower) {
                out.add(new ArrayList<>());
            }
            out.get(out.size() - 1).add(i);
            end = t.isEmpty() ? ' ' : t.charAt(t.length() - 1);
        }
        if (out.size() != markers && body.size() == markers) {
            out.clear();
            for (int i : body) {
                out.add(List.of(i));
            }
        }
        return out;
    }

    private static LayoutLine withMarker(LayoutLine l, String marker) {
        String pre = marker + " ";
        List<LayoutLine.Span> sup = new ArrayList<>();
        for (LayoutLine.Span s : l.superscripts()) {
            sup.add(new LayoutLine.Span(s.start() + pre.length(), s.end() + pre.length()));
        }
        java.util.OptionalInt italic =
                l.italicEnd().isPresent() && l.italicEnd().getAsInt() > 0
                        ? java.util.OptionalInt.of(l.italicEnd().getAsInt() + pre.length())
                        : l.italicEnd();
        return new LayoutLine(
                pre + l.text().strip(), l.page(), l.line(), l.x(), l.fontSize(), l.gapBefore(), italic, l.zone(), sup);
    }

    /**
     * Whether a line of a footnote area is page furniture all the same: a job number, or a line at
     * the page's edge whose shape recurs at the edges of other pages (a running head, a page
     * number; a bare number only when it is the page's own).
     */
    static boolean furniture(List<LayoutLine> lines, List<LineKind> kinds, int i, Set<String> repeated) {
        LineKind k = kinds.get(i);
        if (!k.furniture()) {
            return false;
        }
        if (k == LineKind.JOB_NUMBER) {
            return true;
        }
        LayoutLine l = lines.get(i);
        if (!PageEdges.edge(lines, i)) {
            return false;
        }
        String t = l.text().strip();
        if (MARK.matcher(t).matches()) {
            return Character.isDigit(t.charAt(0))
                    && repeated.contains(PageEdges.shape(t))
                    && l.page().isPresent()
                    && Integer.parseInt(t) == l.page().getAsInt();
        }
        return k == LineKind.PAGE_NUMBER || repeated.contains(PageEdges.shape(t));
    }

    /**
     * Where the area after the rule at {@code r} ends: at the end of its page, or at the end of
     * the document when no later line opens a paragraph and each later page has a marker alone
     * on a line (the notes run on over pages).
     */
    private static int end(List<LayoutLine> lines, List<LineKind> kinds, int r, Set<String> repeated) {
        LayoutLine rule = lines.get(r);
        int e = r + 1;
        while (e < lines.size() && lines.get(e).samePage(rule)) {
            e++;
        }
        if (e >= lines.size() || rule.page().isEmpty()) {
            return e;
        }
        int i = e;
        while (i < lines.size()) {
            boolean mark = false;
            int p = i;
            for (; i < lines.size() && lines.get(i).samePage(lines.get(p)); i++) {
                LineKind k = kinds.get(i);
                if (k == LineKind.LABELLED
                        || k == LineKind.HEADING
                        || k == LineKind.FORMULA
                        || k == LineKind.PHRASE_HEAD
                        || k == LineKind.PHRASE_START
                        || k == LineKind.ACTION_START
                        || k == LineKind.RULE) {
                    return e;
                }
                mark |= MARK.matcher(lines.get(i).text()).matches() && !furniture(lines, kinds, i, repeated);
            }
            if (!mark && lines.subList(p, i).stream().anyMatch(l -> !l.isBlank())) {
                return e;
            }
        }
        return lines.size();
    }
}

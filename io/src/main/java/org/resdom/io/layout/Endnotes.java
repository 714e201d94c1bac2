package org.resdom.io.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Stage 1, endnotes: footnote bodies printed together at the end of the document (as a browser
 * prints a page whose notes are a list after the text), told from numbered operative paragraphs
 * by their markers being called in the text before them.
 */
final class Endnotes {

    private Endnotes() {}

    /**
     * A numbered endnote as a browser prints an ordered list of notes: the list's own number,
     * then the note's marker, then its body ({@code 1. 2 A/76/207.}).
     */
    static final Pattern ENDNOTE = Pattern.compile("\\s*(\\d{1,3})\\.[\\s\u00a0]+(\\d{1,3})[\\s\u00a0]+\\S.*");
    /** A note's marker and body, the marker written with a dot or not ({@code 2 A/76/207.}, {@code 2. A/76/207.}). */
    static final Pattern NOTE = Pattern.compile("\\s*(\\d{1,3})\\.?[\\s\u00a0]+\\S.*");

    /** How many lines of one endnote body may run on after its first line. */
    private static final int ENDNOTE_LINES = 8;

    /**
     * Endnotes: footnote bodies printed together at the end of the document (as a browser prints
     * a page whose notes are a list after the text) rather than at the foot of each page. A run
     * of lines at the very end, blank lines and page furniture aside, whose markers count up one
     * by one, each body taking the lines after it, and at least half of whose markers are called
     * (glued, {@link Footnotes#find}) in the text before the run. The browser's list numbers
     * before the markers ({@code 1. 2 A/76/207.}, {@link LineKind#ENDNOTE_START}) are read when
     * they count up from one too; otherwise the number that opens the line is the marker
     * ({@code 2 A/76/207.}, {@code 2. A/76/207.}). Numbered operative paragraphs at the end count
     * up as well, but their numbers are not called in the text: they stay text.
     */
    static void mark(List<LayoutLine> lines, List<LineKind> kinds) {
        if (!mark(lines, kinds, true)) {
            mark(lines, kinds, false);
        }
    }

    private static boolean mark(List<LayoutLine> lines, List<LineKind> kinds, boolean listed) {
        List<Integer> starts = new ArrayList<>();
        List<String> markers = new ArrayList<>();
        int next = -1;
        int list = -1;
        int more = 0;
        for (int i = lines.size() - 1; i >= 0; i--) {
            LineKind k = kinds.get(i);
            if (k == LineKind.BLANK || k.furniture()) {
                continue;
            }
            String t = lines.get(i).text().replace('\f', ' ');
            Matcher m = (listed ? ENDNOTE : NOTE)
                    .matcher(t.length() > LineClassifier.LOOK ? t.substring(0, LineClassifier.LOOK) : t);
            if (m.matches()) {
                int v = Integer.parseInt(m.group(listed ? 2 : 1));
                int n = listed ? Integer.parseInt(m.group(1)) : -1;
                if (next >= 0 && v != next - 1 || listed && list >= 0 && n != list - 1) {
                    break;
                }
                starts.add(i);
                markers.add(m.group(listed ? 2 : 1));
                next = v;
                list = n;
                more = 0;
            } else if (k == LineKind.HEADING
                    || k == LineKind.FORMULA
                    || k == LineKind.RULE
                    || k == LineKind.LABELLED
                    || k == LineKind.PHRASE_HEAD
                    || k == LineKind.PHRASE_START
                    || k == LineKind.ACTION_START
                    || ++more > ENDNOTE_LINES) {
                // a paragraph's start is no line of a note: above the notes, or after them (no endnotes)
                if (starts.isEmpty()) {
                    return false;
                }
                break;
            }
        }
        if (starts.isEmpty() || listed && list != 1) {
            return false;
        }
        int top = starts.get(starts.size() - 1);
        char end = ' ';
        for (int i = top; i < lines.size(); i++) {
            LineKind k = kinds.get(i);
            if (k == LineKind.BLANK || k.furniture()) {
                continue;
            }
            if (!starts.contains(i) && SentenceEnds.CLAUSE_ENDS.indexOf(end) >= 0) {
                // a note's body runs on after a line that does not end it; after an end, this is
                // text (a paragraph going on between notes at the feet of two pages): the notes
                // begin after it, if any
                int after = i;
                top = starts.stream()
                        .filter(x -> x > after)
                        .min(Integer::compare)
                        .orElse(-1);
                if (top < 0) {
                    return false;
                }
            }
            end = SentenceEnds.last(lines.get(i).text());
        }
        for (int i = 0; i < top; i++) {
            LineKind k = kinds.get(i);
            if (k.note()
                    || k == LineKind.RULE
                    || NoteBodies.INLINE_NOTE.matcher(lines.get(i).text()).find()) {
                // the document sets its notes at the feet of its pages: their call-outs are theirs,
                // and numbered lines at its end are text
                return false;
            }
        }
        int called = 0;
        int count = 0;
        for (int j = 0; j < starts.size(); j++) {
            if (starts.get(j) >= top) {
                count++;
                if (PageFootNotes.called(lines, kinds, 0, top, markers.get(j))) {
                    called++;
                }
            }
        }
        if (called * 2 < count) {
            return false;
        }
        for (int i = top; i < lines.size(); i++) {
            LineKind k = kinds.get(i);
            if (k == LineKind.BLANK || k.furniture()) {
                continue;
            }
            kinds.set(
                    i,
                    !starts.contains(i)
                            ? LineKind.FOOTNOTE_MORE
                            : listed ? LineKind.ENDNOTE_START : LineKind.FOOTNOTE_START);
        }
        return true;
    }
}

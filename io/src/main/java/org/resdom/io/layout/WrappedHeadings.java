package org.resdom.io.layout;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.resdom.diagnostic.Diagnostic;
import org.resdom.diagnostic.Severity;
import org.resdom.lang.PhraseBook;

/**
 * Stage 0c: an operative phrase heading with its addressee in text that lost the italics it was
 * set in ({@code pdftotext}), alone or wrapped over up to {@value #MAX_LINES} lines:
 * <pre>
 * instructs the Director of the Telecommunication Development Bureau, in collaboration with the
 * Director of the Radiocommunication Bureau and the Director of the Telecommunication Standardization
 * Bureau
 * 1 to conduct regional or international seminars …
 * </pre>
 * A run of lines is such a heading when its first line opens with a phrase of the book in lower
 * case after a line that ended a sentence part, no line of the run ends one (a heading has no
 * closing mark), and the line after it opens a list with its first label ({@code 1}, {@code a)},
 * {@code i)}). The run becomes one line, and that line a {@link LineKind#PHRASE_HEAD}, so that
 * it is neither run into the paragraph before it nor the item after it. Lines whose italics the
 * source knows (a PDF) are left alone: the italics tell there.
 */
final class WrappedHeadings {

    /** How many lines a heading may be wrapped over. */
    static final int MAX_LINES = 3;

    /** The longest heading taken, its addressee and all. */
    private static final int MAX_LENGTH = 300;

    /** The first label of a list at a line's start: {@code 1}, {@code 1.}, {@code a)}, {@code (a)}, {@code i)}. */
    private static final Pattern FIRST_LABEL = Pattern.compile("\\s*(?:1\\.?|\\(?[a1i]\\))[\\t ]+\\S");

    private WrappedHeadings() {}

    /**
     * @param lines the lines
     * @param book the phrases of the language
     * @param heads receives the lines made headings (to be given their kind after classification)
     * @param diags where the joins of wrapped headings are reported ({@link LayoutCodes#WRAPPED_HEADING})
     * @return the lines, each wrapped heading joined into one
     */
    static List<LayoutLine> join(
            List<LayoutLine> lines, PhraseBook book, Set<LayoutLine> heads, List<Diagnostic> diags) {
        List<LayoutLine> out = null;
        char before = ' ';
        for (int i = 0; i < lines.size(); i++) {
            LayoutLine l = lines.get(i);
            int end = SentenceEnds.ENDS.indexOf(before) >= 0 ? run(lines, i, book) : -1;
            if (!l.isBlank()) {
                before = SentenceEnds.last(l.text());
            }
            if (end < 0) {
                if (out != null) {
                    out.add(l);
                }
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(lines.subList(0, i));
            }
            StringBuilder t = new StringBuilder(l.text().strip());
            for (int j = i + 1; j < end; j++) {
                t.append(' ').append(lines.get(j).text().strip());
            }
            LayoutLine head = end == i + 1
                    ? l
                    : new LayoutLine(
                            t.toString(),
                            l.page(),
                            l.line(),
                            l.x(),
                            l.fontSize(),
                            l.gapBefore(),
                            l.italicEnd(),
                            l.zone(),
                            List.of());
            out.add(head);
            heads.add(head);
            if (end > i + 1) {
                diags.add(Diagnostic.at(
                        LayoutCodes.WRAPPED_HEADING,
                        Severity.INFO,
                        "phrase heading wrapped over " + (end - i) + " lines joined: '"
                                + (t.length() > 60 ? t.substring(0, 60) + "\u2026" : t) + "'",
                        LayoutResolutionReader.span(l)));
            }
            before = ' ';
            i = end - 1;
        }
        return out == null ? lines : out;
    }

    /**
     * Gives the headings their kind.
     *
     * @param lines the lines after classification
     * @param kinds their kinds
     * @param heads the lines {@link #join} made headings
     */
    static void mark(List<LayoutLine> lines, List<LineKind> kinds, Set<LayoutLine> heads) {
        if (heads.isEmpty()) {
            return;
        }
        for (int i = 0; i < lines.size(); i++) {
            if (heads.contains(lines.get(i)) && kinds.get(i) == LineKind.TEXT) {
                kinds.set(i, LineKind.PHRASE_HEAD);
            }
        }
    }

    /** @return a new identity set for {@link #join} */
    static Set<LayoutLine> set() {
        return Collections.newSetFromMap(new IdentityHashMap<>());
    }

    /** @return the index after the heading's last line when a heading starts at {@code i}, else -1 */
    private static int run(List<LayoutLine> lines, int i, PhraseBook book) {
        LayoutLine l = lines.get(i);
        String t = LineClassifier.stripMarks(l.text());
        if (l.italicEnd().isPresent()
                || t.isEmpty()
                || !Character.isLowerCase(t.charAt(0))
                || book.matchAction(t).isEmpty()) {
            return -1;
        }
        int length = 0;
        for (int j = i; j < lines.size() && j < i + MAX_LINES; j++) {
            LayoutLine x = lines.get(j);
            String s = x.text().strip();
            if (s.isEmpty()
                    || (j > i && (LineClassifier.LABEL.matcher(s).lookingAt() || !x.samePage(l)))
                    || SentenceEnds.ENDS.indexOf(SentenceEnds.last(s)) >= 0) {
                return -1;
            }
            length += s.length() + 1;
            if (length > MAX_LENGTH) {
                return -1;
            }
            if (j + 1 < lines.size()
                    && FIRST_LABEL.matcher(lines.get(j + 1).text()).lookingAt()) {
                return j + 1;
            }
        }
        return -1;
    }
}

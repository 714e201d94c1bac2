package org.resdom.io.layout;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.resdom.diagnostic.Diagnostic;
import org.resdom.diagnostic.Severity;

/**
 * Stage 1c: a running head that abbreviates the document's own heading ({@code Res. 176} over the
 * pages of {@code RESOLUTION 176 (REV. DUBAI, 2018)}, {@code Dec. 11} over {@code DECISION 11}).
 * Repetition finds such a head when it stands on several pages; a document of two pages prints
 * it once, and without this it would run into the paragraph it interrupts. A line is taken when
 * it stands at the top edge of a page after the first, is a word that begins the heading's first
 * word (case aside, with or without a dot) and the heading's own number, and nothing else.
 */
final class RunningHeads {

    /** A document heading's first word and its number: {@code RESOLUTION 176}. */
    private static final Pattern HEADING = Pattern.compile("\\s*(\\p{L}{3,20})\\s+(\\d{1,4})\\b.*");

    /** An abbreviated heading alone on its line: {@code Res. 176}. */
    private static final Pattern SHORT = Pattern.compile("\\s*(\\p{L}{2,20})\\.?\\s+(\\d{1,4})\\s*");

    /** How many lines from the top a document heading may stand. */
    private static final int LOOK = 12;

    private RunningHeads() {}

    /**
     * @param lines the lines
     * @param kinds their kinds, a running head's set to {@link LineKind#RUNNING_HEAD}
     * @param diags where the lines taken are reported ({@link LayoutCodes#RECURRING_LINE})
     */
    static void mark(List<LayoutLine> lines, List<LineKind> kinds, List<Diagnostic> diags) {
        String word = null;
        String number = null;
        for (int i = 0; i < Math.min(LOOK, lines.size()); i++) {
            if (kinds.get(i) == LineKind.HEADING) {
                Matcher m = HEADING.matcher(lines.get(i).text());
                if (m.matches()) {
                    word = m.group(1).toLowerCase(Locale.ROOT);
                    number = m.group(2);
                }
                break;
            }
        }
        if (word == null) {
            return;
        }
        int taken = 0;
        int first = -1;
        for (int i = 0; i < lines.size(); i++) {
            LayoutLine l = lines.get(i);
            if (kinds.get(i) != LineKind.TEXT || l.page().isEmpty() || l.page().getAsInt() < 2 || !top(lines, i)) {
                continue;
            }
            Matcher m = SHORT.matcher(l.text().replace('\f', ' '));
            if (m.matches()
                    && m.group(2).equals(number)
                    && word.startsWith(m.group(1).toLowerCase(Locale.ROOT))) {
                kinds.set(i, LineKind.RUNNING_HEAD);
                taken++;
                first = first < 0 ? i : first;
            }
        }
        if (taken > 0) {
            diags.add(Diagnostic.at(
                    LayoutCodes.RECURRING_LINE,
                    Severity.INFO,
                    "'" + lines.get(first).text().replace('\f', ' ').strip()
                            + "' abbreviates the document's heading at the top of a page: " + taken
                            + " line(s) taken for a running head",
                    LayoutResolutionReader.span(lines.get(first))));
        }
    }

    /** Whether a line is among the first {@link PageEdges#EDGE} lines of its page that are not blank. */
    private static boolean top(List<LayoutLine> lines, int i) {
        LayoutLine l = lines.get(i);
        if (l.zone() == LayoutLine.Zone.HEADER) {
            return true;
        }
        int before = 0;
        for (int j = i - 1; j >= 0 && lines.get(j).samePage(l); j--) {
            if (!lines.get(j).isBlank()) {
                before++;
            }
        }
        return before < PageEdges.EDGE;
    }
}

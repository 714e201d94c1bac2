package org.resdom.io.layout;

import java.util.ArrayList;
import java.util.List;
import org.resdom.diagnostic.Diagnostic;
import org.resdom.diagnostic.Severity;
import org.resdom.lang.PhraseBook;

/**
 * Stage 0, Word extracts: a phrase heading run into the end of the paragraph before it when the
 * section's first paragraph has no label ("… on progress of the work, invites Member States and
 * Sector Members" before "to participate in …"). {@link GluedHeadings} splits such a heading when
 * the next line opens a list with its first label; this stage takes the same heading (a whole
 * phrase after a comma and a space, with its addressee for an action) when the line ends with a
 * letter, as no paragraph of a resolution does, and the next line opens a paragraph (a label or
 * a lower-case word). Each cut leaves a {@code LAY-GLUED-HEADING} diagnostic.
 */
final class TrailingHeadings {

    private TrailingHeadings() {}

    static List<LayoutLine> split(List<LayoutLine> lines, PhraseBook book, List<Diagnostic> diags) {
        List<LayoutLine> out = new ArrayList<>(lines.size() + 8);
        int cuts = 0;
        for (int i = 0; i < lines.size(); i++) {
            LayoutLine line = lines.get(i);
            String t = line.text();
            int at = cut(t, i + 1 < lines.size() ? lines.get(i + 1).text() : "", book);
            if (at < 0) {
                out.add(line);
                continue;
            }
            cuts++;
            out.add(line.part(0, at));
            out.add(line.part(at + 1, t.length()));
            diags.add(Diagnostic.at(
                    LayoutCodes.GLUED_HEADING,
                    Severity.INFO,
                    "heading '" + t.substring(at + 1).strip() + "' run into the end of the paragraph before it; split",
                    LayoutResolutionReader.span(line)));
        }
        return cuts == 0 ? lines : out;
    }

    /**
     * @param t a line
     * @param next the line after it (empty when there is none)
     * @param book the phrase tables of the document's language
     * @return where the comma before a heading at the line's end is, or -1
     */
    static int cut(String t, String next, PhraseBook book) {
        String line = t.stripTrailing();
        if (line.length() < 20 || !Character.isLetter(line.charAt(line.length() - 1)) || !opens(next)) {
            return -1;
        }
        return GluedHeadings.spacedCut(line, book);
    }

    /** The first label of a list at a line's start: {@code 1}, {@code 1.}, {@code a)}, {@code (a)}, {@code i)}. */
    private static final java.util.regex.Pattern FIRST_LABEL =
            java.util.regex.Pattern.compile("\\s*(?:1\\.?|\\(?[a1i]\\))[\\t ]+\\S");

    /** Whether a line opens a list with its first label, as {@link GluedHeadings} asks of the line after a heading. */
    static boolean opensList(String next) {
        return FIRST_LABEL.matcher(next).lookingAt();
    }

    /** Whether a line opens a paragraph: a label, or a lower-case word, after any indent. */
    private static boolean opens(String next) {
        String n = next.strip();
        if (n.isEmpty()) {
            return false;
        }
        return Character.isLowerCase(n.charAt(0)) || LineClassifier.labelEnd(n) > 0;
    }
}

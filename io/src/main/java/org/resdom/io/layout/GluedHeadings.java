package org.resdom.io.layout;

import java.util.ArrayList;
import java.util.List;
import org.resdom.diagnostic.Diagnostic;
import org.resdom.diagnostic.Severity;
import org.resdom.lang.PhraseBook;

/**
 * Stage 0: splits a phrase heading glued to the line before it, as web and Word extracts give
 * them ("…(Dubai, 2018),considering"): when what follows the last comma of a line is a whole
 * phrase with no space before it, the line becomes two. So does a line whose end, after a comma
 * and a space, is a whole phrase heading when the next line opens a list with its first label
 * ("… if the related budget allows, further resolves" before "1 to review …"; "…, instructs the
 * Secretary-General, in close consultation with the Directors of the three Bureaux" before
 * "1 to ensure …"): Word extracts run a heading into the paragraph before it so.
 */
final class GluedHeadings {

    private GluedHeadings() {}

    static List<LayoutLine> split(List<LayoutLine> lines, PhraseBook book, List<Diagnostic> diags) {
        List<LayoutLine> out = null;
        for (int i = 0; i < lines.size(); i++) {
            LayoutLine l = lines.get(i);
            int cut = cut(l.text(), book);
            int from = cut;
            if (cut < 0
                    && i + 1 < lines.size()
                    && FIRST_LABEL.matcher(lines.get(i + 1).text()).lookingAt()) {
                cut = spacedCut(l.text(), book);
                from = cut + 1;
            }
            if (cut < 0) {
                if (out != null) {
                    out.add(l);
                }
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(lines.subList(0, i));
            }
            out.add(l.part(0, cut));
            out.add(l.part(from, l.text().length()));
            diags.add(Diagnostic.at(
                    LayoutCodes.GLUED_HEADING,
                    Severity.INFO,
                    "heading '" + l.text().substring(from).strip() + "' glued to the text before it; split",
                    LayoutResolutionReader.span(l)));
        }
        return out == null ? lines : out;
    }

    /** The first label of a list at a line's start: {@code 1}, {@code 1.}, {@code a)}, {@code (a)}, {@code i)}. */
    private static final java.util.regex.Pattern FIRST_LABEL =
            java.util.regex.Pattern.compile("\\s*(?:1\\.?|\\(?[a1i]\\))[\\t ]+\\S");

    /** The longest heading taken after a comma and a space (a phrase with its addressee). */
    private static final int MAX_HEADING = 240;

    /**
     * @return where the comma before a heading that ends the line with a space after it is (the
     *     heading starts after the space), or -1
     */
    static int spacedCut(String t, PhraseBook book) {
        String line = t.stripTrailing();
        for (int c = line.lastIndexOf(", ");
                c > 0 && line.length() - c <= MAX_HEADING;
                c = line.lastIndexOf(", ", c - 1)) {
            if (c + 2 >= line.length() || !Character.isLowerCase(line.charAt(c + 2))) {
                continue;
            }
            String rest = line.substring(c + 2);
            if (rest.endsWith(",") || rest.endsWith(":")) {
                rest = rest.substring(0, rest.length() - 1);
            }
            if (rest.indexOf(';') >= 0 || rest.indexOf('.') >= 0) {
                return -1;
            }
            String r = rest;
            boolean whole =
                    book.matchPreamble(r).map(m -> m.end() >= r.length()).orElse(false)
                            || book.matchAction(r)
                                    .or(() -> book.matchActionPrefix(r))
                                    .map(m -> m.end() >= r.length() || !Character.isLetter(r.charAt(m.end())))
                                    .orElse(false);
            if (whole) {
                return c + 1;
            }
        }
        return -1;
    }

    /** @return where the glued heading starts, or -1 */
    static int cut(String t, PhraseBook book) {
        int c = t.lastIndexOf(',');
        if (c < 1 || c + 1 >= t.length() || !Character.isLowerCase(t.charAt(c + 1)) || t.length() - c > 80) {
            return -1;
        }
        String r = t.substring(c + 1).strip();
        String rest = r.endsWith(",") || r.endsWith(":") ? r.substring(0, r.length() - 1) : r;
        boolean whole =
                book.matchPreamble(rest).map(m -> m.end() >= rest.length()).orElse(false)
                        || book.matchActionPrefix(rest)
                                .map(m -> m.end() >= rest.length() || rest.length() < 60)
                                .orElse(false);
        return whole ? c + 1 : -1;
    }
}

package org.resdom.io.layout;

import java.util.ArrayList;
import java.util.List;
import org.resdom.diagnostic.Diagnostic;
import org.resdom.diagnostic.Severity;
import org.resdom.lang.PhraseBook;

/**
 * Stage 0: splits a phrase heading glued to the line before it, as web and Word extracts give
 * them ("…(Dubai, 2018),considering"): when what follows the last comma of a line is a whole
 * phrase with no space before it, the line becomes two.
 */
final class GluedHeadings {

    private GluedHeadings() {}

    static List<LayoutLine> split(List<LayoutLine> lines, PhraseBook book, List<Diagnostic> diags) {
        List<LayoutLine> out = null;
        for (int i = 0; i < lines.size(); i++) {
            LayoutLine l = lines.get(i);
            int cut = cut(l.text(), book);
            if (cut < 0) {
                if (out != null) {
                    out.add(l);
                }
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(lines.subList(0, i));
            }
            out.add(new LayoutLine(
                    l.text().substring(0, cut),
                    l.page(),
                    l.line(),
                    l.x(),
                    l.fontSize(),
                    l.gapBefore(),
                    l.italicEnd().isPresent()
                            ? java.util.OptionalInt.of(Math.min(l.italicEnd().getAsInt(), cut))
                            : java.util.OptionalInt.empty(),
                    l.zone(),
                    l.superscriptsIn(0, cut)));
            out.add(new LayoutLine(
                    l.text().substring(cut),
                    l.page(),
                    l.line(),
                    java.util.OptionalDouble.empty(),
                    l.fontSize(),
                    java.util.OptionalDouble.empty(),
                    java.util.OptionalInt.empty(),
                    l.zone(),
                    l.superscriptsIn(cut, l.text().length())));
            diags.add(Diagnostic.at(
                    LayoutCodes.GLUED_HEADING,
                    Severity.INFO,
                    "heading '" + l.text().substring(cut).strip() + "' glued to the text before it; split",
                    LayoutResolutionReader.span(l)));
        }
        return out == null ? lines : out;
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

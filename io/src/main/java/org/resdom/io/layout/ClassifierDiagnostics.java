package org.resdom.io.layout;

import java.util.List;
import java.util.Map;
import org.resdom.diagnostic.Diagnostic;
import org.resdom.diagnostic.Severity;

/**
 * The diagnostics of stage 1 ({@link LineClassifier}): the decisions it takes from more than one
 * line's text, which a user may need to know of because they move text out of the paragraphs
 * (or keep it in): a line taken for a running head because its shape recurs at the pages' edges,
 * a document symbol kept as text because it stands inside a page, footnote bodies found at a
 * page's foot with no rule above them, and endnotes. Each is an info, at the first line it
 * concerns.
 */
final class ClassifierDiagnostics {

    private ClassifierDiagnostics() {}

    /** A document symbol inside a page (not at its edge): text, not a running head. */
    static void symbolKept(LayoutLine l, List<Diagnostic> diags) {
        diags.add(Diagnostic.at(
                LayoutCodes.SYMBOL_IN_TEXT,
                Severity.INFO,
                "document symbol '" + cut(l.text()) + "' inside a page kept as text, not as a running head",
                LayoutResolutionReader.span(l)));
    }

    /**
     * Lines taken for running heads or feet by the recurrence of their shape.
     *
     * @param recurring each shape with the lines it made furniture, in the order found
     */
    static void recurring(List<LayoutLine> lines, Map<String, List<Integer>> recurring, List<Diagnostic> diags) {
        recurring.forEach((shape, at) -> {
            LayoutLine first = lines.get(at.get(0));
            diags.add(Diagnostic.at(
                    LayoutCodes.RECURRING_LINE,
                    Severity.INFO,
                    "'" + cut(first.text()) + "' recurs at the edge of the pages: " + at.size()
                            + (at.size() == 1 ? " line" : " lines") + " of its shape taken for page furniture",
                    LayoutResolutionReader.span(first)));
        });
    }

    /**
     * The lines a step of the classifier made footnote lines: one diagnostic for each page's
     * run (notes at a page's foot), or one for all (endnotes).
     *
     * @param before the kinds before the step
     * @param after the kinds after it
     * @param endnotes whether the step read endnotes (else notes at a page's foot)
     */
    static void notes(
            List<LayoutLine> lines,
            List<LineKind> before,
            List<LineKind> after,
            boolean endnotes,
            List<Diagnostic> diags) {
        int first = -1;
        int bodies = 0;
        for (int i = 0; i <= lines.size(); i++) {
            boolean changed = i < lines.size()
                    && before.get(i) != after.get(i)
                    && after.get(i).note();
            boolean split = first >= 0
                    && (i == lines.size()
                            || !endnotes && changed && !lines.get(i).samePage(lines.get(first)));
            if (split) {
                LayoutLine l = lines.get(first);
                diags.add(Diagnostic.at(
                        endnotes ? LayoutCodes.ENDNOTES : LayoutCodes.NOTES_AT_FOOT,
                        Severity.INFO,
                        endnotes
                                ? bodies + " endnotes read at the end of the document (their markers count up and are"
                                        + " called in the text)"
                                : bodies + (bodies == 1 ? " footnote" : " footnotes") + " read at the foot of "
                                        + l.page().stream()
                                                .mapToObj(p -> "page " + p)
                                                .findFirst()
                                                .orElse("a page")
                                        + " with no rule above (their numbers count up and are called on the page)",
                        LayoutResolutionReader.span(l)));
                first = -1;
                bodies = 0;
            }
            if (changed) {
                if (first < 0) {
                    first = i;
                }
                if (after.get(i) == LineKind.FOOTNOTE_START || after.get(i) == LineKind.ENDNOTE_START) {
                    bodies++;
                }
            }
        }
    }

    private static String cut(String t) {
        String s = t.replace('\f', ' ').strip();
        return s.length() > 60 ? s.substring(0, 60) + "…" : s;
    }
}

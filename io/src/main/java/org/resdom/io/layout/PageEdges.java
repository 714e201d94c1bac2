package org.resdom.io.layout;

import java.util.ArrayList;
import java.util.List;
import org.resdom.diagnostic.Diagnostic;

/**
 * Stage 1, page edges: the running heads and feet of paged text found by repetition — lines at
 * the edge of a page whose shape (digits as {@code #}) recurs on enough pages — and document
 * symbols that stand inside a page, which are text. Position alone never makes a line furniture.
 */
final class PageEdges {

    private PageEdges() {}

    /** How many lines at the top and at the foot of a page may be running heads or feet. */
    static final int EDGE = 2;

    /**
     * Running heads and feet by repetition: the shapes ({@link #shape}) of the lines at the edge
     * of a page ({@link #edge}) that recur at the edge of at least two pages and a third of them. Position alone
     * never makes a line furniture: a line of body text in the header zone stays text unless its
     * shape recurs.
     */
    static java.util.Set<String> repeated(List<LayoutLine> lines) {
        java.util.Map<String, java.util.Set<Integer>> pages = new java.util.HashMap<>();
        int last = 0;
        for (int i = 0; i < lines.size(); i++) {
            LayoutLine l = lines.get(i);
            if (l.page().isEmpty()) {
                continue;
            }
            int page = l.page().getAsInt();
            last = Math.max(last, page);
            if (!l.isBlank() && l.text().length() <= 2 * LineClassifier.LOOK && edge(lines, i)) {
                pages.computeIfAbsent(shape(l.text()), x -> new java.util.HashSet<>())
                        .add(page);
            }
        }
        java.util.Set<String> out = new java.util.HashSet<>();
        int least = Math.max(2, (last + 2) / 3); // on a third of the pages at least
        pages.forEach((k, v) -> {
            if (v.size() >= least && k.length() >= 2) {
                out.add(k);
            }
        });
        return out;
    }

    /**
     * A line's text with each run of digits as one {@code #} and its white space as one space:
     * what repeats from page to page.
     */
    static String shape(String t) {
        StringBuilder sb = new StringBuilder(t.length());
        boolean space = false;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = sb.length() > 0;
                continue;
            }
            if (space) {
                sb.append(' ');
                space = false;
            }
            if (!Character.isDigit(c)) {
                sb.append(c);
            } else if (sb.length() == 0 || sb.charAt(sb.length() - 1) != '#') {
                sb.append('#');
            }
        }
        return sb.toString();
    }

    /**
     * Whether a line is at the edge of its page: in the header or footer zone of a PDF, or, in
     * paged text, among the first or last {@link #EDGE} lines of its page that are not blank.
     */
    static boolean edge(List<LayoutLine> lines, int i) {
        LayoutLine l = lines.get(i);
        if (l.zone() == LayoutLine.Zone.HEADER || l.zone() == LayoutLine.Zone.FOOTER) {
            return true;
        }
        if (l.page().isEmpty() || l.zone() != LayoutLine.Zone.UNKNOWN) {
            return false;
        }
        int before = 0;
        for (int j = i - 1; j >= 0 && lines.get(j).samePage(l) && before < EDGE; j--) {
            // a list number alone on its line, printed in the margin, comes out of pdftotext
            // before the page's head when it stands level with it: no line of the page's edge
            if (!lines.get(j).isBlank()
                    && !LineClassifier.bareLabel(lines.get(j).text())) {
                before++;
            }
        }
        if (before < EDGE) {
            return true;
        }
        int after = 0;
        for (int j = i + 1; j < lines.size() && lines.get(j).samePage(l) && after < EDGE; j++) {
            if (!lines.get(j).isBlank()) {
                after++;
            }
        }
        return after < EDGE;
    }

    /**
     * A document symbol is a running head at the edge of a page only: inside a page of paged text
     * it is the end of a paragraph ("… in its report A/HRC/54/12."), and goes back to text.
     */
    static void symbolsInText(List<LayoutLine> lines, List<LineKind> kinds, List<Diagnostic> diags) {
        for (int i = 0; i < lines.size(); i++) {
            LayoutLine l = lines.get(i);
            if (kinds.get(i) == LineKind.RUNNING_HEAD
                    && l.page().isPresent()
                    && l.zone() == LayoutLine.Zone.UNKNOWN
                    && !edge(lines, i)) {
                kinds.set(i, LineKind.TEXT);
                ClassifierDiagnostics.symbolKept(lines.get(i), diags);
            }
        }
    }

    /**
     * Marks the text and heading lines whose shape is {@code repeated} and which stand at the
     * edge of their page as running heads, the first of a shape on a page only: a title the
     * browser prints in the page's head (its own copy) is furniture, the document's own title
     * below it on the first page is not.
     */
    static void recurring(
            List<LayoutLine> lines, List<LineKind> kinds, java.util.Set<String> repeated, List<Diagnostic> diags) {
        java.util.Map<String, List<Integer>> recurring = new java.util.LinkedHashMap<>();
        java.util.Set<String> onPage = new java.util.HashSet<>();
        for (int i = 0; i < lines.size() && !repeated.isEmpty(); i++) {
            if (i > 0 && !lines.get(i).samePage(lines.get(i - 1))) {
                onPage.clear();
            }
            String shape = kinds.get(i) == LineKind.TEXT || kinds.get(i) == LineKind.HEADING
                    ? shape(lines.get(i).text())
                    : "";
            if (repeated.contains(shape)
                    && edge(lines, i)
                    && !(kinds.get(i) == LineKind.HEADING && once(lines, i))
                    && onPage.add(shape)) {
                kinds.set(i, LineKind.RUNNING_HEAD);
                recurring.computeIfAbsent(shape, x -> new ArrayList<>()).add(i);
            }
        }
        ClassifierDiagnostics.recurring(lines, recurring, diags);
    }

    /**
     * Whether a line's text, white space aside, stands nowhere else in the document: a heading
     * so ({@code ANNEX 2 TO RESOLUTION 208}) opens a part at a page's top, its number another
     * than the headings of its shape on other pages; a running head repeats its text.
     */
    private static boolean once(List<LayoutLine> lines, int i) {
        String t = squeeze(lines.get(i).text());
        if (t.isEmpty()) {
            return false;
        }
        for (int j = 0; j < lines.size(); j++) {
            if (j != i
                    && lines.get(j).text().length() >= t.length()
                    && squeeze(lines.get(j).text()).equals(t)) {
                return false;
            }
        }
        return true;
    }

    /** @return the text with form feeds as spaces, stripped, and each run of white space one space */
    private static String squeeze(String t) {
        String s = t.replace('\f', ' ').strip();
        StringBuilder b = new StringBuilder(s.length());
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            boolean space = c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\r';
            if (!space) {
                b.append(c);
            } else if (b.charAt(b.length() - 1) != ' ') {
                b.append(' ');
            }
        }
        return b.toString();
    }
}

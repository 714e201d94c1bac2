package org.resdom.io.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.resdom.diagnostic.Diagnostic;
import org.resdom.diagnostic.Severity;
import org.resdom.lang.PhraseBook;

/**
 * Stage 0, run-in paragraphs of Word extracts: a Word extract may run several paragraphs into one
 * line, and this stage cuts the line where the evidence is strong that a new paragraph starts:
 * <ul>
 * <li>a numbered or lettered paragraph after a semicolon whose label comes next in the line's
 * own sequence ({@code "9 that …; 10 that …"}, {@code "i) …; ii) …"}), unless the line writes its own
 * label again inside it (a list run into its text, {@code "b) … to prevent a) …; b) …; c) …"});</li>
 * <li>a dash or bullet item after a colon that opens a list ({@code "… shall: - maintain …; and
 * - modify …"}), and the items of the same mark after a semicolon that follow it;</li>
 * <li>a phrase heading after a comma or a full stop, followed by the first label of a list
 * ({@code "…, instructs the Director … Bureau 1 to conduct …"}), or, in a paragraph whose text
 * opens with the same word as the text after the heading, followed by that word
 * ({@code "5 to encourage …, instructs the Director … Bureau to participate …"}): the heading and
 * the list each get a line; in a lettered paragraph, a preamble phrase with its qualifier before
 * the word the paragraph opens with ({@code "d) that …, noting also that …"});</li>
 * <li>an annex heading in capitals after a sentence's end ({@code "… groups. ANNEX 1 TO RESOLUTION
 * 208 (DUBAI, 2018) Procedure for …"}): the heading, its title and what follows each get a line.</li>
 * </ul>
 * Inside a footnote area (after a rule of underscores) only a heading or an annex heading cuts:
 * it is where the text goes on after the notes. Each cut leaves a {@code LAY-RUN-IN} diagnostic.
 */
final class RunIns {

    private RunIns() {}

    /** The longest heading taken before a list (a phrase with its addressee). */
    private static final int MAX_HEADING = 240;

    /** Where a cut ends the piece before it and starts the next one. */
    record Cut(int end, int start, String what) {}

    static List<LayoutLine> split(
            List<LayoutLine> lines, PhraseBook book, List<String> annexWords, List<Diagnostic> diags) {
        List<LayoutLine> out = null;
        for (int i = 0; i < lines.size(); i++) {
            LayoutLine l = lines.get(i);
            List<Cut> cuts = cuts(l.text(), book, annexWords);
            if (cuts.isEmpty()) {
                if (out != null) {
                    out.add(l);
                }
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(lines.subList(0, i));
            }
            int from = 0;
            for (Cut c : cuts) {
                out.add(l.part(from, c.end()));
                diags.add(Diagnostic.at(
                        LayoutCodes.RUN_IN,
                        Severity.INFO,
                        c.what() + " run into the line before it; split: '"
                                + shorten(l.text().substring(c.start())) + "'",
                        LayoutResolutionReader.span(l)));
                from = c.start();
            }
            out.add(l.part(from, l.text().length()));
        }
        return out == null ? lines : out;
    }

    private static String shorten(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "…";
    }

    /**
     * @param t a line
     * @param book the phrase tables of the document's language
     * @param annexWords the words of an annex heading, normalized ({@code annex}, {@code appendix})
     * @return where the line is cut, in order
     */
    static List<Cut> cuts(String t, PhraseBook book, List<String> annexWords) {
        List<Cut> cuts = new ArrayList<>();
        int len = t.length();
        if (len < 20) {
            return cuts;
        }
        String norm = PhraseBook.normalize(t);
        int rule = t.indexOf("_____");
        int notes = rule < 0 ? len : rule; // a footnote area: only a heading or an annex ends it
        int pos = 0;
        Label label = Label.at(t, 0);
        char mark = 0; // the mark of a dash or bullet list running in the line
        boolean capitals = false; // the items of that list open with a capital (an annex's list after its title)
        boolean afterHeading = false; // the piece follows a heading cut
        while (pos < len) {
            Cut best = null;
            Label next = null;
            char nextMark = mark;
            // a paragraph of the line's sequence after a semicolon
            if (label != null) {
                for (String s : label.successors()) {
                    int at = find(t, "; " + s, pos, notes);
                    while (at >= 0
                            && (!opensText(t, at + 2 + s.length())
                                    // the line's own label written again inside it: a list run in its text
                                    // ("b) … to prevent a) …; b) …; c) …"), whose next label this is
                                    // (a number written again is only a number: "7 to ensure … 7 per cent")
                                    || label.text().endsWith(")")
                                            && t.substring(label.textStart(), at)
                                                    .contains(" " + label.text() + " "))) {
                        at = find(t, "; " + s, at + 1, notes);
                    }
                    if (at >= 0 && (best == null || at + 1 < best.end())) {
                        best = new Cut(at + 1, at + 2, "paragraph '" + s + "'");
                        next = Label.at(t, at + 2);
                        nextMark = 0;
                    }
                }
            }
            // a dash or bullet item: after a colon, or after a semicolon when the list is open
            for (int at = t.indexOf(' ', pos); at >= 0 && at < notes; at = t.indexOf(' ', at + 1)) {
                if (at + 2 >= len || MARKS.indexOf(t.charAt(at + 1)) < 0 || t.charAt(at + 2) != ' ') {
                    continue;
                }
                if (best != null && at >= best.end()) {
                    break;
                }
                char m = t.charAt(at + 1);
                boolean opens = at > 0 && t.charAt(at - 1) == ':' && opensText(t, at + 2);
                boolean goesOn = m == mark
                        && (capitals ? opensCapital(t, at + 2) : afterSemicolon(t, at) && opensText(t, at + 2));
                if (opens || goesOn) {
                    best = new Cut(at, at + 1, "item '" + m + "'");
                    next = label;
                    nextMark = m;
                    break;
                }
            }
            // a heading before the first label of a list, or before the word its paragraphs open with
            Cut[] head = heading(t, pos, best == null ? len : best.end(), label, afterHeading, book);
            if (head != null) {
                cuts.add(head[0]);
                cuts.add(head[1]);
                pos = head[1].start();
                label = Label.at(t, pos);
                afterHeading = true;
                mark = 0;
                notes = len;
                continue;
            }
            // an annex heading in capitals after a sentence's end
            Cut[] annex = annex(t, norm, pos, best == null ? len : best.end(), annexWords);
            if (annex != null) {
                for (Cut c : annex) {
                    cuts.add(c);
                }
                pos = annex[annex.length - 1].start();
                label = Label.at(t, pos);
                mark = 0;
                capitals = false;
                if (annex.length == 3 && annex[2].what().startsWith("item")) {
                    mark = t.charAt(pos);
                    capitals = true;
                }
                notes = len;
                continue;
            }
            if (best == null) {
                break;
            }
            cuts.add(best);
            pos = best.start();
            afterHeading = false;
            if (next != null && nextMark == 0) {
                label = next;
            }
            mark = nextMark;
        }
        return cuts;
    }

    /** Marks that open an item: hyphen, en dash, em dash, bullet. */
    private static final String MARKS = "-–—•";

    private static int find(String t, String what, int from, int before) {
        int at = t.indexOf(what, from);
        return at >= 0 && at < before ? at : -1;
    }

    /** Whether text (a lower-case word, after spaces or a TAB) starts at {@code i}. */
    private static boolean opensText(String t, int i) {
        if (i >= t.length() || (t.charAt(i) != ' ' && t.charAt(i) != '\t')) {
            return false;
        }
        while (i < t.length() && (t.charAt(i) == ' ' || t.charAt(i) == '\t')) {
            i++;
        }
        return i < t.length() && Character.isLowerCase(t.charAt(i));
    }

    /** Whether a capitalised word (after spaces) starts at {@code i}: an item of a list without colon or semicolons. */
    private static boolean opensCapital(String t, int i) {
        if (i + 2 >= t.length() || t.charAt(i) != ' ') {
            return false;
        }
        return Character.isUpperCase(t.charAt(i + 1)) && Character.isLowerCase(t.charAt(i + 2));
    }

    /** Whether a semicolon, and perhaps one word ("and", "or"), stands before the space at {@code at}. */
    private static boolean afterSemicolon(String t, int at) {
        if (at > 0 && t.charAt(at - 1) == ';') {
            return true;
        }
        int w = at;
        while (w > 0 && Character.isLetter(t.charAt(w - 1))) {
            w--;
        }
        return w < at && at - w <= 4 && w >= 2 && t.charAt(w - 1) == ' ' && t.charAt(w - 2) == ';';
    }

    /**
     * A heading run into the text: a phrase (with its addressee) after {@code ", "} or
     * {@code ". "}, followed by {@code " 1 "} and a lower-case word (the first label of a list), or
     * by the word the current paragraph's text opens with (when the paragraph is numbered, or
     * follows a heading: an operative item, {@code "5 to encourage …"}).
     *
     * @return the cuts before the heading and before the text after it, or null
     */
    static Cut[] heading(String t, int pos, int before, Label label, boolean afterHeading, PhraseBook book) {
        boolean numbered = label != null && Character.isDigit(label.text().charAt(0));
        String opener = numbered || (afterHeading && label == null) || label != null
                ? firstWord(t, label == null ? pos : label.textStart())
                : null;
        boolean actions = numbered || (afterHeading && label == null);
        for (int at = t.indexOf(' ', pos); at >= 0 && at < before; at = t.indexOf(' ', at + 1)) {
            boolean first = FIRST.matcher(t).region(at + 1, t.length()).lookingAt();
            boolean parallel = !first
                    && opener != null
                    && t.startsWith(opener, at + 1)
                    && at + 1 + opener.length() < t.length()
                    && t.charAt(at + 1 + opener.length()) == ' ';
            if (!first && !parallel) {
                continue;
            }
            int h = headingStart(t, pos, at, book, parallel ? opener : null, actions);
            if (h >= 0) {
                return new Cut[] {new Cut(h, h + 1, "heading"), new Cut(at, at + 1, "text after a heading")};
            }
        }
        return null;
    }

    /** The first label of a list: {@code 1}, {@code 1.}, {@code a)}, {@code (a)}, {@code i)}, then a lower-case word. */
    private static final java.util.regex.Pattern FIRST =
            java.util.regex.Pattern.compile("(?:1\\.?|\\(?[a1i]\\))[\\t ]+\\p{Ll}");

    private static String firstWord(String t, int i) {
        int e = i;
        while (e < t.length() && Character.isLetter(t.charAt(e))) {
            e++;
        }
        return e > i && Character.isLowerCase(t.charAt(i)) ? t.substring(i, e) : null;
    }

    /**
     * @param parallel the word the paragraphs open with, when the heading ends before it (then
     *     the addressee may not hold it nor end with a comma)
     * @param actions whether the heading is an action (in a numbered paragraph); otherwise, before
     *     {@code parallel}, a preamble phrase with its qualifier ({@code "d) that …, noting also that …"})
     * @return where a heading that ends at {@code end} starts after a comma or full stop and a
     *     space (the index of the comma or stop), or -1
     */
    static int headingStart(String t, int pos, int end, PhraseBook book, String parallel, boolean actions) {
        for (int c = end - 2; c > pos && end - c <= MAX_HEADING; c--) {
            char ch = t.charAt(c);
            if (ch == ';' || (ch == '.' && c + 1 < end && t.charAt(c + 1) != ' ')) {
                if (ch == ';') {
                    return -1;
                }
                continue;
            }
            if ((ch != ',' && ch != '.') || t.charAt(c + 1) != ' ' || !Character.isLowerCase(t.charAt(c + 2))) {
                continue;
            }
            String r = t.substring(c + 2, end);
            if (r.indexOf('.') >= 0 && ch == ',') {
                return -1;
            }
            boolean whole;
            if (parallel != null && !actions) {
                // in a lettered (preamble) paragraph: a phrase with its qualifier, then the paragraph's first word
                whole = book.matchPreamble(r)
                        .map(x -> x.qualifier().isPresent() && x.end() >= r.length())
                        .orElse(false);
            } else if (parallel != null) {
                // the word after an addressee ending with a comma goes on with the addressee ("…, in close
                // collaboration")
                int m = r.endsWith(",")
                        ? -1
                        : book.matchAction(r).map(x -> x.end()).orElse(-1);
                whole = m > 0
                        && (m >= r.length() || !Character.isLetter(r.charAt(m)))
                        && r.indexOf(" " + parallel + " ", m) < 0
                        && !r.substring(m).strip().isEmpty();
            } else {
                whole = book.matchAction(r)
                        .map(x -> x.end() >= r.length() || !Character.isLetter(r.charAt(x.end())))
                        .orElse(false);
            }
            if (whole) {
                return c + 1;
            }
        }
        return -1;
    }

    /**
     * An annex heading in capitals after a sentence's end ({@code ". ANNEX 1 TO RESOLUTION 208
     * (DUBAI, 2018) Procedure …"}): the heading runs while its words have no lower-case letter;
     * its title runs to the line's end, to a dash before a capitalised word (the annex's list
     * without colon or semicolons: {@code "… measures - Submit a detailed plan … - Upgrade …"}), or,
     * when a sentence ends after it, to the first capitalised word after a lower-case one that the
     * line also writes in lower case (where that sentence starts: {@code "… presence The review …"}).
     *
     * @return the cuts before the heading, before its title, and before the text after the title
     *     (when there is one), or null
     */
    static Cut[] annex(String t, String norm, int pos, int before, List<String> words) {
        for (int at = t.indexOf(". ", pos); at >= 0 && at < before; at = t.indexOf(". ", at + 1)) {
            int h = at + 2;
            for (String w : words) {
                if (!norm.startsWith(w, h)
                        || !t.substring(h, h + w.length())
                                .equals(t.substring(h, h + w.length()).toUpperCase(Locale.ROOT))
                        || (h + w.length() < t.length() && Character.isLetter(t.charAt(h + w.length())))) {
                    continue;
                }
                int e = h + w.length();
                int last = e;
                while (e < t.length()) {
                    int s = e;
                    while (s < t.length() && t.charAt(s) == ' ') {
                        s++;
                    }
                    int we = s;
                    while (we < t.length() && t.charAt(we) != ' ') {
                        we++;
                    }
                    if (s == we || hasLower(t, s, we)) {
                        break;
                    }
                    last = we;
                    e = we;
                }
                if (last == h + w.length() && last < t.length()) {
                    continue; // the word alone before a lower-case word: a citation ("Annex" of a sentence)
                }
                List<Cut> out = new ArrayList<>();
                out.add(new Cut(at + 1, h, "annex heading"));
                int title = last;
                while (title < t.length() && t.charAt(title) == ' ') {
                    title++;
                }
                if (title >= t.length()) {
                    return out.toArray(new Cut[0]);
                }
                out.add(new Cut(last, title, "annex title"));
                int dash = t.indexOf(" - ", title);
                if (dash > 0 && opensCapital(t, dash + 2)) {
                    out.add(new Cut(dash, dash + 1, "item '-'"));
                    return out.toArray(new Cut[0]);
                }
                int body = sentenceAfterTitle(t, title);
                if (body > 0) {
                    out.add(new Cut(body - 1, body, "text after the annex title"));
                }
                return out.toArray(new Cut[0]);
            }
        }
        return null;
    }

    private static boolean hasLower(String t, int s, int e) {
        for (int i = s; i < e; i++) {
            if (Character.isLowerCase(t.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Where a sentence starts after an annex title in the same line, or -1. */
    private static int sentenceAfterTitle(String t, int title) {
        String rest = t.substring(title);
        if (!rest.contains(". ") && !rest.contains(": ") && !rest.endsWith(".") && !rest.endsWith(":")) {
            return -1;
        }
        for (int i = title + 1; i + 2 < t.length(); i++) {
            if (t.charAt(i) == ' '
                    && Character.isLowerCase(t.charAt(i - 1))
                    && Character.isUpperCase(t.charAt(i + 1))
                    && Character.isLowerCase(t.charAt(i + 2))) {
                int e = i + 1;
                while (e < t.length() && Character.isLetter(t.charAt(e))) {
                    e++;
                }
                // capitalised only because a sentence starts there: the line writes it in lower case too
                String lower = " " + t.substring(i + 1, e).toLowerCase(Locale.ROOT) + " ";
                if (t.contains(lower)) {
                    return i + 1;
                }
            }
            if (".:;".indexOf(t.charAt(i)) >= 0) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * A paragraph's label and what comes after it in its sequence.
     *
     * @param text the label as written ({@code 9}, {@code b)}, {@code iv)})
     * @param textStart where the paragraph's text starts after it
     */
    record Label(String text, int textStart) {

        private static final java.util.regex.Pattern AT =
                java.util.regex.Pattern.compile("(\\d{1,3}|[a-z]\\)|[ivxl]{1,6}\\))[\\t ]+");

        static Label at(String t, int i) {
            java.util.regex.Matcher m = AT.matcher(t).region(i, t.length());
            return m.lookingAt() ? new Label(m.group(1), m.end()) : null;
        }

        /** @return the labels that may come next: {@code 10} after {@code 9}; {@code j)} and {@code ii)} after {@code i)} */
        List<String> successors() {
            List<String> out = new ArrayList<>();
            if (Character.isDigit(text.charAt(0))) {
                out.add(String.valueOf(Integer.parseInt(text) + 1));
                return out;
            }
            String v = text.substring(0, text.length() - 1);
            if (v.length() == 1 && v.charAt(0) < 'z') {
                out.add((char) (v.charAt(0) + 1) + ")");
            }
            int r = roman(v);
            if (r > 0) {
                out.add(roman(r + 1) + ")");
            }
            return out;
        }

        private static final String[] ROMAN = {
            "", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv", "xvi",
            "xvii", "xviii", "xix", "xx"
        };

        private static int roman(String v) {
            for (int i = 1; i < ROMAN.length; i++) {
                if (ROMAN[i].equals(v)) {
                    return i;
                }
            }
            return 0;
        }

        private static String roman(int n) {
            return n < ROMAN.length ? ROMAN[n] : "";
        }
    }
}

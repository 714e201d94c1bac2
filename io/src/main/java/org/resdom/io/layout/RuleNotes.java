package org.resdom.io.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.resdom.diagnostic.Diagnostic;
import org.resdom.diagnostic.Severity;
import org.resdom.lang.PhraseBook;

/**
 * Stage 0b: footnote bodies under a rule inside a line, as Word extracts write the notes of a
 * page where the page broke ("… on the human body, ____________________ 1 These include …
 * transition. 2 Guidelines … 1998. 3 IEEE Std …"). Two things are read here:
 * <ul>
 * <li>where one body ends and the next begins: at the next marker (one more than the last) after
 *     the end of a sentence, a semicolon or a closing bracket, before a capitalised word
 *     ({@code … (Rev. Busan, 2014) 4 Taking into account …});</li>
 * <li>where the document's own text goes on after the last body, on the same line, as an
 *     extract runs the rest of a page into it ({@code … 300 GHz. resolves to instruct …}): after
 *     the end of a sentence, a phrase of the book in lower case, a bullet, or a paragraph's label
 *     before a lower-case word ({@code … networks. 2 to coordinate …}). The line is split there:
 *     the text after the notes becomes a line of its own, so that it is read as text and not
 *     kept in the note (a diagnostic {@link LayoutCodes#NOTE_TEXT_RESUMED} says so).</li>
 * </ul>
 */
final class RuleNotes {

    /** A paragraph's label before a lower-case word: {@code 2 to}, {@code b) that}, {@code iv) to}. */
    private static final Pattern LABEL_THEN_LOWER =
            Pattern.compile("(?:\\d{1,3}|[a-z]{1,2}\\)|[ivx]{1,5}\\))\\s+\\p{Ll}");

    private RuleNotes() {}

    /**
     * Splits each line whose footnote area under an inline rule runs on into the document's text.
     *
     * @param lines the lines
     * @param book the phrases of the document's language
     * @param diags where the splits are reported
     * @return the lines, the text after the notes on a line of its own where there is any
     */
    static List<LayoutLine> split(List<LayoutLine> lines, PhraseBook book, List<Diagnostic> diags) {
        List<LayoutLine> out = null;
        for (int i = 0; i < lines.size(); i++) {
            LayoutLine l = lines.get(i);
            String t = l.text();
            int cut = -1;
            if (t.contains("_____")) {
                Matcher m = NoteBodies.INLINE_NOTE.matcher(t);
                if (m.find()) {
                    List<String[]> bodies = bodies(m.group(1), m.group(2));
                    String last = bodies.get(bodies.size() - 1)[1];
                    int r = resumes(last, book);
                    if (r > 0) {
                        cut = t.stripTrailing().length() - (last.length() - r);
                    }
                }
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
            int end = cut;
            while (end > 0 && Character.isWhitespace(t.charAt(end - 1))) {
                end--; // the head without the white space before the cut
            }
            out.add(l.part(0, end));
            out.add(l.part(cut, t.length()));
            String resumed = t.substring(cut);
            diags.add(Diagnostic.at(
                    LayoutCodes.NOTE_TEXT_RESUMED,
                    Severity.INFO,
                    "the text goes on after the footnotes under the rule ('"
                            + resumed.substring(0, Math.min(40, resumed.length()))
                                    .strip()
                            + "'); read as text, not as part of the last note",
                    LayoutResolutionReader.span(l)));
        }
        return out == null ? lines : out;
    }

    /**
     * The bodies after one rule: a body ends where the next marker (one more) follows the end of
     * a sentence, a semicolon or a closing bracket and opens a capitalised word.
     *
     * @param marker the first body's marker
     * @param body the text after it, to the line's end
     * @return each body as {marker, text}, in order
     */
    static List<String[]> bodies(String marker, String body) {
        List<String[]> out = new ArrayList<>();
        String m = marker;
        String rest = body.strip();
        while (!m.isEmpty() && Character.isDigit(m.charAt(0))) {
            String next = String.valueOf(Integer.parseInt(m) + 1);
            int cut = -1;
            for (int k = rest.indexOf(" " + next + " "); k > 0; k = rest.indexOf(" " + next + " ", k + 1)) {
                int after = k + next.length() + 2;
                if (".;)".indexOf(rest.charAt(k - 1)) >= 0
                        && after < rest.length()
                        && Character.isUpperCase(rest.charAt(after))) {
                    cut = k;
                    break;
                }
            }
            if (cut < 0) {
                break;
            }
            out.add(new String[] {m, rest.substring(0, cut).strip()});
            rest = rest.substring(cut + next.length() + 2).strip();
            m = next;
        }
        out.add(new String[] {m, rest});
        return out;
    }

    /**
     * Where the document's text goes on inside the last body under a rule: after a dot and a
     * space, a phrase of the book in lower case ({@code resolves to instruct}, {@code invites}) or
     * a bullet; or, after the end of a sentence (a dot after a word of four letters or more, a
     * number or a bracket, so that {@code No. 13} and {@code Rev. 2} are no end), a paragraph's
     * label before a lower-case word ({@code 2 to coordinate}, {@code 10 that}).
     *
     * @param body the last body's text
     * @param book the phrases of the language
     * @return the index in the body where the text goes on, or -1 when the body runs to its end
     */
    static int resumes(String body, PhraseBook book) {
        for (int d = body.indexOf(". "); d > 0; d = body.indexOf(". ", d + 1)) {
            int s = d + 2;
            while (s < body.length() && body.charAt(s) == ' ') {
                s++;
            }
            if (s >= body.length()) {
                return -1;
            }
            String rest = body.substring(s);
            char c = rest.charAt(0);
            if (c == '\u2022' && rest.length() > 1 && Character.isWhitespace(rest.charAt(1))) {
                return s;
            }
            if (Character.isLowerCase(c)
                    && (book.matchAction(rest).isPresent()
                            || book.matchPreamble(rest).isPresent())) {
                return s;
            }
            if (sentenceEnd(body, d) && LABEL_THEN_LOWER.matcher(rest).lookingAt()) {
                return s;
            }
        }
        return -1;
    }

    /** Whether the dot at {@code d} ends a sentence: not after a short word ({@code No.}, {@code Rev.}, {@code e.g.}). */
    private static boolean sentenceEnd(String t, int d) {
        char b = d > 0 ? t.charAt(d - 1) : ' ';
        if (Character.isDigit(b) || b == ')' || b == ']' || b == '"' || b == '\u201d') {
            return true;
        }
        int w = d;
        while (w > 0 && Character.isLetter(t.charAt(w - 1))) {
            w--;
        }
        return d - w >= 4 && (w == 0 || t.charAt(w - 1) != '.');
    }
}

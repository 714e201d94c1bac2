package org.resdom.io.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.resdom.diagnostic.Diagnostic;
import org.resdom.io.text.internal.Vocabulary;
import org.resdom.lang.PhraseBook;
import org.resdom.lang.PhraseMatch;
import org.resdom.model.ActionKind;
import org.resdom.model.PreambleKind;

/**
 * Stage 1, line classification: decides for each line what it is, from its text and whatever
 * layout the source knows (zone, italics), and runs the stage's passes over the page in order —
 * {@link HeadingLines}, {@link PageEdges}, {@link PageFootNotes}, {@link Endnotes}. Work per line
 * is bounded: patterns are anchored and look at most {@link #LOOK} characters.
 */
final class LineClassifier {

    static final int LOOK = 120;
    /** Label suffixes ({@code bis}, {@code ter} …), from core's data. */
    private static final String SUFFIX = "(?:" + String.join("|", org.resdom.model.Label.suffixes()) + ")";

    static final Pattern RULE = Pattern.compile("\\s*[_\u2014\u2013-]{5,}\\s*");
    static final Pattern JOB = Pattern.compile(
            "\\s*(?:GE\\.)?\\d{2}-\\d{5}\\s*(?:\\([A-Z]\\))?(?:\\s+\\d{6,8})?\\s*" + "|\\s*\\*\\d{6,9}\\*\\s*");
    static final Pattern SYMBOL = Pattern.compile("\\s*[A-Z]{1,5}(?:/[A-Z0-9.]{1,12}){2,6}\\s*");
    /**
     * A page number: {@code 2}, {@code 2/5}, {@code - 2 -}, or the language's words around it
     * ({@code PAGE} and {@code PAGE_OF} of the phrase tables: "Page 2 of 5", "Página 2 de 5").
     */
    static final Pattern PAGE = Pattern.compile(
            "\\s*(?:\\d{1,4}\\s*/\\s*\\d{1,4}|\\d{1,4}|[-\u2013]\\s*\\d{1,4}\\s*[-\u2013]" + "|(?:" + words("PAGE")
                    + ")\\s+\\d{1,4}(?:\\s+(?:" + words("PAGE_OF") + ")\\s+\\d{1,4})?)\\s*",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    static final Pattern FOOTNOTE = Pattern.compile("\\s*(\\d{1,3}|[*\u2020\u2021])[\\s\u00a0]+\\S.*");
    /**
     * Labels: {@code 1.}, {@code 1}, {@code 1bis.1}, {@code 9.3.8}, {@code a)}, {@code (a)}, {@code (iv)}, bullets;
     * as Arabic texts write them {@code 1-}, {@code (أ)} and Arabic-Indic digits {@code ١-}; as Russian texts
     * {@code а)}; as Chinese texts full-width {@code １．}, {@code （a）}, {@code （一）} and {@code 一、}, which
     * need no space after them. Bidi marks before a label belong to it.
     */
    static final Pattern LABEL = Pattern.compile("[\\s\\p{Cf}]*(?:(?:"
            + "\\d{1,3}(?:\\s?" + SUFFIX + ")?(?:\\.\\d{1,3}(?:\\s?" + SUFFIX + ")?){0,4}[.-]?"
            + "|[\u0660-\u0669\u06f0-\u06f9]{1,3}[.-]?"
            + "|\\(?[a-z]{1,2}\\)|\\(?[ivxlc]{1,6}\\)|\\([A-Z]\\)|[A-Z]\\)"
            + "|\\(?[\u0430-\u044f]\\)|\\([\u0621-\u064a]{1,2}\\)"
            + ")(?=[\\s\u00a0])"
            + "|[\uff10-\uff19]{1,3}[\uff0e.]|[\u4e00\u4e8c\u4e09\u56db\u4e94\u516d\u4e03\u516b\u4e5d\u5341]{1,3}\u3001"
            + "|[(\uff08][\u4e00\u4e8c\u4e09\u56db\u4e94\u516d\u4e03\u516b\u4e5d\u5341]{1,3}[)\uff09]"
            + "|\uff08(?:[a-z\uff41-\uff5a]{1,2}|[\uff10-\uff19]{1,3})\uff09)"
            + "|[\\s\\p{Cf}]*[\u2022\u00b7\u25aa\u25e6\u2023\u25cf\u25cb\u25a0\u25a1*\u2013\u2014-](?=[\\s\u00a0])");

    private LineClassifier() {}

    /**
     * @param lines the lines
     * @param book the phrases of the document's language
     * @return one kind per line
     */
    static List<LineKind> classify(List<LayoutLine> lines, PhraseBook book) {
        return classify(lines, book, new ArrayList<>());
    }

    /**
     * @param lines the lines
     * @param book the phrases of the document's language
     * @param diags where the decisions a user may need to know of go ({@link ClassifierDiagnostics})
     * @return one kind per line
     */
    static List<LineKind> classify(List<LayoutLine> lines, PhraseBook book, List<Diagnostic> diags) {
        java.util.Set<String> repeated = PageEdges.repeated(lines);
        Vocabulary vocab = Vocabulary.of(book.language());
        boolean sections = false;
        int seen = 0;
        List<LineKind> kinds = new ArrayList<>(lines.size());
        boolean inNotes = false;
        for (int i = 0; i < lines.size(); i++) {
            LayoutLine l = lines.get(i);
            if (i > 0 && !l.samePage(lines.get(i - 1))) {
                inNotes = false;
            }
            String t = l.text();
            if (t.indexOf('\f') >= 0) {
                inNotes = false;
                t = t.replace('\f', ' ');
            }
            LineKind k = kind(t, l, book, inNotes, i > 0 ? kinds.get(i - 1) : LineKind.BLANK);
            if ((k == LineKind.TEXT || k == LineKind.PHRASE_START) && HeadingLines.heading(t, vocab)) {
                k = LineKind.HEADING;
            } else if (k == LineKind.TEXT && !sections && seen < 40 && HeadingLines.formula(t, vocab)) {
                k = LineKind.FORMULA;
                sections = true; // one formula: what comes after it is the document's text
            }
            if (k == LineKind.LABELLED
                    || k == LineKind.PHRASE_HEAD
                    || k == LineKind.PHRASE_START
                    || k == LineKind.PHRASE_LOWER
                    || k == LineKind.ACTION_START
                    || k == LineKind.PHRASE_GLUED) {
                sections = true;
            }
            if (k != LineKind.BLANK) {
                seen++;
            }

            if (k == LineKind.RULE) {
                inNotes = true;
            } else if (k.furniture() && inNotes) {
                inNotes = false;
            }
            kinds.add(k);
        }
        PageEdges.symbolsInText(lines, kinds, diags);
        List<LineKind> before = new ArrayList<>(kinds);
        PageFootNotes.mark(lines, kinds);
        ClassifierDiagnostics.notes(lines, before, kinds, false, diags);
        // after the footnotes: a body line such as "3 A/76/207." recurs at page feet too
        PageEdges.recurring(lines, kinds, repeated, diags);
        // after the furniture: the endnotes of a printed page run on past its head and foot
        before = new ArrayList<>(kinds);
        Endnotes.mark(lines, kinds);
        ClassifierDiagnostics.notes(lines, before, kinds, true, diags);
        return kinds;
    }

    /** @return the words of a key in every language's phrase tables, as a regular-expression alternation */
    private static String words(String key) {
        java.util.Set<String> all = new java.util.TreeSet<>();
        for (PhraseBook b : PhraseBook.all()) {
            all.addAll(b.words(key));
        }
        StringBuilder sb = new StringBuilder();
        for (String w : all) {
            sb.append(sb.length() == 0 ? "" : "|").append(Pattern.quote(w));
        }
        return sb.length() == 0 ? "(?!)" : sb.toString();
    }

    static LineKind kind(String t, LayoutLine l, PhraseBook book, boolean inNotes, LineKind previous) {
        if (t.isBlank()) {
            return LineKind.BLANK;
        }
        String head = t.length() > LOOK ? t.substring(0, LOOK) : t;
        if (t.length() <= LOOK) {
            if (RULE.matcher(t).matches()) {
                return LineKind.RULE;
            }
            if (JOB.matcher(t).matches()) {
                return LineKind.JOB_NUMBER;
            }
            if (SYMBOL.matcher(t).matches()) {
                return LineKind.RUNNING_HEAD;
            }
            if (PAGE.matcher(t).matches() && l.zone() != LayoutLine.Zone.BODY) {
                return LineKind.PAGE_NUMBER;
            }
        }
        // a PDF's page head or foot is no footnote line, even after the rule that opens the notes
        boolean edgeZone = l.zone() == LayoutLine.Zone.HEADER || l.zone() == LayoutLine.Zone.FOOTER;
        if (inNotes && !edgeZone || l.zone() == LayoutLine.Zone.FOOTNOTE) {
            return FOOTNOTE.matcher(head).matches() ? LineKind.FOOTNOTE_START : LineKind.FOOTNOTE_MORE;
        }
        if (LABEL.matcher(head).lookingAt() || bareLabel(t)) {
            return LineKind.LABELLED;
        }
        String s = stripMarks(head);
        if (s.isEmpty()) {
            return LineKind.TEXT;
        }
        Optional<PhraseMatch<PreambleKind>> p = preamble(book, s);
        Optional<PhraseMatch<ActionKind>> a =
                p.isPresent() ? Optional.empty() : book.matchAction(s).or(() -> book.matchActionPrefix(s));
        int end = p.map(PhraseMatch::end).orElse(a.map(PhraseMatch::end).orElse(-1));
        if (end > 0 && wordEnd(s, end)) {
            String whole = stripMarks(t);
            String rest = whole.substring(Math.min(end, whole.length())).strip();
            boolean open = !rest.isEmpty() && SentenceEnds.ENDS.indexOf(rest.charAt(rest.length() - 1)) < 0;
            boolean alone = rest.isEmpty()
                    || rest.length() == 1 && ",:\u060c\uff0c\uff1a".indexOf(rest.charAt(0)) >= 0
                    || (open
                            && rest.length()
                                    < (a.isPresent() ? 70 : 25) / (Scripts.isIdeographic(s.charAt(0)) ? 2 : 1));
            char c = s.charAt(0);
            boolean cased = Character.isUpperCase(c) || Character.isLowerCase(c);
            if (alone && whole.length() < 90 && !Character.isUpperCase(c)) {
                return LineKind.PHRASE_HEAD;
            }
            if (!cased && p.isEmpty() && !l.startsItalic()) {
                return LineKind.ACTION_START;
            }
            if (Scripts.isIdeographic(c)
                    && end < s.length()
                    && !Character.isWhitespace(s.charAt(end))
                    && !l.startsItalic()) {
                return LineKind.PHRASE_GLUED;
            }
            if (Character.isUpperCase(c) || !cased || l.startsItalic()) {
                return LineKind.PHRASE_START;
            }
            if (p.isPresent()) {
                return LineKind.PHRASE_LOWER;
            }
        }
        // a preamble paragraph whose phrase the tables do not know still opens with a word of the
        // language's opener shapes (core's data: "Reiterating", "Gravely concerned", "признавая")
        if (book.matchOpener(s).isPresent()) {
            char c = s.charAt(0);
            return Character.isUpperCase(c) ? LineKind.PHRASE_START : LineKind.OPENER;
        }
        return LineKind.TEXT;
    }

    /** @return the text without leading and trailing white space and without leading bidi marks */
    static String stripMarks(String t) {
        int i = 0;
        while (i < t.length()
                && (Character.isWhitespace(t.charAt(i))
                        || Character.isSpaceChar(t.charAt(i))
                        || Character.getType(t.charAt(i)) == Character.FORMAT)) {
            i++;
        }
        return t.substring(i).strip();
    }

    /**
     * A preamble phrase at the start of a line, with what the phrase tables allow before it
     * (modifiers such as "also" or 又, a conjunction glued to the front as Arabic و), in either
     * convention, else a bare phrase that ends inside a word (the classifier checks the end).
     */
    static Optional<PhraseMatch<PreambleKind>> preamble(PhraseBook book, String s) {
        return book.matchPreamble(s)
                .or(() -> book.matchPreamble(s, PhraseBook.Convention.UN))
                .or(() -> book.matchPreamblePrefix(s));
    }

    /** A phrase ends at a word's end; in ideographic text, where words are not spaced, anywhere. */
    private static boolean wordEnd(String s, int end) {
        return end >= s.length()
                || !Character.isLetterOrDigit(s.charAt(end))
                || end > 0 && Scripts.isIdeographic(s.charAt(end - 1));
    }

    /**
     * Whether a line is a label and nothing else ({@code 1.}, {@code (a)}), as {@code pdftotext}
     * gives the number of a list item a browser printed: the item's text follows on the next line.
     */
    static boolean bareLabel(String t) {
        String s = t.strip();
        if (s.isEmpty() || s.length() > 12 || s.chars().allMatch(Character::isDigit)) {
            return false;
        }
        Matcher m = LABEL.matcher(s + " ");
        return m.lookingAt() && m.end() == s.length() && !s.startsWith("-") && !s.startsWith("*");
    }

    /** @return the end of the label at the start of the line, or -1 */
    static int labelEnd(String t) {
        Matcher m = LABEL.matcher(t.length() > LOOK ? t.substring(0, LOOK) : t);
        return m.lookingAt() ? m.end() : -1;
    }
}

package org.resdom.io.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.resdom.lang.PhraseBook;
import org.resdom.lang.PhraseMatch;
import org.resdom.model.ActionKind;
import org.resdom.model.PreambleKind;

/**
 * Stage 1: decides for each line what it is, from its text and whatever layout the source knows
 * (zone, italics). Work per line is bounded: patterns are anchored and look at most
 * {@link #LOOK} characters.
 */
final class LineClassifier {

    static final int LOOK = 120;
    static final Pattern RULE = Pattern.compile("\\s*[_\u2014\u2013-]{5,}\\s*");
    static final Pattern JOB = Pattern.compile("\\s*(?:GE\\.)?\\d{2}-\\d{5}\\s*(?:\\([A-Z]\\))?(?:\\s+\\d{6,8})?\\s*"
            + "|\\s*\\*\\d{6,9}\\*\\s*");
    static final Pattern SYMBOL = Pattern.compile("\\s*[A-Z]{1,5}(?:/[A-Z0-9.]{1,12}){2,6}\\s*");
    static final Pattern PAGE = Pattern.compile("\\s*(?:\\d{1,4}\\s*/\\s*\\d{1,4}|\\d{1,4}|[-\u2013]\\s*\\d{1,4}\\s*[-\u2013]"
            + "|(?:Page|page)\\s+\\d{1,4}(?:\\s+of\\s+\\d{1,4})?)\\s*");
    static final Pattern FOOTNOTE = Pattern.compile("\\s*(\\d{1,3}|[*\u2020\u2021])[\\s\u00a0]+\\S.*");
    /**
     * Labels: {@code 1.}, {@code 1}, {@code 1bis.1}, {@code 9.3.8}, {@code a)}, {@code (a)}, {@code (iv)}, bullets;
     * as Arabic texts write them {@code 1-}, {@code (أ)} and Arabic-Indic digits {@code ١-}; as Russian texts
     * {@code а)}; as Chinese texts full-width {@code １．}, {@code （a）}, {@code （一）} and {@code 一、}, which
     * need no space after them. Bidi marks before a label belong to it.
     */
    static final Pattern LABEL = Pattern.compile("[\\s\\p{Cf}]*(?:(?:"
            + "\\d{1,3}(?:\\s?(?:bis|ter|quater|quinquies|sexies))?(?:\\.\\d{1,3}(?:\\s?(?:bis|ter|quater))?){0,4}[.-]?"
            + "|[\u0660-\u0669\u06f0-\u06f9]{1,3}[.-]?"
            + "|\\(?[a-z]{1,2}\\)|\\(?[ivxlc]{1,6}\\)|\\([A-Z]\\)|[A-Z]\\)"
            + "|\\(?[\u0430-\u044f]\\)|\\([\u0621-\u064a]{1,2}\\)"
            + ")(?=[\\s\u00a0])"
            + "|[\uff10-\uff19]{1,3}[\uff0e.]|[\u4e00\u4e8c\u4e09\u56db\u4e94\u516d\u4e03\u516b\u4e5d\u5341]{1,3}\u3001"
            + "|[(\uff08][\u4e00\u4e8c\u4e09\u56db\u4e94\u516d\u4e03\u516b\u4e5d\u5341]{1,3}[)\uff09]"
            + "|\uff08(?:[a-z\uff41-\uff5a]{1,2}|[\uff10-\uff19]{1,3})\uff09)"
            + "|[\\s\\p{Cf}]*[\u2022\u00b7\u25aa\u25e6\u2023\u25cf\u25cb\u25a0\u25a1*\u2013\u2014-](?=[\\s\u00a0])");

    /**
     * An English preamble paragraph whose phrase the tables do not know still opens with a
     * capitalised participle ("Reiterating") or an adverb and its adjective ("Gravely concerned").
     */
    static final Pattern PARTICIPLE = Pattern.compile("[A-Z][a-z]{2,}(?:ing\\b|ly [a-z]{3,}(?:ed|ing)\\b)");

    private LineClassifier() {
    }

    /**
     * @param lines the lines
     * @param book the phrases of the document's language
     * @return one kind per line
     */
    static List<LineKind> classify(List<LayoutLine> lines, PhraseBook book) {
        List<LineKind> kinds = new ArrayList<>(lines.size());
        boolean inNotes = false;
        int page = -1;
        for (int i = 0; i < lines.size(); i++) {
            LayoutLine l = lines.get(i);
            if (l.page() != page) {
                page = l.page();
                inNotes = false;
            }
            String t = l.text();
            if (t.indexOf('\f') >= 0) {
                inNotes = false;
                t = t.replace('\f', ' ');
            }
            LineKind k = kind(t, l, book, inNotes, i > 0 ? kinds.get(i - 1) : LineKind.BLANK);
            if (k == LineKind.RULE) {
                inNotes = true;
            } else if (k.furniture() && inNotes) {
                inNotes = false;
            }
            kinds.add(k);
        }
        footOfPage(lines, kinds);
        return kinds;
    }

    /**
     * Footnote bodies at the foot of a page with no rule above them (the rule of a PDF is a
     * drawing, which text extraction loses): a run of lines after a blank line, just before the
     * page's furniture or its end, whose numbered lines count up one by one.
     */
    static void footOfPage(List<LayoutLine> lines, List<LineKind> kinds) {
        int last = 0;
        int i = 0;
        int n = lines.size();
        while (i < n) {
            int page = lines.get(i).page();
            int j = i;
            while (j < n && lines.get(j).page() == page) {
                j++;
            }
            if (page > 0 && lines.get(i).zone() == LayoutLine.Zone.UNKNOWN) {
                last = footOfPage(lines, kinds, i, j, last);
            }
            i = j;
        }
    }

    private static int footOfPage(List<LayoutLine> lines, List<LineKind> kinds, int from, int to, int last) {
        int e = to - 1;
        while (e >= from && (kinds.get(e) == LineKind.BLANK || kinds.get(e).furniture())) {
            e--;
        }
        int best = -1;
        int next = -1;
        for (int i = e, seen = 0; i > from && seen < 40; i--, seen++) {
            if (kinds.get(i) == LineKind.BLANK) {
                break;
            }
            Matcher m = FOOTNOTE.matcher(lines.get(i).text());
            if (m.matches() && Character.isDigit(m.group(1).charAt(0))) {
                int v = Integer.parseInt(m.group(1));
                if (next >= 0 && v != next - 1) {
                    break;
                }
                next = v;
                boolean continues = last > 0 ? v == last + 1 : v <= 3;
                if (continues && (kinds.get(i - 1) == LineKind.BLANK || next == v || best < 0)) {
                    best = i;
                }
            } else if (kinds.get(i) == LineKind.LABELLED) {
                break;
            }
        }
        if (best < 0) {
            return last;
        }
        int top = 0;
        for (int i = best; i <= e; i++) {
            if (kinds.get(i) == LineKind.BLANK || kinds.get(i).furniture()) {
                continue;
            }
            Matcher m = FOOTNOTE.matcher(lines.get(i).text());
            boolean start = m.matches() && Character.isDigit(m.group(1).charAt(0))
                    && Integer.parseInt(m.group(1)) == (top == 0 ? Integer.parseInt(m.group(1)) : top + 1);
            if (start) {
                top = Integer.parseInt(m.group(1));
            }
            kinds.set(i, start ? LineKind.FOOTNOTE_START : LineKind.FOOTNOTE_MORE);
        }
        return top;
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
        if (l.zone() == LayoutLine.Zone.HEADER || l.zone() == LayoutLine.Zone.FOOTER) {
            return LineKind.RUNNING_HEAD;
        }
        if (inNotes || l.zone() == LayoutLine.Zone.FOOTNOTE) {
            return FOOTNOTE.matcher(head).matches() ? LineKind.FOOTNOTE_START : LineKind.FOOTNOTE_MORE;
        }
        if (LABEL.matcher(head).lookingAt()) {
            return LineKind.LABELLED;
        }
        String s = stripMarks(head);
        if (s.isEmpty()) {
            return LineKind.TEXT;
        }
        Optional<PhraseMatch<PreambleKind>> p = preamble(book, s);
        Optional<PhraseMatch<ActionKind>> a = p.isPresent() ? Optional.empty()
                : book.matchAction(s).or(() -> book.matchActionPrefix(s));
        int end = p.map(PhraseMatch::end).orElse(a.map(PhraseMatch::end).orElse(-1));
        if (end > 0 && wordEnd(s, end)) {
            String whole = stripMarks(t);
            String rest = whole.substring(Math.min(end, whole.length())).strip();
            boolean open = !rest.isEmpty() && Unwrapper.ENDS.indexOf(rest.charAt(rest.length() - 1)) < 0;
            boolean alone = rest.isEmpty() || rest.length() == 1 && ",:\u060c\uff0c\uff1a".indexOf(rest.charAt(0)) >= 0
                    || (open && rest.length() < (a.isPresent() ? 70 : 25)
                            / (Unwrapper.isIdeographic(s.charAt(0)) ? 2 : 1));
            char c = s.charAt(0);
            boolean cased = Character.isUpperCase(c) || Character.isLowerCase(c);
            if (alone && whole.length() < 90 && !Character.isUpperCase(c)) {
                return LineKind.PHRASE_HEAD;
            }
            if (!cased && p.isEmpty() && !l.startsItalic()) {
                return LineKind.ACTION_START;
            }
            if (Unwrapper.isIdeographic(c) && end < s.length() && !Character.isWhitespace(s.charAt(end))
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
        if (book.language() == org.resdom.model.Language.ENGLISH && PARTICIPLE.matcher(s).lookingAt()) {
            return LineKind.PHRASE_START;
        }
        return LineKind.TEXT;
    }

    /** @return the text without leading and trailing white space and without leading bidi marks */
    static String stripMarks(String t) {
        int i = 0;
        while (i < t.length() && (Character.isWhitespace(t.charAt(i)) || Character.isSpaceChar(t.charAt(i))
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
        return book.matchPreamble(s).or(() -> book.matchPreamble(s, PhraseBook.Convention.UN))
                .or(() -> book.matchPreamblePrefix(s));
    }

    /** A phrase ends at a word's end; in ideographic text, where words are not spaced, anywhere. */
    private static boolean wordEnd(String s, int end) {
        return end >= s.length() || !Character.isLetterOrDigit(s.charAt(end))
                || end > 0 && Unwrapper.isIdeographic(s.charAt(end - 1));
    }

    /** @return the end of the label at the start of the line, or -1 */
    static int labelEnd(String t) {
        Matcher m = LABEL.matcher(t.length() > LOOK ? t.substring(0, LOOK) : t);
        return m.lookingAt() ? m.end() : -1;
    }
}

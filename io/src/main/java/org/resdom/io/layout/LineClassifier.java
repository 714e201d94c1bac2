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
 * Stage 1: decides for each line what it is, from its text and whatever layout the source knows
 * (zone, italics). Work per line is bounded: patterns are anchored and look at most
 * {@link #LOOK} characters.
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
        java.util.Set<String> repeated = repeated(lines);
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
            if ((k == LineKind.TEXT || k == LineKind.PHRASE_START) && heading(t, vocab)) {
                k = LineKind.HEADING;
            } else if (k == LineKind.TEXT && !sections && seen < 40 && formula(t, vocab)) {
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
        for (int i = 0; i < lines.size(); i++) {
            LayoutLine l = lines.get(i);
            // a document symbol is a running head at the edge of a page only: inside a page of
            // paged text it is the end of a paragraph ("… in its report A/HRC/54/12.")
            if (kinds.get(i) == LineKind.RUNNING_HEAD
                    && l.page().isPresent()
                    && l.zone() == LayoutLine.Zone.UNKNOWN
                    && !edge(lines, i)) {
                kinds.set(i, LineKind.TEXT);
                ClassifierDiagnostics.symbolKept(lines.get(i), diags);
            }
        }
        List<LineKind> before = new ArrayList<>(kinds);
        footOfPage(lines, kinds);
        ClassifierDiagnostics.notes(lines, before, kinds, false, diags);
        java.util.Map<String, List<Integer>> recurring = new java.util.LinkedHashMap<>();
        java.util.Set<String> onPage = new java.util.HashSet<>();
        for (int i = 0; i < lines.size() && !repeated.isEmpty(); i++) {
            if (i > 0 && !lines.get(i).samePage(lines.get(i - 1))) {
                onPage.clear();
            }
            // after the footnotes: a body line such as "3 A/76/207." recurs at page feet too.
            // Only the first of a shape on a page: a title the browser prints in the page's head
            // (its own copy) is furniture, the document's own title below it on the first page is not
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
        // after the furniture: the endnotes of a printed page run on past its head and foot
        before = new ArrayList<>(kinds);
        endnotes(lines, kinds);
        ClassifierDiagnostics.notes(lines, before, kinds, true, diags);
        return kinds;
    }

    /**
     * Whether a line's text, white space aside, stands nowhere else in the document: a heading
     * so ({@code ANNEX 2 TO RESOLUTION 208}) opens a part at a page's top, its number another
     * than the headings of its shape on other pages; a running head repeats its text.
     */
    private static boolean once(List<LayoutLine> lines, int i) {
        String t = norm(lines.get(i).text());
        for (int j = 0; j < lines.size(); j++) {
            if (j != i
                    && lines.get(j).text().length() >= t.length()
                    && norm(lines.get(j).text()).equals(t)) {
                return false;
            }
        }
        return !t.isEmpty();
    }

    private static String norm(String t) {
        return t.replace('\f', ' ').strip().replaceAll("\\s+", " ");
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

    /**
     * Whether a line is a document or annex heading: a heading word of the language's tables
     * ({@code DOC_HEADING} followed by a number, {@code ANNEX_HEADING}) written in capitals, or
     * an annex word ({@code ANNEX}, {@code APPENDIX}) with at most a short number and nothing
     * else; never a line that ends a sentence part.
     */
    static boolean heading(String t, Vocabulary vocab) {
        String s = stripMarks(t);
        if (s.isEmpty() || s.length() > 200 || Unwrapper.ENDS.indexOf(s.charAt(s.length() - 1)) >= 0) {
            return false;
        }
        String n = PhraseBook.normalize(s);
        if (n.length() != s.length()) {
            return false;
        }
        int e = vocab.match(n, 0, "DOC_HEADING");
        boolean doc = e > 0;
        if (e < 0) {
            e = vocab.match(n, 0, "ANNEX_HEADING");
        }
        String word = e > 0 ? s.substring(0, e) : "";
        boolean cased = !word.toUpperCase(java.util.Locale.ROOT).equals(word.toLowerCase(java.util.Locale.ROOT));
        if (e > 0 && cased && word.equals(word.toUpperCase(java.util.Locale.ROOT))) {
            return !doc
                    || e + 1 < s.length() && Character.isWhitespace(s.charAt(e)) && Character.isDigit(s.charAt(e + 1));
        }
        if (e > 0 && !cased && doc) {
            // a script without case: nothing but the number and a parenthesis, "قرار 71 (دبي، 2018)"
            return CASELESS_HEADING.matcher(s.substring(e)).matches();
        }
        int a = vocab.match(n, 0, "ANNEX");
        if (a < 0) {
            a = vocab.match(n, 0, "APPENDIX");
        }
        if (a <= 0) {
            return false;
        }
        String rest = s.substring(a).strip();
        return rest.length() <= 4 && rest.chars().allMatch(Character::isLetterOrDigit);
    }

    private static final Pattern CASELESS_HEADING =
            Pattern.compile("\\s+\\d{1,4}(?:/\\d{1,4})?\\s*(?:\\([^)]{1,60}\\))?");

    /** Whether a line is an opening formula: capitalised, names a body, ends with a comma. */
    static boolean formula(String t, Vocabulary vocab) {
        String s = stripMarks(t);
        return s.length() > 10
                && s.length() < 240
                && Character.isUpperCase(s.charAt(0))
                && ",\u060c\uff0c".indexOf(s.charAt(s.length() - 1)) >= 0
                && vocab.bodyNamedInStems(PhraseBook.normalize(s)) != null;
    }

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
            if (!l.isBlank() && l.text().length() <= 2 * LOOK && edge(lines, i)) {
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
            if (!lines.get(j).isBlank() && !bareLabel(lines.get(j).text())) {
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
     * Footnote bodies at the foot of a page with no rule above them (the rule of a PDF is a
     * drawing, which text extraction loses): a run of lines after a blank line, just before the
     * page's furniture or its end, whose numbered lines count up one by one and each of whose
     * numbers is called on the page above it (a glued call-out, {@link Footnotes#find}). Without
     * the call-out a line that opens with a number ("1 December 2022, …", a wrapped date) is text.
     */
    static void footOfPage(List<LayoutLine> lines, List<LineKind> kinds) {
        int last = 0;
        int i = 0;
        int n = lines.size();
        while (i < n) {
            LayoutLine first = lines.get(i);
            int j = i;
            while (j < n && lines.get(j).samePage(first)) {
                j++;
            }
            if (first.page().isPresent() && first.zone() == LayoutLine.Zone.UNKNOWN) {
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
                if (!blankInBody(lines, kinds, from, i, next)) {
                    break;
                }
                continue;
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
        if (best < 0 || !calledEnough(lines, kinds, from, best, e)) {
            return last;
        }
        int top = 0;
        for (int i = best; i <= e; i++) {
            if (kinds.get(i) == LineKind.BLANK || kinds.get(i).furniture()) {
                continue;
            }
            Matcher m = FOOTNOTE.matcher(lines.get(i).text());
            boolean start = m.matches()
                    && Character.isDigit(m.group(1).charAt(0))
                    && Integer.parseInt(m.group(1)) == (top == 0 ? Integer.parseInt(m.group(1)) : top + 1);
            if (start) {
                top = Integer.parseInt(m.group(1));
            }
            kinds.set(i, start ? LineKind.FOOTNOTE_START : LineKind.FOOTNOTE_MORE);
        }
        return top;
    }

    /**
     * Whether the blank line at {@code b} stands inside a footnote body at a page's foot, as
     * {@code pdftotext} leaves one after a body's first line whose marker was raised: the line
     * after it goes on in lower case, and the line before it opens the body numbered one less
     * than the body below ({@code next}), or any body when none was seen yet.
     */
    private static boolean blankInBody(List<LayoutLine> lines, List<LineKind> kinds, int from, int b, int next) {
        if (b - 1 <= from || b + 1 >= lines.size() || kinds.get(b - 1) == LineKind.BLANK) {
            return false;
        }
        String after = stripMarks(lines.get(b + 1).text());
        if (after.isEmpty() || !Character.isLowerCase(after.charAt(0))) {
            return false;
        }
        Matcher m = FOOTNOTE.matcher(lines.get(b - 1).text());
        return m.matches()
                && Character.isDigit(m.group(1).charAt(0))
                && (next < 0 || Integer.parseInt(m.group(1)) == next - 1)
                && Unwrapper.CLAUSE_ENDS.indexOf(Unwrapper.last(lines.get(b - 1).text())) < 0;
    }

    /**
     * A numbered endnote as a browser prints an ordered list of notes: the list's own number,
     * then the note's marker, then its body ({@code 1. 2 A/76/207.}).
     */
    static final Pattern ENDNOTE = Pattern.compile("\\s*(\\d{1,3})\\.[\\s\u00a0]+(\\d{1,3})[\\s\u00a0]+\\S.*");
    /** A note's marker and body, the marker written with a dot or not ({@code 2 A/76/207.}, {@code 2. A/76/207.}). */
    static final Pattern NOTE = Pattern.compile("\\s*(\\d{1,3})\\.?[\\s\u00a0]+\\S.*");

    /** How many lines of one endnote body may run on after its first line. */
    private static final int ENDNOTE_LINES = 8;

    /**
     * Endnotes: footnote bodies printed together at the end of the document (as a browser prints
     * a page whose notes are a list after the text) rather than at the foot of each page. A run
     * of lines at the very end, blank lines and page furniture aside, whose markers count up one
     * by one, each body taking the lines after it, and at least half of whose markers are called
     * (glued, {@link Footnotes#find}) in the text before the run. The browser's list numbers
     * before the markers ({@code 1. 2 A/76/207.}, {@link LineKind#ENDNOTE_START}) are read when
     * they count up from one too; otherwise the number that opens the line is the marker
     * ({@code 2 A/76/207.}, {@code 2. A/76/207.}). Numbered operative paragraphs at the end count
     * up as well, but their numbers are not called in the text: they stay text.
     */
    static void endnotes(List<LayoutLine> lines, List<LineKind> kinds) {
        if (!endnotes(lines, kinds, true)) {
            endnotes(lines, kinds, false);
        }
    }

    private static boolean endnotes(List<LayoutLine> lines, List<LineKind> kinds, boolean listed) {
        List<Integer> starts = new ArrayList<>();
        List<String> markers = new ArrayList<>();
        int next = -1;
        int list = -1;
        int more = 0;
        for (int i = lines.size() - 1; i >= 0; i--) {
            LineKind k = kinds.get(i);
            if (k == LineKind.BLANK || k.furniture()) {
                continue;
            }
            String t = lines.get(i).text().replace('\f', ' ');
            Matcher m = (listed ? ENDNOTE : NOTE).matcher(t.length() > LOOK ? t.substring(0, LOOK) : t);
            if (m.matches()) {
                int v = Integer.parseInt(m.group(listed ? 2 : 1));
                int n = listed ? Integer.parseInt(m.group(1)) : -1;
                if (next >= 0 && v != next - 1 || listed && list >= 0 && n != list - 1) {
                    break;
                }
                starts.add(i);
                markers.add(m.group(listed ? 2 : 1));
                next = v;
                list = n;
                more = 0;
            } else if (k == LineKind.HEADING
                    || k == LineKind.FORMULA
                    || k == LineKind.RULE
                    || k == LineKind.LABELLED
                    || k == LineKind.PHRASE_HEAD
                    || k == LineKind.PHRASE_START
                    || k == LineKind.ACTION_START
                    || ++more > ENDNOTE_LINES) {
                // a paragraph's start is no line of a note: above the notes, or after them (no endnotes)
                if (starts.isEmpty()) {
                    return false;
                }
                break;
            }
        }
        if (starts.isEmpty() || listed && list != 1) {
            return false;
        }
        int top = starts.get(starts.size() - 1);
        char end = ' ';
        for (int i = top; i < lines.size(); i++) {
            LineKind k = kinds.get(i);
            if (k == LineKind.BLANK || k.furniture()) {
                continue;
            }
            if (!starts.contains(i) && Unwrapper.CLAUSE_ENDS.indexOf(end) >= 0) {
                // a note's body runs on after a line that does not end it; after an end, this is
                // text (a paragraph going on between notes at the feet of two pages): the notes
                // begin after it, if any
                int after = i;
                top = starts.stream()
                        .filter(x -> x > after)
                        .min(Integer::compare)
                        .orElse(-1);
                if (top < 0) {
                    return false;
                }
            }
            end = Unwrapper.last(lines.get(i).text());
        }
        for (int i = 0; i < top; i++) {
            LineKind k = kinds.get(i);
            if (k.note()
                    || k == LineKind.RULE
                    || Unwrapper.INLINE_NOTE.matcher(lines.get(i).text()).find()) {
                // the document sets its notes at the feet of its pages: their call-outs are theirs,
                // and numbered lines at its end are text
                return false;
            }
        }
        int called = 0;
        int count = 0;
        for (int j = 0; j < starts.size(); j++) {
            if (starts.get(j) >= top) {
                count++;
                if (called(lines, kinds, 0, top, markers.get(j))) {
                    called++;
                }
            }
        }
        if (called * 2 < count) {
            return false;
        }
        for (int i = top; i < lines.size(); i++) {
            LineKind k = kinds.get(i);
            if (k == LineKind.BLANK || k.furniture()) {
                continue;
            }
            kinds.set(
                    i,
                    !starts.contains(i)
                            ? LineKind.FOOTNOTE_MORE
                            : listed ? LineKind.ENDNOTE_START : LineKind.FOOTNOTE_START);
        }
        return true;
    }

    /**
     * Whether the numbers that count up in the run {@code [best, e]} are called on the page
     * above it: at least half of them (a call-out glued to a number, "2023" + 11, cannot be
     * seen), and so a single numbered line only when its number is called.
     */
    private static boolean calledEnough(List<LayoutLine> lines, List<LineKind> kinds, int from, int best, int e) {
        int starts = 0;
        int called = 0;
        int top = 0;
        for (int i = best; i <= e; i++) {
            Matcher m = FOOTNOTE.matcher(lines.get(i).text());
            if (kinds.get(i) == LineKind.BLANK
                    || kinds.get(i).furniture()
                    || !m.matches()
                    || !Character.isDigit(m.group(1).charAt(0))) {
                continue;
            }
            int v = Integer.parseInt(m.group(1));
            if (top != 0 && v != top + 1) {
                continue;
            }
            top = v;
            starts++;
            if (called(lines, kinds, from, best, m.group(1))) {
                called++;
            }
        }
        return starts > 0 && called * 2 >= starts;
    }

    /**
     * Whether a footnote marker is called (glued to a word or mark) in the text lines
     * {@code [from, to)} of a page: the evidence a numbered line at a page's foot needs to be a
     * footnote body.
     */
    static boolean called(List<LayoutLine> lines, List<LineKind> kinds, int from, int to, String marker) {
        for (int i = from; i < to; i++) {
            LineKind k = kinds.get(i);
            if (k == LineKind.BLANK || k.furniture() || k.note()) {
                continue;
            }
            if (Footnotes.find(lines.get(i).text().strip(), marker, 0) != null) {
                return true;
            }
        }
        return false;
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
            boolean open = !rest.isEmpty() && Unwrapper.ENDS.indexOf(rest.charAt(rest.length() - 1)) < 0;
            boolean alone = rest.isEmpty()
                    || rest.length() == 1 && ",:\u060c\uff0c\uff1a".indexOf(rest.charAt(0)) >= 0
                    || (open
                            && rest.length()
                                    < (a.isPresent() ? 70 : 25) / (Unwrapper.isIdeographic(s.charAt(0)) ? 2 : 1));
            char c = s.charAt(0);
            boolean cased = Character.isUpperCase(c) || Character.isLowerCase(c);
            if (alone && whole.length() < 90 && !Character.isUpperCase(c)) {
                return LineKind.PHRASE_HEAD;
            }
            if (!cased && p.isEmpty() && !l.startsItalic()) {
                return LineKind.ACTION_START;
            }
            if (Unwrapper.isIdeographic(c)
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
                || end > 0 && Unwrapper.isIdeographic(s.charAt(end - 1));
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

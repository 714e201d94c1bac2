package org.resdom.io.layout;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.resdom.io.text.internal.Vocabulary;
import org.resdom.lang.PhraseBook;
import org.resdom.model.Body;

/**
 * Stage 3: finds the opening formula ("The General Assembly,") and reads the masthead above it:
 * the adoption line ("Resolution adopted by the General Assembly on 10 October 2018") gives the
 * body and the date, the numbered title ("73/3. Title", perhaps wrapped) the number and title,
 * and a running head ({@code A/RES/73/3}, {@code A/HRC/RES/54/10}) the number when the title
 * has none. A masthead with none of these (an ITU heading) is left to the later stages.
 */
final class Masthead {

    static final int SEARCH = 80;
    /** The commas a formula ends with: Latin, Arabic, full-width. */
    private static final String COMMAS = ",\u060c\uff0c";

    static final Pattern TITLE = Pattern.compile("(\\d{1,3}/\\d{1,4})\\s*\\.\\s+(\\S.*)");
    static final Pattern SYMBOL = Pattern.compile("\\s*(A/(?:HRC/)?RES/)(?:[A-Z0-9-]+/)?(\\d{1,3}/\\d{1,4})\\s*");

    /** What the masthead says; {@code un} when it is a UN masthead the later stages must not see. */
    record Info(
            int formula,
            boolean un,
            Optional<Body> body,
            Optional<String> number,
            Optional<String> title,
            Optional<String> date,
            List<LayoutLine> lines) {
        static Info none() {
            return new Info(
                    0, false, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), List.of());
        }
    }

    private Masthead() {}

    static Info read(List<LayoutLine> lines, List<LineKind> kinds, Vocabulary vocab) {
        int formula = -1;
        int seen = 0;
        for (int i = 0; i < lines.size() && seen < SEARCH; i++) {
            LineKind k = kinds.get(i);
            if (k == LineKind.BLANK || k.furniture()) {
                continue;
            }
            seen++;
            String t = lines.get(i).text().strip();
            if (!t.isEmpty()
                    && COMMAS.indexOf(t.charAt(t.length() - 1)) >= 0
                    && t.length() < 240
                    && !Character.isLowerCase(t.charAt(0))
                    && (k == LineKind.TEXT || k == LineKind.PHRASE_START || k == LineKind.FORMULA)
                    && vocab.bodyNamedInStems(PhraseBook.normalize(t)) != null
                    && adoption(t, vocab) == null) {
                formula = i;
                break;
            }
        }
        if (formula <= 0) {
            return Info.none();
        }
        Body body = null;
        String number = null;
        StringBuilder title = null;
        String date = null;
        List<LayoutLine> mast = new ArrayList<>();
        for (int i = 0; i < formula; i++) {
            LineKind k = kinds.get(i);
            if (k == LineKind.BLANK) {
                if (title != null) {
                    title = finish(title);
                }
                continue;
            }
            LayoutLine l = lines.get(i);
            String t = l.text().replace('\f', ' ').strip();
            Matcher sym = SYMBOL.matcher(t);
            if (sym.matches() && number == null) {
                number = sym.group(2);
                body = sym.group(1).contains("HRC") ? Body.UN_HRC : Body.UN_GA;
            }
            if (k.furniture()) {
                continue;
            }
            mast.add(l);
            Matcher n = TITLE.matcher(t);
            String[] adopted = adoption(t, vocab);
            if (adopted != null) {
                body = adopted[0] != null ? Body.valueOf(adopted[0]) : body;
                date = adopted[1] != null ? adopted[1] : date;
            } else if (n.matches() && t.length() < 400) {
                number = n.group(1);
                title = new StringBuilder(n.group(2));
            } else if (title != null && title.charAt(title.length() - 1) != '\u0000') {
                title.append(' ').append(t);
            }
        }
        if (body == null && number == null && date == null) {
            return new Info(
                    formula, false, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), List.of());
        }
        String tt =
                title == null ? null : title.toString().replace("\u0000", "").strip();
        return new Info(
                formula,
                true,
                Optional.ofNullable(body),
                Optional.ofNullable(number),
                Optional.ofNullable(tt),
                Optional.ofNullable(date),
                List.copyOf(mast));
    }

    private static StringBuilder finish(StringBuilder title) {
        if (title.length() > 0 && title.charAt(title.length() - 1) != '\u0000') {
            title.append('\u0000');
        }
        return title;
    }

    /**
     * An adoption line in any of the six languages, from the phrase tables: it opens with an
     * {@code ADOPTED_LINE} word ("Résolution adoptée par", "Резолюция, принятая"; in Chinese the
     * words close the line, "…通过的决议"), names a body and gives a date, day, month name
     * ({@code MONTH_01}…{@code MONTH_12}, after "de" in Spanish) and year, or {@code 2023年10月11日}.
     *
     * @param line a line of the masthead
     * @param vocab the vocabulary of the document's language
     * @return {body name or null, ISO date or null}, or null when the line is no adoption line
     */
    static String[] adoption(String line, Vocabulary vocab) {
        if (line.length() > 240) {
            return null;
        }
        boolean opens = false;
        for (String w : vocab.words("ADOPTED_LINE")) {
            if (normalizedAt(line, 0, w) || (Vocabulary.isHan(w.charAt(0)) && normalizedIn(line, w))) {
                opens = true;
                break;
            }
        }
        if (!opens) {
            return null; // asked of many lines: the line is normalized only once it opens as an adoption line
        }
        String n = PhraseBook.normalize(line);
        Body b = vocab.bodyNamedInStems(n);
        String date = hanDate(n);
        for (int i = 0; i < n.length() && date == null; i++) {
            if (isDigit(n.charAt(i)) && (i == 0 || !isDigit(n.charAt(i - 1)))) {
                date = wordDate(n, i, vocab);
            }
        }
        if (b == null && date == null) {
            return null;
        }
        return new String[] {b == null ? null : b.name(), date};
    }

    /** @return whether the line, normalized, has the (normalized) word at {@code at} */
    private static boolean normalizedAt(String line, int at, String w) {
        if (at + w.length() > line.length()) {
            return false;
        }
        for (int k = 0; k < w.length(); k++) {
            if (PhraseBook.normalize(line.charAt(at + k)) != w.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** @return whether the line, normalized, contains the word, which opens with a Han character (normalized as itself) */
    private static boolean normalizedIn(String line, String w) {
        for (int i = line.indexOf(w.charAt(0)); i >= 0; i = line.indexOf(w.charAt(0), i + 1)) {
            if (normalizedAt(line, i, w)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** {@code 2023年10月11日}. */
    private static String hanDate(String n) {
        int y = n.indexOf('年');
        if (y < 4 || !digits(n, y - 4, y)) {
            return null;
        }
        int m = n.indexOf('月', y);
        int d = m < 0 ? -1 : n.indexOf('日', m);
        if (m < 0
                || d < 0
                || m - y < 2
                || m - y > 3
                || d - m < 2
                || d - m > 3
                || !digits(n, y + 1, m)
                || !digits(n, m + 1, d)) {
            return null;
        }
        return date(
                Integer.parseInt(n.substring(y - 4, y)),
                Integer.parseInt(n.substring(y + 1, m)),
                Integer.parseInt(n.substring(m + 1, d)));
    }

    private static boolean digits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!isDigit(s.charAt(i))) {
                return false;
            }
        }
        return to > from;
    }

    /** Day at {@code at}, then the month name, then the year. */
    private static String wordDate(String n, int at, Vocabulary vocab) {
        int e = at;
        while (e < n.length() && e - at < 2 && isDigit(n.charAt(e))) {
            e++;
        }
        if (e < n.length() && isDigit(n.charAt(e))) {
            return null;
        }
        int day = Integer.parseInt(n.substring(at, e));
        int p = e;
        while (p < n.length() && n.charAt(p) == ' ') {
            p++;
        }
        if (n.startsWith("de ", p)) {
            p += 3;
        }
        for (int month = 1; month <= 12; month++) {
            for (String w : vocab.words(String.format(Locale.ROOT, "MONTH_%02d", month))) {
                int end = p + w.length();
                if (n.startsWith(w, p) && (end >= n.length() || !Character.isLetter(n.charAt(end)))) {
                    int q = end;
                    while (q < n.length() && q - end < 5 && !isDigit(n.charAt(q))) {
                        q++;
                    }
                    if (q + 4 <= n.length()
                            && digits(n, q, q + 4)
                            && (q + 4 == n.length() || !isDigit(n.charAt(q + 4)))) {
                        return date(Integer.parseInt(n.substring(q, q + 4)), month, day);
                    }
                    return null;
                }
            }
        }
        return null;
    }

    private static String date(int year, int month, int day) {
        try {
            return LocalDate.of(year, month, day).toString();
        } catch (java.time.DateTimeException ex) {
            return null;
        }
    }

    /**
     * @param furniture lines set aside as running heads
     * @return the number and body a running head gives, when the masthead gave none
     */
    static Optional<String[]> fromRunningHead(List<Unwrapper.Furniture> furniture) {
        for (Unwrapper.Furniture f : furniture) {
            Matcher m = SYMBOL.matcher(f.text());
            if (m.matches()) {
                return Optional.of(new String[] {m.group(2), m.group(1).contains("HRC") ? "UN_HRC" : "UN_GA"});
            }
        }
        return Optional.empty();
    }
}

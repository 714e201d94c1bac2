package org.resdom.cite;

import java.util.ArrayList;
import java.util.List;
import org.resdom.model.Language;

/** Splits normalised text into tokens in one pass; keywords come from the vocabulary's trie. */
final class Tokenizer {

    /** The longest UN document symbol read, in characters. */
    private static final int MAX_SYMBOL = 80;

    private static final String PUNCT = ",;:.()[]-/\"'«»“”„《》";

    private final Vocabulary v;
    private final Normalized t;
    private final char[] n;
    private final int len;
    /** Each character of {@link #PUNCT} as a string, made once. */
    private static final String[] PUNCT_VALUES =
            PUNCT.chars().mapToObj(c -> String.valueOf((char) c)).toArray(String[]::new);

    private static final String[] SUFFIXES = {"bis", "ter", "quater"};

    private final List<Token> out;
    private final boolean arabic;

    private Tokenizer(Vocabulary v, Normalized t) {
        this.v = v;
        this.arabic = v.language == Language.ARABIC || v.language == Language.UNDETERMINED;
        this.t = t;
        this.n = t.n;
        this.len = t.length;
        this.out = new ArrayList<>(len / 5 + 8); // about a token for every five characters
    }

    static List<Token> tokens(Vocabulary v, Normalized t) {
        Tokenizer k = new Tokenizer(v, t);
        k.run();
        return k.out;
    }

    private void run() {
        int i = 0;
        while (i < len) {
            char c = n[i];
            if (c == ' ') {
                i++;
            } else if (c >= '0' && c <= '9') {
                Trie.Match<Vocabulary.Entry> m =
                        i == 0 || !Normalized.isLetterOrDigit(n[i - 1]) || Normalized.isHan(n[i - 1])
                                ? v.trie.longest(t, i)
                                : null;
                if (m != null && m.value().instrument() != null) {
                    out.add(new Token(Token.Type.KW, i, m.end(), m.value(), null));
                    i = m.end();
                } else {
                    i = number(i);
                }
            } else if (Normalized.isLetter(c)) {
                i = letters(i);
            } else {
                int p = PUNCT.indexOf(c);
                if (p >= 0) {
                    out.add(new Token(Token.Type.PUNCT, i, i + 1, null, PUNCT_VALUES[p]));
                }
                i++;
            }
        }
    }

    private boolean upper(int i) {
        return i < len && Character.isUpperCase(t.sourceChar(i));
    }

    private boolean digit(int i) {
        return i < len && n[i] >= '0' && n[i] <= '9';
    }

    private boolean latin(int i) {
        return i < len && n[i] >= 'a' && n[i] <= 'z';
    }

    private int digits(int i) {
        while (digit(i)) {
            i++;
        }
        return i;
    }

    private int letters(int i) {
        boolean wordStart = i == 0
                || !Normalized.isLetter(n[i - 1])
                || Normalized.isHan(n[i - 1])
                || Normalized.isHan(n[i])
                || arabic && n[i - 1] == '\u0648' && latin(i); // "وA/HRC/54/2": after the conjunction
        if (wordStart && arabic) {
            int e = arabicSpecial(i);
            if (e > 0) {
                return e;
            }
            if (n[i] == '\u0648' && latin(i + 1) && upper(i + 1)) {
                // "وCorr.1", "وA/HRC/54/2": the conjunction و glued to a symbol is a word of its own
                Vocabulary.Entry and = v.phrase("\u0648");
                if (and != null) {
                    out.add(new Token(Token.Type.KW, i, i + 1, and, null));
                    return i + 1;
                }
            }
        }
        if (latin(i) && upper(i) && (i == 0 || !latin(i - 1) && !digit(i - 1))) {
            int e = corrigendum(i);
            if (e > 0) {
                return e;
            }
        }
        if (wordStart && latin(i) && upper(i)) {
            int e = symbol(i);
            if (e > 0) {
                return e;
            }
            e = special(i);
            if (e > 0) {
                return e;
            }
            e = recId(i);
            if (e > 0) {
                return e;
            }
        }
        if (wordStart) {
            Trie.Match<Vocabulary.Entry> m = v.trie.longest(t, i);
            int from = i;
            for (int k = 0;
                    m == null
                            && k < 2
                            && v.language == Language.ARABIC
                            && from + 1 < len
                            && "\u0648\u0628\u0644\u0641\u0643".indexOf(n[from]) >= 0
                            && Normalized.isLetter(n[from + 1]);
                    k++) {
                if (n[from] == '\u0644' && n[from + 1] == '\u0644') {
                    // "للإعلان العالمي", "وللعهد الدولي": the preposition ل before the article ال drops
                    // its alif; the phrase is the table's with ال, read from the article's ل
                    m = v.trie.longestAfter('\u0627', t, from + 1);
                    if (m != null) {
                        from++;
                        break;
                    }
                }
                from++;
                m = v.trie.longest(t, from);
            }
            if (m != null) {
                out.add(new Token(Token.Type.KW, from, m.end(), m.value(), null));
                return m.end();
            }
        }
        if (Normalized.isHan(n[i])) {
            out.add(new Token(Token.Type.WORD, i, i + 1, null, null));
            return i + 1;
        }
        int e = i;
        while (e < len && Normalized.isWordLetter(n[e])) {
            e++;
        }
        out.add(new Token(Token.Type.WORD, i, e, null, null));
        return e;
    }

    /** {@code A/HRC/55/2}, {@code A/AC.105/1137}, {@code S/RES/2626(2022)}: a UN series, then slashes. */
    private int symbol(int i) {
        int e = i;
        while (latin(e) && upper(e)) {
            e++;
        }
        if (e >= len || n[e] != '/' || !Vocabulary.isSeries(t.source(i, e))) {
            return -1;
        }
        int p = e;
        boolean digits = false;
        int lastGood = -1;
        while (p < len && p - i < MAX_SYMBOL) { // bounded: "A/A/A/…" is read in linear time
            char c = n[p];
            if (c == '/' || c == '.' || c == '-') {
                if (p + 1 < len && (latin(p + 1) || digit(p + 1))) {
                    p++;
                    continue;
                }
                break;
            }
            if (digit(p)) {
                digits = true;
                p++;
                lastGood = p;
            } else if (latin(p)) {
                p++;
                lastGood = p;
            } else if (c == '(' && digit(p + 1)) {
                int q = digits(p + 1);
                if (q < len && n[q] == ')') {
                    p = q + 1;
                    lastGood = p;
                } else {
                    break;
                }
            } else {
                break;
            }
        }
        if (!digits || lastGood < 0 || (lastGood < len && Normalized.isWordLetterOrDigit(n[lastGood]))) {
            return -1; // "A/HRC/54/2x" is no symbol; "A/HRC/54/L.1号决议": a Chinese character ends it
        }
        String value = t.ident(i, lastGood);
        int pe = value.contains("/RES/") ? symbolParts(lastGood) : -1;
        if (pe > 0) {
            int[] end = {pe};
            value += parts(end);
            lastGood = end[0];
        }
        out.add(new Token(Token.Type.SYMBOL, i, lastGood, null, value));
        return lastGood;
    }

    /** The suffixes of a document symbol that may stand alone after it: a corrigendum, an addendum, a revision. */
    private static final String[] SYMBOL_SUFFIXES = {"corr.", "add.", "rev."};

    /**
     * {@code Corr.1} (also {@code Add.1}, {@code Rev.1}) right after a symbol and "and" or a comma
     * ({@code A/61/636-S/2006/980 and Corr.1}, {@code …和Corr.1}): the corrigendum of that document,
     * a symbol of its own ({@code A/61/636-S/2006/980/Corr.1}); a suffix of the same kind as the
     * symbol's last part takes its place ({@code A/1/Corr.1 and Corr.2}: {@code A/1/Corr.2}).
     */
    private int corrigendum(int i) {
        String base = null;
        for (int back = out.size() - 1, seen = 0; back >= 0 && seen <= 2; back--, seen++) {
            Token prev = out.get(back);
            if (prev.type() == Token.Type.SYMBOL) {
                base = prev.value();
                break;
            }
            if (!(prev.is("AND") || prev.punct(','))) {
                return -1;
            }
        }
        if (base == null) {
            return -1;
        }
        for (String suffix : SYMBOL_SUFFIXES) {
            int e = i + suffix.length();
            if (e < len && startsWith(i, suffix) && digit(e)) {
                int d = digits(e);
                if (d < len && Normalized.isWordLetterOrDigit(n[d]) && !Normalized.isHan(n[d])) {
                    return -1; // "Corr.1x"
                }
                String own = t.ident(i, d);
                String kind = own.substring(0, suffix.length());
                int slash = base.lastIndexOf('/');
                String stem = slash > 0 && base.substring(slash + 1).regionMatches(true, 0, kind, 0, kind.length())
                        ? base.substring(0, slash)
                        : base;
                out.add(new Token(Token.Type.SYMBOL, i, d, null, stem + "/" + own));
                return d;
            }
        }
        return -1;
    }

    /** {@code S-31/1}, {@code ES-10/15}. */
    private int special(int i) {
        int p = i;
        if (n[p] == 'e' && p + 1 < len && n[p + 1] == 's' && upper(p + 1)) {
            p++;
        }
        if (n[p] != 's' || !upper(p) || p + 1 >= len || n[p + 1] != '-' || !digit(p + 2)) {
            return -1;
        }
        int a = digits(p + 2);
        if (a >= len || n[a] != '/' || !digit(a + 1)) {
            return -1;
        }
        int b = digits(a + 1);
        if (b < len && (Character.isLetterOrDigit(n[b]) && !Normalized.isHan(n[b]) || n[b] == '/')) {
            return -1; // "第S-31/1号": a Chinese character ends the number
        }
        out.add(new Token(Token.Type.UNNUM, i, b, null, t.ident(i, b)));
        return b;
    }

    /**
     * Arabic special sessions: {@code دإ-31/1} is {@code S-31/1}, {@code دإط-10/15} (an emergency
     * special session) {@code ES-10/15}; a leading {@code و} ("and") is a token of its own.
     */
    private int arabicSpecial(int i) {
        int p = i;
        if (n[p] == '\u0648' && p + 1 < len && n[p + 1] == '\u062F') {
            p++;
        }
        if (n[p] != '\u062F' || p + 2 >= len || n[p + 1] != '\u0627') {
            return -1;
        }
        boolean emergency = n[p + 2] == '\u0637';
        int q = emergency ? p + 3 : p + 2;
        if (q >= len || n[q] != '-' || !digit(q + 1)) {
            return -1;
        }
        int a = digits(q + 1);
        if (a >= len || n[a] != '/' || !digit(a + 1)) {
            return -1;
        }
        int b = digits(a + 1);
        if (b < len && (Normalized.isLetterOrDigit(n[b]) || n[b] == '/')) {
            return -1;
        }
        Vocabulary.Entry and = v.phrase("\u0648");
        if (p > i && and != null) {
            out.add(new Token(Token.Type.KW, i, p, and, null));
        }
        out.add(new Token(Token.Type.UNNUM, p, b, null, (emergency ? "ES-" : "S-") + t.ident(q + 1, b)));
        return b;
    }

    /** {@code X.509}, {@code E.164.1}, {@code A.1}. */
    private int recId(int i) {
        int p = i;
        while (latin(p) && upper(p) && p - i < 3) {
            p++;
        }
        if (p >= len || n[p] != '.' || !digit(p + 1)) {
            return -1;
        }
        while (p < len && n[p] == '.' && digit(p + 1)) {
            p = digits(p + 1);
        }
        if (p < len && Normalized.isLetterOrDigit(n[p]) && !Normalized.isHan(n[p])) {
            return -1; // "X.509a" is no identifier; "D.50建议书" is one, the kind word after it
        }
        out.add(new Token(Token.Type.RECID, i, p, null, t.ident(i, p)));
        return p;
    }

    private int number(int i) {
        int a = digits(i);
        int d1 = a - i;
        boolean afterSlash = i > 0 && (n[i - 1] == '/' || n[i - 1] == '.');
        if (a < len && n[a] == '/' && digit(a + 1)) {
            int b = digits(a + 1);
            int pe = part(b);
            boolean more = pe < 0 && b < len && (n[b] == '/' || latin(b) || (n[b] == '.' && digit(b + 1)));
            if (!more && !afterSlash && d1 <= 4 && b - a - 1 <= 4 && n[i] != '0') {
                String value = t.ident(i, b);
                if (arabic && d1 == 3 && b - a - 1 <= 2 && n[a + 1] != '0') {
                    // "قرارات الجمعية العامة 149/62": Arabic typing reverses the parts of 62/149; no UN
                    // session has three digits, so the number is read the way its symbol writes it
                    value = t.ident(a + 1, b) + "/" + t.ident(i, a);
                }
                if (pe > 0) {
                    // "59/113 A", "59/113A", "75/257 باء": the part joins the number as in the symbol, A/RES/59/113A;
                    // "59/113 A and B", "59/113 A-B": the parts as the symbol writes them, A/RES/59/113A-B
                    int[] end = {pe};
                    value += parts(end);
                    b = end[0];
                }
                out.add(new Token(Token.Type.UNNUM, i, b, null, value));
                return b;
            }
            return other(i);
        }
        if (a < len && (n[a] == '.' || n[a] == ',' && t.sourceChar(a) != '\u3001' || n[a] == ':') && digit(a + 1)) {
            return other(i); // "69.2", "1,000"; not "第70、71号": the enumeration comma of Chinese
        }
        if (afterSlash || d1 > 4) {
            return other(i);
        }
        // Security Council: 2626 (2022); old General Assembly: 2200 A (XXI), 1514 (XV)
        int p = a < len && n[a] == ' ' ? a + 1 : a;
        if (p < len && n[p] == '(' && digit(p + 1)) {
            int y = digits(p + 1);
            if (y - p - 1 == 4 && y < len && n[y] == ')') {
                out.add(new Token(Token.Type.SCNUM, i, y + 1, null, t.ident(i, a) + " (" + t.ident(p + 1, y) + ")"));
                return y + 1;
            }
        }
        int q = p;
        String letter = null;
        if (p > a && latin(p) && upper(p) && p + 2 < len && n[p + 1] == ' ' && n[p + 2] == '(') {
            letter = t.ident(p, p + 1);
            q = p + 2;
        } else if (p > a && arabic) {
            for (int k = 0; k < ARABIC_PARTS.length; k++) {
                if (startsWith(p, ARABIC_PARTS[k]) && p + 4 < len && n[p + 3] == ' ' && n[p + 4] == '(') {
                    letter = String.valueOf((char) ('A' + k)); // "2106 ألف (د-20)": part A
                    q = p + 4;
                }
            }
        }
        int e0 = oldSession(i, a, q, letter);
        if (e0 > 0) {
            return e0;
        }
        // ITU numbers: 70, 191A, 12bis
        int e = a;
        if (latin(e) && upper(e) && !(e + 1 < len && Normalized.isWordLetter(n[e + 1]))) {
            e++;
        } else {
            for (String suffix : SUFFIXES) {
                int s = e < len && n[e] == ' ' ? e + 1 : e;
                if (startsWith(s, suffix)
                        && !(s + suffix.length() < len && Normalized.isLetter(n[s + suffix.length()]))) {
                    e = s + suffix.length();
                    break;
                }
            }
        }
        if (e < len && Normalized.isWordLetter(n[e])) {
            return other(i);
        }
        out.add(new Token(Token.Type.NUM, i, e, null, t.ident(i, e)));
        return e;
    }

    /**
     * The part letter of a UN resolution after its number at {@code b} ({@code 59/113 A},
     * {@code 59/113A}, in Arabic {@code 59/113 ألف}): the end of the letter, or -1.
     */
    private int part(int b) {
        int q = b < len && n[b] == ' ' ? b + 1 : b;
        if (q < len
                && n[q] >= 'a'
                && n[q] <= 'h'
                && upper(q)
                && (boundary(q + 1) || q + 1 < len && n[q + 1] == '-' && isPart(q + 2))) {
            return q + 1; // "59/113 A", "59/113 A-B"
        }
        if (arabic && q > b) {
            for (String w : ARABIC_PARTS) {
                if (startsWith(q, w) && boundary(q + w.length())) {
                    return q + w.length();
                }
            }
        }
        return -1;
    }

    /**
     * The part letters from the one ending at {@code end[0]} on, as the UN's symbol writes them:
     * {@code A}, {@code A-C} for a run, {@code A,C} otherwise; {@code end[0]} is set to the end of the last.
     */
    private String parts(int[] end) {
        int pe = end[0];
        char first = letterOf(pe);
        char last = first;
        StringBuilder parts = new StringBuilder().append(first);
        boolean runs = true;
        for (int q = morePart(pe); q > 0; q = morePart(pe)) {
            char c = letterOf(q);
            runs &= c == last + 1;
            parts.append(',').append(c);
            last = c;
            pe = q;
        }
        end[0] = pe;
        return first == last ? String.valueOf(first) : runs ? first + "-" + last : parts.toString();
    }

    /**
     * The parts written after a resolution's symbol with a space ({@code A/RES/59/113 A-B},
     * {@code A/RES/59/113 A and B}; one part, {@code A/RES/59/113 A}, only before punctuation or
     * the end, not before a word): their end, or -1.
     */
    private int symbolParts(int e) {
        if (e >= len || n[e] != ' ' || !digit(e - 1)) {
            return -1;
        }
        int pe = part(e);
        if (pe < 0) {
            return -1;
        }
        if (morePart(pe) > 0 || (pe < len && n[pe] == '-')) {
            return pe;
        }
        int q = pe;
        while (q < len && n[q] == ' ') {
            q++;
        }
        return q >= len || ",;.)".indexOf(n[q]) >= 0 ? pe : -1;
    }

    /** @return the Latin letter (upper case) of the part letter or Arabic part word ending at {@code pe} */
    private char letterOf(int pe) {
        if (n[pe - 1] >= 'a' && n[pe - 1] <= 'h') {
            return Character.toUpperCase(n[pe - 1]);
        }
        String l = partLetter(pe);
        return l.isEmpty() ? '?' : l.charAt(0);
    }

    /**
     * Another part letter after the part ending at {@code pe}: after {@code -}, a comma, the word
     * "and" of the language ({@code A and B}, {@code A et B}, {@code A和B}, {@code ألف وباء}) or a
     * comma and "and" ({@code A, B and C}).
     *
     * @return the end of the next part letter, or -1
     */
    private int morePart(int pe) {
        int p = pe;
        if (p < len && n[p] == '-') {
            p++;
            return isPart(p) ? partEnd(p) : -1;
        }
        int q = p < len && n[p] == ' ' ? p + 1 : p;
        boolean sep = false;
        if (q < len && (n[q] == ',' || n[q] == '、')) {
            sep = true;
            q++;
            q = q < len && n[q] == ' ' ? q + 1 : q;
        }
        if (arabic && q < len && n[q] == 'و' && isPart(q + 1)) {
            return partEnd(q + 1); // "ألف وباء": the conjunction is written on the word
        }
        Trie.Match<Vocabulary.Entry> m = q < len ? v.trie.longest(t, q) : null;
        if (m != null && m.value().is("AND")) {
            sep = true;
            q = m.end();
            q = q < len && n[q] == ' ' ? q + 1 : q;
        }
        return sep && isPart(q) ? partEnd(q) : -1;
    }

    private boolean isPart(int q) {
        return partEnd(q) > 0;
    }

    /** @return the end of a part letter that starts at {@code q} (no space before it), or -1 */
    private int partEnd(int q) {
        if (q < len && n[q] >= 'a' && n[q] <= 'h' && upper(q) && boundary(q + 1)) {
            return q + 1;
        }
        if (arabic) {
            for (String w : ARABIC_PARTS) {
                if (startsWith(q, w) && boundary(q + w.length())) {
                    return q + w.length();
                }
            }
        }
        return -1;
    }

    /** Whether a part letter may end at {@code e}: no letter, digit, slash or decimal point follows. */
    private boolean boundary(int e) {
        return e >= len
                || !(Character.isLetterOrDigit(n[e]) && !Normalized.isHan(n[e])
                        || n[e] == '/'
                        || n[e] == '.' && digit(e + 1)
                        || n[e] == '-');
    }

    /** @return the Latin letter of the Arabic part word ending at {@code pe} */
    private String partLetter(int pe) {
        for (int k = 0; k < ARABIC_PARTS.length; k++) {
            String w = ARABIC_PARTS[k];
            if (pe - w.length() >= 0 && startsWith(pe - w.length(), w)) {
                return String.valueOf((char) ('A' + k));
            }
        }
        return "";
    }

    /** The letters that name the parts of an old General Assembly resolution in Arabic: ألف باء جيم دال. */
    private static final String[] ARABIC_PARTS = {
        "\u0627\u0644\u0641", "\u0628\u0627\u0621", "\u062C\u064A\u0645", "\u062F\u0627\u0644"
    };

    /**
     * The session of old UN numbering at {@code q} ({@code (XXI)}, {@code (S-VI)}, in Arabic
     * {@code (د-21)} and {@code (دإ-6)}): the token's value is the number as the UN's symbol writes
     * it, {@code 2200 A (XXI)}, whatever the language.
     *
     * @return the end, or -1
     */
    private int oldSession(int i, int a, int q, String letter) {
        if (q >= len || n[q] != '(') {
            return -1;
        }
        int r = q + 1;
        boolean special = false;
        String session;
        if (r + 1 < len && n[r] == 's' && upper(r) && n[r + 1] == '-') {
            special = true;
            r += 2;
        }
        if (r < len && "ivxl".indexOf(n[r]) >= 0 && upper(r)) {
            int s0 = r;
            while (r < len && r - s0 < 8 && "ivxl".indexOf(n[r]) >= 0 && upper(r)) {
                r++;
            }
            session = t.ident(s0, r);
        } else if (arabic
                && r + 1 < len
                && n[r] == '\u062F'
                && (n[r + 1] == '-' || r + 2 < len && n[r + 1] == '\u0627' && n[r + 2] == '-')
                && !special) {
            special = n[r + 1] == '\u0627';
            r += special ? 3 : 2;
            int s0 = r;
            r = digits(r);
            if (r == s0 || r - s0 > 2) {
                return -1;
            }
            session = roman(Integer.parseInt(t.ident(s0, r)));
        } else {
            return -1;
        }
        if (r >= len || n[r] != ')') {
            return -1;
        }
        String value =
                t.ident(i, a) + (letter == null ? "" : " " + letter) + " (" + (special ? "S-" : "") + session + ")";
        out.add(new Token(Token.Type.OLDGA, i, r + 1, null, value));
        return r + 1;
    }

    /** @return a session number in Roman numerals, as the UN writes old sessions */
    static String roman(int x) {
        int[] values = {100, 90, 50, 40, 10, 9, 5, 4, 1};
        String[] letters = {"C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < values.length; k++) {
            while (x >= values[k]) {
                sb.append(letters[k]);
                x -= values[k];
            }
        }
        return sb.toString();
    }

    private boolean startsWith(int p, String s) {
        if (p + s.length() > len) {
            return false;
        }
        for (int k = 0; k < s.length(); k++) {
            if (n[p + k] != s.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private int other(int i) {
        int e = i;
        while (e < len
                && (Normalized.isWordLetterOrDigit(n[e])
                        || ((n[e] == '/' || n[e] == '.' || n[e] == ',' && t.sourceChar(e) != '\u3001' || n[e] == ':')
                                && e + 1 < len
                                && Normalized.isWordLetterOrDigit(n[e + 1])))) {
            e++;
        }
        out.add(new Token(Token.Type.OTHERNUM, i, e, null, t.source(i, e)));
        return e;
    }
}

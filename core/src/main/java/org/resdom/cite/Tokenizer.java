package org.resdom.cite;

import java.util.ArrayList;
import java.util.List;
import org.resdom.model.Language;

/** Splits normalised text into tokens in one pass; keywords come from the vocabulary's trie. */
final class Tokenizer {

    private static final String PUNCT = ",;:.()[]-/\"'«»“”„《》";

    private final Vocabulary v;
    private final Normalized t;
    private final char[] n;
    private final int len;
    /** Each character of {@link #PUNCT} as a string, made once. */
    private static final String[] PUNCT_VALUES = PUNCT.chars().mapToObj(c -> String.valueOf((char) c))
            .toArray(String[]::new);
    private static final String[] SUFFIXES = {"bis", "ter", "quater"};

    private final List<Token> out;

    private Tokenizer(Vocabulary v, Normalized t) {
        this.v = v;
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
                Trie.Match<Vocabulary.Entry> m = i == 0 || !Normalized.isLetterOrDigit(n[i - 1]) || Normalized.isHan(n[i - 1]) ? v.trie.longest(t, i) : null;
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
        boolean wordStart = i == 0 || !Normalized.isLetter(n[i - 1]) || Normalized.isHan(n[i - 1]) || Normalized.isHan(n[i]);
        if (wordStart && upper(i) && latin(i)) {
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
            for (int k = 0; m == null && k < 2 && v.language == Language.ARABIC && from + 1 < len
                    && "\u0648\u0628\u0644\u0641\u0643".indexOf(n[from]) >= 0 && Normalized.isLetter(n[from + 1]); k++) {
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
        while (p < len) {
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
        if (!digits || lastGood < 0 || (lastGood < len && Normalized.isLetterOrDigit(n[lastGood]))) {
            return -1;
        }
        out.add(new Token(Token.Type.SYMBOL, i, lastGood, null, t.source(i, lastGood)));
        return lastGood;
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
        if (b < len && (Normalized.isLetterOrDigit(n[b]) || n[b] == '/')) {
            return -1;
        }
        out.add(new Token(Token.Type.UNNUM, i, b, null, t.source(i, b)));
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
        if (p < len && Normalized.isLetterOrDigit(n[p])) {
            return -1;
        }
        out.add(new Token(Token.Type.RECID, i, p, null, t.source(i, p)));
        return p;
    }

    private int number(int i) {
        int a = digits(i);
        int d1 = a - i;
        boolean afterSlash = i > 0 && (n[i - 1] == '/' || n[i - 1] == '.');
        if (a < len && n[a] == '/' && digit(a + 1)) {
            int b = digits(a + 1);
            boolean more = b < len && (n[b] == '/' || latin(b) || (n[b] == '.' && digit(b + 1)));
            if (!more && !afterSlash && d1 <= 4 && b - a - 1 <= 4 && n[i] != '0') {
                out.add(new Token(Token.Type.UNNUM, i, b, null, t.source(i, b)));
                return b;
            }
            return other(i);
        }
        if (a < len && (n[a] == '.' || n[a] == ',' || n[a] == ':') && digit(a + 1)) {
            return other(i);
        }
        if (afterSlash || d1 > 4) {
            return other(i);
        }
        // Security Council: 2626 (2022); old General Assembly: 2200 A (XXI), 1514 (XV)
        int p = a < len && n[a] == ' ' ? a + 1 : a;
        if (p < len && n[p] == '(' && digit(p + 1)) {
            int y = digits(p + 1);
            if (y - p - 1 == 4 && y < len && n[y] == ')') {
                out.add(new Token(Token.Type.SCNUM, i, y + 1, null, t.source(i, a) + " (" + t.source(p + 1, y) + ")"));
                return y + 1;
            }
        }
        int q = p;
        String letter = null;
        if (p > a && latin(p) && upper(p) && p + 2 < len && n[p + 1] == ' ' && n[p + 2] == '(') {
            letter = t.source(p, p + 1);
            q = p + 2;
        }
        if (q < len && n[q] == '(' && q + 1 < len && "ivxl".indexOf(n[q + 1]) >= 0 && upper(q + 1)) {
            int r = q + 1;
            while (r < len && "ivxl".indexOf(n[r]) >= 0 && upper(r)) {
                r++;
            }
            if (r < len && n[r] == ')') {
                String v = t.source(i, a) + (letter == null ? "" : " " + letter) + " (" + t.source(q + 1, r) + ")";
                out.add(new Token(Token.Type.OLDGA, i, r + 1, null, v));
                return r + 1;
            }
        }
        // ITU numbers: 70, 191A, 12bis
        int e = a;
        if (latin(e) && upper(e) && !(e + 1 < len && Normalized.isWordLetter(n[e + 1]))) {
            e++;
        } else {
            for (String suffix : SUFFIXES) {
                int s = e < len && n[e] == ' ' ? e + 1 : e;
                if (startsWith(s, suffix) && !(s + suffix.length() < len && Normalized.isLetter(n[s + suffix.length()]))) {
                    e = s + suffix.length();
                    break;
                }
            }
        }
        if (e < len && Normalized.isWordLetter(n[e])) {
            return other(i);
        }
        out.add(new Token(Token.Type.NUM, i, e, null, t.source(i, e)));
        return e;
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
        while (e < len && (Normalized.isWordLetterOrDigit(n[e])
                || ((n[e] == '/' || n[e] == '.' || n[e] == ',' || n[e] == ':') && e + 1 < len
                        && Normalized.isWordLetterOrDigit(n[e + 1])))) {
            e++;
        }
        out.add(new Token(Token.Type.OTHERNUM, i, e, null, t.source(i, e)));
        return e;
    }
}

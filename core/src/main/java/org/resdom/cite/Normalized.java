package org.resdom.cite;

/**
 * Text normalised for matching, with a map back to the source: lower case (one character at a
 * time, independent of the default locale), every kind of space one space (runs collapsed),
 * every dash {@code -} (the non-breaking hyphen of {@code ITU‑T} too), typographic apostrophes
 * {@code '}, full-width forms their ASCII counterpart, Arabic vowel marks and tatweel dropped,
 * hamza-carrying alifs a bare alif, {@code ё} {@code е}.
 */
final class Normalized {

    private static final int LETTER = 1;
    private static final int HAN = 2;
    private static final int LETTER_OR_DIGIT = 4;
    /** {@link #compute} for every UTF-16 code unit. */
    private static final char[] MAP = mapTable();
    /** {@link Character#isLetter}, {@link Character#isLetterOrDigit} and Han, as bits, for every code unit. */
    private static final byte[] CLASS = classTable();

    final char[] n;
    /**
     * For each normalised character, the index of the source character it came from; null while
     * that is its own index (no character dropped or collapsed: most texts).
     */
    private final int[] src;

    final int length;
    /** Whether the text has a digit ({@code 0}–{@code 9} once normalised). */
    final boolean hasDigit;

    private final CharSequence source;

    private Normalized(CharSequence source, char[] n, int[] src, int length, boolean hasDigit) {
        this.source = source;
        this.n = n;
        this.src = src;
        this.length = length;
        this.hasDigit = hasDigit;
    }

    static Normalized of(CharSequence s) {
        int length = s.length();
        char[] n = new char[length];
        char[] table = MAP;
        boolean digit = false;
        char last = 0;
        if (s instanceof String str) {
            str.getChars(0, length, n, 0); // then mapped in place: the write index never passes the read index
        } else {
            for (int i = 0; i < length; i++) {
                n[i] = s.charAt(i);
            }
        }
        // until a character is dropped or collapsed, each maps in place and is its own source
        int i = 0;
        for (; i < length; i++) {
            char c = fold(n[i], table);
            if (c == 0 || c == ' ' && last == ' ') {
                break;
            }
            digit |= c >= '0' && c <= '9';
            n[i] = c;
            last = c;
        }
        if (i == length) {
            return new Normalized(s, n, null, length, digit);
        }
        int len = i;
        int[] src = new int[length + 1];
        for (int k = 0; k < len; k++) {
            src[k] = k;
        }
        for (; i < length; i++) {
            char c = fold(n[i], table);
            if (c == 0 || c == ' ' && last == ' ') {
                continue;
            }
            digit |= c >= '0' && c <= '9';
            n[len] = c;
            src[len] = i;
            len++;
            last = c;
        }
        src[len] = length;
        return new Normalized(s, n, src, len, digit);
    }

    /** {@link #map}, with ASCII letters and digits and the CJK ideographs (which map to themselves but for the case of A-Z) not looked up. */
    private static char fold(char r, char[] table) {
        return r < 0x80
                ? (r >= 'A' && r <= 'Z' ? (char) (r + 32) : r > ' ' ? r : table[r])
                : r >= '\u4e00' && r <= '\u9fff' ? r : table[r];
    }

    /** @return the index of the source character that normalised character {@code i} ({@code <= length}) came from */
    private int src(int i) {
        return src == null ? i : src[i];
    }

    /** @return the source index where the normalised range ending at {@code end} ends */
    int srcEnd(int end) {
        if (end <= 0) {
            return 0;
        }
        int last = src(end - 1);
        int e = last + 1;
        if (e < source.length() && Character.isHighSurrogate(source.charAt(last))) {
            e++;
        }
        return e;
    }

    int srcStart(int start) {
        return start >= length ? source.length() : src(start);
    }

    /** @return the source text of a normalised range */
    String source(int start, int end) {
        return source.subSequence(srcStart(start), srcEnd(end)).toString();
    }

    /**
     * The identifier written in a normalised range, in its normal form: case kept, every dash
     * {@code -} (a non-breaking hyphen, an en dash), every space one space, full-width forms and
     * Arabic-Indic digits ASCII, invisible characters dropped. {@code S‑31/1} gives
     * {@code S-31/1}; the citation's text keeps the source as written.
     *
     * @param start normalised start
     * @param end normalised end
     * @return the identifier
     */
    String ident(int start, int end) {
        int from = srcStart(start);
        int to = srcEnd(end);
        StringBuilder sb = new StringBuilder(to - from);
        for (int i = from; i < to; i++) {
            char c = source.charAt(i);
            char m = map(c);
            if (m == 0) {
                continue;
            }
            if (m == ' ' || m == '-' || m >= '0' && m <= '9' || m < 128 && !Character.isLetter(m)) {
                c = m;
            } else if (c >= '\uFF01' && c <= '\uFF5E') {
                c = (char) (c - 0xFEE0);
            }
            if (c == ' ' && sb.length() > 0 && sb.charAt(sb.length() - 1) == ' ') {
                continue;
            }
            sb.append(c);
        }
        return sb.toString().strip();
    }

    /** @return the source character at a source index */
    char rawChar(int i) {
        return source.charAt(i);
    }

    /** @return the source character at a normalised index */
    char sourceChar(int i) {
        return source.charAt(src(i));
    }

    /**
     * @param c a character
     * @return its normalised form, or 0 to drop it (read from a table built once)
     */
    static char map(char c) {
        return MAP[c];
    }

    private static char compute(char c) {
        if (c < 128) {
            if (c == '\t' || c == '\n' || c == '\r' || c == '\f') {
                return ' ';
            }
            return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
        }
        switch (c) {
            case '\u00A0', '\u1680', '\u2028', '\u2029', '\u202F', '\u205F', '\u3000':
                return ' ';
            case '\u00AD', '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u0640', '\u200E', '\u200F':
                return 0;
            case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212', '\uFE63':
                return '-';
            case '\u2018', '\u2019', '\u02BC', '\u2032':
                return '\'';
            case '\u3001', '\u060C':
                return ',';
            case '\u061B':
                return ';';
            case '\u0623', '\u0625', '\u0622', '\u0671':
                return '\u0627';
            case '\u0451', '\u0401':
                return '\u0435';
            default:
                break;
        }
        if (c >= '\u2000' && c <= '\u200A') {
            return ' ';
        }
        if ((c >= '\u064B' && c <= '\u065F') || c == '\u0670') {
            return 0;
        }
        if (c >= '\u0660' && c <= '\u0669') {
            return (char) ('0' + (c - '\u0660'));
        }
        if (c >= '\uFF01' && c <= '\uFF5E') {
            return compute((char) (c - 0xFEE0));
        }
        return Character.toLowerCase(c);
    }

    /** @return whether {@code c} is a Han (Chinese) character */
    static boolean isHan(char c) {
        return (CLASS[c] & HAN) != 0;
    }

    /** @return {@link Character#isLetter(char)} */
    static boolean isLetter(char c) {
        return (char) (c - 'a') < 26 || (CLASS[c] & LETTER) != 0; // normalised text: most letters are a-z
    }

    /** @return whether {@code c} is a letter that is not Han: a letter of a word written with spaces */
    static boolean isWordLetter(char c) {
        return (char) (c - 'a') < 26 || (CLASS[c] & (LETTER | HAN)) == LETTER;
    }

    /** @return {@link Character#isLetterOrDigit(char)} */
    static boolean isLetterOrDigit(char c) {
        return (CLASS[c] & LETTER_OR_DIGIT) != 0;
    }

    /** @return whether {@code c} is a letter or digit that is not Han */
    static boolean isWordLetterOrDigit(char c) {
        return (CLASS[c] & (LETTER_OR_DIGIT | HAN)) == LETTER_OR_DIGIT;
    }

    private static char[] mapTable() {
        char[] t = new char[Character.MAX_VALUE + 1];
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            t[c] = compute((char) c);
        }
        return t;
    }

    private static byte[] classTable() {
        byte[] t = new byte[Character.MAX_VALUE + 1];
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            char ch = (char) c;
            t[c] = (byte) ((Character.isLetter(ch) ? LETTER : 0)
                    | (Character.isLetterOrDigit(ch) ? LETTER_OR_DIGIT : 0)
                    | (org.resdom.internal.Scripts.isHan(ch) ? HAN : 0));
        }
        return t;
    }
}

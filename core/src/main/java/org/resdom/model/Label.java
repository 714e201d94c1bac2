package org.resdom.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.resdom.internal.Checks;
import org.resdom.internal.DataTable;

/**
 * A paragraph label, kept exactly as written and classified.
 *
 * <p>{@link #of(String)} classifies {@code a)}, {@code (b)}, {@code 1}, {@code 2.},
 * {@code 1.2.3}, {@code ii)}, {@code –}, {@code •}, {@code b)bis}, Arabic letters
 * ({@code أ)}) and Cyrillic letters ({@code б)}). A label that opens a paragraph in square
 * brackets (text under negotiation) keeps its bracket: {@code [c)} is the letter {@code c},
 * {@link #bracketed()}.
 *
 * @param text the label as written, without the separator ({@code b)bis}, {@code [c)})
 * @param style how it is written
 * @param value its core ({@code b}, {@code 1.2}, {@code ii}, {@code –}); for {@link LabelStyle#OTHER} the text
 * @param suffix {@code bis}, {@code ter} … when present
 * @param separator the whitespace written between the label and the text (a TAB by default; spaces,
 *        no-break spaces and other space characters are accepted)
 */
public record Label(String text, LabelStyle style, String value, Optional<String> suffix, String separator) {

    private static final Pattern ROMAN_LETTERS = Pattern.compile("[ivxlcdm]+");
    /** Digits as labels are written: ASCII, Arabic-Indic, extended Arabic-Indic and full-width. */
    private static final String DIGIT = "[0-9\u0660-\u0669\u06f0-\u06f9\uff10-\uff19]";
    /**
     * A number, closed by a full stop ({@code 1.}), a hyphen as Arabic texts write it ({@code 1-}) or a
     * full-width full stop ({@code １．}), or by nothing.
     */
    private static final List<String> SUFFIXES = loadSuffixes();

    private static final String SUFFIX = "(?:" + String.join("|", SUFFIXES) + ")";
    /**
     * A number, each level of which may carry a suffix before the next ({@code 1bis.1}), closed by
     * a full stop, a hyphen or a full-width full stop or by nothing, then perhaps a suffix
     * ({@code 1.1bis}, {@code 2 bis}).
     */
    private static final Pattern NUMBER = Pattern.compile("\\(?(" + DIGIT + "{1,4}(?:(?:\\s?" + SUFFIX + ")?\\." + DIGIT
            + "{1,4})*)[.\uff0e-]?\\)?\\s*(" + SUFFIX + ")?");

    private static final Pattern LETTER = Pattern.compile("\\(?(\\p{L}{1,4})[)\\.]\\s*(" + SUFFIX + ")?\\)?");
    private static final String DASHES = "–-—‒−";
    private static final String BULLETS = "•·*▪◦‣●○■□";
    private static final String TATWEEL = "\u0640";
    private static final String ARABIC_ABJAD = "أبجدهوزحطيكلمنسعفصقرشتثخذضظغ";
    private static final String CYRILLIC = "абвгдежзиклмнопрстуфхцчшщэюя";

    private static List<String> loadSuffixes() {
        List<String> out = new ArrayList<>();
        for (DataTable.Row row : DataTable.read(Label.class, "label-suffixes.tsv", 2)) {
            out.add(row.get(0));
        }
        out.sort(Comparator.comparingInt(String::length).reversed());
        return List.copyOf(out);
    }

    /**
     * The suffixes a label may carry after its number or letter ({@code bis}, {@code ter} …),
     * from resdom's data ({@code label-suffixes.tsv}), longest first: the one list every reader
     * that finds labels in text uses.
     *
     * @return the suffixes, in lower case
     */
    public static List<String> suffixes() {
        return SUFFIXES;
    }

    /** Checks the invariants. */
    public Label {
        Checks.notBlank(text, "text");
        Checks.notNull(style, "style");
        Checks.notNull(value, "value");
        Checks.optional(suffix, "suffix");
        Checks.notNull(separator, "separator");
        for (int i = 0; i < separator.length(); i++) {
            char c = separator.charAt(i);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                throw new IllegalArgumentException("separator must be whitespace: '" + separator + "'");
            }
        }
    }

    /**
     * Classifies a label written as {@code text}, followed by a TAB.
     *
     * @param text the label as written
     * @return the label
     */
    public static Label of(String text) {
        return of(text, "\t");
    }

    /**
     * Classifies a label written as {@code text}, followed by {@code separator}.
     *
     * @param text the label as written
     * @param separator the whitespace that follows it
     * @return the label
     */
    public static Label of(String text, String separator) {
        Checks.notBlank(text, "text");
        String s = text.strip();
        int f = 0;
        while (f < s.length() && Character.getType(s.charAt(f)) == Character.FORMAT) {
            f++; // bidi marks before a label (right-to-left text) do not change its value
        }
        s = s.substring(f).strip();
        if (s.isEmpty()) {
            return new Label(text, LabelStyle.OTHER, text, Optional.empty(), separator);
        }
        if (s.startsWith("[")) {
            s = s.substring(1).strip();
        }
        if (s.length() == 1 && DASHES.indexOf(s.charAt(0)) >= 0) {
            return new Label(text, LabelStyle.DASH, s, Optional.empty(), separator);
        }
        if (s.length() == 1 && BULLETS.indexOf(s.charAt(0)) >= 0) {
            return new Label(text, LabelStyle.BULLET, s, Optional.empty(), separator);
        }
        Matcher m = NUMBER.matcher(s);
        if (m.matches() && balanced(s)) {
            return new Label(text, LabelStyle.NUMBER, m.group(1), Optional.ofNullable(m.group(2)), separator);
        }
        m = LETTER.matcher(s);
        if (m.matches() && balanced(s)) {
            // a tatweel (U+0640) after an Arabic letter lengthens it, it is no letter: the UN
            // writes the fifth letter (هـ) so that it does not stand alone like the digit ٥
            String v = m.group(1).replace(TATWEEL, "");
            if (v.isEmpty()) {
                return new Label(text, LabelStyle.OTHER, text, Optional.empty(), separator);
            }
            LabelStyle style = isRoman(v) ? LabelStyle.ROMAN : sameLetter(v) ? LabelStyle.LETTER : LabelStyle.OTHER;
            if (style == LabelStyle.OTHER) {
                return new Label(text, style, text, Optional.empty(), separator);
            }
            return new Label(text, style, v, Optional.ofNullable(m.group(2)), separator);
        }
        return new Label(text, LabelStyle.OTHER, text, Optional.empty(), separator);
    }

    private static boolean balanced(String s) {
        int open = 0;
        int close = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '(') {
                open++;
            } else if (s.charAt(i) == ')') {
                close++;
            }
        }
        return open == 0 || open == close;
    }

    private static boolean sameLetter(String v) {
        for (int i = 1; i < v.length(); i++) {
            if (v.charAt(i) != v.charAt(0)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isRoman(String v) {
        String lower = v.toLowerCase(Locale.ROOT);
        if (!ROMAN_LETTERS.matcher(lower).matches()) {
            return false;
        }
        if (lower.length() == 1) {
            return lower.equals("i") || lower.equals("v") || lower.equals("x");
        }
        OptionalInt n = romanValue(lower);
        return n.isPresent() && n.getAsInt() > 0 && toRoman(n.getAsInt()).equals(lower);
    }

    /**
     * The value of a lower-case roman numeral.
     *
     * @param s the numeral, such as {@code xiv}
     * @return its value, if {@code s} is made of roman digits (and is not empty)
     */
    public static OptionalInt romanValue(String s) {
        Checks.notNull(s, "s");
        if (s.isEmpty()) {
            return OptionalInt.empty();
        }
        int total = 0;
        int prev = 0;
        for (int i = s.length() - 1; i >= 0; i--) {
            int d = switch (s.charAt(i)) {
                case 'i' -> 1;
                case 'v' -> 5;
                case 'x' -> 10;
                case 'l' -> 50;
                case 'c' -> 100;
                case 'd' -> 500;
                case 'm' -> 1000;
                default -> -1;
            };
            if (d < 0) {
                return OptionalInt.empty();
            }
            total += d < prev ? -d : d;
            prev = Math.max(prev, d);
        }
        return OptionalInt.of(total);
    }

    /**
     * Writes a positive number as a lower-case roman numeral.
     *
     * @param n a number from 1 to 3999
     * @return the numeral
     */
    public static String toRoman(int n) {
        if (n < 1 || n > 3999) {
            throw new IllegalArgumentException("roman numerals run from 1 to 3999: " + n);
        }
        int[] values = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
        String[] digits = {"m", "cm", "d", "cd", "c", "xc", "l", "xl", "x", "ix", "v", "iv", "i"};
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            while (n >= values[i]) {
                sb.append(digits[i]);
                n -= values[i];
            }
        }
        return sb.toString();
    }

    /**
     * The position of this label in its sequence: {@code a)} and {@code i)} and {@code 1} are 1,
     * {@code aa)} is 27, {@code 1.2.3} is 3 (its last level). Dashes, bullets and other labels
     * have none. A single {@code i}, {@code v} or {@code x} counts as a roman numeral here; see
     * {@link #letterOrdinal()} for its place in the alphabet.
     *
     * @return the ordinal, if the style has one
     */
    public OptionalInt ordinal() {
        switch (style) {
            case NUMBER: {
                String[] parts = value.split("\\.");
                return OptionalInt.of(Integer.parseInt(parts[parts.length - 1]));
            }
            case ROMAN:
                return romanValue(value.toLowerCase(Locale.ROOT));
            case LETTER:
                return letterOrdinal();
            default:
                return OptionalInt.empty();
        }
    }

    /**
     * The position of this label's letter in its alphabet (Latin, Arabic abjad order, or
     * Cyrillic as used in ITU texts); a doubled letter {@code aa} follows {@code z}.
     *
     * @return the ordinal, if the value is a letter
     */
    public OptionalInt letterOrdinal() {
        if (value.isEmpty() || !sameLetter(value) || !Character.isLetter(value.charAt(0))) {
            return OptionalInt.empty();
        }
        char c = Character.toLowerCase(value.charAt(0));
        int base;
        int size;
        if (c >= 'a' && c <= 'z') {
            base = c - 'a' + 1;
            size = 26;
        } else if (ARABIC_ABJAD.indexOf(c) >= 0) {
            base = ARABIC_ABJAD.indexOf(c) + 1;
            size = ARABIC_ABJAD.length();
        } else if (c == 'ا') {
            base = 1;
            size = ARABIC_ABJAD.length();
        } else if (CYRILLIC.indexOf(c) >= 0) {
            base = CYRILLIC.indexOf(c) + 1;
            size = CYRILLIC.length();
        } else {
            return OptionalInt.empty();
        }
        return OptionalInt.of(base + size * (value.length() - 1));
    }

    /** @return the levels of a multi-level number ({@code 1.2.3} has 3); 1 for other labels */
    public int levels() {
        return style == LabelStyle.NUMBER ? value.split("\\.").length : 1;
    }

    /** @return whether the label opens a paragraph in square brackets ({@code [c)}) */
    public boolean bracketed() {
        return text.strip().startsWith("[");
    }

    /**
     * @param value the new separator
     * @return a copy with that separator
     */
    public Label withSeparator(String value) {
        return new Label(text, style, this.value, suffix, value);
    }
}

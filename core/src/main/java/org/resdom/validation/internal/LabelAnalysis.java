package org.resdom.validation.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.resdom.model.Label;
import org.resdom.model.LabelStyle;
import org.resdom.model.Paragraph;

/**
 * Reads the labels of one list of sibling paragraphs and says, for each, whether it is in
 * sequence, a duplicate, two numbers glued together, or out of sequence. Shared by the label
 * rules so that each problem is reported by one rule only.
 *
 * <p>In a list that has a letter label, a label that reads as a roman numeral made of one
 * repeated letter ({@code i}, {@code v}, {@code x}, {@code ii}) is a letter: {@code h)} then
 * {@code i)} is in sequence. A suffixed label ({@code b)bis}) must follow the same value with
 * the previous suffix ({@code b)}, then {@code b)bis}, then {@code b)ter}). A multi-level
 * number may follow its predecessor at the same level ({@code 1.2} after {@code 1.1}), one
 * level deeper ({@code 1.1} after {@code 1}) or at a shallower level ({@code 2} after
 * {@code 1.3}), new levels starting at 1. Linear in the length of the list.
 */
final class LabelAnalysis {

    /** What is wrong with a label, if anything. */
    enum Verdict {
        /** In sequence. */
        OK,
        /** The same label as an earlier sibling. */
        DUPLICATE,
        /** A number that reads as the expected number glued to another ({@code 21} for {@code 2}). */
        GLUED,
        /** Not the label that should come here. */
        OUT_OF_SEQUENCE,
        /** Not checked: no label, a dash, a bullet, or a style other than the list's. */
        SKIPPED
    }

    /** The verdict on one paragraph. */
    record Entry(Paragraph paragraph, Verdict verdict, String expected) {}

    /** The family of a label within its list. */
    enum Family {
        LETTER,
        ROMAN,
        NUMBER,
        DASH,
        BULLET,
        OTHER
    }

    private static final String[] SUFFIXES = {"", "bis", "ter", "quater", "quinquies", "sexies"};
    private static final String CYRILLIC = "абвгдежзиклмнопрстуфхцчшщэюя";
    private static final String ARABIC_ABJAD = "أبجدهوزحطيكلمنسعفصقرشتثخذضظغ";

    private LabelAnalysis() {}

    /** Whether any label of the list is a letter, which makes i, v, x letters too. */
    static boolean lettered(List<Paragraph> list) {
        for (Paragraph p : list) {
            if (p.label().isPresent() && p.label().get().style() == LabelStyle.LETTER) {
                return true;
            }
        }
        return false;
    }

    /** The family of a label in a list that is (or is not) lettered. */
    static Family family(Label label, boolean lettered) {
        switch (label.style()) {
            case LETTER:
                return Family.LETTER;
            case ROMAN:
                return lettered && label.letterOrdinal().isPresent() ? Family.LETTER : Family.ROMAN;
            case NUMBER:
                return Family.NUMBER;
            case DASH:
                return Family.DASH;
            case BULLET:
                return Family.BULLET;
            default:
                return Family.OTHER;
        }
    }

    static boolean ordered(Family f) {
        return f == Family.LETTER || f == Family.ROMAN || f == Family.NUMBER;
    }

    /**
     * Analyses a list.
     *
     * @param list sibling paragraphs
     * @return one entry per paragraph, in order
     */
    static List<Entry> analyse(List<Paragraph> list) {
        List<Entry> out = new ArrayList<>(list.size());
        boolean lettered = lettered(list);
        Family listFamily = null;
        Set<String> seen = new HashSet<>();
        int[] prev = null;
        int prevSuffix = 0;
        for (Paragraph p : list) {
            Optional<Label> ol = p.label();
            if (ol.isEmpty()) {
                out.add(new Entry(p, Verdict.SKIPPED, ""));
                continue;
            }
            Label label = ol.get();
            Family f = family(label, lettered);
            if (!ordered(f)) {
                out.add(new Entry(p, Verdict.SKIPPED, ""));
                continue;
            }
            if (listFamily == null) {
                listFamily = f;
            } else if (f != listFamily) {
                out.add(new Entry(p, Verdict.SKIPPED, ""));
                continue;
            }
            int[] cur = vector(label, f);
            if (cur == null) {
                out.add(new Entry(p, Verdict.SKIPPED, ""));
                continue;
            }
            int suffix = suffixRank(label);
            if (!seen.add(key(label, f))) {
                out.add(new Entry(p, Verdict.DUPLICATE, ""));
                prev = cur;
                prevSuffix = suffix;
                continue;
            }
            boolean ok;
            int[] expected;
            int expectedSuffix = 0;
            if (prev == null) {
                expected = new int[] {1};
                ok = suffix == 0 && cur[cur.length - 1] == 1 && positive(cur);
            } else if (suffix > 0) {
                expected = prev;
                expectedSuffix = prevSuffix + 1;
                ok = java.util.Arrays.equals(cur, prev) && suffix == expectedSuffix;
            } else {
                expected = next(prev);
                ok = successor(prev, cur);
            }
            if (ok) {
                out.add(new Entry(p, Verdict.OK, ""));
                prev = cur;
                prevSuffix = suffix;
                continue;
            }
            String want = format(expected, f, label)
                    + (expectedSuffix > 0 && expectedSuffix < SUFFIXES.length ? SUFFIXES[expectedSuffix] : "");
            if (f == Family.NUMBER
                    && suffix == 0
                    && expected.length == 1
                    && cur.length == 1
                    && glued(label.value(), expected[0])) {
                out.add(new Entry(p, Verdict.GLUED, want));
                prev = expected;
                prevSuffix = 0;
                continue;
            }
            out.add(new Entry(p, Verdict.OUT_OF_SEQUENCE, want));
            prev = cur;
            prevSuffix = suffix;
        }
        return out;
    }

    /** Whether the digits read as {@code expected} glued before or after another number. */
    static boolean glued(String digits, int expected) {
        if (digits.length() < 2 || digits.length() > 8 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return false;
        }
        for (int k = 1; k < digits.length(); k++) {
            String x = digits.substring(0, k);
            String y = digits.substring(k);
            if (x.charAt(0) == '0' || y.charAt(0) == '0') {
                continue;
            }
            if (Integer.parseInt(x) == expected || Integer.parseInt(y) == expected) {
                return true;
            }
        }
        return false;
    }

    private static boolean positive(int[] v) {
        for (int i : v) {
            if (i < 1) {
                return false;
            }
        }
        return true;
    }

    private static int[] next(int[] prev) {
        int[] n = prev.clone();
        n[n.length - 1]++;
        return n;
    }

    /** Same level +1, or shallower level +1, or deeper; new levels start at 1. */
    static boolean successor(int[] prev, int[] cur) {
        if (cur.length > prev.length) {
            boolean samePrefix = true;
            for (int i = 0; i < prev.length && samePrefix; i++) {
                samePrefix = cur[i] == prev[i];
            }
            if (samePrefix && ones(cur, prev.length)) {
                return true;
            }
        }
        for (int k = 1; k <= prev.length && k <= cur.length; k++) {
            boolean match = true;
            for (int i = 0; i < k - 1 && match; i++) {
                match = cur[i] == prev[i];
            }
            if (match && cur[k - 1] == prev[k - 1] + 1 && ones(cur, k)) {
                return true;
            }
        }
        return false;
    }

    private static boolean ones(int[] v, int from) {
        for (int i = from; i < v.length; i++) {
            if (v[i] != 1) {
                return false;
            }
        }
        return true;
    }

    private static int[] vector(Label label, Family f) {
        switch (f) {
            case NUMBER: {
                String[] parts = label.value().split("\\.");
                int[] v = new int[parts.length];
                for (int i = 0; i < parts.length; i++) {
                    try {
                        v[i] = Integer.parseInt(parts[i]);
                    } catch (NumberFormatException e) {
                        return null;
                    }
                }
                return v;
            }
            case LETTER: {
                OptionalInt o = label.letterOrdinal();
                return o.isPresent() ? new int[] {o.getAsInt()} : null;
            }
            case ROMAN: {
                OptionalInt o = label.ordinal();
                return o.isPresent() && o.getAsInt() > 0 ? new int[] {o.getAsInt()} : null;
            }
            default:
                return null;
        }
    }

    /** @return 0 for no suffix, 1 for bis, 2 for ter …; an unknown suffix ranks after all */
    static int suffixRank(Label label) {
        if (label.suffix().isEmpty()) {
            return 0;
        }
        String s = label.suffix().get().toLowerCase(Locale.ROOT);
        for (int i = 1; i < SUFFIXES.length; i++) {
            if (SUFFIXES[i].equals(s)) {
                return i;
            }
        }
        return SUFFIXES.length;
    }

    /** The identity of a label for duplicate detection: family, value (ignoring case) and suffix. */
    static String key(Label label, Family f) {
        return f + ":" + label.value().toLowerCase(Locale.ROOT) + ":"
                + label.suffix().orElse("").toLowerCase(Locale.ROOT);
    }

    /** Writes an expected label in the style of the label found. */
    static String format(int[] v, Family f, Label like) {
        switch (f) {
            case NUMBER: {
                StringBuilder sb = new StringBuilder();
                for (int i = 0; i < v.length; i++) {
                    sb.append(i == 0 ? "" : ".").append(v[i]);
                }
                return sb.toString();
            }
            case ROMAN: {
                String r = v[0] >= 1 && v[0] <= 3999 ? Label.toRoman(v[0]) : String.valueOf(v[0]);
                return Character.isUpperCase(like.value().charAt(0)) ? r.toUpperCase(Locale.ROOT) : r;
            }
            default:
                return letter(v[0], like.value());
        }
    }

    private static String letter(int ordinal, String like) {
        char c = Character.toLowerCase(like.charAt(0));
        String alphabet;
        if (c >= 'a' && c <= 'z') {
            alphabet = "abcdefghijklmnopqrstuvwxyz";
        } else if (CYRILLIC.indexOf(c) >= 0) {
            alphabet = CYRILLIC;
        } else if (ARABIC_ABJAD.indexOf(c) >= 0 || c == 'ا') {
            alphabet = ARABIC_ABJAD;
        } else {
            return "letter " + ordinal;
        }
        if (ordinal < 1) {
            return "letter " + ordinal;
        }
        int times = (ordinal - 1) / alphabet.length() + 1;
        String s = String.valueOf(alphabet.charAt((ordinal - 1) % alphabet.length()))
                .repeat(times);
        return Character.isUpperCase(like.charAt(0)) ? s.toUpperCase(Locale.ROOT) : s;
    }
}

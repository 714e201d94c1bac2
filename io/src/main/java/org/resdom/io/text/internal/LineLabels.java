package org.resdom.io.text.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.resdom.model.Label;
import org.resdom.model.LabelStyle;

/**
 * Stage 3, line labels: finds the label a line opens with ({@code a)}, {@code (b)}, {@code 1},
 * {@code 1.2}, {@code 2.}, {@code i)}, {@code b)bis}, {@code 1bis.1}, {@code –}, {@code •},
 * {@code [c)}, {@code 一、}) and the spaces or TABs after it. A pure function of the text; no
 * diagnostics (the paragraph's stages report on what the label means).
 */
final class LineLabels {

    /**
     * Where a label ends and the white space after it ends.
     *
     * @param labelEnd the offset after the label
     * @param separatorEnd the offset after the spaces or TABs that follow it (the text starts there)
     */
    record Found(int labelEnd, int separatorEnd) {}

    private static final Pattern ROMAN_TEXT = Pattern.compile("[ivxl]{1,5}");
    private static final String DASHES = "–-—‒−";
    private static final String BULLETS = "•·*▪◦‣●○■□";
    /** Label suffixes ({@code bis}, {@code ter} …): core's list, longest first. */
    private static final List<String> SUFFIXES = Label.suffixes();

    private LineLabels() {}

    /**
     * A label at {@code p}, then spaces or TABs (or the end of the line).
     *
     * @param s the input
     * @param p where the line's text starts (after its bookmarks)
     * @param end where the line ends
     * @return the label found, or empty
     */
    static Optional<Found> at(String s, int p, int end) {
        int i = p;
        while (i < end
                && i - p < 8
                && (s.charAt(i) == ' ' || s.charAt(i) == '\t' || Character.getType(s.charAt(i)) == Character.FORMAT)) {
            i++; // bidi marks (as Word and browsers write Arabic) belong to the label's text
        }
        if (i < end && s.charAt(i) == '[') {
            i++;
        }
        if (i >= end) {
            return Optional.empty();
        }
        int labelEnd = -1;
        char c = s.charAt(i);
        if (DASHES.indexOf(c) >= 0 || BULLETS.indexOf(c) >= 0) {
            labelEnd = i + 1;
        } else {
            boolean paren = c == '(' || c == '\uff08';
            int j = paren ? i + 1 : i;
            int d = j;
            while (d < end && d - j < 4 && isLabelDigit(s.charAt(d))) {
                d++;
            }
            if (d > j && d - j <= 3) {
                int levels = 1;
                // a suffix may stand inside the number, before its next level: 1bis.1
                int inner = paren ? d : suffix(s, d, end);
                if (inner > d && inner + 1 < end && s.charAt(inner) == '.' && isLabelDigit(s.charAt(inner + 1))) {
                    d = inner;
                }
                while (levels < 5 && d + 1 < end && s.charAt(d) == '.' && isLabelDigit(s.charAt(d + 1))) {
                    int k = d + 1;
                    while (k < end && k - d <= 3 && isLabelDigit(s.charAt(k))) {
                        k++;
                    }
                    if (k - d - 1 > 3) {
                        return Optional.empty();
                    }
                    d = k;
                    levels++;
                    int more = suffix(s, d, end);
                    if (more > d && more + 1 < end && s.charAt(more) == '.' && isLabelDigit(s.charAt(more + 1))) {
                        d = more;
                    }
                }
                if (d < end
                        && (s.charAt(d) == '.'
                                || s.charAt(d) == '\uff0e'
                                || s.charAt(d) == '-' && !paren && levels == 1)) {
                    d++;
                }
                if (paren) {
                    if (d >= end || s.charAt(d) != ')' && s.charAt(d) != '\uff09') {
                        return Optional.empty();
                    }
                    d++;
                } else if (d < end && s.charAt(d) == ')') {
                    d++;
                }
                labelEnd = suffix(s, d, end);
            } else {
                int l = j;
                while (l < end && l - j < 5 && Character.isLetter(s.charAt(l))) {
                    l++;
                }
                if (l == j || l - j > 4 || l >= end) {
                    return Optional.empty();
                }
                char close = s.charAt(l);
                boolean cjkClose = close == '\u3001' && !paren || paren && (close == ')' || close == '\uff09');
                if (cjkClose && cjkNumeral(s, j, l)) {
                    labelEnd = l + 1; // 一、 and （一）, as Chinese texts number their parts
                } else {
                    if (close == '\uff09' && paren) {
                        close = ')';
                    }
                    if (close != ')' && close != '.') {
                        return Optional.empty();
                    }
                    if (close == '.'
                            && (paren
                                    || !(l - j == 1 && Character.isLowerCase(s.charAt(j)))
                                            && !isRomanText(s.substring(j, l)))) {
                        return Optional.empty();
                    }
                    int k = suffix(s, l + 1, end);
                    if (paren && close == '.') {
                        return Optional.empty();
                    }
                    labelEnd = k;
                    Label probe = Label.of(
                            s.substring(p, labelEnd).replace('\uff08', '(').replace('\uff09', ')'));
                    if (probe.style() != LabelStyle.LETTER && probe.style() != LabelStyle.ROMAN) {
                        return Optional.empty();
                    }
                }
            }
        }
        int sepEnd = labelEnd;
        while (sepEnd < end && (s.charAt(sepEnd) == ' ' || s.charAt(sepEnd) == '\t') && sepEnd - labelEnd < 16) {
            sepEnd++;
        }
        if (sepEnd == labelEnd && labelEnd < end) {
            return Optional.empty();
        }
        if (sepEnd < end && (s.charAt(sepEnd) == ' ' || s.charAt(sepEnd) == '\t')) {
            return Optional.empty();
        }
        return Optional.of(new Found(labelEnd, sepEnd));
    }

    /** Digits a label may be written in: ASCII, Arabic-Indic, extended Arabic-Indic and full-width. */
    private static boolean isLabelDigit(char c) {
        return c >= '0' && c <= '9'
                || c >= '\u0660' && c <= '\u0669'
                || c >= '\u06f0' && c <= '\u06f9'
                || c >= '\uff10' && c <= '\uff19';
    }

    /** @return whether {@code [from, to)} is a Chinese numeral of one to three characters (一 … 十) */
    private static boolean cjkNumeral(String s, int from, int to) {
        if (to - from > 3) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if ("\u4e00\u4e8c\u4e09\u56db\u4e94\u516d\u4e03\u516b\u4e5d\u5341".indexOf(s.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean isRomanText(String v) {
        String l = v.toLowerCase(Locale.ROOT);
        if (!ROMAN_TEXT.matcher(l).matches()) {
            return false;
        }
        int n = Label.romanValue(l).orElse(0);
        return n > 0 && n < 40 && Label.toRoman(n).equals(l);
    }

    private static int suffix(String s, int d, int end) {
        // "2 bis": one space may stand between the number and its suffix
        int at = d + 1 < end && s.charAt(d) == ' ' && d > 0 && isLabelDigit(s.charAt(d - 1)) ? d + 1 : d;
        for (String sfx : SUFFIXES) {
            if (s.startsWith(sfx, at)
                    && (at + sfx.length() >= end || !Character.isLetterOrDigit(s.charAt(at + sfx.length())))) {
                return at + sfx.length();
            }
        }
        return d;
    }
}

package org.resdom.io.text.internal;

import java.util.Locale;
import org.resdom.diagnostic.Severity;
import org.resdom.io.TextCodes;

/**
 * Stage 2, tell-tale characters: looks at each line for what a clean text does not hold, and
 * says so. Diagnostics: {@link TextCodes#SUSPICIOUS_CHAR} (a control character, a lone
 * surrogate, U+FFFD; once a line), {@link TextCodes#GLUED_REVISION} (a year running into a word:
 * deleted and inserted text glued together) and {@link TextCodes#GLUED_NUMBER} (two years, or two
 * UN resolution numbers, glued together). Changes nothing.
 */
final class CharacterScan {

    private final String s;
    private final Sink sink;

    /**
     * @param s the input
     * @param sink where the diagnostics go
     */
    CharacterScan(String s, Sink sink) {
        this.s = s;
        this.sink = sink;
    }

    /**
     * Scans the line {@code [start, end)}.
     *
     * @param start where it starts
     * @param end where it ends
     */
    void line(int start, int end) {
        boolean suspicious = false;
        int i = start;
        while (i < end) {
            char c = s.charAt(i);
            if (!suspicious
                    && (c < 0x20 || c >= 0x7F)
                    && ((c < 0x20 && c != '\t')
                            || c == 0x7F
                            || c == '\uFFFD'
                            || Character.isSurrogate(c) && lone(i, end))) {
                suspicious = true;
                sink.report(
                        TextCodes.SUSPICIOUS_CHAR,
                        Severity.WARNING,
                        String.format(
                                Locale.ROOT,
                                "suspicious character U+%04X (control, lone surrogate or replacement character)",
                                (int) c),
                        i,
                        i + 1);
            }
            if (c >= '0' && c <= '9' && (i == start || !isDigit(s.charAt(i - 1)))) {
                int j = i;
                while (j < end && isDigit(s.charAt(j))) {
                    j++;
                }
                digits(i, j, end);
                i = j;
                continue;
            }
            i++;
        }
    }

    private boolean lone(int i, int end) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= end || !Character.isLowSurrogate(s.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return i == 0 || !Character.isHighSurrogate(s.charAt(i - 1));
        }
        return false;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Looks at a run of digits {@code [i, j)}: glued years, glued UN numbers. */
    private void digits(int i, int j, int end) {
        int len = j - i;
        if (len == 4 && isYear(i)) {
            int k = j;
            if (k < end && (s.charAt(k) == ')' || s.charAt(k) == ']')) {
                k++;
            }
            if (k < end && Character.isLetter(s.charAt(k)) && !Vocabulary.isHan(s.charAt(k))) {
                sink.report(
                        TextCodes.GLUED_REVISION,
                        Severity.WARNING,
                        "year " + s.substring(i, j) + " runs into '" + word(k, end)
                                + "': deleted and inserted text glued together?",
                        k,
                        k + 1);
            }
        } else if (len == 8 && isYear(i) && isYear(i + 4)) {
            sink.report(
                    TextCodes.GLUED_NUMBER,
                    Severity.WARNING,
                    "two years glued together: " + s.substring(i, j),
                    i + 4,
                    j);
        }
        // 71/24375/233: a UN number whose number part runs into the next one
        if (len >= 1 && len <= 3 && j < end && s.charAt(j) == '/') {
            int m = j + 1;
            int k = m;
            while (k < end && isDigit(s.charAt(k))) {
                k++;
            }
            boolean ares = i >= 6 && s.startsWith("A/RES/", i - 6);
            if (!ares
                    && k - m >= 4
                    && k - m <= 8
                    && k < end
                    && s.charAt(k) == '/'
                    && k + 1 < end
                    && isDigit(s.charAt(k + 1))) {
                int join = k - 2;
                sink.report(
                        TextCodes.GLUED_NUMBER,
                        Severity.WARNING,
                        "UN resolution numbers glued together: "
                                + s.substring(i, Math.min(end, k + 4)) + " (" + s.substring(i, join) + " and "
                                + s.substring(join, k) + "/…?)",
                        join,
                        k);
            }
        }
    }

    private boolean isYear(int i) {
        int y = Integer.parseInt(s.substring(i, i + 4));
        return y >= 1865 && y <= 2100;
    }

    private String word(int k, int end) {
        int e = k;
        while (e < end && e - k < 30 && Character.isLetter(s.charAt(e))) {
            e++;
        }
        return s.substring(k, e);
    }
}

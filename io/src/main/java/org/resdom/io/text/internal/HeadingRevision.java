package org.resdom.io.text.internal;

import org.resdom.model.Brackets;
import org.resdom.model.Revision;

/**
 * The revision after a document heading ({@code RESOLUTION 71 (Rev. Bucharest, 2022)}): layout
 * of the text format's headings. Citations in running text are org.resdom.cite's.
 */
final class HeadingRevision {

    private static final int MAX_WS = 3;

    private HeadingRevision() {}

    /** A revision in brackets: the revision, its brackets, the index after the closing bracket. */
    record Rev(Revision revision, Brackets brackets, int end) {}

    /**
     * Parses a revision in brackets at {@code r}: {@code (Rév. Dubaï, 2018)}, {@code [Rev. Bucharest, 2022]},
     * {@code (Kyoto, 1994)}.
     *
     * @param s the text
     * @param n the normalized text
     * @param r where the opening bracket must stand
     * @param v the vocabulary
     * @return the revision, or null
     */
    static Rev revision(String s, String n, int r, Vocabulary v) {
        if (r >= s.length()) {
            return null;
        }
        char open = s.charAt(r);
        if (open != '(' && open != '[') {
            return null;
        }
        char close = open == '(' ? ')' : ']';
        int p = ws(n, r + 1);
        boolean revised = false;
        int re = v.match(n, p, "REV");
        if (re >= 0) {
            revised = true;
            p = ws(n, re);
        }
        int placeStart = p;
        int limit = Math.min(s.length(), p + 48);
        while (p < limit) {
            char c = s.charAt(p);
            if (Character.isLetter(c)
                    || c == ' '
                    || c == '\u00A0'
                    || c == '-'
                    || c == '\''
                    || c == '\u2019'
                    || c == '.') {
                p++;
            } else {
                break;
            }
        }
        String place = s.substring(placeStart, p).strip();
        if (place.isEmpty() || p >= s.length() || (s.charAt(p) != ',' && s.charAt(p) != '\u060C')) {
            return null;
        }
        p = ws(n, p + 1);
        int y = p;
        while (p < s.length() && p - y < 5 && s.charAt(p) >= '0' && s.charAt(p) <= '9') {
            p++;
        }
        if (p - y != 4) {
            return null;
        }
        int year = Integer.parseInt(s.substring(y, p));
        int afterYear = ws(n, p);
        int suffix = v.match(n, afterYear, "YEAR_SUFFIX");
        if (suffix >= 0) {
            p = suffix;
        }
        p = ws(n, p);
        if (p >= s.length() || s.charAt(p) != close || year < 1000) {
            return null;
        }
        return new Rev(new Revision(revised, place, year), open == '(' ? Brackets.ROUND : Brackets.SQUARE, p + 1);
    }

    /** Skips up to three spaces of normalized text (no-break spaces and TABs normalize to spaces). */
    static int ws(String n, int p) {
        int q = p;
        while (q < n.length() && q - p < MAX_WS && n.charAt(q) == ' ') {
            q++;
        }
        return q;
    }
}

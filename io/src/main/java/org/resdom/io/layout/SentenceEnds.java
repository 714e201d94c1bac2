package org.resdom.io.layout;

/**
 * What the end of a line tells: whether it ends a sentence part or a clause, past closing quotes,
 * bidi marks and a glued call-out, and whether a dot there ends an initial rather than a sentence.
 * Every stage that weighs a line's end asks here.
 */
final class SentenceEnds {

    private SentenceEnds() {}

    /**
     * What ends a sentence part at the end of a line: the Latin marks, the Arabic comma,
     * semicolon and question mark, and the full-width and ideographic marks of Chinese text.
     */
    static final String ENDS = ",;:.!?\u060c\u061b\u061f\u06d4\uff0c\uff1b\uff1a\uff0e\uff01\uff1f\u3002";

    /** What ends a clause, not only a sentence part: all of {@link #ENDS} but the commas. */
    static final String CLAUSE_ENDS = ";:.!?\u061b\u061f\u06d4\uff1b\uff1a\uff0e\uff01\uff1f\u3002";

    /** The last character that tells whether a sentence part ended, past closing quotes and a glued call-out. */
    static char last(CharSequence sb) {
        int e = sb.length();
        while (e > 0
                && (Character.isWhitespace(sb.charAt(e - 1))
                        || Character.getType(sb.charAt(e - 1)) == Character.FORMAT)) {
            e--; // bidi marks after the punctuation, as right-to-left text has them, tell nothing
        }
        int d = e;
        while (d > 0 && e - d < 3 && Character.isDigit(sb.charAt(d - 1))) {
            d--;
        }
        if (d < e
                && d > 0
                && (",;\u060c\u061b\uff0c\uff1b\uff1a\u3001\u3002".indexOf(sb.charAt(d - 1)) >= 0
                        || ":.)\u201d\u2019\"\u00bb".indexOf(sb.charAt(d - 1)) >= 0
                                && (d < 2 || !Character.isDigit(sb.charAt(d - 2))))) {
            e = d;
        }
        for (int i = e - 1; i >= 0; i--) {
            char c = sb.charAt(i);
            if (!Character.isWhitespace(c)
                    && c != '"'
                    && c != '\u201d'
                    && c != '\u2019'
                    && c != ')'
                    && c != ']'
                    && Character.getType(c) != Character.FORMAT) {
                return c;
            }
        }
        return ' ';
    }

    /**
     * Whether a text ends with a word of one lower-case letter and a dot ("Mahamat v.", "X c.
     * Y"): an abbreviation, not a sentence's end, so that the italics after it (the other party's
     * name) do not open a paragraph.
     */
    static boolean afterInitial(CharSequence t) {
        int e = t.length() - 1;
        while (e >= 0 && Character.isWhitespace(t.charAt(e))) {
            e--;
        }
        return e >= 1
                && t.charAt(e) == '.'
                && Character.isLowerCase(t.charAt(e - 1))
                && (e == 1 || Character.isWhitespace(t.charAt(e - 2)));
    }
}

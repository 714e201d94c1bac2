package org.resdom.io.akn;

import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.Map;
import org.resdom.model.SourceSpan;
import org.resdom.model.Text;

/**
 * Where the characters of the texts read from a foreign file stand in its source, so that a
 * citation found in a paragraph's text gets the line and column of its own words, not the
 * paragraph's.
 *
 * <p>The parser keeps the source as it reads it and notes, for each text it reads, the source
 * offset where the text event began (the end of the markup before it). The text's characters
 * are then found one by one in the source, entity and character references, CDATA markers,
 * comments and line ends undone; when the source does not give the text back character for
 * character the text has no positions (and its citations keep the paragraph's span).
 */
final class TextSpans {

    /** How far from the parser's offset a text is looked for. */
    private static final int DRIFT = 64;

    private final Source source;
    private final Map<Text, Integer> starts = new IdentityHashMap<>();
    private int[] lineStarts = new int[64];
    private int lines = 1;
    private int scanned;

    /** @param source the source as read so far (it grows as the parser reads) */
    TextSpans(Source source) {
        this.source = source;
    }

    /** Notes that a text was read from an event that began at a source offset (negative: unknown). */
    void note(Text t, int start) {
        if (start >= 0) {
            starts.put(t, start);
        }
    }

    /**
     * The source offset of each character of a text.
     *
     * @return the offsets, -1 where unknown (all of them when the text was not noted or the source
     *     does not give it back)
     */
    int[] offsets(Text t) {
        int[] out = new int[t.text().length()];
        offsets(t, out, 0);
        return out;
    }

    /**
     * {@link #offsets(Text)}, written into an array.
     *
     * @param t the text
     * @param out where to write them
     * @param at the index in {@code out} of the text's first character
     */
    void offsets(Text t, int[] out, int at) {
        String s = t.text();
        Integer from = starts.get(t);
        if (from == null || !find(s, from, out, at)) {
            Arrays.fill(out, at, at + s.length(), -1);
        }
    }

    /**
     * Finds a text in the source near where the parser said its event began: the StAX offsets
     * can drift by a few units over a long file (line ends split across the parser's buffers),
     * so the nearest place after markup ({@code >}) where the source gives the text back wins.
     */
    private boolean find(String s, int from, int[] out, int at) {
        for (int d = 0; d <= DRIFT; d++) {
            for (int p : d == 0 ? new int[] {from} : new int[] {from - d, from + d}) {
                if (p >= 0
                        && p <= source.length()
                        && (p == 0 || source.charAt(p - 1) == '>')
                        && decode(s, p, out, at)) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean decode(String s, int from, int[] out, int at) {
        int p = from;
        int n = source.length();
        int i = 0;
        while (i < s.length()) {
            if (p >= n) {
                return false;
            }
            char c = source.charAt(p);
            if (c == '<') {
                int skip = markup(p);
                if (skip < 0) {
                    return false;
                }
                if (skip > 0) {
                    p = skip;
                    continue;
                }
                return false;
            }
            if (c == '&') {
                int semi = p + 1;
                while (semi < n && semi - p < 12 && source.charAt(semi) != ';') {
                    semi++;
                }
                if (semi >= n || source.charAt(semi) != ';') {
                    return false;
                }
                String v = reference(source.subSequence(p + 1, semi).toString());
                if (v == null || !s.startsWith(v, i)) {
                    return false;
                }
                for (int k = 0; k < v.length(); k++) {
                    out[at + i++] = p;
                }
                p = semi + 1;
                continue;
            }
            if (c == '\r') {
                if (s.charAt(i) != '\n') {
                    return false;
                }
                out[at + i++] = p;
                p += p + 1 < n && source.charAt(p + 1) == '\n' ? 2 : 1;
                continue;
            }
            if (c != s.charAt(i)) {
                return false;
            }
            out[at + i++] = p++;
        }
        return true;
    }

    /** After markup a text may span (comment, CDATA open or close, processing instruction): where it ends; 0: none. */
    private int markup(int p) {
        if (starts(p, "<![CDATA[")) {
            return p + 9;
        }
        if (starts(p, "<!--")) {
            return end(p + 4, "-->");
        }
        if (starts(p, "<?")) {
            return end(p + 2, "?>");
        }
        return 0;
    }

    private int end(int from, String close) {
        for (int q = from; q + close.length() <= source.length(); q++) {
            if (starts(q, close)) {
                return q + close.length();
            }
        }
        return -1;
    }

    private boolean starts(int p, String s) {
        if (p + s.length() > source.length()) {
            return false;
        }
        for (int k = 0; k < s.length(); k++) {
            if (source.charAt(p + k) != s.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** The text of a predefined entity or character reference ({@code amp}, {@code #160}, {@code #xA0}), or null. */
    private static String reference(String name) {
        switch (name) {
            case "amp":
                return "&";
            case "lt":
                return "<";
            case "gt":
                return ">";
            case "quot":
                return "\"";
            case "apos":
                return "'";
            default:
                break;
        }
        try {
            int cp;
            if (name.startsWith("#x") || name.startsWith("#X")) {
                cp = Integer.parseInt(name.substring(2), 16);
            } else if (name.startsWith("#")) {
                cp = Integer.parseInt(name.substring(1));
            } else {
                return null;
            }
            return Character.isValidCodePoint(cp) ? new String(Character.toChars(cp)) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The number of source code units the character at an offset was written with (a reference, a CR LF). */
    int width(int p) {
        char c = source.charAt(p);
        if (c == '&') {
            int semi = p + 1;
            while (semi < source.length() && source.charAt(semi) != ';') {
                semi++;
            }
            return semi + 1 - p;
        }
        if (c == '\r' && p + 1 < source.length() && source.charAt(p + 1) == '\n') {
            return 2;
        }
        return 1;
    }

    /**
     * The span of a source range.
     *
     * @param start the first code unit
     * @param end one past the last
     * @return the span, with its offsets and the line and column of its start
     */
    SourceSpan span(int start, int end) {
        while (scanned < start) {
            int b = source.lineBreak(scanned, start);
            if (b == start) {
                scanned = start;
                break;
            }
            char c = source.charAt(b);
            scanned = b + 1;
            if (c == '\n' || scanned >= source.length() || source.charAt(scanned) != '\n') {
                if (lines == lineStarts.length) {
                    lineStarts = Arrays.copyOf(lineStarts, lines * 2);
                }
                lineStarts[lines++] = scanned;
            }
        }
        int line = Arrays.binarySearch(lineStarts, 0, lines, start);
        if (line < 0) {
            line = -line - 2;
        }
        return SourceSpan.of(start, end, line + 1, start - lineStarts[line] + 1);
    }
}

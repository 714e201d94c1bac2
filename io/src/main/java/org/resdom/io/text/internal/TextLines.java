package org.resdom.io.text.internal;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/**
 * Stage 1, lines: cuts the input into lines (LF, or CR LF when every line ends so), tells
 * blank lines from lines with content, and keeps the layout hints the writer needs to write
 * the input back byte for byte: the text after the last line with content
 * ({@link TextParser#META_ENDING}), CR LF ({@link TextParser#META_NEWLINE}) and where the blank
 * lines stood ({@link TextParser#META_BLANK_LINES}). No diagnostics.
 *
 * @param starts the offset where each line starts (only the first {@code count} are lines)
 * @param ends the offset where each line ends, before its newline
 * @param content whether each line has a character other than a space or a TAB
 * @param count the number of lines
 * @param lastContent the index of the last line with content, or -1
 * @param crlf whether every line ends with CR LF
 */
record TextLines(int[] starts, int[] ends, boolean[] content, int count, int lastContent, boolean crlf) {

    /**
     * @param s the input
     * @return its lines
     */
    static TextLines of(String s) {
        boolean crlf = isCrlf(s);
        int[] starts = new int[16];
        int[] ends = new int[16];
        int count = 0;
        int pos = 0;
        while (true) {
            int n = s.indexOf('\n', pos);
            int end = n < 0 ? s.length() : (crlf ? n - 1 : n);
            if (count == starts.length) {
                starts = Arrays.copyOf(starts, count * 2);
                ends = Arrays.copyOf(ends, count * 2);
            }
            starts[count] = pos;
            ends[count] = end;
            count++;
            if (n < 0) {
                break;
            }
            pos = n + 1;
        }
        int lastContent = -1;
        boolean[] content = new boolean[count];
        for (int k = 0; k < count; k++) {
            content[k] = hasContent(s, starts[k], ends[k]);
            if (content[k]) {
                lastContent = k;
            }
        }
        return new TextLines(starts, ends, content, count, lastContent, crlf);
    }

    /**
     * @param s the input these lines were cut from
     * @return the layout hints: ending, newline and blank lines, each only when it is not the default
     */
    Map<String, String> hints(String s) {
        Map<String, String> meta = new TreeMap<>();
        String newline = crlf ? "\r\n" : "\n";
        String ending = lastContent < 0 ? s : s.substring(ends[lastContent]);
        if (!ending.equals(newline)) {
            meta.put(TextParser.META_ENDING, ending);
        }
        if (crlf) {
            meta.put(TextParser.META_NEWLINE, "CRLF");
        }
        StringBuilder blanks = new StringBuilder();
        for (int k = 0; k < lastContent; k++) {
            if (!content[k]) {
                if (blanks.length() > 0) {
                    blanks.append(',');
                }
                blanks.append(k + 1);
                if (ends[k] > starts[k]) {
                    blanks.append(':');
                    for (int i = starts[k]; i < ends[k]; i++) {
                        blanks.append(s.charAt(i) == '\t' ? 't' : 's');
                    }
                }
            }
        }
        if (blanks.length() > 0) {
            meta.put(TextParser.META_BLANK_LINES, blanks.toString());
        }
        return meta;
    }

    /** @return the index of the next line with content after line {@code k}, or -1 */
    int nextContent(int k) {
        for (int i = k + 1; i < content.length; i++) {
            if (content[i]) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isCrlf(String s) {
        int i = s.indexOf('\n');
        if (i < 0) {
            return false;
        }
        while (i >= 0) {
            if (i == 0 || s.charAt(i - 1) != '\r') {
                return false;
            }
            i = s.indexOf('\n', i + 1);
        }
        return true;
    }

    private static boolean hasContent(String s, int start, int end) {
        for (int i = start; i < end; i++) {
            char c = s.charAt(i);
            if (c != ' ' && c != '\t') {
                return true;
            }
        }
        return false;
    }
}

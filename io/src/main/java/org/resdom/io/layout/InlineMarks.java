package org.resdom.io.layout;

import java.util.List;
import org.resdom.model.Footnote;
import org.resdom.model.Inline;
import org.resdom.model.Text;

/** The call-out and body mark-up the layout stages write into the structure stage's lines. */
final class InlineMarks {

    /** The start of a call-out: {@code [footnoteRef:N]}. */
    static final String REF = "[footnoteRef:";

    private InlineMarks() {}

    /**
     * Takes call-outs and their bodies ({@code [footnoteRef:1][1:body]}) out of a string that
     * cannot hold them, such as a title.
     *
     * @param s the string
     * @param notes receives one footnote per body taken out
     * @return the string without them
     */
    static String takeNotes(String s, List<Inline> notes) {
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            int r = s.indexOf(REF, i);
            int close = r < 0 ? -1 : s.indexOf(']', r);
            if (close < 0) {
                out.append(s, i, s.length());
                break;
            }
            String marker = s.substring(r + REF.length(), close);
            String open = "[" + marker + ":";
            out.append(s, i, r);
            if (marker.isBlank() || !s.startsWith(open, close + 1)) {
                i = close + 1;
                continue;
            }
            int depth = 0;
            int end = -1;
            for (int k = close + 1; k < s.length(); k++) {
                char c = s.charAt(k);
                if (c == '[') {
                    depth++;
                } else if (c == ']' && --depth == 0) {
                    end = k;
                    break;
                }
            }
            if (end < 0) {
                out.append(s, close + 1, s.length());
                break;
            }
            String body = s.substring(close + 1 + open.length(), end).strip();
            if (!body.isEmpty()) {
                notes.add(Footnote.of(marker, List.of(Text.of(body))));
            }
            i = end + 1;
        }
        return out.toString();
    }
}

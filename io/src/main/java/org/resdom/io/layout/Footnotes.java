package org.resdom.io.layout;

import java.util.ArrayList;
import java.util.List;
import org.resdom.diagnostic.Diagnostic;
import org.resdom.diagnostic.Severity;

/**
 * Stage 4: pairs footnote bodies with their call-outs. Extracted text loses superscript, so a
 * call-out is a marker glued to the word or punctuation before it ("study group2",
 * "session,8"); bodies are taken in order and each is paired with the first glued occurrence of
 * its marker after the previous pairing, so that an ordinary number in the text ("resolution
 * 5/1", "target 12.4", "2030 Agenda") is not mistaken for a call-out.
 */
final class Footnotes {

    /** The marks a call-out is glued after: commas and semicolons, Latin, Arabic and full-width, ideographic stops. */
    private static final String GLUE = ",;\u060c\u061b\uff0c\uff1b\uff1a\u3001\u3002";

    /** A call-out found: where in which block. */
    record Call(int block, int start, int end, Unwrapper.Note note) {}

    private Footnotes() {}

    /**
     * @param blocks the blocks
     * @param notes the bodies in reading order
     * @param unpaired receives the bodies no call-out was found for
     * @return the call-outs, in order
     */
    static List<Call> pair(List<Unwrapper.Block> blocks, List<Unwrapper.Note> notes, List<Unwrapper.Note> unpaired) {
        return pair(blocks, notes, unpaired, List.of());
    }

    /**
     * As {@link #pair(List, List, List)}, with the lines the blocks were made of: where the source
     * set a call-out as a superscript (a PDF), a marker glued to a number is a call-out too
     * ("2014" + superscript 6 = "20146"); plain text cannot tell, and leaves it.
     *
     * @param lines the lines the blocks were made of (each block from its first line to the next block's)
     */
    static List<Call> pair(
            List<Unwrapper.Block> blocks,
            List<Unwrapper.Note> notes,
            List<Unwrapper.Note> unpaired,
            List<LayoutLine> lines) {
        return pair(blocks, notes, unpaired, lines, new ArrayList<>());
    }

    /**
     * As {@link #pair(List, List, List, List)}, leaving a diagnostic ({@link LayoutCodes#FOOTNOTE_WEAK_CALL})
     * for each body paired by weaker evidence than a call-out glued to a word or mark: a marker
     * glued to a number (a year, "20147") or running on into an ideograph, or set off by spaces.
     *
     * @param diags where the diagnostics go
     */
    static List<Call> pair(
            List<Unwrapper.Block> blocks,
            List<Unwrapper.Note> notes,
            List<Unwrapper.Note> unpaired,
            List<LayoutLine> lines,
            List<Diagnostic> diags) {
        List<java.util.Set<String>> raised = raisedAfterDigits(blocks, lines);
        List<Call> calls = new ArrayList<>();
        int b = 0;
        int pos = 0;
        for (int ni = 0; ni < notes.size(); ni++) {
            Unwrapper.Note n = notes.get(ni);
            int[] found = null;
            int fb = b;
            int fp = pos;
            // call-outs come in the order of their bodies: search on from the last pairing
            while (fb < blocks.size()) {
                found = find(blocks.get(fb).text, n.marker(), fp, raised.get(fb));
                if (found != null) {
                    break;
                }
                fb++;
                fp = 0;
            }
            String weak = null;
            if (found == null) {
                weak = "glued to a number or running on into the next character";
                // a call-out glued to a year ("in 2014" + 7 = "in 20147"), which plain text cannot
                // tell from a number, or running on into an ideograph ("报告14以及"), as a number does
                // too: only before the next body's call-out, which bounds where it can be
                int[] limit =
                        ni + 1 < notes.size() ? next(blocks, notes.get(ni + 1).marker(), b, pos, raised) : null;
                int last = limit == null ? blocks.size() - 1 : limit[0];
                for (fb = b, fp = pos; fb <= last; fb++, fp = 0) {
                    found = afterYear(blocks.get(fb).text, n.marker(), fp);
                    int[] run = find(blocks.get(fb).text, n.marker(), fp, raised.get(fb), true);
                    if (run != null && (found == null || run[0] < found[0])) {
                        found = run;
                    }
                    if (found != null) {
                        if (fb == last && limit != null && found[0] > limit[1]) {
                            found = null;
                        }
                        break;
                    }
                }
            }
            if (found == null) {
                weak = "set off by spaces";
                // a superscript set off by a space ("relevant organizations 2 involved"): only
                // between the last pairing and the body, when nothing glued calls it
                int limit = blockAt(blocks, n.at());
                for (fb = b, fp = pos; fb <= limit && found == null; fb++, fp = 0) {
                    found = spaced(blocks.get(fb).text, n.marker(), fp);
                }
                fb--;
            }
            if (found == null) {
                unpaired.add(n);
                continue;
            }
            calls.add(new Call(fb, found[0], found[1], n));
            if (weak != null) {
                Unwrapper.Block in = blocks.get(fb);
                String around = in.text.substring(Math.max(0, found[0] - 12), Math.min(in.text.length(), found[1] + 4));
                diags.add(Diagnostic.at(
                        LayoutCodes.FOOTNOTE_WEAK_CALL,
                        Severity.INFO,
                        "footnote " + n.marker() + " paired with a call-out " + weak + " ('" + around.strip()
                                + "'), which the text cannot tell from a number; no glued call-out was found",
                        LayoutResolutionReader.span(in.origin)));
            }
            b = fb;
            pos = found[1];
        }
        return calls;
    }

    /** @return {block, start} of the first glued call-out of a marker at or after a place, or null */
    private static int[] next(
            List<Unwrapper.Block> blocks, String marker, int b, int pos, List<java.util.Set<String>> raised) {
        for (int fb = b, fp = pos; fb < blocks.size(); fb++, fp = 0) {
            int[] f = find(blocks.get(fb).text, marker, fp, raised.get(fb));
            if (f != null) {
                return new int[] {fb, f[0]};
            }
        }
        return null;
    }

    /**
     * A numeric marker right after a year of four digits (1900 to 2099) with which it makes one
     * number ({@code 20147}: 2014 and call-out 7), nothing but a space, a mark or the end after it.
     *
     * @return {start, end} of the marker, or null
     */
    static int[] afterYear(CharSequence t, String marker, int from) {
        if (!Character.isDigit(marker.charAt(0))) {
            return null;
        }
        int m = marker.length();
        for (int i = Math.max(from, 4); i + m <= t.length(); i++) {
            if (!regionMatches(t, i, marker)) {
                continue;
            }
            int after = i + m;
            char next = after < t.length() ? t.charAt(after) : ' ';
            if (Character.isLetterOrDigit(next) || next == '/' || next == '-') {
                continue;
            }
            if (next == '.' && after + 1 < t.length() && Character.isDigit(t.charAt(after + 1))) {
                continue;
            }
            // "2014(7)": the marker in brackets, as Arabic texts write it
            boolean bracketed = t.charAt(i - 1) == '(' && next == ')';
            int y = bracketed ? i - 5 : i - 4;
            // nothing glued before the year but an Arabic conjunction ("و2020", "and 2020")
            if (y < 0
                    || y > 0
                            && Character.isLetterOrDigit(t.charAt(y - 1))
                            && Character.UnicodeScript.of(t.charAt(y - 1)) != Character.UnicodeScript.ARABIC) {
                continue;
            }
            boolean year = true;
            for (int k = y; k < y + 4; k++) {
                year &= Character.isDigit(t.charAt(k));
            }
            if (year
                    && (t.charAt(y) == '1' && t.charAt(y + 1) == '9' || t.charAt(y) == '2' && t.charAt(y + 1) == '0')) {
                return new int[] {i, after};
            }
        }
        return null;
    }

    /** @return the index of the last block that starts at or before line {@code at}, -1 when none or not known */
    private static int blockAt(List<Unwrapper.Block> blocks, int at) {
        int out = -1;
        for (int i = 0; i < blocks.size() && at >= 0 && blocks.get(i).first <= at; i++) {
            out = i;
        }
        return out;
    }

    /**
     * A numeric marker set off by single spaces between two lower-case words, as a superscript
     * call-out comes out of some extractors ("organizations 2 involved"): the word before has
     * three letters at least and the word after four, so that a number the text uses
     * ("resolutions 2 and 3", "article 2 of", "Study Group 2") is not taken.
     *
     * @return {start, end} of the marker with the space before it, or null
     */
    static int[] spaced(CharSequence t, String marker, int from) {
        int m = marker.length();
        if (!Character.isDigit(marker.charAt(0))) {
            return null;
        }
        for (int i = Math.max(from, 4); i + m + 5 <= t.length(); i++) {
            if (t.charAt(i - 1) != ' ' || !regionMatches(t, i, marker) || t.charAt(i + m) != ' ') {
                continue;
            }
            int w = i - 1;
            while (w > 0 && Character.isLowerCase(t.charAt(w - 1))) {
                w--;
            }
            int a = i + m + 1;
            int e = a;
            while (e < t.length() && Character.isLowerCase(t.charAt(e))) {
                e++;
            }
            boolean before = i - 1 - w >= 3 && (w == 0 || !Character.isLetterOrDigit(t.charAt(w - 1)));
            boolean after = e - a >= 4 && (e == t.length() || !Character.isLetterOrDigit(t.charAt(e)));
            if (before && after) {
                return new int[] {i - 1, i + m};
            }
        }
        return null;
    }

    /**
     * For each block, the superscripts its lines set right after a digit, each as the digits
     * before it, {@code |} and the superscript ({@code 2014|6}).
     */
    private static List<java.util.Set<String>> raisedAfterDigits(List<Unwrapper.Block> blocks, List<LayoutLine> lines) {
        List<java.util.Set<String>> out = new ArrayList<>(blocks.size());
        for (int b = 0; b < blocks.size(); b++) {
            java.util.Set<String> set = new java.util.HashSet<>();
            int from = blocks.get(b).first;
            int to = b + 1 < blocks.size() ? blocks.get(b + 1).first : lines.size();
            for (int i = Math.max(from, 0); i < Math.min(to, lines.size()); i++) {
                LayoutLine l = lines.get(i);
                for (LayoutLine.Span sp : l.superscripts()) {
                    int d = sp.start();
                    while (d > 0 && Character.isDigit(l.text().charAt(d - 1))) {
                        d--;
                    }
                    if (d < sp.start()) {
                        set.add(l.text().substring(d, sp.start()) + "|"
                                + l.text().substring(sp.start(), sp.end()).strip());
                    }
                }
            }
            out.add(set);
        }
        return out;
    }

    /** @return {start, end} of the glued marker in the text at or after from, or null */
    static int[] find(CharSequence t, String marker, int from) {
        return find(t, marker, from, java.util.Set.of());
    }

    /**
     * @param raised the superscripts the source set right after a digit ({@code 2014|6})
     * @return {start, end} of the glued marker in the text at or after from, or null
     */
    static int[] find(CharSequence t, String marker, int from, java.util.Set<String> raised) {
        return find(t, marker, from, raised, false);
    }

    /**
     * @param ideographic whether a marker may run on into an ideograph after it ("报告14以及"),
     *     as a call-out runs in Chinese text; a number does as well ("第3号"), so this is tried
     *     only where no strict call-out was found, and never past the next body's call-out
     * @return {start, end} of the glued marker in the text at or after from, or null
     */
    static int[] find(CharSequence t, String marker, int from, java.util.Set<String> raised, boolean ideographic) {
        int m = marker.length();
        for (int i = Math.max(from, 1); i + m <= t.length(); i++) {
            if (!regionMatches(t, i, marker)) {
                continue;
            }
            char before = t.charAt(i - 1);
            int after = i + m;
            char next = after < t.length() ? t.charAt(after) : ' ';
            if (Character.isDigit(next)
                    || next == '/'
                    || next == '.' && after + 1 < t.length() && Character.isDigit(t.charAt(after + 1))
                    || Character.isLetter(next) && !(ideographic && Scripts.isIdeographic(next))
                    || next == '-') {
                continue;
            }
            boolean glued;
            if (!Character.isDigit(marker.charAt(0))) {
                // a mark (*, \u2020, \u2021) is never part of a number: glued to anything but a space
                glued = !Character.isWhitespace(before) && !Character.isSpaceChar(before);
            } else if (Character.isLetter(before)) {
                glued = true;
            } else if (GLUE.indexOf(before) >= 0) {
                glued = true; // a comma or semicolon, Latin, Arabic or full-width, or an ideographic stop
            } else if (before == '(' && next == ')') {
                // a marker in brackets glued to the word before it, as Arabic texts write it: "تمسها(1)"
                char b2 = i >= 2 ? t.charAt(i - 2) : ' ';
                glued = Character.isLetter(b2) || GLUE.indexOf(b2) >= 0 || "\u201d\u2019\"\u00bb".indexOf(b2) >= 0;
            } else if (Character.isDigit(before)) {
                // a number and a call-out run together ("2014" + 6): only the layout can tell
                int d = i;
                while (d > 0 && Character.isDigit(t.charAt(d - 1))) {
                    d--;
                }
                glued = !raised.isEmpty() && raised.contains(t.subSequence(d, i) + "|" + marker);
            } else if (before == ':' || before == '.') {
                // "4.1", "10:30": a digit before the mark makes the marker part of a number
                glued = i < 2 || !Character.isDigit(t.charAt(i - 2));
            } else {
                // a closing bracket or quote ends the number before it: "(Rev. Dubai, 2018)1;", "народов»4"
                // ("»4", "」5": any closing bracket or closing quote mark of Unicode)
                int type = Character.getType(before);
                glued = ")\u201d\u2019\"".indexOf(before) >= 0
                        || type == Character.END_PUNCTUATION
                        || type == Character.FINAL_QUOTE_PUNCTUATION;
            }
            if (glued) {
                return new int[] {i, after};
            }
        }
        return null;
    }

    private static boolean regionMatches(CharSequence t, int i, String marker) {
        for (int k = 0; k < marker.length(); k++) {
            if (t.charAt(i + k) != marker.charAt(k)) {
                return false;
            }
        }
        return true;
    }
}

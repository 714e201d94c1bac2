package org.resdom.io.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Stage 2, footnote bodies: collects the bodies the classifier marked (a body's first line with
 * its marker, the lines that go on with it, a body that runs on from the foot of the page before)
 * and the bodies a Word extract runs on inside a line after a rule ({@code ____ 1 These include …
 * 2 Africa, …}). A browser's list number before an endnote's marker is kept as furniture.
 */
final class NoteBodies {

    /** Footnote bodies after a rule inside a line: the rule, the first marker and the bodies. */
    static final Pattern INLINE_NOTE = Pattern.compile("\\s_{5,}\\s*(\\d{1,3}|[*\u2020\u2021])[\\s\u00a0]+(\\S.*)$");

    /**
     * The bodies after one rule inside a line: Word extracts run the footnotes of a paragraph on
     * in one line ("1 These include … transition. 2 Africa, Americas, …"), so a body is cut where
     * the next number (one more) follows the end of a sentence and opens a capitalised word.
     */
    static void splitNotes(String marker, String body, LayoutLine l, int at, List<Unwrapper.Note> notes) {
        for (String[] b : RuleNotes.bodies(marker, body)) {
            notes.add(new Unwrapper.Note(b[0], b[1], l, at));
        }
    }

    private final List<Unwrapper.Note> notes = new ArrayList<>();
    private final boolean ideographic;
    private StringBuilder note;
    private String marker;
    private LayoutLine origin;
    private int at = -1;

    /** @param ideographic whether the document is written in ideographs: its lines join without a space */
    NoteBodies(boolean ideographic) {
        this.ideographic = ideographic;
    }

    /** @return the bodies collected, in the order they closed */
    List<Unwrapper.Note> notes() {
        return notes;
    }

    /** Ends the body being collected, if any: a line that is not a note's came. */
    void close() {
        if (note != null) {
            notes.add(new Unwrapper.Note(marker, note.toString(), origin, at));
            note = null;
        }
    }

    /**
     * Opens a body at a line of kind {@link LineKind#FOOTNOTE_START} or {@link LineKind#ENDNOTE_START}.
     *
     * @param furniture where the browser's list number of an endnote goes
     */
    void open(LineKind k, String t, LayoutLine l, int i, List<Unwrapper.Furniture> furniture) {
        close();
        int g = 1;
        Matcher m = LineClassifier.FOOTNOTE.matcher(t);
        if (k == LineKind.ENDNOTE_START) {
            m = Endnotes.ENDNOTE.matcher(t);
            m.matches();
            // the browser's list number is no part of the note: kept as furniture
            furniture.add(new Unwrapper.Furniture(LineKind.NOTE_NUMBER, t.substring(0, m.end(1) + 1), l));
            g = 2;
        } else if (!m.matches()) {
            m = Endnotes.NOTE.matcher(t); // "2. A/76/207.": a marker written with a dot
            m.matches();
        }
        marker = m.group(g);
        int body = m.end(g);
        if (k == LineKind.FOOTNOTE_START && body < t.length() && t.charAt(body) == '.') {
            body++;
        }
        note = new StringBuilder(t.substring(body).strip());
        origin = l;
        at = i;
    }

    /**
     * A line of kind {@link LineKind#FOOTNOTE_MORE}: it goes on with the body open, or with the
     * last body when that stood on an earlier page (a footnote that runs on from the foot of the
     * page before).
     *
     * @return false when there is no body to add it to: the line is text, never dropped
     */
    boolean more(String t, LayoutLine l) {
        if (note != null) {
            if (!ideographic && WrapJoins.spaced(note, t)) {
                note.append(' ');
            }
            note.append(t);
            return true;
        }
        Unwrapper.Note lastNote = notes.isEmpty() ? null : notes.get(notes.size() - 1);
        if (lastNote != null
                && lastNote.origin().page().isPresent()
                && l.page().isPresent()
                && lastNote.origin().page().getAsInt() < l.page().getAsInt()) {
            notes.set(notes.size() - 1, lastNote.more(t));
            return true;
        }
        return false;
    }

    /**
     * Takes the bodies after a rule inside a line out of it.
     *
     * @return the line's text before the rule, or the line as it was
     */
    String inline(String t, LayoutLine l, int i) {
        // the note needs five underscores in a row: a line without them is not searched
        Matcher in = t.contains("_____") ? INLINE_NOTE.matcher(t) : null;
        if (in != null && in.find()) {
            splitNotes(in.group(1), in.group(2).strip(), l, i, notes);
            return t.substring(0, in.start()).strip();
        }
        return t;
    }
}

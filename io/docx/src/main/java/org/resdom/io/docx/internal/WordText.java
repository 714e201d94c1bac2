package org.resdom.io.docx.internal;

import java.io.ByteArrayInputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The text of a Word document as an extractor flattens it (one line a paragraph (lines separated, not ended, by a line feed), {@code TAB}s,
 * {@code [bookmark: NAME]}, {@code [footnoteRef:N]}, the footnote's body {@code [N: …]} at the
 * end of its paragraph, numbering labels as Word computes them), with the tracked changes
 * marked {@code {+…+}} and {@code {-…-}} (resdom's text convention), and the list of those
 * changes with their author, date and move name, in document order.
 */
public final class WordText {

    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    static final String R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    /**
     * A tracked change.
     *
     * @param inserted inserted (or moved to) rather than deleted (or moved from)
     * @param text its text
     * @param author who made it
     * @param date when
     * @param move the move's name
     */
    public record Change(
            boolean inserted, String text, Optional<String> author, Optional<String> date, Optional<String> move) {}

    /**
     * A problem met while reading.
     *
     * @param code the diagnostic code
     * @param error an error rather than a warning
     * @param message the message
     * @param paragraph the paragraph's number in the body
     */
    public record Problem(String code, boolean error, String message, int paragraph) {}

    private final StringBuilder out = new StringBuilder();
    private final List<Change> changes = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();
    private final Map<String, Numbering.Level[]> numbering;
    private final Map<String, int[]> counters = new HashMap<>();
    private final Map<String, String> footnotes = new HashMap<>();
    private final Map<String, List<Change>> footnoteChanges = new HashMap<>();
    private final Map<Integer, ListLevel> listLevels = new HashMap<>();
    private int footnoteCount;
    private int paragraphs;

    /**
     * The list and level of an automatically numbered paragraph.
     *
     * @param numId the list ({@code w:numId})
     * @param ilvl the level ({@code w:ilvl}, 0 to 8)
     */
    public record ListLevel(String numId, int ilvl) {}

    private WordText(Map<String, Numbering.Level[]> numbering) {
        this.numbering = numbering;
    }

    /** @return the flattened text, marks included */
    public String marked() {
        return out.toString();
    }

    /** @return the changes, in the order of their marks */
    public List<Change> changes() {
        return changes;
    }

    /** @return the list level of each numbered body paragraph, by its line (1 for the first paragraph) */
    public Map<Integer, ListLevel> listLevels() {
        return listLevels;
    }

    private final Map<String, Integer> languages = new HashMap<>();

    /**
     * @return the primary language subtag Word declares most often in the body's run and paragraph
     *     properties ({@code w:lang w:val="en-GB"}: {@code en}), if any
     */
    public Optional<String> declaredLanguage() {
        return languages.entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(e -> e.getKey().split("-", 2)[0]);
    }

    /** @return the problems met */
    public List<Problem> problems() {
        return problems;
    }

    /**
     * @param document {@code word/document.xml}
     * @param numberingPart {@code word/numbering.xml}, or null
     * @param footnotesPart {@code word/footnotes.xml}, or null
     * @param maxChars the most characters of text produced
     * @return the text
     * @throws XMLStreamException if a part is not well-formed XML or declares a DTD
     */
    public static WordText of(byte[] document, byte[] numberingPart, byte[] footnotesPart, long maxChars)
            throws XMLStreamException {
        WordText t = new WordText(numberingPart == null ? Map.of() : Numbering.parse(numberingPart));
        if (footnotesPart != null) {
            t.footnotes(footnotesPart);
        }
        t.body(document, maxChars);
        return t;
    }

    static XMLStreamReader reader(byte[] xml) throws XMLStreamException {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        return f.createXMLStreamReader(new ByteArrayInputStream(xml));
    }

    /**
     * One piece of a paragraph: its text and the changes it lies in, outermost first (none: plain
     * text). A run deleted inside an insertion ({@code w:del} in {@code w:ins}: inserted by one
     * author, deleted by another) lies in both and is in neither version.
     */
    private static final class Seg {
        /** Each change as kind (1 inserted, 2 deleted), author, date, move; outermost first. */
        final List<String[]> changes;
        /** A bookmark: no text of the paragraph's own. */
        final boolean anchor;

        final StringBuilder text = new StringBuilder();

        Seg(List<String[]> changes, boolean anchor) {
            this.changes = changes;
            this.anchor = anchor;
        }

        boolean same(List<String[]> other) {
            if (anchor || changes.size() != other.size()) {
                return false;
            }
            for (int i = 0; i < changes.size(); i++) {
                if (!java.util.Arrays.equals(changes.get(i), other.get(i))) {
                    return false;
                }
            }
            return true;
        }

        /** Whether the text is in a version: the accepted one has no deletion around it, the rejected no insertion. */
        boolean in(boolean accepted) {
            String hidden = accepted ? "2" : "1";
            for (String[] c : changes) {
                if (c[0].equals(hidden)) {
                    return false;
                }
            }
            return true;
        }
    }

    /** A change of one level: kind ({@code 1} inserted, {@code 2} deleted), author, date, move. */
    private static List<String[]> one(int kind, String author, String date, String move) {
        return kind == 0 ? List.of() : List.<String[]>of(new String[] {String.valueOf(kind), author, date, move});
    }

    /**
     * Text of the document as text: a literal brace is written {@link #OPEN}/{@link #CLOSE} in the
     * marked text, and a {@code [} that opens what the text rules read as a bookmark or a footnote
     * ({@code [bookmark: }, {@code [footnoteRef:}, {@code [1: }) {@link #BRACKET}, so that Word
     * text that looks like resdom's mark-up ({@code {+…+}}) is never read as mark-up;
     * {@link #literal(String)} turns them back. The three noncharacters themselves, meant for a
     * program's internal use and never for interchange, are read as U+FFFD.
     */
    static String protect(String s) {
        if (s.indexOf('{') < 0
                && s.indexOf('}') < 0
                && s.indexOf('[') < 0
                && s.indexOf(OPEN) < 0
                && s.indexOf(CLOSE) < 0
                && s.indexOf(BRACKET) < 0) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '[' && looksLikeMarkup(s, i + 1)) {
                sb.append(BRACKET);
            } else {
                sb.append(c == '{' ? OPEN : c == '}' ? CLOSE : c == OPEN || c == CLOSE || c == BRACKET ? '\uFFFD' : c);
            }
        }
        return sb.toString();
    }

    /** After a {@code [}: {@code bookmark: }, {@code footnoteRef:} or {@code N: } (a footnote body), as the text rules read them. */
    private static boolean looksLikeMarkup(String s, int i) {
        if (s.startsWith("bookmark: ", i) || s.startsWith("footnoteRef:", i)) {
            return true;
        }
        int j = i;
        while (j < s.length() && Character.isDigit(s.charAt(j))) {
            j++;
        }
        return j > i && s.startsWith(":", j);
    }

    /** How the marked text writes a footnote call: {@code [footnoteRef:N]}. */
    public static final String FOOTNOTE_REF = "[footnoteRef:";

    /** A literal {@code [} that would open the text rules' bookmark or footnote mark-up (see {@link #protect}). */
    public static final char BRACKET = '\uFDD2';

    /** A literal brace in the marked text (see {@link #protect}). */
    public static final char OPEN = '\uFDD0';
    /** A literal closing brace in the marked text (see {@link #protect}). */
    public static final char CLOSE = '\uFDD1';
    /** The text of a mark that stands for a paragraph mark inserted or deleted: a pilcrow. */
    public static final String PARAGRAPH_MARK = "\u00B6";

    /**
     * @param s text of the marked text
     * @return the text with its literal braces back
     */
    public static String literal(String s) {
        if (s.indexOf(OPEN) < 0 && s.indexOf(CLOSE) < 0 && s.indexOf(BRACKET) < 0) {
            return s;
        }
        return s.replace(OPEN, '{').replace(CLOSE, '}').replace(BRACKET, '[');
    }

    /** The state of one paragraph being read. */
    private final class Para {
        final List<Seg> segs = new ArrayList<>();
        final List<String> notes = new ArrayList<>();
        final Deque<String[]> marks = new ArrayDeque<>(); // kind, author, date, move
        ListLevel listLevel;
        /** The paragraph mark inserted (author, date, move), or null. */
        String[] markInserted;
        /** The paragraph mark deleted (author, date, move), or null. */
        String[] markDeleted;

        /** Text of the document: literal, whatever it looks like. */
        void text(String s) {
            markup(protect(s));
        }

        /** Text the reader writes for the text rules ({@code [footnoteRef:N]}, a tab), in the current marks. */
        void markup(String s) {
            if (s.isEmpty()) {
                return;
            }
            // the open changes, outermost first; a change inside one of its own kind adds nothing
            List<String[]> open = new ArrayList<>(marks.size());
            java.util.Iterator<String[]> it = marks.descendingIterator();
            while (it.hasNext()) {
                String[] m = it.next();
                if (open.isEmpty() || !open.get(open.size() - 1)[0].equals(m[0])) {
                    open.add(m);
                }
            }
            add(open, s);
        }

        void add(int kind, String a, String d, String mv, String s) {
            add(one(kind, a, d, mv), s);
        }

        void add(List<String[]> open, String s) {
            Seg last = segs.isEmpty() ? null : segs.get(segs.size() - 1);
            if (last == null || !last.same(open)) {
                last = new Seg(open, false);
                segs.add(last);
            }
            last.text.append(s);
        }

        boolean endsWithSpace() {
            StringBuilder t = segs.get(segs.size() - 1).text;
            return t.length() > 0 && Character.isWhitespace(t.charAt(t.length() - 1));
        }

        /** A bookmark: never inside a mark. */
        void anchor(String s) {
            Seg b = new Seg(List.of(), true);
            b.text.append(s);
            segs.add(b);
        }

        /** Whether the paragraph has text of its own in a version (accepted: plain and inserted). */
        boolean hasText(boolean accepted) {
            for (Seg s : segs) {
                if (!s.anchor && s.in(accepted) && !s.text.toString().isBlank()) {
                    return true;
                }
            }
            return false;
        }

        /** Renders the marked text (returned) and the flattened text (into {@code flat}). */
        String render(List<Change> into, StringBuilder flat) {
            return render(into, flat, false);
        }

        /**
         * Like {@link #render(List, StringBuilder)}; {@code trim}: the marked text does not start
         * with white space (a footnote's body: Word writes a space after the note's own number), the
         * flattened text keeps it as the runs have it.
         */
        String render(List<Change> into, StringBuilder flat, boolean trim) {
            for (Seg s : segs) {
                flat.append(literal(s.text.toString()));
            }
            while (trim && !segs.isEmpty() && !segs.get(0).anchor) {
                StringBuilder t = segs.get(0).text;
                int k = 0;
                while (k < t.length() && Character.isWhitespace(t.charAt(k))) {
                    k++;
                }
                t.delete(0, k);
                if (t.length() > 0) {
                    break;
                }
                segs.remove(0);
            }
            StringBuilder sb = new StringBuilder();
            render(0, segs.size(), 0, sb, into);
            return sb.toString();
        }

        /**
         * Renders segments {@code [from, to)}, which share their first {@code depth} changes: a run
         * of segments in the same change at {@code depth} is one mark, its inner changes nested in
         * it ({@code {+new {-then deleted-}+}}); the change is listed before those inside it, as
         * the text reader builds marks.
         */
        private void render(int from, int to, int depth, StringBuilder sb, List<Change> into) {
            int i = from;
            while (i < to) {
                Seg s = segs.get(i);
                if (s.changes.size() <= depth) {
                    sb.append(s.text);
                    i++;
                    continue;
                }
                String[] c = s.changes.get(depth);
                int j = i + 1;
                while (j < to
                        && segs.get(j).changes.size() > depth
                        && java.util.Arrays.equals(segs.get(j).changes.get(depth), c)) {
                    j++;
                }
                StringBuilder text = new StringBuilder();
                for (int k = i; k < j; k++) {
                    text.append(segs.get(k).text);
                }
                boolean inserted = c[0].equals("1");
                into.add(change(inserted, literal(text.toString()), c[1], c[2], c[3]));
                sb.append(inserted ? "{+" : "{-");
                render(i, j, depth + 1, sb, into);
                sb.append(inserted ? "+}" : "-}");
                i = j;
            }
        }
    }

    private static Change change(boolean inserted, String text, String author, String date, String move) {
        return new Change(
                inserted, text, Optional.ofNullable(author), Optional.ofNullable(date), Optional.ofNullable(move));
    }

    private void footnotes(byte[] xml) throws XMLStreamException {
        XMLStreamReader x = reader(xml);
        String id = null;
        boolean special = false;
        StringBuilder body = null;
        StringBuilder flat = null;
        List<Change> ch = null;
        Map<String, String> moves = new HashMap<>();
        while (x.hasNext()) {
            int ev = x.next();
            if (ev == XMLStreamConstants.DTD) {
                throw new XMLStreamException("DTD refused");
            }
            if (ev == XMLStreamConstants.START_ELEMENT && isMc(x, "Fallback")) {
                skip(x);
            } else if (ev == XMLStreamConstants.START_ELEMENT && isW(x, "footnote")) {
                id = attr(x, "id");
                String type = attr(x, "type");
                special = type != null && !"normal".equals(type);
                body = new StringBuilder();
                flat = new StringBuilder();
                ch = new ArrayList<>();
            } else if (ev == XMLStreamConstants.START_ELEMENT && id != null && isW(x, "p")) {
                Para p = new Para();
                paragraph(x, p, moves, true);
                boolean first = body.length() == 0;
                if (!first) {
                    body.append(' ');
                    flat.append(' ');
                }
                body.append(p.render(ch, flat, first));
            } else if (ev == XMLStreamConstants.END_ELEMENT && isW(x, "footnote")) {
                if (id != null && !special) {
                    footnotes.put(id, body.toString());
                    flatFootnotes.put(id, flat.toString());
                    footnoteChanges.put(id, ch);
                }
                id = null;
            }
        }
    }

    private final Map<String, String> flatFootnotes = new HashMap<>();
    private final StringBuilder flat = new StringBuilder();

    /** @return the text as an extractor flattens it: no marks, the text of deletions and insertions both kept */
    public String flat() {
        return flat.toString();
    }

    private void body(byte[] xml, long maxChars) throws XMLStreamException {
        XMLStreamReader x = reader(xml);
        Map<String, String> moves = new HashMap<>();
        // the open table rows, innermost first: each its change (kind, author, date) or an empty array
        Deque<String[]> rows = new ArrayDeque<>();
        boolean inRowProps = false;
        while (x.hasNext()) {
            int ev = x.next();
            if (ev == XMLStreamConstants.DTD) {
                throw new XMLStreamException("DTD refused");
            }
            if (ev == XMLStreamConstants.START_ELEMENT && isW(x, "tr")) {
                rows.push(new String[0]);
            } else if (ev == XMLStreamConstants.END_ELEMENT && isW(x, "tr") && !rows.isEmpty()) {
                rows.pop();
            } else if (ev == XMLStreamConstants.START_ELEMENT && isW(x, "trPr")) {
                inRowProps = true;
            } else if (ev == XMLStreamConstants.END_ELEMENT && isW(x, "trPr")) {
                inRowProps = false;
            } else if (ev == XMLStreamConstants.START_ELEMENT
                    && inRowProps
                    && !rows.isEmpty()
                    && (isW(x, "ins") || isW(x, "del"))) {
                // a table row inserted or deleted (w:trPr/w:ins, w:trPr/w:del): its paragraphs whole
                rows.pop();
                rows.push(new String[] {isW(x, "ins") ? "1" : "2", attr(x, "author"), attr(x, "date")});
            }
            if (ev == XMLStreamConstants.START_ELEMENT && isMc(x, "Fallback")) {
                skip(x);
            } else if (ev == XMLStreamConstants.START_ELEMENT && isW(x, "p")) {
                paragraphs++;
                Para p = new Para();
                String[] row = rowChange(rows);
                if (row != null) {
                    p.marks.push(new String[] {row[0], row[1], row[2], null});
                    String[] who = {row[1], row[2], null};
                    if (row[0].equals("1")) {
                        p.markInserted = who;
                    } else {
                        p.markDeleted = who;
                    }
                }
                paragraph(x, p, moves, false);
                if (p.listLevel != null) {
                    listLevels.put(paragraphs, p.listLevel);
                }
                if (paragraphs > 1) {
                    out.append('\n');
                    flat.append('\n');
                }
                out.append(p.render(changes, flat));
                paragraphMark(p);
                for (String note : p.notes) {
                    String text = footnotes.get(note);
                    if (text == null) {
                        problems.add(new Problem(
                                "DOCX-FOOTNOTE-MISSING",
                                false,
                                "footnote " + note + " referenced but not in the footnotes part",
                                paragraphs));
                        continue;
                    }
                    changes.addAll(footnoteChanges.getOrDefault(note, List.of()));
                    out.append(" [")
                            .append(markerOf(note))
                            .append(": ")
                            .append(text)
                            .append("] ");
                    flat.append(" [")
                            .append(markerOf(note))
                            .append(": ")
                            .append(flatFootnotes.get(note))
                            .append("] ");
                }
                if (out.length() > maxChars) {
                    problems.add(new Problem(
                            "IO-LIMIT",
                            true,
                            "text longer than " + maxChars + " characters: the rest is not read",
                            paragraphs));
                    out.setLength((int) maxChars);
                    flat.setLength((int) Math.min(flat.length(), maxChars));
                    return;
                }
            }
        }
    }

    /** The change of the innermost table row that has one, or null. */
    private static String[] rowChange(Deque<String[]> rows) {
        for (String[] r : rows) {
            if (r.length > 0) {
                return r;
            }
        }
        return null;
    }

    /**
     * A paragraph mark inserted or deleted while the paragraph keeps text in the other version
     * (a paragraph split or merged): a mark of one {@link #PARAGRAPH_MARK} at the end of its
     * line, which {@code accepted()}/{@code rejected()} turn into the merge. A paragraph inserted
     * or deleted whole needs none: it has no text in the other version. A paragraph mark both
     * inserted and deleted (inserted by one author, deleted by another) is in neither version:
     * {@code {+{-¶-}+}}, so that the text it keeps in either version joins the next paragraph.
     */
    private void paragraphMark(Para p) {
        if (p.markInserted != null && p.markDeleted != null) {
            if (!p.hasText(true) && !p.hasText(false)) {
                return;
            }
            out.append("{+{-").append(PARAGRAPH_MARK).append("-}+}");
            String[] i = p.markInserted;
            String[] d = p.markDeleted;
            changes.add(change(true, PARAGRAPH_MARK, i[0], i[1], i[2]));
            changes.add(change(false, PARAGRAPH_MARK, d[0], d[1], d[2]));
            return;
        }
        String[] m = p.markInserted != null ? p.markInserted : p.markDeleted;
        if (m == null) {
            return;
        }
        boolean inserted = p.markInserted != null;
        if (!p.hasText(!inserted)) {
            return;
        }
        out.append(inserted ? "{+" : "{-").append(PARAGRAPH_MARK).append(inserted ? "+}" : "-}");
        changes.add(change(inserted, PARAGRAPH_MARK, m[0], m[1], m[2]));
    }

    /**
     * A {@code w:sym}: the character of a symbol font, as Unicode where {@link Symbols} knows the
     * font, else the code Word gives (a private-use character) kept as it is and reported
     * ({@code DOCX-SYMBOL-UNMAPPED}). Before, a symbol was dropped silently.
     */
    private String symbol(String font, String code) {
        int c;
        try {
            c = code == null ? -1 : Integer.parseInt(code.strip(), 16);
        } catch (NumberFormatException e) {
            c = -1;
        }
        Optional<String> mapped = c < 0 ? Optional.empty() : Symbols.of(font, c);
        if (mapped.isPresent()) {
            return mapped.get();
        }
        boolean keep = c >= 0x20 && Character.isValidCodePoint(c) && !(c <= 0xFFFF && Character.isSurrogate((char) c));
        String kept = keep ? new String(Character.toChars(c)) : "\uFFFD";
        problems.add(new Problem(
                "DOCX-SYMBOL-UNMAPPED",
                false,
                "symbol " + code + " of font " + font + " has no known Unicode character: kept as "
                        + (keep ? String.format("U+%04X", c) : "U+FFFD"),
                Math.max(1, paragraphs)));
        return kept;
    }

    private final Map<String, Integer> markers = new LinkedHashMap<>();

    private int markerOf(String id) {
        return markers.computeIfAbsent(id, k -> ++footnoteCount);
    }

    /** Elements of properties: nothing in them is text or a change of text. */
    private static final java.util.Set<String> PROPERTIES =
            java.util.Set.of("pPr", "rPr", "tblPr", "trPr", "tcPr", "sectPr", "rPrChange");

    static final String STRICT = "http://purl.oclc.org/ooxml/wordprocessingml/main";
    static final String MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";

    /** A WordprocessingML element (transitional or strict namespace) of this name. */
    static boolean isW(XMLStreamReader x, String name) {
        String ns = x.getNamespaceURI();
        return (W.equals(ns) || STRICT.equals(ns)) && name.equals(x.getLocalName());
    }

    static boolean isW(XMLStreamReader x) {
        String ns = x.getNamespaceURI();
        return W.equals(ns) || STRICT.equals(ns);
    }

    private static boolean isMc(XMLStreamReader x, String name) {
        return MC.equals(x.getNamespaceURI()) && name.equals(x.getLocalName());
    }

    /** An attribute of a WordprocessingML element, in its own namespace. */
    static String attr(XMLStreamReader x, String name) {
        String v = x.getAttributeValue(W, name);
        return v != null ? v : x.getAttributeValue(STRICT, name);
    }

    /** Skips the element the reader is on, with everything in it. */
    private static void skip(XMLStreamReader x) throws XMLStreamException {
        int depth = 1;
        while (x.hasNext() && depth > 0) {
            int ev = x.next();
            if (ev == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (ev == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    /**
     * Reads one {@code w:p}, positioned on its start tag, up to its end tag. Properties are read
     * where they stand: the numbering of {@code w:pPr} is the accepted version's, that of the
     * {@code w:pPr} inside {@code w:pPrChange} the rejected version's; a {@code w:ins} or
     * {@code w:del} in the paragraph mark's {@code w:rPr} inserts or deletes the mark; changes of
     * formatting ({@code w:rPrChange}) and a run's or table's properties are not text. The
     * {@code mc:Fallback} of an {@code mc:AlternateContent} (a second copy of a text box or a
     * drawing, for older readers) is skipped, so a text box is read once, in place: its
     * paragraphs, joined by spaces, inside the paragraph that anchors it.
     */
    private void paragraph(XMLStreamReader x, Para p, Map<String, String> moves, boolean inFootnote)
            throws XMLStreamException {
        Deque<String> path = new ArrayDeque<>(); // the open elements inside this paragraph, innermost first
        // how many of the open elements are properties, old paragraph properties, numbering (no search of the path:
        // a hostile paragraph may nest elements very deep)
        int props = 0;
        int oldProps = 0;
        int numPr = 0;
        Deque<Boolean> pushed = new ArrayDeque<>();
        String[] accNum = {null, "0"};
        String[] rejNum = {null, "0"};
        String[] propChange = null;
        boolean labelDone = false;
        while (x.hasNext()) {
            int ev = x.next();
            if (ev == XMLStreamConstants.START_ELEMENT) {
                if (isMc(x, "Fallback")) {
                    skip(x);
                    continue;
                }
                String n = isW(x) ? x.getLocalName() : "";
                boolean inParaProps = !path.isEmpty() && path.peekLast().equals("pPr");
                boolean inOldProps = oldProps > 0;
                boolean inProps = props > 0;
                boolean mark = false;
                switch (n) {
                    case "" -> {}
                    case "numId", "ilvl" -> {
                        if (inParaProps && numPr > 0) {
                            String[] target = inOldProps ? rejNum : accNum;
                            target[n.equals("numId") ? 0 : 1] = String.valueOf(attr(x, "val"));
                        }
                    }
                    case "pPrChange" -> {
                        if (inParaProps && !inOldProps) {
                            propChange = new String[] {attr(x, "author"), attr(x, "date")};
                        }
                    }
                    case "ins", "del", "moveFrom", "moveTo" -> {
                        boolean ins = n.equals("ins") || n.equals("moveTo");
                        String move = n.startsWith("move") ? moveName(moves, n) : null;
                        String[] who = {attr(x, "author"), attr(x, "date"), move};
                        if (inParaProps && !inOldProps && path.peek().equals("rPr") && path.size() == 2) {
                            if (ins) {
                                p.markInserted = who;
                            } else {
                                p.markDeleted = who;
                            }
                        } else if (!inProps) {
                            p.marks.push(new String[] {ins ? "1" : "2", who[0], who[1], who[2]});
                            mark = true;
                        }
                    }
                    case "moveFromRangeStart", "moveToRangeStart" -> {
                        String name = attr(x, "name");
                        if (name != null) {
                            moves.put(n.substring(0, n.length() - "RangeStart".length()), name);
                        }
                    }
                    case "moveFromRangeEnd", "moveToRangeEnd" ->
                        moves.remove(n.substring(0, n.length() - "RangeEnd".length()));
                    case "r" -> {
                        if (!labelDone && !inProps) {
                            labelDone = true;
                            label(p, accNum, propChange != null ? rejNum : accNum, propChange);
                        }
                    }
                    case "t", "delText" -> {
                        String s = x.getElementText();
                        if (!inProps) {
                            p.text(s);
                        }
                        continue;
                    }
                    case "instrText", "delInstrText" -> {
                        x.getElementText();
                        continue;
                    }
                    case "tab" -> {
                        if (!inProps) {
                            p.text("\t");
                        }
                    }
                    case "br", "cr" -> {
                        if (!inProps) {
                            p.text(" ");
                        }
                    }
                    case "noBreakHyphen" -> p.text("\u2011");
                    case "lang" -> {
                        String v = attr(x, "val");
                        if (inProps && !inOldProps && v != null && !inFootnote) {
                            languages.merge(v.strip(), 1, Integer::sum);
                        }
                    }
                    case "sym" -> {
                        if (!inProps) {
                            p.text(symbol(attr(x, "font"), attr(x, "char")));
                        }
                    }
                    case "p" -> {
                        // a paragraph of a text box, read in place: paragraphs joined by a space
                        if (!p.segs.isEmpty() && !p.endsWithSpace()) {
                            p.text(" ");
                        }
                    }
                    case "bookmarkStart" -> {
                        String name = attr(x, "name");
                        if (name != null && !name.equals("_GoBack") && !inProps) {
                            p.anchor("[bookmark: " + protect(name) + "]");
                        }
                    }
                    case "footnoteReference" -> {
                        String id = attr(x, "id");
                        if (id != null && !inFootnote && !inProps) {
                            p.markup(FOOTNOTE_REF + markerOf(id) + "]");
                            p.notes.add(id);
                        }
                    }
                    default -> {}
                }
                path.push(n.isEmpty() ? "#other" : n);
                props += PROPERTIES.contains(n) ? 1 : 0;
                oldProps += n.equals("pPrChange") ? 1 : 0;
                numPr += n.equals("numPr") ? 1 : 0;
                pushed.push(mark);
            } else if (ev == XMLStreamConstants.END_ELEMENT) {
                if (path.isEmpty()) {
                    break; // the paragraph's own end tag
                }
                String closed = path.pop();
                props -= PROPERTIES.contains(closed) ? 1 : 0;
                oldProps -= closed.equals("pPrChange") ? 1 : 0;
                numPr -= closed.equals("numPr") ? 1 : 0;
                if (pushed.pop()) {
                    p.marks.pop();
                }
            }
        }
        if (!labelDone) {
            label(p, accNum, propChange != null ? rejNum : accNum, propChange);
        }
    }

    /**
     * The name of a {@code w:moveFrom}/{@code w:moveTo}: its open range's {@code w:name}; without
     * one, the n-th unnamed move-from is linked with the n-th unnamed move-to ({@code unnamed-move-N}).
     * Before, an unnamed move took its own {@code w:id}, so its two halves were not linked, and a
     * range's name stayed on after the range ended.
     */
    private static String moveName(Map<String, String> moves, String kind) {
        String named = moves.get(kind);
        if (named != null) {
            return named;
        }
        String n = moves.merge("#" + kind, "1", (a, b) -> String.valueOf(Integer.parseInt(a) + 1));
        return "unnamed-move-" + n;
    }

    private final Map<String, int[]> rejectedCounters = new HashMap<>();
    /** For each list, the last change that numbered a paragraph in one version only (author, date). */
    private final Map<String, String[][]> shifts = new HashMap<>();

    private int shiftOrder;

    /**
     * The last change that can have shifted the number of a paragraph numbered {@code num}
     * (numId, ilvl): a change at its level or a shallower one of the same list (a sub-item
     * inserted shifts the sub-items after it, not the paragraphs of the level above); null when none.
     * Before, the last change anywhere in the list was credited, a sub-item's included.
     */
    private String[] shiftOf(String[] num) {
        String[][] byLevel = num[0] == null ? null : shifts.get(num[0]);
        if (byLevel == null) {
            return null;
        }
        String[] best = null;
        for (int i = 0; i <= level(num[1]); i++) {
            String[] c = byLevel[i];
            if (c != null && (best == null || Integer.parseInt(c[2]) > Integer.parseInt(best[2]))) {
                best = c;
            }
        }
        return best;
    }

    /**
     * The labels Word computes for a numbered paragraph, one for each version: the accepted
     * version counts the paragraphs whose mark is not deleted, with their {@code w:pPr}
     * numbering; the rejected version those whose mark is not inserted, with the numbering of
     * {@code w:pPrChange} where the properties changed. The same label in both is plain text;
     * else the rejected label is a deletion and the accepted one an insertion (with the separator
     * between them plain when both have the same), marked with the paragraph mark's change, the
     * properties' change, or the change that shifted the list.
     */
    private void label(Para p, String[] accNum, String[] rejNum, String[] propChange) {
        String[] acc = p.markDeleted == null ? label(accNum, counters) : null;
        String[] rej = p.markInserted == null ? label(rejNum, rejectedCounters) : null;
        if (acc != null || rej != null) {
            String[] lv = acc != null ? accNum : rejNum;
            p.listLevel = new ListLevel(lv[0], level(lv[1]));
        }
        if (acc == null && rej == null) {
            return;
        }
        if (acc != null && rej != null && acc[0].equals(rej[0]) && acc[1].equals(rej[1])) {
            p.add(0, null, null, null, protect(acc[0] + acc[1]));
            return;
        }
        String[] own = p.markInserted != null
                ? p.markInserted
                : p.markDeleted != null
                        ? p.markDeleted
                        : propChange != null ? new String[] {propChange[0], propChange[1], null} : null;
        String[] who = own;
        if (who == null) {
            String[] shift = acc != null ? shiftOf(accNum) : shiftOf(rejNum);
            if (shift == null && acc != null) {
                shift = shiftOf(rejNum);
            }
            who = shift == null ? new String[3] : new String[] {shift[0], shift[1], null};
        }
        if (own != null) {
            // the numbers after it may shift in either list it belongs to, at its level and deeper
            shiftOrder++;
            for (String[] num : new String[][] {accNum, rejNum}) {
                if (num[0] != null) {
                    shifts.computeIfAbsent(num[0], k -> new String[9][])[level(num[1])] =
                            new String[] {own[0], own[1], String.valueOf(shiftOrder)};
                }
            }
        }
        if (acc == null || rej == null) {
            String[] s = acc != null ? acc : rej;
            p.add(acc != null ? 1 : 2, who[0], who[1], who[2], protect(s[0] + s[1]));
            return;
        }
        // as the text reader reads typed labels side by side (21 is {+2+}{-1-}): the new label first
        boolean sameSuffix = acc[1].equals(rej[1]);
        p.add(1, who[0], who[1], null, protect(sameSuffix ? acc[0] : acc[0] + acc[1]));
        p.add(2, who[0], who[1], null, protect(sameSuffix ? rej[0] : rej[0] + rej[1]));
        if (sameSuffix) {
            p.add(0, null, null, null, acc[1]);
        }
    }

    private static int level(String s) {
        try {
            return Math.max(0, Math.min(8, Integer.parseInt(s)));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** The label and suffix of a paragraph numbered {@code num} (numId, ilvl), counted in {@code counters}. */
    private String[] label(String[] num, Map<String, int[]> counters) {
        String numId = num[0];
        if (numId == null || "0".equals(numId)) {
            return null;
        }
        int ilvl = level(num[1]);
        Numbering.Level[] levels = numbering.get(numId);
        if (levels == null || levels[ilvl] == null) {
            if (counters == this.counters) {
                problems.add(new Problem(
                        "DOCX-NUMBERING-UNKNOWN",
                        false,
                        "numbering " + numId + " level " + ilvl + " not defined: no label computed",
                        paragraphs));
            }
            return null;
        }
        int[] c = counters.computeIfAbsent(numId, k -> new int[9]);
        for (int i = 0; i < 9; i++) {
            if (i == ilvl) {
                c[i] = c[i] == 0 ? levels[i].start() : c[i] + 1;
            } else if (i > ilvl) {
                c[i] = 0;
            }
        }
        String text = levels[ilvl].text();
        if ("bullet".equals(levels[ilvl].format())) {
            // a bullet's symbol is often in a private-use area of a symbol font
            text = text.isEmpty() || Character.getType(text.charAt(0)) == Character.PRIVATE_USE ? "\u2022" : text;
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '%' && i + 1 < text.length() && Character.isDigit(text.charAt(i + 1))) {
                int lv = text.charAt(i + 1) - '1';
                if (lv >= 0 && lv < 9 && levels[lv] != null) {
                    int v = c[lv] == 0 ? levels[lv].start() : c[lv];
                    sb.append(Numbering.format(levels[lv].format(), v));
                }
                i++;
            } else {
                sb.append(ch);
            }
        }
        if (sb.length() == 0) {
            return null;
        }
        String suffix = switch (levels[ilvl].suffix().toLowerCase(Locale.ROOT)) {
            case "space" -> " ";
            case "nothing" -> "";
            default -> "\t";
        };
        return new String[] {sb.toString(), suffix};
    }
}

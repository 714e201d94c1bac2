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
    public record Change(boolean inserted, String text, Optional<String> author, Optional<String> date,
            Optional<String> move) {
    }

    /**
     * A problem met while reading.
     *
     * @param code the diagnostic code
     * @param error an error rather than a warning
     * @param message the message
     * @param paragraph the paragraph's number in the body
     */
    public record Problem(String code, boolean error, String message, int paragraph) {
    }

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
    public record ListLevel(String numId, int ilvl) {
    }

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

    /** One piece of a paragraph: plain, inserted or deleted text. */
    private static final class Seg {
        final int kind; // 0 plain, 1 inserted, 2 deleted
        final String author;
        final String date;
        final String move;
        final StringBuilder text = new StringBuilder();

        Seg(int kind, String author, String date, String move) {
            this.kind = kind;
            this.author = author;
            this.date = date;
            this.move = move;
        }

        boolean same(int k, String a, String d, String m) {
            return kind == k && java.util.Objects.equals(author, a) && java.util.Objects.equals(date, d)
                    && java.util.Objects.equals(move, m);
        }
    }

    /** The state of one paragraph being read. */
    private final class Para {
        final List<Seg> segs = new ArrayList<>();
        final List<String> notes = new ArrayList<>();
        final Deque<String[]> marks = new ArrayDeque<>(); // kind, author, date, move
        ListLevel listLevel;

        void text(String s) {
            if (s.isEmpty()) {
                return;
            }
            String[] m = marks.peek();
            int kind = m == null ? 0 : Integer.parseInt(m[0]);
            String a = m == null ? null : m[1];
            String d = m == null ? null : m[2];
            String mv = m == null ? null : m[3];
            Seg last = segs.isEmpty() ? null : segs.get(segs.size() - 1);
            if (last == null || !last.same(kind, a, d, mv)) {
                last = new Seg(kind, a, d, mv);
                segs.add(last);
            }
            last.text.append(s);
        }

        /** Text that is never inside a mark (bookmarks, labels). */
        void plain(String s) {
            Seg last = segs.isEmpty() ? null : segs.get(segs.size() - 1);
            if (last == null || last.kind != 0) {
                last = new Seg(0, null, null, null);
                segs.add(last);
            }
            last.text.append(s);
        }

        String render(List<Change> into) {
            StringBuilder sb = new StringBuilder();
            for (Seg s : segs) {
                if (s.kind == 0) {
                    sb.append(s.text);
                } else {
                    sb.append(s.kind == 1 ? "{+" : "{-").append(s.text).append(s.kind == 1 ? "+}" : "-}");
                    into.add(new Change(s.kind == 1, s.text.toString(), Optional.ofNullable(s.author),
                            Optional.ofNullable(s.date), Optional.ofNullable(s.move)));
                }
            }
            return sb.toString();
        }
    }

    private void footnotes(byte[] xml) throws XMLStreamException {
        XMLStreamReader x = reader(xml);
        String id = null;
        boolean special = false;
        StringBuilder body = null;
        List<Change> ch = null;
        Map<String, String> moves = new HashMap<>();
        while (x.hasNext()) {
            int ev = x.next();
            if (ev == XMLStreamConstants.DTD) {
                throw new XMLStreamException("DTD refused");
            }
            if (ev == XMLStreamConstants.START_ELEMENT && W.equals(x.getNamespaceURI())
                    && "footnote".equals(x.getLocalName())) {
                id = x.getAttributeValue(W, "id");
                String type = x.getAttributeValue(W, "type");
                special = type != null && !"normal".equals(type);
                body = new StringBuilder();
                ch = new ArrayList<>();
            } else if (ev == XMLStreamConstants.START_ELEMENT && id != null && W.equals(x.getNamespaceURI())
                    && "p".equals(x.getLocalName())) {
                Para p = new Para();
                paragraph(x, p, moves, true);
                if (body.length() > 0) {
                    body.append(' ');
                }
                body.append(p.render(ch));
            } else if (ev == XMLStreamConstants.END_ELEMENT && "footnote".equals(x.getLocalName())) {
                if (id != null && !special) {
                    footnotes.put(id, body.toString());
                    footnoteChanges.put(id, ch);
                }
                id = null;
            }
        }
    }

    private void body(byte[] xml, long maxChars) throws XMLStreamException {
        XMLStreamReader x = reader(xml);
        Map<String, String> moves = new HashMap<>();
        while (x.hasNext()) {
            int ev = x.next();
            if (ev == XMLStreamConstants.DTD) {
                throw new XMLStreamException("DTD refused");
            }
            if (ev == XMLStreamConstants.START_ELEMENT && W.equals(x.getNamespaceURI()) && "p".equals(x.getLocalName())) {
                paragraphs++;
                Para p = new Para();
                paragraph(x, p, moves, false);
                if (p.listLevel != null) {
                    listLevels.put(paragraphs, p.listLevel);
                }
                String line = p.render(changes);
                StringBuilder tail = new StringBuilder();
                for (String note : p.notes) {
                    String text = footnotes.get(note);
                    if (text == null) {
                        problems.add(new Problem("DOCX-FOOTNOTE-MISSING", false,
                                "footnote " + note + " referenced but not in the footnotes part", paragraphs));
                        continue;
                    }
                    changes.addAll(footnoteChanges.getOrDefault(note, List.of()));
                    tail.append(" [").append(markerOf(note)).append(": ").append(text).append("] ");
                }
                if (paragraphs > 1) {
                    out.append('\n');
                }
                out.append(line).append(tail);
                if (out.length() > maxChars) {
                    problems.add(new Problem("IO-LIMIT", true, "text longer than " + maxChars
                            + " characters: the rest is not read", paragraphs));
                    out.setLength((int) maxChars);
                    return;
                }
            }
        }
    }

    private final Map<String, Integer> markers = new LinkedHashMap<>();

    private int markerOf(String id) {
        return markers.computeIfAbsent(id, k -> ++footnoteCount);
    }

    /** Reads one {@code w:p}, positioned on its start tag, up to its end tag. */
    private void paragraph(XMLStreamReader x, Para p, Map<String, String> moves, boolean inFootnote)
            throws XMLStreamException {
        int depth = 1;
        boolean inPPr = false;
        String numId = null;
        int ilvl = 0;
        boolean labelDone = false;
        Deque<Boolean> pushed = new ArrayDeque<>();
        while (x.hasNext() && depth > 0) {
            int ev = x.next();
            if (ev == XMLStreamConstants.START_ELEMENT) {
                depth++;
                if (!W.equals(x.getNamespaceURI())) {
                    pushed.push(false);
                    continue;
                }
                String n = x.getLocalName();
                boolean mark = false;
                switch (n) {
                    case "pPr" -> inPPr = true;
                    case "numId" -> {
                        if (inPPr) {
                            numId = x.getAttributeValue(W, "val");
                        }
                    }
                    case "ilvl" -> {
                        if (inPPr) {
                            try {
                                ilvl = Math.max(0, Math.min(8, Integer.parseInt(x.getAttributeValue(W, "val"))));
                            } catch (NumberFormatException e) {
                                ilvl = 0;
                            }
                        }
                    }
                    case "ins", "del", "moveFrom", "moveTo" -> {
                        if (!inPPr) {
                            boolean ins = n.equals("ins") || n.equals("moveTo");
                            String move = null;
                            if (n.startsWith("move")) {
                                move = moves.getOrDefault(n, x.getAttributeValue(W, "id"));
                            }
                            p.marks.push(new String[] {ins ? "1" : "2", x.getAttributeValue(W, "author"),
                                    x.getAttributeValue(W, "date"), move});
                            mark = true;
                        }
                    }
                    case "moveFromRangeStart" -> moves.put("moveFrom", x.getAttributeValue(W, "name"));
                    case "moveToRangeStart" -> moves.put("moveTo", x.getAttributeValue(W, "name"));
                    case "r" -> {
                        if (!labelDone) {
                            labelDone = true;
                            label(p, numId, ilvl);
                        }
                    }
                    case "t", "delText", "instrText" -> {
                        String s = x.getElementText();
                        depth--;
                        if (!n.equals("instrText")) {
                            p.text(s);
                        }
                        continue;
                    }
                    case "tab" -> {
                        if (!inPPr) {
                            p.text("\t");
                        }
                    }
                    case "br", "cr" -> p.text(" ");
                    case "noBreakHyphen" -> p.text("\u2011");
                    case "bookmarkStart" -> {
                        String name = x.getAttributeValue(W, "name");
                        if (name != null && !name.equals("_GoBack")) {
                            p.plain("[bookmark: " + name + "]");
                        }
                    }
                    case "footnoteReference" -> {
                        String id = x.getAttributeValue(W, "id");
                        if (id != null && !inFootnote) {
                            p.text("[footnoteRef:" + markerOf(id) + "]");
                            p.notes.add(id);
                        }
                    }
                    default -> {
                    }
                }
                pushed.push(mark);
            } else if (ev == XMLStreamConstants.END_ELEMENT) {
                depth--;
                if (depth == 0) {
                    break;
                }
                boolean mark = pushed.isEmpty() ? false : pushed.pop();
                if (mark) {
                    p.marks.pop();
                }
                if (W.equals(x.getNamespaceURI()) && "pPr".equals(x.getLocalName())) {
                    inPPr = false;
                }
            }
        }
        if (!labelDone) {
            label(p, numId, ilvl);
        }
    }

    /** The label Word computes for a numbered paragraph, with its suffix. */
    private void label(Para p, String numId, int ilvl) {
        if (numId == null || "0".equals(numId)) {
            return;
        }
        Numbering.Level[] levels = numbering.get(numId);
        if (levels == null || levels[ilvl] == null) {
            problems.add(new Problem("DOCX-NUMBERING-UNKNOWN", false, "numbering " + numId + " level " + ilvl
                    + " not defined: no label computed", paragraphs));
            return;
        }
        p.listLevel = new ListLevel(numId, ilvl);
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
            return;
        }
        String suffix = switch (levels[ilvl].suffix().toLowerCase(Locale.ROOT)) {
            case "space" -> " ";
            case "nothing" -> "";
            default -> "\t";
        };
        p.plain(sb + suffix);
    }
}

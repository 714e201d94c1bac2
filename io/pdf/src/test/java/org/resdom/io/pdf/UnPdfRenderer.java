package org.resdom.io.pdf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.resdom.io.akn.AknResolutionReader;
import org.resdom.model.Footnote;
import org.resdom.model.Inline;
import org.resdom.model.OperativeSection;
import org.resdom.model.Paragraph;
import org.resdom.model.PreambleSection;
import org.resdom.model.Resolution;

/**
 * Test-fixture generator: renders a UN resolution read from real Akoma Ntoso into a PDF in the
 * UN layout (masthead, italic preamble phrases with first-line indents, numbered paragraphs,
 * running heads, page numbers, job number, footnotes at the foot of the page of their
 * call-out). {@code ga} renders the same content with a General Assembly masthead. Run by hand:
 * {@code main(akn-dir, out-dir)}; the PDFs are committed, and {@code pdftotext} output of them too.
 */
final class UnPdfRenderer {

    static final float W = 595;
    static final float H = 842;
    static final float LEFT = 72;
    static final float RIGHT = 523;
    static final float TOP = 770;
    static final float BOTTOM = 90;
    static final float SIZE = 10;
    static final float LEAD = 12;
    static final float NOTE = 8;

    private final PDType1Font roman = new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN);
    private final PDType1Font italic = new PDType1Font(Standard14Fonts.FontName.TIMES_ITALIC);
    private final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.TIMES_BOLD);

    /** A run of text in one style. */
    record Run(String text, int style) {}

    /** One laid-out line. */
    record Line(List<Run> runs, float x, float size, List<String[]> notes, float gap) {}

    static String clean(String s) {
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (c == '\u2011' || c == '\u2010') {
                sb.append('-');
            } else if (c == '\u00a0' || c == '\u202f' || c == '\u2009' || c == '\t' || c == '\n') {
                sb.append(' ');
            } else if (c < 0x100 || "\u2013\u2014\u2018\u2019\u201c\u201d\u2022\u2026\u20ac".indexOf(c) >= 0) {
                sb.append(c);
            } else {
                sb.append('?');
            }
        }
        return sb.toString();
    }

    static List<Run> runs(List<Inline> content, List<String[]> notes) {
        List<Run> out = new ArrayList<>();
        for (Inline i : content) {
            if (i instanceof Footnote f) {
                out.add(new Run(f.marker(), 2));
                notes.add(new String[] {
                    f.marker(), clean(Inline.plainText(f.content()).strip())
                });
            } else {
                out.add(new Run(clean(Inline.plainText(List.of(i))), 0));
            }
        }
        return out;
    }

    byte[] render(Resolution r, boolean ga) throws IOException {
        String num = r.identity().number().orElse("0/0");
        String symbol = ga ? "A/RES/" + num : "A/HRC/RES/" + num;
        String bodyName = ga ? "General Assembly" : "Human Rights Council";
        String date = r.hints().values().getOrDefault("akn.coverPage.12", "on 1 January 2000");
        date = date.substring(date.lastIndexOf(" on ") + 4);
        List<List<Run>> paras = new ArrayList<>();
        List<Float> indents = new ArrayList<>();
        List<List<String[]>> paraNotes = new ArrayList<>();
        for (PreambleSection s : r.preamble()) {
            for (Paragraph p : s.paragraphs()) {
                List<String[]> notes = new ArrayList<>();
                List<Run> rs = new ArrayList<>();
                rs.add(new Run(clean(s.phrase().text()), 1));
                rs.add(new Run(" ", 0));
                rs.addAll(runs(p.content(), notes));
                paras.add(rs);
                indents.add(36f);
                paraNotes.add(notes);
            }
        }
        for (OperativeSection s : r.operative()) {
            addOperative(s.paragraphs(), 0, paras, indents, paraNotes);
        }
        // lay out
        List<List<Line>> pages = new ArrayList<>();
        List<Line> page = new ArrayList<>();
        float y = TOP - 200;
        float notesH = 0;
        pages.add(page);
        for (int k = 0; k < paras.size(); k++) {
            List<Line> lines = wrap(paras.get(k), indents.get(k), paraNotes.get(k));
            boolean firstLine = true;
            for (Line l : lines) {
                float need = LEAD + (firstLine ? 6 : 0);
                float noteNeed = l.notes().size() * (NOTE + 2) * 2;
                if (y - need < BOTTOM + notesH + noteNeed + 10) {
                    page = new ArrayList<>();
                    pages.add(page);
                    y = TOP;
                    notesH = 0;
                }
                y -= need;
                page.add(new Line(l.runs(), l.x(), y, l.notes(), 0));
                notesH += noteNeed;
                firstLine = false;
            }
        }
        try (PDDocument doc = new PDDocument()) {
            int n = pages.size();
            for (int p = 0; p < n; p++) {
                PDPage pg = new PDPage(PDRectangle.A4);
                doc.addPage(pg);
                try (PDPageContentStream cs = new PDPageContentStream(doc, pg)) {
                    List<String[]> notes = new ArrayList<>();
                    if (p == 0) {
                        float my = TOP;
                        text(cs, roman, 12, LEFT, my, "United Nations");
                        text(cs, roman, 12, 400, my, symbol);
                        my -= 16;
                        text(cs, bold, 14, LEFT, my, "General Assembly");
                        text(cs, roman, 10, 400, my, "Distr.: General");
                        my -= 14;
                        text(cs, roman, 10, 400, my, date);
                        my -= 28;
                        if (!ga) {
                            text(cs, roman, 10, LEFT, my, "Human Rights Council");
                            my -= 12;
                        }
                        text(cs, roman, 10, LEFT, my, ga ? "Seventy-third session" : "Fifty-fourth session");
                        my -= 24;
                        text(cs, roman, 10, LEFT, my, "Resolution adopted by the " + bodyName + " on " + date);
                        my -= 24;
                        List<Line> title = wrap(
                                List.of(new Run(
                                        num + ". " + clean(r.identity().title().orElse("")), 3)),
                                0,
                                new ArrayList<>());
                        for (Line t : title) {
                            text(cs, bold, 12, LEFT + t.x(), my, t.runs().get(0).text());
                            my -= 14;
                        }
                        my -= 8;
                        text(cs, roman, SIZE, LEFT + 36, my, "The " + bodyName + ",");
                        text(
                                cs,
                                roman,
                                8,
                                LEFT,
                                50,
                                (ga ? "" : "GE.") + "23-" + String.format("%05d", 10000 + num.hashCode() % 9000 + 9000)
                                        + "(E)");
                    } else {
                        text(cs, roman, 9, p % 2 == 1 ? LEFT : 440, 800, symbol);
                        text(cs, roman, 9, p % 2 == 1 ? LEFT : 500, 50, ga ? (p + 1) + "/" + n : String.valueOf(p + 1));
                    }
                    for (Line l : pages.get(p)) {
                        float x = LEFT + l.x();
                        for (Run run : l.runs()) {
                            PDType1Font f = run.style() == 1 ? italic : roman;
                            float size = run.style() == 2 ? 6.5f : SIZE;
                            float yy = run.style() == 2 ? l.size() + 3.5f : l.size();
                            text(cs, f, size, x, yy, run.text());
                            x += f.getStringWidth(run.text()) / 1000 * size;
                        }
                        notes.addAll(l.notes());
                    }
                    if (!notes.isEmpty()) {
                        float ny = BOTTOM;
                        List<Line> noteLines = new ArrayList<>();
                        for (String[] note : notes) {
                            noteLines.addAll(wrapNote(note));
                        }
                        ny = BOTTOM - 4 + noteLines.size() * (NOTE + 2);
                        cs.moveTo(LEFT, ny + 10);
                        cs.lineTo(LEFT + 100, ny + 10);
                        cs.stroke();
                        for (Line nl : noteLines) {
                            float x = LEFT + nl.x();
                            for (Run run : nl.runs()) {
                                float size = run.style() == 2 ? 5.5f : NOTE;
                                text(cs, roman, size, x, run.style() == 2 ? ny + 2.5f : ny, run.text());
                                x += roman.getStringWidth(run.text()) / 1000 * size + (run.style() == 2 ? 3 : 0);
                            }
                            ny -= NOTE + 2;
                        }
                    }
                }
            }
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            doc.getDocumentInformation().setTitle(symbol);
            doc.getDocumentInformation().setProducer("resdom test fixtures");
            doc.getDocumentInformation().setCreationDate(new java.util.GregorianCalendar(2023, 9, 13));
            doc.getDocumentInformation().setModificationDate(new java.util.GregorianCalendar(2023, 9, 13));
            doc.setDocumentId(0L);
            doc.save(out);
            return out.toByteArray();
        }
    }

    private void addOperative(
            List<Paragraph> ps, int depth, List<List<Run>> paras, List<Float> indents, List<List<String[]>> paraNotes) {
        for (Paragraph p : ps) {
            List<String[]> notes = new ArrayList<>();
            List<Run> rs = new ArrayList<>();
            p.label().ifPresent(l -> rs.add(new Run(l.text() + " ", 0)));
            rs.addAll(runs(p.content(), notes));
            paras.add(rs);
            indents.add(depth == 0 ? 36f : 54f);
            paraNotes.add(notes);
            addOperative(p.items(), depth + 1, paras, indents, paraNotes);
        }
    }

    List<Line> wrap(List<Run> runs, float indent, List<String[]> notes) throws IOException {
        List<Line> lines = new ArrayList<>();
        List<Run> cur = new ArrayList<>();
        List<String[]> curNotes = new ArrayList<>();
        float width = RIGHT - LEFT - indent;
        float used = 0;
        float x = indent;
        int noteIndex = 0;
        for (Run r : runs) {
            PDType1Font f = r.style() == 1 ? italic : r.style() == 3 ? bold : roman;
            float size = r.style() == 2 ? 6.5f : r.style() == 3 ? 12 : SIZE;
            if (r.style() == 2) {
                cur.add(r);
                used += f.getStringWidth(r.text()) / 1000 * size;
                curNotes.add(notes.get(noteIndex++));
                continue;
            }
            String[] words = r.text().split("(?<= )");
            StringBuilder sb = new StringBuilder();
            for (String w : words) {
                float ww = f.getStringWidth(w.strip()) / 1000 * size;
                if (used + ww > width && used > 0) {
                    if (sb.length() > 0) {
                        cur.add(new Run(sb.toString().stripTrailing(), r.style()));
                    }
                    lines.add(new Line(cur, x, size, curNotes, 0));
                    cur = new ArrayList<>();
                    curNotes = new ArrayList<>();
                    sb.setLength(0);
                    used = 0;
                    x = 0;
                    width = RIGHT - LEFT;
                }
                sb.append(w);
                used += f.getStringWidth(w) / 1000 * size;
            }
            if (sb.length() > 0) {
                cur.add(new Run(sb.toString(), r.style()));
            }
        }
        if (!cur.isEmpty()) {
            lines.add(new Line(cur, x, SIZE, curNotes, 0));
        }
        return lines;
    }

    List<Line> wrapNote(String[] note) throws IOException {
        List<Line> out = new ArrayList<>();
        for (Line l : wrap(List.of(new Run(note[1], 0)), 10, new ArrayList<>())) {
            out.add(l);
        }
        if (!out.isEmpty()) {
            List<Run> first = new ArrayList<>();
            first.add(new Run(note[0], 2));
            first.addAll(out.get(0).runs());
            out.set(0, new Line(first, 0, NOTE, List.of(), 0));
            for (int i = 1; i < out.size(); i++) {
                out.set(i, new Line(out.get(i).runs(), 0, NOTE, List.of(), 0));
            }
        }
        return out;
    }

    static void text(PDPageContentStream cs, PDType1Font f, float size, float x, float y, String s) throws IOException {
        if (s.isEmpty()) {
            return;
        }
        cs.beginText();
        cs.setFont(f, size);
        cs.newLineAtOffset(x, y);
        cs.showText(s);
        cs.endText();
    }

    public static void main(String[] args) throws IOException {
        Path in = Path.of(args[0]);
        Path out = Path.of(args[1]);
        Files.createDirectories(out);
        UnPdfRenderer g = new UnPdfRenderer();
        List<Path> files;
        try (var s = Files.list(in)) {
            files = s.filter(p -> p.toString().endsWith(".xml")).sorted().toList();
        }
        int i = 0;
        for (Path f : files) {
            Resolution r = AknResolutionReader.create().read(f).resolution();
            boolean ga = i++ % 3 == 2;
            String name = f.getFileName().toString().replace(".xml", ga ? "-ga.pdf" : ".pdf");
            Files.write(out.resolve(name), g.render(r, ga));
        }
    }
}

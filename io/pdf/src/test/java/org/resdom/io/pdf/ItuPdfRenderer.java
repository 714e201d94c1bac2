package org.resdom.io.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.resdom.testsupport.ItuHandGold;

/**
 * Test-fixture generator: renders an ITU PP-18 text of the dev corpus into a PDF in the ITU
 * layout, with the structure of its hand-annotated gold ({@link ItuHandGold}): the title line
 * centred, the title centred in bold (its call-outs as superscripts), the opening formula, each phrase in italics on a line of its
 * own, labelled paragraphs ({@code a)}, {@code 1}, {@code i)}, {@code •}), footnote call-outs as
 * superscripts and their bodies under a rule at the foot of the page of their call-out, a running
 * head ({@code Res. 176}) from the second page, page numbers, each annex on a new page with its
 * heading centred and its title in bold. The words are the text's own: each paragraph is cut out
 * of the text from the gold's first to its last words (what the Word extract ran together stands
 * apart, as the printed resolution sets it; what lies outside every paragraph, such as a printed
 * book's page number, is not rendered). Used by {@link ItuPdfCorpusTest} at test time.
 */
final class ItuPdfRenderer {

    private static final float LEFT = UnPdfRenderer.LEFT;
    private static final float RIGHT = UnPdfRenderer.RIGHT;
    private static final float TOP = UnPdfRenderer.TOP;
    private static final float BOTTOM = UnPdfRenderer.BOTTOM;
    private static final float LEAD = UnPdfRenderer.LEAD;
    private static final float NOTE = UnPdfRenderer.NOTE;

    private final UnPdfRenderer un = new UnPdfRenderer();
    private final PDType1Font roman = new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN);
    private final PDType1Font italic = new PDType1Font(Standard14Fonts.FontName.TIMES_ITALIC);
    private final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.TIMES_BOLD);

    /** A block of text: one paragraph, phrase or heading. */
    private record Block(
            List<UnPdfRenderer.Run> runs,
            float indent,
            List<String[]> notes,
            boolean centred,
            float gap,
            boolean newPage) {}

    /** A line placed on a page. */
    private record Placed(List<UnPdfRenderer.Run> runs, float x, float y, boolean centred) {}

    /**
     * @param text the plain text (a Word extract of the dev corpus)
     * @param g its hand-annotated gold
     * @return the PDF
     * @throws IOException when PDFBox fails
     */
    byte[] render(String text, ItuHandGold.Gold g) throws IOException {
        String norm = ItuHandGold.key(text);
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block(List.of(new UnPdfRenderer.Run(g.heading(), 0)), 0, List.of(), true, 0, false));
        List<String[]> titleNotes = new ArrayList<>();
        blocks.add(
                new Block(runs(calledTitle(g), g.titleNotes(), norm, titleNotes, 3), 0, titleNotes, true, 14, false));
        blocks.add(new Block(List.of(new UnPdfRenderer.Run(g.formula(), 0)), 36, List.of(), false, 18, false));
        int cursor = 0;
        int phrase = 0;
        int annex = -1;
        for (int i = 0; i < g.paras().size(); i++) {
            ItuHandGold.Para p = g.paras().get(i);
            if (p.annex() != annex) {
                annex = p.annex();
                ItuHandGold.AnnexGold a = g.annexes().get(annex);
                blocks.add(new Block(List.of(new UnPdfRenderer.Run(a.heading(), 0)), 0, List.of(), true, 0, true));
                blocks.add(new Block(List.of(new UnPdfRenderer.Run(a.title(), 3)), 0, List.of(), true, 14, false));
            }
            while (phrase < g.phrases().size()
                    && g.phrases().get(phrase).first() <= i
                    && (g.phrases().get(phrase).first() == i
                            || g.phrases().get(phrase).first() < 0)) {
                blocks.add(new Block(
                        List.of(new UnPdfRenderer.Run(g.phrases().get(phrase).text(), 1)),
                        36,
                        List.of(),
                        false,
                        12,
                        false));
                phrase++;
            }
            int start = locate(norm, p, cursor);
            int end = end(norm, p, start);
            if (end < 0) {
                throw new IllegalStateException(g.name() + ": last words not found: " + p.last());
            }
            cursor = end;
            String body = norm.substring(start, end);
            if (!p.label().isEmpty()) {
                body = body.substring(ItuHandGold.key(p.label()).length()).strip();
            }
            List<String[]> notes = new ArrayList<>();
            List<UnPdfRenderer.Run> runs = new ArrayList<>();
            if (!p.label().isEmpty()) {
                runs.add(new UnPdfRenderer.Run((p.label().equals("-") ? "\u2013" : p.label()) + "  ", 0));
            }
            runs.addAll(runs(body, p.notes(), norm, notes, 0));
            float indent = p.label().equals("\u2022") ? 36 : p.label().isEmpty() ? 36 : 0;
            blocks.add(new Block(runs, indent, notes, false, 6, false));
        }
        return draw(g, blocks);
    }

    /**
     * The title with its call-outs: the gold writes the title without them, so each call's words
     * get its marker after their first occurrence, as the printed title sets it.
     */
    private static String calledTitle(ItuHandGold.Gold g) {
        String title = ItuHandGold.key(g.title());
        for (ItuHandGold.Note n : g.titleNotes()) {
            for (String c : n.calls()) {
                String k = ItuHandGold.key(c);
                int at = title.indexOf(k);
                if (at >= 0 && !title.startsWith(k + n.marker(), at)) {
                    title = title.substring(0, at + k.length()) + n.marker() + title.substring(at + k.length());
                }
            }
        }
        return title;
    }

    /** Where a paragraph ends in the text: after its last words, written with or without its call-outs. */
    private static int end(String norm, ItuHandGold.Para p, int start) {
        List<String> forms = new ArrayList<>();
        String last = ItuHandGold.key(p.last());
        forms.add(last);
        for (ItuHandGold.Note n : p.notes()) {
            for (String c : n.calls()) {
                String k = ItuHandGold.key(c);
                if (last.contains(k)) {
                    forms.add(last.replace(k, k + n.marker()));
                }
                if (last.startsWith(")") || last.startsWith(";") || last.startsWith(",")) {
                    forms.add(n.marker() + last);
                }
            }
        }
        int best = -1;
        for (String f : forms) {
            int at = norm.indexOf(f, start);
            if (at >= 0 && (best < 0 || at + f.length() < best)) {
                best = at + f.length();
            }
        }
        return best;
    }

    /** Where a paragraph starts in the text, from its label and first words. */
    private static int locate(String norm, ItuHandGold.Para p, int from) {
        String first = ItuHandGold.key(p.first());
        if (!p.label().isEmpty()) {
            int at = norm.indexOf(ItuHandGold.key(p.label()) + " " + first, from);
            if (at >= 0) {
                return at;
            }
        }
        int at = norm.indexOf(first, from);
        if (at < 0) {
            throw new IllegalStateException("first words not found: " + p.first());
        }
        if (!p.label().isEmpty()) {
            throw new IllegalStateException("label not found before: " + p.label() + " " + p.first());
        }
        return at;
    }

    /** The runs of a paragraph's text, its call-outs as superscripts, and the bodies they call. */
    private static List<UnPdfRenderer.Run> runs(
            String body, List<ItuHandGold.Note> notes, String norm, List<String[]> out, int style) {
        List<UnPdfRenderer.Run> runs = new ArrayList<>();
        int at = 0;
        while (true) {
            int best = -1;
            ItuHandGold.Note which = null;
            String call = null;
            for (ItuHandGold.Note n : notes) {
                for (String c : n.calls()) {
                    int k = body.indexOf(ItuHandGold.key(c) + n.marker(), at);
                    if (k >= 0 && (best < 0 || k < best)) {
                        best = k;
                        which = n;
                        call = ItuHandGold.key(c);
                    }
                }
            }
            if (best < 0) {
                break;
            }
            int cut = best + call.length();
            runs.add(new UnPdfRenderer.Run(body.substring(at, cut), style));
            runs.add(new UnPdfRenderer.Run(which.marker(), 2));
            String marker = which.marker();
            boolean first = out.stream().noneMatch(x -> x[0].equals(marker));
            out.add(new String[] {which.marker(), first ? noteBody(norm, which) : null});
            at = cut + which.marker().length();
        }
        runs.add(new UnPdfRenderer.Run(body.substring(at), style));
        return runs;
    }

    private static String noteBody(String norm, ItuHandGold.Note n) {
        String first = ItuHandGold.key(n.first());
        int start = norm.indexOf(n.marker() + " " + first);
        start = start < 0 ? norm.indexOf(first) : start + n.marker().length() + 1;
        int end = norm.indexOf(ItuHandGold.key(n.last()), start);
        if (start < 0 || end < 0) {
            throw new IllegalStateException("footnote body not found: " + n.marker() + " " + n.first());
        }
        return norm.substring(start, end + ItuHandGold.key(n.last()).length());
    }

    private byte[] draw(ItuHandGold.Gold g, List<Block> blocks) throws IOException {
        List<List<Placed>> pages = new ArrayList<>();
        List<List<String[]>> pageNotes = new ArrayList<>();
        List<Placed> page = new ArrayList<>();
        List<String[]> notesHere = new ArrayList<>();
        pages.add(page);
        pageNotes.add(notesHere);
        float y = TOP;
        float notesH = 0;
        for (Block b : blocks) {
            if (b.newPage() && !page.isEmpty()) {
                page = new ArrayList<>();
                notesHere = new ArrayList<>();
                pages.add(page);
                pageNotes.add(notesHere);
                y = TOP;
                notesH = 0;
            }
            boolean firstLine = true;
            for (UnPdfRenderer.Line l : un.wrap(b.runs(), b.indent(), new ArrayList<>(b.notes()))) {
                float need = LEAD + (firstLine ? b.gap() : 0);
                float noteNeed = 0;
                for (String[] n : l.notes()) {
                    if (n[1] != null) {
                        noteNeed += un.wrapNote(n).size() * (NOTE + 2) + 4;
                    }
                }
                if (y - need < BOTTOM + notesH + noteNeed + 10) {
                    page = new ArrayList<>();
                    notesHere = new ArrayList<>();
                    pages.add(page);
                    pageNotes.add(notesHere);
                    y = TOP;
                    notesH = 0;
                }
                y -= need;
                page.add(new Placed(l.runs(), l.x(), y, b.centred()));
                for (String[] n : l.notes()) {
                    if (n[1] != null) {
                        notesHere.add(n);
                    }
                }
                notesH += noteNeed;
                firstLine = false;
            }
        }
        String head = (g.kind().equals("DECISION") ? "Dec. " : g.kind().equals("RECOMMENDATION") ? "Rec. " : "Res. ")
                + g.number();
        try (PDDocument doc = new PDDocument()) {
            for (int p = 0; p < pages.size(); p++) {
                PDPage pg = new PDPage(PDRectangle.A4);
                doc.addPage(pg);
                try (PDPageContentStream cs = new PDPageContentStream(doc, pg)) {
                    if (p > 0) {
                        UnPdfRenderer.text(cs, roman, 9, p % 2 == 1 ? LEFT : RIGHT - 30, 800, head);
                    }
                    UnPdfRenderer.text(cs, roman, 9, (LEFT + RIGHT) / 2 - 5, 50, String.valueOf(p + 1));
                    for (Placed l : pages.get(p)) {
                        float x = LEFT + l.x();
                        if (l.centred()) {
                            float w = 0;
                            for (UnPdfRenderer.Run r : l.runs()) {
                                w += font(r).getStringWidth(r.text()) / 1000 * size(r);
                            }
                            x = LEFT + (RIGHT - LEFT - w) / 2;
                        }
                        for (UnPdfRenderer.Run r : l.runs()) {
                            float yy = r.style() == 2 ? l.y() + 3.5f : l.y();
                            UnPdfRenderer.text(cs, font(r), size(r), x, yy, r.text());
                            x += font(r).getStringWidth(r.text()) / 1000 * size(r);
                        }
                    }
                    List<String[]> notes = pageNotes.get(p);
                    if (!notes.isEmpty()) {
                        List<UnPdfRenderer.Line> noteLines = new ArrayList<>();
                        for (String[] n : notes) {
                            noteLines.addAll(un.wrapNote(n));
                        }
                        float ny = BOTTOM - 4 + noteLines.size() * (NOTE + 2);
                        cs.moveTo(LEFT, ny + 10);
                        cs.lineTo(LEFT + 100, ny + 10);
                        cs.stroke();
                        for (UnPdfRenderer.Line nl : noteLines) {
                            float x = LEFT + nl.x();
                            for (UnPdfRenderer.Run r : nl.runs()) {
                                float size = r.style() == 2 ? 5.5f : NOTE;
                                UnPdfRenderer.text(cs, roman, size, x, r.style() == 2 ? ny + 2.5f : ny, r.text());
                                x += roman.getStringWidth(r.text()) / 1000 * size + (r.style() == 2 ? 3 : 0);
                            }
                            ny -= NOTE + 2;
                        }
                    }
                }
            }
            doc.getDocumentInformation().setTitle(g.heading());
            doc.getDocumentInformation().setProducer("resdom test fixtures");
            doc.getDocumentInformation().setCreationDate(new java.util.GregorianCalendar(2018, 10, 16));
            doc.getDocumentInformation().setModificationDate(new java.util.GregorianCalendar(2018, 10, 16));
            doc.setDocumentId(0L);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    private PDType1Font font(UnPdfRenderer.Run r) {
        return r.style() == 1 ? italic : r.style() == 3 ? bold : roman;
    }

    private static float size(UnPdfRenderer.Run r) {
        return r.style() == 2 ? 6.5f : r.style() == 3 ? 12 : UnPdfRenderer.SIZE;
    }
}

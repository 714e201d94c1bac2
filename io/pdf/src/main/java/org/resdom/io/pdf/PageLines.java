package org.resdom.io.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.resdom.diagnostic.Diagnostic;
import org.resdom.diagnostic.Severity;
import org.resdom.io.layout.LayoutCodes;
import org.resdom.io.layout.LayoutLine;
import org.resdom.model.SourceSpan;

/**
 * The lines of a PDF's pages with their layout: PDFBox's text stripper (sorted by position)
 * gives the characters of each line; this class keeps the first character's position and size,
 * the length of the leading italic run, the space above the line, and sorts the line into the
 * header, body, footnote or footer zone of its page. Only text is read: no JavaScript, action,
 * form or annotation is evaluated.
 */
final class PageLines {

    /**
     * Header zone: the top of the page, in points. A hint only: a line there is page furniture
     * when its text is (a document symbol, a page or job number) or recurs on other pages, never
     * for being there.
     */
    static final float HEADER = 50;
    /** Footer zone: the bottom of the page, in points; a hint only, as the header zone. */
    static final float FOOTER = 60;

    private PageLines() {}

    /** A line before zones are known. */
    private record Raw(
            String text,
            int page,
            int line,
            float x,
            float yTop,
            float size,
            int italicEnd,
            float pageHeight,
            List<LayoutLine.Span> superscripts) {}

    static boolean hasActiveContent(PDDocument doc) {
        var cat = doc.getDocumentCatalog();
        return cat.getCOSObject().containsKey(COSName.OPEN_ACTION)
                || cat.getCOSObject().containsKey(COSName.AA)
                || cat.getCOSObject().containsKey(COSName.ACRO_FORM)
                || (cat.getNames() != null && cat.getNames().getJavaScript() != null);
    }

    /** What one page may cost: operators, characters and time. */
    record Limits(int pages, int operations, int characters, long millis) {}

    static List<LayoutLine> extract(PDDocument doc, Limits limits, List<Diagnostic> diags) throws IOException {
        int pages = doc.getNumberOfPages();
        if (pages > limits.pages()) {
            diags.add(Diagnostic.at(
                    LayoutCodes.PDF_LIMIT,
                    Severity.WARNING,
                    "the PDF has " + pages + " pages; only the first " + limits.pages() + " were read",
                    SourceSpan.at(limits.pages() + 1, 1)));
            pages = limits.pages();
        }
        List<Raw> raw = new ArrayList<>();
        Collector c = new Collector(raw, limits);
        for (int p = 1; p <= pages; p++) {
            c.page = p;
            c.lineOnPage = 0;
            c.setStartPage(p);
            c.setEndPage(p);
            c.getText(doc);
            if (c.stopped != null) {
                // every page is held to the limits, the first one too
                diags.add(Diagnostic.at(
                        LayoutCodes.PDF_LIMIT,
                        Severity.WARNING,
                        "page " + p + ": " + c.stopped + "; the text read up to there is kept"
                                + (p < pages ? ", the later pages were not read" : ""),
                        SourceSpan.at(p, 1)));
                break;
            }
        }
        float body = bodySize(raw);
        List<LayoutLine> out = new ArrayList<>(raw.size());
        float prevY = Float.NaN;
        int prevPage = -1;
        LayoutLine.Zone prevZone = LayoutLine.Zone.BODY;
        Raw prev = null;
        for (Raw r : raw) {
            LayoutLine.Zone zone;
            boolean small = r.size() < body * 0.9f;
            if (r.yTop() < HEADER) {
                zone = LayoutLine.Zone.HEADER;
            } else if (r.yTop() > r.pageHeight() - FOOTER) {
                // the footnote area may run into the footer band: a line there in the size of the
                // footnote line just above it, at the spacing of a line, goes on with the notes;
                // anything else there (a page number, a browser's address) is the page's foot
                zone = small
                                && prevZone == LayoutLine.Zone.FOOTNOTE
                                && prev.page() == r.page()
                                && Math.abs(prev.size() - r.size()) < 0.5f
                                && r.yTop() - prev.yTop() < 2 * r.size()
                        ? LayoutLine.Zone.FOOTNOTE
                        : LayoutLine.Zone.FOOTER;
            } else if (small && r.yTop() > r.pageHeight() / 2) {
                zone = LayoutLine.Zone.FOOTNOTE;
            } else {
                zone = LayoutLine.Zone.BODY;
            }
            prevZone = zone;
            prev = r;
            float gap = r.page() == prevPage && !Float.isNaN(prevY) ? r.yTop() - prevY : Float.NaN;
            out.add(new LayoutLine(
                    r.text(),
                    OptionalInt.of(r.page()),
                    r.line(),
                    measure(r.x()),
                    measure(r.size()),
                    measure(gap),
                    OptionalInt.of(Math.min(r.italicEnd(), r.text().length())),
                    zone,
                    r.superscripts()));
            prevY = r.yTop();
            prevPage = r.page();
        }
        return out;
    }

    /** A measure the layout stages can use: empty when PDFBox gave none (NaN) or a broken file an infinite one. */
    private static OptionalDouble measure(float v) {
        return Float.isFinite(v) ? OptionalDouble.of(v) : OptionalDouble.empty();
    }

    private static float bodySize(List<Raw> raw) {
        Map<Integer, Integer> count = new HashMap<>();
        for (Raw r : raw) {
            count.merge(Math.round(r.size() * 2), r.text().length(), Integer::sum);
        }
        return count.entrySet().stream()
                .max(Map.Entry.comparingByValue())
                .map(e -> e.getKey() / 2f)
                .orElse(10f);
    }

    static boolean italic(PDFont f) {
        if (f == null) {
            return false;
        }
        String n = f.getName() == null ? "" : f.getName();
        if (n.contains("Italic") || n.contains("Oblique")) {
            return true;
        }
        PDFontDescriptor d = f.getFontDescriptor();
        return d != null && (d.isItalic() || d.getItalicAngle() != 0);
    }

    /** Thrown inside a page's content stream to stop it at a limit. */
    private static final class Stop extends IOException {
        private static final long serialVersionUID = 1L;

        Stop(String message) {
            super(message, null);
        }
    }

    /**
     * Collects the lines of one page at a time. Every operator of the page's content (forms and
     * glyph procedures included) and every character counts against the page's limits, and the
     * time is checked as it goes: at a limit the content stream is left and the page is finished
     * with the characters collected so far.
     */
    private static final class Collector extends PDFTextStripper {
        private final List<Raw> out;
        private final Limits limits;
        private int operations;
        private int characters;
        private long deadline;
        private String stopped;
        private final StringBuilder line = new StringBuilder();
        private int page;
        private int lineOnPage;
        private float x = Float.NaN;
        private float y;
        private float size;
        private float height;
        private int italicEnd;
        private boolean italicOpen = true;
        /** The size and baseline of the last glyph of the line's body text (not a superscript). */
        private float refSize = Float.NaN;

        private float refBase;
        private int superStart = -1;
        private final List<LayoutLine.Span> supers = new ArrayList<>();

        Collector(List<Raw> out, Limits limits) {
            this.out = out;
            this.limits = limits;
            setSortByPosition(true);
            setSuppressDuplicateOverlappingText(true);
            setLineSeparator("\n");
            setWordSeparator(" ");
        }

        @Override
        public void processPage(PDPage p) throws IOException {
            operations = 0;
            characters = 0;
            deadline = System.nanoTime() + limits.millis() * 1_000_000L;
            try {
                super.processPage(p);
            } catch (Stop e) {
                stopped = e.getMessage();
                writePage();
                endPage(p);
            }
        }

        @Override
        protected void processOperator(
                org.apache.pdfbox.contentstream.operator.Operator operator,
                List<org.apache.pdfbox.cos.COSBase> operands)
                throws IOException {
            if (++operations > limits.operations()) {
                throw new Stop("more than " + limits.operations() + " content operations");
            }
            if ((operations & 63) == 0 && System.nanoTime() > deadline) {
                throw new Stop("more than the " + limits.millis() + " ms allowed per page");
            }
            super.processOperator(operator, operands);
        }

        @Override
        protected void processTextPosition(TextPosition text) {
            characters++;
            super.processTextPosition(text);
        }

        @Override
        protected void showGlyph(
                org.apache.pdfbox.util.Matrix textRenderingMatrix,
                PDFont font,
                int code,
                org.apache.pdfbox.util.Vector displacement)
                throws IOException {
            if (characters >= limits.characters()) {
                throw new Stop("more than " + limits.characters() + " characters");
            }
            super.showGlyph(textRenderingMatrix, font, code, displacement);
        }

        @Override
        protected void startPage(PDPage p) throws IOException {
            height = p.getMediaBox() == null ? 842 : p.getMediaBox().getHeight();
            super.startPage(p);
        }

        @Override
        protected void writeString(String text, List<TextPosition> positions) {
            if (line.length() == 0 && !positions.isEmpty()) {
                TextPosition t = positions.get(0);
                x = t.getXDirAdj();
                y = t.getYDirAdj();
                size = t.getFontSizeInPt();
                italicOpen = true;
                italicEnd = 0;
            }
            for (TextPosition t : positions) {
                String u = t.getUnicode();
                superscript(t, u);
                if (italicOpen && italic(t.getFont())) {
                    italicEnd = line.length() + (u == null ? 0 : u.length());
                } else if (!" ".equals(u)) {
                    italicOpen = false;
                }
                line.append(u == null ? "" : u);
            }
        }

        /**
         * A glyph much smaller than the body text before it and raised above its baseline is a
         * superscript (a footnote call-out): consecutive ones make one span of the line.
         */
        private void superscript(TextPosition t, String u) {
            float sz = t.getFontSizeInPt();
            float base = t.getYDirAdj();
            boolean raised = !Float.isNaN(refSize) && sz < refSize * 0.8f && base < refBase - sz * 0.2f;
            boolean visible = u != null && !u.isBlank();
            if (raised && visible) {
                if (superStart < 0) {
                    superStart = line.length();
                }
                return;
            }
            endSuperscript();
            if (visible) {
                refSize = sz;
                refBase = base;
            }
        }

        private void endSuperscript() {
            if (superStart >= 0 && line.length() > superStart) {
                supers.add(new LayoutLine.Span(superStart, line.length()));
            }
            superStart = -1;
        }

        @Override
        protected void writeWordSeparator() {
            endSuperscript();
            if (italicOpen) {
                italicEnd = line.length() + 1;
            }
            line.append(' ');
        }

        @Override
        protected void writeLineSeparator() {
            flush();
        }

        @Override
        protected void endPage(PDPage p) throws IOException {
            flush();
            super.endPage(p);
        }

        private void flush() {
            endSuperscript();
            refSize = Float.NaN;
            if (line.length() == 0) {
                supers.clear();
                return;
            }
            String t = line.toString();
            int ie = Math.min(italicEnd, t.length());
            while (ie > 0 && t.charAt(ie - 1) == ' ') {
                ie--;
            }
            out.add(new Raw(t, page, ++lineOnPage, x, y, size, ie, height, List.copyOf(supers)));
            supers.clear();
            line.setLength(0);
        }
    }
}

package org.resdom.io.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

    /** Header zone: the top of the page, in points. */
    static final float HEADER = 50;
    /** Footer zone: the bottom of the page, in points. */
    static final float FOOTER = 60;

    private PageLines() {
    }

    /** A line before zones are known. */
    private record Raw(String text, int page, int line, float x, float yTop, float size, int italicEnd,
            float pageHeight) {
    }

    static boolean hasActiveContent(PDDocument doc) {
        var cat = doc.getDocumentCatalog();
        return cat.getCOSObject().containsKey(COSName.OPEN_ACTION) || cat.getCOSObject().containsKey(COSName.AA)
                || cat.getCOSObject().containsKey(COSName.ACRO_FORM)
                || (cat.getNames() != null && cat.getNames().getJavaScript() != null);
    }

    static List<LayoutLine> extract(PDDocument doc, int maxPages, long maxMillisPerPage, List<Diagnostic> diags)
            throws IOException {
        int pages = doc.getNumberOfPages();
        if (pages > maxPages) {
            diags.add(Diagnostic.at(LayoutCodes.PDF_LIMIT, Severity.WARNING, "the PDF has " + pages
                    + " pages; only the first " + maxPages + " were read", SourceSpan.at(maxPages + 1, 1)));
            pages = maxPages;
        }
        List<Raw> raw = new ArrayList<>();
        Collector c = new Collector(raw);
        for (int p = 1; p <= pages; p++) {
            long t0 = System.nanoTime();
            c.page = p;
            c.lineOnPage = 0;
            c.setStartPage(p);
            c.setEndPage(p);
            c.getText(doc);
            long ms = (System.nanoTime() - t0) / 1_000_000;
            // the first page also pays PDFBox's one-time font set-up, so it is not held to the limit
            if (ms > maxMillisPerPage && p > 1 && p < pages) {
                diags.add(Diagnostic.at(LayoutCodes.PDF_LIMIT, Severity.WARNING, "page " + p + " took " + ms
                        + " ms, more than the " + maxMillisPerPage + " ms allowed; the later pages were not read",
                        SourceSpan.at(p, 1)));
                break;
            }
        }
        float body = bodySize(raw);
        List<LayoutLine> out = new ArrayList<>(raw.size());
        float prevY = Float.NaN;
        int prevPage = -1;
        for (Raw r : raw) {
            LayoutLine.Zone zone;
            if (r.yTop() < HEADER) {
                zone = LayoutLine.Zone.HEADER;
            } else if (r.yTop() > r.pageHeight() - FOOTER) {
                zone = LayoutLine.Zone.FOOTER;
            } else if (r.size() < body * 0.9f && r.yTop() > r.pageHeight() / 2) {
                zone = LayoutLine.Zone.FOOTNOTE;
            } else {
                zone = LayoutLine.Zone.BODY;
            }
            float gap = r.page() == prevPage && !Float.isNaN(prevY) ? r.yTop() - prevY : Float.NaN;
            out.add(new LayoutLine(r.text(), r.page(), r.line(), r.x(), r.size(), gap,
                    java.util.OptionalInt.of(Math.min(r.italicEnd(), r.text().length())), zone));
            prevY = r.yTop();
            prevPage = r.page();
        }
        return out;
    }

    private static float bodySize(List<Raw> raw) {
        Map<Integer, Integer> count = new HashMap<>();
        for (Raw r : raw) {
            count.merge(Math.round(r.size() * 2), r.text().length(), Integer::sum);
        }
        return count.entrySet().stream().max(Map.Entry.comparingByValue()).map(e -> e.getKey() / 2f).orElse(10f);
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

    /** Collects the lines of one page at a time. */
    private static final class Collector extends PDFTextStripper {
        private final List<Raw> out;
        private final StringBuilder line = new StringBuilder();
        private int page;
        private int lineOnPage;
        private float x = Float.NaN;
        private float y;
        private float size;
        private float height;
        private int italicEnd;
        private boolean italicOpen = true;

        Collector(List<Raw> out) {
            this.out = out;
            setSortByPosition(true);
            setSuppressDuplicateOverlappingText(true);
            setLineSeparator("\n");
            setWordSeparator(" ");
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
                if (italicOpen && italic(t.getFont())) {
                    italicEnd = line.length() + (u == null ? 0 : u.length());
                } else if (!" ".equals(u)) {
                    italicOpen = false;
                }
                line.append(u == null ? "" : u);
            }
        }

        @Override
        protected void writeWordSeparator() {
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
            if (line.length() == 0) {
                return;
            }
            String t = line.toString();
            int ie = Math.min(italicEnd, t.length());
            while (ie > 0 && t.charAt(ie - 1) == ' ') {
                ie--;
            }
            out.add(new Raw(t, page, ++lineOnPage, x, y, size, ie, height));
            line.setLength(0);
        }
    }
}

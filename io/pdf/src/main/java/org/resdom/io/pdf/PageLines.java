package org.resdom.io.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
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

    /**
     * What one page and the whole document may cost.
     *
     * @param pages the most pages read
     * @param operations the most content operations per page, forms and glyph procedures included
     * @param characters the most characters per page
     * @param millis the most time per page
     * @param contentBytes the most decoded content bytes per page, forms and glyph procedures included
     * @param fontBytes the largest font program (or character map) loaded
     * @param documentMillis the most time for all pages
     * @param documentCharacters the most characters for all pages
     */
    record Limits(
            int pages,
            int operations,
            int characters,
            long millis,
            long contentBytes,
            long fontBytes,
            long documentMillis,
            long documentCharacters) {

        /** Forms (and glyph procedures) drawn inside each other deeper than this are not read. */
        static final int DEPTH = 12;
    }

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
        Collector c = new Collector(raw, limits, diags);
        c.documentDeadline = System.nanoTime() + limits.documentMillis() * 1_000_000L;
        for (int p = 1; p <= pages; p++) {
            c.page = p;
            c.lineOnPage = 0;
            c.setStartPage(p);
            c.setEndPage(p);
            try {
                c.getText(doc);
            } catch (Stop e) {
                // a limit met outside the page's content (its fonts, say): the page is left there
                c.stopped = e.getMessage();
                c.flush();
            }
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
     * Collects the lines of one page at a time. Everything a page costs counts against its limits
     * and the document's: every operator of its content (forms and glyph procedures included),
     * every character, every byte of content decoded (the page's, its forms' and glyph
     * procedures', each decoded within what is left: {@link Decoding}), the depth of forms drawn
     * in forms, the size of each font program loaded, and the time, checked at each operator,
     * glyph and decoded block and as the content is parsed. At a limit the content stream is left
     * and the page is finished with the characters collected so far; every later operator stops
     * at once too (PDFBox forgives errors in a form's {@code Do}, so the stop is said again).
     */
    private static final class Collector extends PDFTextStripper {
        private final List<Raw> out;
        private final Limits limits;
        private final List<Diagnostic> diags;
        private int operations;
        private int characters;
        private long documentCharacters;
        private long deadline;
        private long documentDeadline;
        private long bytesLeft;
        private int depth;
        private String stopped;
        /** The decoded size of each form and glyph procedure drawn so far. */
        private final java.util.Map<COSStream, Long> sizes = new java.util.IdentityHashMap<>();
        /** Font programs and character maps already checked (shared by pages and forms). */
        private final java.util.Set<COSBase> checked =
                java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

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

        Collector(List<Raw> out, Limits limits, List<Diagnostic> diags) {
            this.out = out;
            this.limits = limits;
            this.diags = diags;
            setSortByPosition(true);
            setSuppressDuplicateOverlappingText(true);
            setLineSeparator("\n");
            setWordSeparator(" ");
        }

        /** Stops the page (and says it again at every later step) with what was met. */
        private Stop stop(String why) {
            if (stopped == null) {
                stopped = why;
            }
            return new Stop(stopped);
        }

        /** The time left, page and document: stops when either is spent. */
        private void checkTime() throws Stop {
            long now = System.nanoTime();
            if (now > deadline) {
                throw stop("more than the " + limits.millis() + " ms allowed per page");
            }
            if (now > documentDeadline) {
                throw stop("more than the " + limits.documentMillis() + " ms allowed for the document");
            }
        }

        private long until() {
            return Math.min(deadline, documentDeadline);
        }

        @Override
        public void processPage(PDPage p) throws IOException {
            if (getCurrentPageNo() != page) {
                super.processPage(p); // a page out of the range: PDFTextStripper skips it
                return;
            }
            operations = 0;
            characters = 0;
            depth = 0;
            bytesLeft = limits.contentBytes();
            deadline = System.nanoTime() + limits.millis() * 1_000_000L;
            try {
                checkTime();
                checkFonts(p.getResources());
                byte[] content = content(p);
                String cut = bytesLeft < 0 ? stopped : null;
                stopped = null;
                super.processPage(new Bounded(p, content, this));
                if (cut != null && stopped == null) {
                    stopped = cut;
                }
            } catch (Stop e) {
                stop(e.getMessage());
                writePage();
                endPage(p);
            }
        }

        /**
         * The page's content decoded within the page's budget of bytes; over it, the bytes up to
         * it (and the stop to say after them, in {@link #stopped}, with {@link #bytesLeft} below 0).
         */
        private byte[] content(PDPage p) throws IOException {
            COSBase c = p.getCOSObject().getDictionaryObject(COSName.CONTENTS);
            List<COSStream> streams = new ArrayList<>();
            if (c instanceof COSStream s) {
                streams.add(s);
            } else if (c instanceof COSArray a) {
                for (int i = 0; i < a.size(); i++) {
                    if (a.getObject(i) instanceof COSStream s) {
                        streams.add(s);
                    }
                }
            }
            java.io.ByteArrayOutputStream all = new java.io.ByteArrayOutputStream();
            for (COSStream s : streams) {
                Decoding.Decoded d = Decoding.decode(s, bytesLeft, until());
                all.write(d.bytes(), 0, d.bytes().length);
                all.write('\n');
                bytesLeft -= d.bytes().length;
                if (d.late()) {
                    checkTime();
                }
                if (d.cut()) {
                    stop(tooMuchContent());
                    bytesLeft = -1;
                    break;
                }
            }
            return all.toByteArray();
        }

        private String tooMuchContent() {
            return "its content, forms included, is more than " + limits.contentBytes() + " bytes decoded";
        }

        /**
         * A form or glyph procedure about to be drawn: within the depth and the bytes left (it is
         * decoded within what is left before PDFBox decodes it), its fonts checked.
         */
        private void enter(COSStream s, org.apache.pdfbox.pdmodel.PDResources resources) throws IOException {
            if (stopped != null) {
                throw stop(stopped);
            }
            if (depth >= Limits.DEPTH) {
                throw stop("forms are drawn inside each other more than " + Limits.DEPTH + " deep");
            }
            checkTime();
            Long known = sizes.get(s);
            long size;
            if (known != null) {
                size = known; // drawn before: its size is known, its bytes count again
            } else {
                Decoding.Decoded d = Decoding.decode(s, bytesLeft, until());
                if (d.late()) {
                    checkTime();
                }
                if (d.cut()) {
                    throw stop(tooMuchContent());
                }
                size = d.bytes().length;
                sizes.put(s, size);
            }
            if (size > bytesLeft) {
                throw stop(tooMuchContent());
            }
            bytesLeft -= size;
            checkFonts(resources);
        }

        @Override
        public void showForm(org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject form) throws IOException {
            enter(form.getCOSObject(), form.getResources());
            depth++;
            try {
                super.showForm(form);
            } finally {
                depth--;
            }
        }

        @Override
        public void showTransparencyGroup(org.apache.pdfbox.pdmodel.graphics.form.PDTransparencyGroup form)
                throws IOException {
            enter(form.getCOSObject(), form.getResources());
            depth++;
            try {
                super.showTransparencyGroup(form);
            } finally {
                depth--;
            }
        }

        @Override
        protected void processType3Stream(
                org.apache.pdfbox.pdmodel.font.PDType3CharProc charProc, org.apache.pdfbox.util.Matrix m)
                throws IOException {
            enter(charProc.getCOSObject(), charProc.getResources());
            depth++;
            try {
                super.processType3Stream(charProc, m);
            } finally {
                depth--;
            }
        }

        /**
         * The fonts of a page or form, before PDFBox loads them: a font program or character map
         * larger than {@code fontBytes} decoded is taken out of the font (in memory only), so that
         * PDFBox reads its text with a standard font's metrics instead of loading it; a warning
         * says so.
         */
        private void checkFonts(org.apache.pdfbox.pdmodel.PDResources resources) throws IOException {
            if (resources == null) {
                return;
            }
            COSBase fonts = resources.getCOSObject().getDictionaryObject(COSName.FONT);
            if (!(fonts instanceof org.apache.pdfbox.cos.COSDictionary all)) {
                return;
            }
            for (COSName name : all.keySet()) {
                if (all.getDictionaryObject(name) instanceof org.apache.pdfbox.cos.COSDictionary font) {
                    checkFont(name, font);
                    if (font.getDictionaryObject(COSName.DESCENDANT_FONTS) instanceof COSArray d
                            && d.size() > 0
                            && d.getObject(0) instanceof org.apache.pdfbox.cos.COSDictionary cid) {
                        checkFont(name, cid);
                    }
                }
            }
        }

        private void checkFont(COSName name, org.apache.pdfbox.cos.COSDictionary font) throws IOException {
            checkStream(name, font, COSName.TO_UNICODE, "character map");
            if (font.getDictionaryObject(COSName.FONT_DESC) instanceof org.apache.pdfbox.cos.COSDictionary desc) {
                for (COSName key : new COSName[] {COSName.FONT_FILE, COSName.FONT_FILE2, COSName.FONT_FILE3}) {
                    checkStream(name, desc, key, "program");
                }
            }
        }

        private void checkStream(COSName name, org.apache.pdfbox.cos.COSDictionary owner, COSName key, String what)
                throws IOException {
            if (!(owner.getDictionaryObject(key) instanceof COSStream s) || !checked.add(s)) {
                return;
            }
            checkTime();
            Decoding.Decoded d = Decoding.decode(s, limits.fontBytes(), until());
            if (d.late()) {
                checkTime();
            }
            if (d.cut()) {
                owner.removeItem(key);
                diags.add(Diagnostic.at(
                        LayoutCodes.PDF_LIMIT,
                        Severity.WARNING,
                        "page " + page + ": the " + what + " of font " + name.getName() + " is more than "
                                + limits.fontBytes() + " bytes decoded; it was not loaded, and the font's text"
                                + " is read with a standard font's metrics",
                        SourceSpan.at(page, 1)));
            }
        }

        @Override
        protected void processOperator(
                org.apache.pdfbox.contentstream.operator.Operator operator,
                List<org.apache.pdfbox.cos.COSBase> operands)
                throws IOException {
            if (stopped != null) {
                throw stop(stopped);
            }
            if (++operations > limits.operations()) {
                throw stop("more than " + limits.operations() + " content operations");
            }
            checkTime();
            super.processOperator(operator, operands);
        }

        @Override
        protected void processTextPosition(TextPosition text) {
            characters++;
            documentCharacters++;
            super.processTextPosition(text);
        }

        @Override
        protected void showGlyph(
                org.apache.pdfbox.util.Matrix textRenderingMatrix,
                PDFont font,
                int code,
                org.apache.pdfbox.util.Vector displacement)
                throws IOException {
            if (stopped != null) {
                throw stop(stopped);
            }
            if (characters >= limits.characters()) {
                throw stop("more than " + limits.characters() + " characters");
            }
            if (documentCharacters >= limits.documentCharacters()) {
                throw stop("more than " + limits.documentCharacters() + " characters in the document");
            }
            if ((characters & 255) == 0) {
                checkTime();
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

        void flush() {
            endSuperscript();
            refSize = Float.NaN;
            if (line.length() == 0) {
                supers.clear();
                return;
            }
            String t = line.toString();
            if (t.chars().allMatch(ch -> Character.isWhitespace(ch) || Character.isSpaceChar(ch))) {
                // a line of no-break spaces (a browser's empty paragraph) is a blank line, no text
                t = "";
                supers.clear();
            }
            int ie = Math.min(italicEnd, t.length());
            while (ie > 0 && t.charAt(ie - 1) == ' ') {
                ie--;
            }
            out.add(new Raw(t, page, ++lineOnPage, x, y, size, ie, height, List.copyOf(supers)));
            supers.clear();
            line.setLength(0);
        }
    }

    /**
     * A page whose content is the bytes decoded within its budget, read through a buffer that
     * checks the time as the parser reads it: a content stream of nothing but spaces costs no
     * more than the time allowed.
     */
    private static final class Bounded extends PDPage {
        private final byte[] content;
        private final Collector owner;

        Bounded(PDPage page, byte[] content, Collector owner) {
            super(page.getCOSObject());
            this.content = content;
            this.owner = owner;
        }

        @Override
        public boolean hasContents() {
            return content.length > 0;
        }

        @Override
        public java.io.InputStream getContents() {
            return new java.io.ByteArrayInputStream(content);
        }

        @Override
        public org.apache.pdfbox.io.RandomAccessRead getContentsForStreamParsing() {
            return new Timed(content, owner);
        }

        @Override
        public org.apache.pdfbox.io.RandomAccessRead getContentsForRandomAccess() {
            return new Timed(content, owner);
        }
    }

    /** Content bytes read by the parser, the time checked every 4,096 reads. */
    private static final class Timed extends org.apache.pdfbox.io.RandomAccessReadBuffer {
        private final Collector owner;
        private int reads;

        Timed(byte[] content, Collector owner) {
            super(content);
            this.owner = owner;
        }

        private void tick() throws IOException {
            if ((++reads & 4095) == 0) {
                if (owner.stopped != null) {
                    throw owner.stop(owner.stopped);
                }
                owner.checkTime();
            }
        }

        @Override
        public int read() throws IOException {
            tick();
            return super.read();
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            tick();
            return super.read(b, off, len);
        }
    }
}

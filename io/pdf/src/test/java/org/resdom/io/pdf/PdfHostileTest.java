package org.resdom.io.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.DeflaterOutputStream;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.resdom.diagnostic.Diagnostic;
import org.resdom.io.ReadResult;
import org.resdom.io.layout.LayoutCodes;
import org.resdom.model.Inline;

/**
 * Hostile PDFs made here with PDFBox: content that inflates far beyond its size, forms drawn
 * inside forms (fanned out and recursive), a font program that inflates, and a document over its
 * limit of characters. Each is read within its limits, reported with {@code PDF-LIMIT} (code,
 * page, which limit) and gives the text read before the limit; none may run long.
 */
class PdfHostileTest {

    private static final String OPENING =
            "BT /F1 10 Tf 72 700 Td (The General Assembly,) Tj 0 -14 Td" + " (Recalling its resolution 70/1,) Tj ET\n";

    private static byte[] save(PDDocument doc) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        doc.save(out);
        return out.toByteArray();
    }

    /** A stream of the document holding {@code data} Flate-encoded, then {@code repeat} × {@code filler}. */
    private static COSStream flate(PDDocument doc, String data, byte filler, long repeat, String after)
            throws IOException {
        COSStream s = doc.getDocument().createCOSStream();
        s.setItem(COSName.FILTER, COSName.FLATE_DECODE);
        try (OutputStream raw = s.createRawOutputStream();
                DeflaterOutputStream z = new DeflaterOutputStream(raw)) {
            z.write(data.getBytes(StandardCharsets.ISO_8859_1));
            byte[] block = new byte[1 << 16];
            java.util.Arrays.fill(block, filler);
            for (long n = 0; n < repeat; n += block.length) {
                z.write(block, 0, (int) Math.min(block.length, repeat - n));
            }
            z.write(after.getBytes(StandardCharsets.ISO_8859_1));
        }
        return s;
    }

    /** A page with Times as F1 and the given content stream. */
    private static PDPage page(PDDocument doc, COSStream content) {
        PDPage page = new PDPage(PDRectangle.A4);
        PDResources res = new PDResources();
        res.put(COSName.getPDFName("F1"), new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN));
        page.setResources(res);
        page.setContents(new PDStream(content));
        doc.addPage(page);
        return page;
    }

    private static String text(ReadResult r) {
        StringBuilder all = new StringBuilder();
        r.resolution()
                .formula()
                .ifPresent(f -> all.append(Inline.plainText(f.content())).append('\n'));
        r.resolution()
                .sections()
                .forEach(s -> s.paragraphs()
                        .forEach(p -> all.append(Inline.plainText(p.content())).append('\n')));
        return all.toString();
    }

    private static Diagnostic limit(ReadResult r) {
        return r.diagnostics().stream()
                .filter(d -> d.code().equals(LayoutCodes.PDF_LIMIT))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no PDF-LIMIT in " + r.diagnostics()));
    }

    @Test
    @Timeout(60)
    void contentThatInflatesFarBeyondItsSizeIsReadOnlyUpToTheBudget() throws IOException {
        byte[] pdf;
        try (PDDocument doc = new PDDocument()) {
            // 256 MiB of spaces after the opening (32 times the budget), in a file of a quarter of a megabyte
            page(doc, flate(doc, OPENING, (byte) ' ', 256L << 20, "BT /F1 10 Tf 72 600 Td (Never read) Tj ET"));
            pdf = save(doc);
        }
        assertThat(pdf.length).isLessThan(1 << 20);
        ReadResult r = PdfResolutionReader.create().read(pdf);
        Diagnostic d = limit(r);
        assertThat(d.message()).startsWith("page 1: its content, forms included, is more than 8388608 bytes");
        assertThat(d.span()).hasValueSatisfying(s -> assertThat(s.line()).isEqualTo(1));
        assertThat(text(r))
                .contains("The General Assembly", "its resolution 70/1")
                .doesNotContain("Never read");
    }

    @Test
    @Timeout(60)
    void aSmallerContentBudgetHoldsToo() throws IOException {
        byte[] pdf;
        try (PDDocument doc = new PDDocument()) {
            page(doc, flate(doc, OPENING, (byte) ' ', 100_000, "BT /F1 10 Tf 72 600 Td (Never read) Tj ET"));
            page(doc, flate(doc, OPENING, (byte) ' ', 0, ""));
            pdf = save(doc);
        }
        assertThat(text(PdfResolutionReader.create().read(pdf))).contains("Never read");
        ReadResult r = PdfResolutionReader.builder()
                .maxContentBytesPerPage(50_000)
                .build()
                .read(pdf);
        assertThat(limit(r).message())
                .isEqualTo("page 1: its content, forms included, is more than 50000 bytes decoded;"
                        + " the text read up to there is kept, the later pages were not read");
        assertThat(text(r)).contains("its resolution 70/1").doesNotContain("Never read");
    }

    /** A form XObject drawing {@code child} {@code times} times, or text when child is null. */
    private static COSStream form(PDDocument doc, COSStream child, int times) throws IOException {
        StringBuilder c = new StringBuilder();
        for (int i = 0; i < times; i++) {
            c.append(child == null ? "BT /F1 10 Tf 72 500 Td (x) Tj ET\n" : "/X0 Do\n");
        }
        COSStream s = flate(doc, c.toString(), (byte) ' ', 0, "");
        s.setItem(COSName.TYPE, COSName.XOBJECT);
        s.setItem(COSName.SUBTYPE, COSName.FORM);
        COSArray box = new COSArray();
        for (int v : new int[] {0, 0, 600, 800}) {
            box.add(org.apache.pdfbox.cos.COSInteger.get(v));
        }
        s.setItem(COSName.BBOX, box);
        COSDictionary res = new COSDictionary();
        COSDictionary xo = new COSDictionary();
        if (child != null) {
            xo.setItem(COSName.getPDFName("X0"), child);
        }
        res.setItem(COSName.XOBJECT, xo);
        COSDictionary fonts = new COSDictionary();
        fonts.setItem(COSName.getPDFName("F1"), new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN).getCOSObject());
        res.setItem(COSName.FONT, fonts);
        s.setItem(COSName.RESOURCES, res);
        return s;
    }

    private static byte[] withForm(PDDocument doc, COSStream top) throws IOException {
        PDPage p = page(doc, flate(doc, OPENING + "/X0 Do\n", (byte) ' ', 0, ""));
        p.getResources().getCOSObject().setItem(COSName.XOBJECT, new COSDictionary());
        ((COSDictionary) p.getResources().getCOSObject().getDictionaryObject(COSName.XOBJECT))
                .setItem(COSName.getPDFName("X0"), top);
        return save(doc);
    }

    @Test
    @Timeout(60)
    void formsFannedOutInsideFormsAreStoppedByTheOperationLimit() throws IOException {
        byte[] pdf;
        try (PDDocument doc = new PDDocument()) {
            // 20^6 = 64 million draws of a text form from a file of a few kilobytes
            COSStream f = form(doc, null, 1);
            for (int level = 0; level < 6; level++) {
                f = form(doc, f, 20);
            }
            pdf = withForm(doc, f);
        }
        assertThat(pdf.length).isLessThan(64 << 10);
        ReadResult r = PdfResolutionReader.builder()
                .maxOperationsPerPage(20_000)
                .build()
                .read(pdf);
        assertThat(limit(r).message()).startsWith("page 1: more than 20000 content operations");
        assertThat(text(r)).contains("its resolution 70/1");
    }

    @Test
    @Timeout(60)
    void aFormDrawingItselfIsStoppedByTheDepthLimit() throws IOException {
        byte[] pdf;
        try (PDDocument doc = new PDDocument()) {
            COSStream f = form(doc, null, 1);
            // the form draws itself
            ((COSDictionary) ((COSDictionary) f.getDictionaryObject(COSName.RESOURCES))
                            .getDictionaryObject(COSName.XOBJECT))
                    .setItem(COSName.getPDFName("X0"), f);
            try (OutputStream raw = f.createRawOutputStream();
                    DeflaterOutputStream z = new DeflaterOutputStream(raw)) {
                z.write("/X0 Do\n/X0 Do\n".getBytes(StandardCharsets.ISO_8859_1));
            }
            pdf = withForm(doc, f);
        }
        ReadResult r = PdfResolutionReader.create().read(pdf);
        assertThat(limit(r).message()).startsWith("page 1: forms are drawn inside each other more than 12 deep");
        assertThat(text(r)).contains("its resolution 70/1");
    }

    @Test
    @Timeout(60)
    void aFontProgramThatInflatesIsNotLoadedAndItsTextIsRead() throws IOException {
        byte[] pdf;
        try (PDDocument doc = new PDDocument()) {
            PDPage p = page(doc, flate(doc, OPENING, (byte) ' ', 0, ""));
            COSDictionary font = (COSDictionary)
                    ((COSDictionary) p.getResources().getCOSObject().getDictionaryObject(COSName.FONT))
                            .getDictionaryObject(COSName.getPDFName("F1"));
            COSDictionary desc = new COSDictionary();
            desc.setItem(COSName.TYPE, COSName.FONT_DESC);
            desc.setName(COSName.FONT_NAME, "Times-Roman");
            desc.setInt(COSName.FLAGS, 34);
            // 64 MiB of zeros as the font program
            desc.setItem(COSName.FONT_FILE, flate(doc, "", (byte) 0, 64L << 20, ""));
            font.setItem(COSName.FONT_DESC, desc);
            pdf = save(doc);
        }
        ReadResult r = PdfResolutionReader.create().read(pdf);
        assertThat(limit(r).message())
                .startsWith("page 1: the program of font F1 is more than 16777216 bytes decoded; it was not loaded");
        assertThat(text(r)).contains("The General Assembly", "its resolution 70/1");
    }

    @Test
    @Timeout(60)
    void theDocumentsCharacterLimitStopsAtTheRightPage() throws IOException {
        byte[] pdf;
        try (PDDocument doc = new PDDocument()) {
            page(doc, flate(doc, OPENING, (byte) ' ', 0, ""));
            for (int i = 2; i <= 4; i++) {
                page(
                        doc,
                        flate(
                                doc,
                                "BT /F1 10 Tf 72 700 Td (" + i + ". Requests a report on page " + i + ";) Tj ET",
                                (byte) ' ',
                                0,
                                ""));
            }
            pdf = save(doc);
        }
        // the opening has 51 characters, each later page 31
        ReadResult r = PdfResolutionReader.builder().maxCharacters(100).build().read(pdf);
        assertThat(limit(r).message())
                .isEqualTo("page 3: more than 100 characters in the document; the text read up to there is kept,"
                        + " the later pages were not read");
        assertThat(text(r)).contains("report on page 2").doesNotContain("page 4");
    }

    @Test
    @Timeout(60)
    void aScannedPageIsReportedAsImageOnly() throws IOException {
        byte[] pdf;
        try (PDDocument doc = new PDDocument()) {
            // a grey scan of 600 x 800 pixels drawn over the page, and no text
            COSStream img = flate(doc, "", (byte) 0x80, 600 * 800, "");
            img.setItem(COSName.TYPE, COSName.XOBJECT);
            img.setItem(COSName.SUBTYPE, COSName.IMAGE);
            img.setInt(COSName.WIDTH, 600);
            img.setInt(COSName.HEIGHT, 800);
            img.setInt(COSName.BITS_PER_COMPONENT, 8);
            img.setItem(COSName.COLORSPACE, COSName.DEVICEGRAY);
            PDPage p = page(doc, flate(doc, "q 595 0 0 842 0 0 cm /Im0 Do Q\n", (byte) ' ', 0, ""));
            COSDictionary xo = new COSDictionary();
            xo.setItem(COSName.getPDFName("Im0"), img);
            p.getResources().getCOSObject().setItem(COSName.XOBJECT, xo);
            pdf = save(doc);
        }
        ReadResult r = PdfResolutionReader.create().read(pdf);
        assertThat(r.diagnostics())
                .anyMatch(d -> d.code().equals(LayoutCodes.PDF_NO_TEXT)
                        && d.message().equals("the PDF's only page holds no text (scanned images?); nothing was read"));
        assertThat(r.hasErrors()).isTrue();
    }
}

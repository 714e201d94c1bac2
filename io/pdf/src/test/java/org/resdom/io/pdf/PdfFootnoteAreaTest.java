package org.resdom.io.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.resdom.io.ReadResult;
import org.resdom.model.Inline;
import org.resdom.testsupport.CorpusGold;

/**
 * The footnote area of a PDF page: the notes below the rule in their smaller size, the page's
 * foot under them (a browser's address and page count) kept apart, call-outs set as
 * superscripts after a closing quote mark, and a browser's empty paragraph (a no-break space)
 * read as a blank line.
 */
class PdfFootnoteAreaTest {

    private static final PDType1Font TIMES = new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN);

    private static void text(PDPageContentStream cs, float size, float x, float y, String s) throws IOException {
        cs.beginText();
        cs.setFont(TIMES, size);
        cs.newLineAtOffset(x, y);
        cs.showText(s);
        cs.endText();
    }

    /** A line of body text with a superscript call-out at its end. */
    private static void called(PDPageContentStream cs, float y, String s, String marker, String after)
            throws IOException {
        cs.beginText();
        cs.setFont(TIMES, 13);
        cs.newLineAtOffset(72, y);
        cs.showText(s);
        cs.setFont(TIMES, 8);
        cs.setTextRise(5);
        cs.showText(marker);
        cs.setTextRise(0);
        cs.setFont(TIMES, 13);
        cs.showText(after);
        cs.endText();
    }

    /**
     * Two pages as a browser prints them: body text in 13 pt, notes in 8 pt under a rule of
     * underscores, and the browser's foot ("file:///… 1/2") in 10 pt at the bottom, under the
     * notes of the second page.
     */
    private static byte[] twoPages() throws IOException {
        try (PDDocument doc = new PDDocument()) {
            for (int p = 1; p <= 2; p++) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    float y = 760;
                    if (p == 1) {
                        text(cs, 13, 72, y, "The Human Rights Council,");
                        y -= 20;
                        called(cs, y, "Recalling its resolution 48/16 entitled \u00abThe situation\u00bb", "1", ",");
                        y -= 20;
                        text(cs, 13, 72, y, "Noting the report of the Special Rapporteur,");
                    } else {
                        called(cs, y, "1. Welcomes the report of the Secretary-General", "2", ";");
                        y -= 20;
                        called(cs, y, "2. Takes note of the study \u00abIndigenous peoples\u00bb", "3", ";");
                        y -= 20;
                        text(cs, 13, 72, y, "3. Decides to remain seized of the matter.");
                        text(cs, 13, 72, 150, "____________________");
                        text(cs, 8, 72, 130, "2 A/HRC/54/56.");
                        text(cs, 8, 72, 120, "3 Ibid., para. 86.");
                    }
                    if (p == 1) {
                        text(cs, 13, 72, 150, "____________________");
                        text(cs, 8, 72, 130, "1 A/HRC/48/16.");
                    }
                    text(cs, 10, 24, 14, "file:///tmp/print/en_20.html " + p + "/2");
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    @Test
    @Timeout(60)
    void notesArePairedAndThePageFootUnderThemStaysOut() throws IOException {
        ReadResult r = PdfResolutionReader.create().read(twoPages());
        CorpusGold.Facts f = CorpusGold.facts(r.resolution());
        assertThat(f.footnotes())
                .containsExactly(
                        "1 " + CorpusGold.key("A/HRC/48/16."),
                        "2 " + CorpusGold.key("A/HRC/54/56."),
                        "3 " + CorpusGold.key("Ibid., para. 86."));
        // the browser's foot is page furniture, kept as a hint and in no paragraph or note
        assertThat(String.join("\n", f.paragraphs()) + String.join("\n", f.footnotes()))
                .doesNotContain("file");
        List<String> hints = List.copyOf(r.resolution().hints().values().values());
        assertThat(hints).anyMatch(v -> v.contains("file:///tmp/print/en_20.html 2/2"));
    }

    @Test
    @Timeout(60)
    void aLineOfNoBreakSpacesIsABlankLineAndNoParagraph() throws IOException {
        byte[] pdf;
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            // Times with code 240 (octal) as the glyph nbspace, U+00A0, as a browser's empty paragraph sets it
            org.apache.pdfbox.cos.COSDictionary font = new org.apache.pdfbox.cos.COSDictionary();
            font.setItem(org.apache.pdfbox.cos.COSName.TYPE, org.apache.pdfbox.cos.COSName.FONT);
            font.setItem(org.apache.pdfbox.cos.COSName.SUBTYPE, org.apache.pdfbox.cos.COSName.TYPE1);
            font.setName(org.apache.pdfbox.cos.COSName.BASE_FONT, "Times-Roman");
            org.apache.pdfbox.cos.COSDictionary enc = new org.apache.pdfbox.cos.COSDictionary();
            enc.setItem(org.apache.pdfbox.cos.COSName.BASE_ENCODING, org.apache.pdfbox.cos.COSName.WIN_ANSI_ENCODING);
            org.apache.pdfbox.cos.COSArray diff = new org.apache.pdfbox.cos.COSArray();
            diff.add(org.apache.pdfbox.cos.COSInteger.get(160));
            diff.add(org.apache.pdfbox.cos.COSName.getPDFName("nbspace"));
            enc.setItem(org.apache.pdfbox.cos.COSName.DIFFERENCES, diff);
            font.setItem(org.apache.pdfbox.cos.COSName.ENCODING, enc);
            org.apache.pdfbox.pdmodel.PDResources res = new org.apache.pdfbox.pdmodel.PDResources();
            org.apache.pdfbox.cos.COSDictionary fonts = new org.apache.pdfbox.cos.COSDictionary();
            fonts.setItem(org.apache.pdfbox.cos.COSName.getPDFName("F1"), font);
            res.getCOSObject().setItem(org.apache.pdfbox.cos.COSName.FONT, fonts);
            page.setResources(res);
            String content = "BT /F1 13 Tf 72 760 Td (The Human Rights Council,) Tj"
                    + " 0 -20 Td (Recalling its resolution 48/16,) Tj"
                    + " 0 -20 Td (1. Decides to remain seized of the matter.) Tj"
                    + " 0 -22 Td <A0> Tj ET";
            org.apache.pdfbox.pdmodel.common.PDStream stream = new org.apache.pdfbox.pdmodel.common.PDStream(doc);
            try (java.io.OutputStream out = stream.createOutputStream()) {
                out.write(content.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
            }
            page.setContents(stream);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            pdf = out.toByteArray();
        }
        ReadResult r = PdfResolutionReader.create().read(pdf);
        assertThat(CorpusGold.facts(r.resolution()).paragraphs())
                .containsExactly(
                        CorpusGold.key("Recalling its resolution 48/16,"),
                        CorpusGold.key("1. Decides to remain seized of the matter."));
        assertThat(r.resolution().operative().get(0).paragraphs().get(0).content())
                .noneMatch(i -> Inline.plainText(List.of(i)).contains("\u00a0"));
    }
}

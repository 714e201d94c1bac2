package org.resdom.io.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.resdom.io.ReadResult;
import org.resdom.io.layout.LayoutCodes;
import org.resdom.model.Inline;

/** Limits per page, the first page included; furniture by its text and recurrence, not by position. */
class PdfPageLimitsTest {

    private static byte[] save(PDDocument doc) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        doc.save(out);
        return out.toByteArray();
    }

    /** One page: a formula, then {@code ops} text operations of one character each. */
    private static byte[] manyOperations(int ops) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            PDType1Font f = new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(f, 10);
                cs.newLineAtOffset(72, 700);
                cs.showText("The General Assembly,");
                cs.newLineAtOffset(0, -14);
                cs.showText("Recalling its resolution 70/1,");
                cs.newLineAtOffset(0, -14);
                for (int i = 0; i < ops; i++) {
                    cs.showText("x");
                }
                cs.endText();
            }
            return save(doc);
        }
    }

    @Test
    @Timeout(60)
    void aOnePageFloodOfTextOperationsIsStoppedAtTheLimit() throws IOException {
        byte[] pdf = manyOperations(200_000);
        ReadResult r = PdfResolutionReader.create().read(pdf);
        assertThat(r.diagnostics())
                .anyMatch(d -> d.code().equals(LayoutCodes.PDF_LIMIT)
                        && d.message().startsWith("page 1: more than 50000 characters"));
        // what was read before the limit is kept
        assertThat(r.resolution().formula()).isPresent();
        assertThat(r.resolution().preamble()).isNotEmpty();
    }

    @Test
    @Timeout(60)
    void theOperationLimitHoldsOnTheFirstPage() throws IOException {
        byte[] pdf = manyOperations(5_000);
        ReadResult r = PdfResolutionReader.builder()
                .maxOperationsPerPage(1_000)
                .build()
                .read(pdf);
        assertThat(r.diagnostics())
                .anyMatch(d -> d.code().equals(LayoutCodes.PDF_LIMIT)
                        && d.message().startsWith("page 1: more than 1000 content operations"));
        assertThat(r.resolution().formula()).isPresent();
        ReadResult fine = PdfResolutionReader.create().read(pdf);
        assertThat(fine.diagnostics()).noneMatch(d -> d.code().equals(LayoutCodes.PDF_LIMIT));
    }

    @Test
    @Timeout(60)
    void pdfBoxDoesNotWriteToStandardErrorForADamagedFile() throws IOException {
        byte[] good = PdfCorpusTest.pdf("A_HRC_RES_54_10E");
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        // java.util.logging's console handler holds System.err as it was when it was made: make one now
        java.util.logging.Logger root = java.util.logging.Logger.getLogger("");
        java.util.logging.Handler[] handlers = root.getHandlers();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        java.util.logging.ConsoleHandler console = new java.util.logging.ConsoleHandler();
        try {
            for (java.util.logging.Handler h : handlers) {
                root.removeHandler(h);
            }
            root.addHandler(console);
            for (int cut = 0; cut < good.length; cut += good.length / 23 + 1) {
                PdfResolutionReader.create().read(java.util.Arrays.copyOf(good, cut));
            }
            java.util.logging.Logger.getLogger("org.apache.pdfbox.test").warning("after the read");
        } finally {
            root.removeHandler(console);
            for (java.util.logging.Handler h : handlers) {
                root.addHandler(h);
            }
            System.setErr(err);
        }
        String out = captured.toString(StandardCharsets.UTF_8);
        // PDFBox is quiet during the read and its logging is back afterwards
        assertThat(out).doesNotContain("org.apache.pdfbox.pdfparser").contains("after the read");
        assertThat(out.split("WARNING", -1)).hasSize(2);
    }

    private static void line(PDPageContentStream cs, PDType1Font f, float x, float y, String s) throws IOException {
        cs.beginText();
        cs.setFont(f, 10);
        cs.newLineAtOffset(x, y);
        cs.showText(s);
        cs.endText();
    }

    @Test
    @Timeout(60)
    void bodyTextInTheHeaderAndFooterBandsIsKeptAndRecurringFeetAreFurniture() throws IOException {
        PDType1Font f = new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN);
        byte[] pdf;
        try (PDDocument doc = new PDDocument()) {
            for (int p = 0; p < 3; p++) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    float top = 842 - 30; // inside the top 50 pt
                    if (p == 0) {
                        line(cs, f, 72, top, "The General Assembly,");
                        line(cs, f, 72, top - 14, "Recalling its resolution 70/1,");
                    } else {
                        line(
                                cs,
                                f,
                                72,
                                top,
                                p == 1
                                        ? "Noting the report of the Secretary-General,"
                                        : "1. Decides to remain seized of the matter.");
                    }
                    line(
                            cs,
                            f,
                            72,
                            500,
                            p == 0 ? "Stressing the work," : p == 1 ? "Welcoming the plan," : "2. Requests a report.");
                    // the same foot on every page, in no pattern of its own: furniture by recurrence
                    line(cs, f, 72, 30, "Advance unedited version");
                    // body text in the bottom 60 pt on the first page only
                    if (p == 0) {
                        line(cs, f, 72, 45, "Bearing in mind the Charter,");
                    }
                }
            }
            pdf = save(doc);
        }
        ReadResult r = PdfResolutionReader.create().read(pdf);
        StringBuilder all = new StringBuilder();
        r.resolution()
                .sections()
                .forEach(s -> s.paragraphs()
                        .forEach(p -> all.append(Inline.plainText(p.content())).append('\n')));
        assertThat(r.resolution().formula()).isPresent();
        assertThat(all.toString())
                .contains(
                        "its resolution 70/1",
                        "the report of the Secretary-General",
                        "Decides to remain seized",
                        "the Charter")
                .doesNotContain("Advance unedited");
        assertThat(r.resolution().hints().values().values()).anyMatch(v -> v.endsWith("Advance unedited version"));
    }
}

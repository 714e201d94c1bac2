package org.resdom.io.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Random;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.resdom.io.ReadResult;
import org.resdom.io.layout.LayoutCodes;

/** Hostile and unreadable PDFs: reported, never thrown, never run. */
@org.junit.jupiter.api.Timeout(value = 120, unit = java.util.concurrent.TimeUnit.SECONDS)
class PdfSafetyTest {

    private static byte[] save(PDDocument doc) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        doc.save(out);
        return out.toByteArray();
    }

    private static byte[] oneLine(String text, boolean javascript, boolean encrypted) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN), 10);
                cs.newLineAtOffset(72, 700);
                cs.showText(text);
                cs.endText();
            }
            if (javascript) {
                doc.getDocumentCatalog().setOpenAction(new PDActionJavaScript("app.alert('run')"));
            }
            if (encrypted) {
                StandardProtectionPolicy p = new StandardProtectionPolicy("owner", "user", new AccessPermission());
                p.setEncryptionKeyLength(128);
                doc.protect(p);
            }
            return save(doc);
        }
    }

    @Test
    @Timeout(60)
    void encryptedPdfIsReportedClearly() throws IOException {
        ReadResult r = PdfResolutionReader.create().read(oneLine("The General Assembly,", false, true));
        assertThat(r.diagnostics()).anyMatch(d -> d.code().equals(LayoutCodes.PDF_ENCRYPTED));
        assertThat(r.hasErrors()).isTrue();
    }

    @Test
    @Timeout(60)
    void pagesWithoutTextAreReportedAsImageOnly() throws IOException {
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage());
            doc.addPage(new PDPage());
            ReadResult r = PdfResolutionReader.create().read(save(doc));
            assertThat(r.diagnostics())
                    .anyMatch(d -> d.code().equals(LayoutCodes.PDF_NO_TEXT)
                            && d.message().contains("2 pages"));
        }
    }

    @Test
    @Timeout(60)
    void javascriptIsReportedAndNotRun() throws IOException {
        ReadResult r = PdfResolutionReader.create().read(oneLine("The General Assembly,", true, false));
        assertThat(r.diagnostics()).anyMatch(d -> d.code().equals(LayoutCodes.PDF_ACTIVE_CONTENT));
        assertThat(r.resolution().formula()).isPresent();
    }

    @Test
    @Timeout(60)
    void junkAndTruncatedPdfsAreDiagnosticsNotExceptions() throws IOException {
        Random random = new Random(7);
        byte[] junk = new byte[5000];
        random.nextBytes(junk);
        assertThat(PdfResolutionReader.create().read(junk).diagnostics())
                .anyMatch(d -> d.code().equals(LayoutCodes.PDF_DAMAGED));
        byte[] good = PdfCorpusTest.pdf("A_HRC_RES_54_10E");
        for (int cut = 0; cut < good.length; cut += good.length / 23 + 1) {
            byte[] part = java.util.Arrays.copyOf(good, cut);
            ReadResult r = PdfResolutionReader.create().read(part);
            assertThat(r.resolution()).isNotNull();
        }
    }

    @Test
    void tooLargeForTheMemoryLimitIsRefused() throws IOException {
        byte[] good = PdfCorpusTest.pdf("A_HRC_RES_54_10E");
        ReadResult r = PdfResolutionReader.builder().maxMemory(1024).build().read(good);
        assertThat(r.diagnostics()).anyMatch(d -> d.code().equals(LayoutCodes.PDF_LIMIT));
    }

    @Test
    void pageLimitIsReported() throws IOException {
        byte[] good = PdfCorpusTest.pdf("A_HRC_RES_54_10E");
        ReadResult r = PdfResolutionReader.builder().maxPages(1).build().read(good);
        assertThat(r.diagnostics()).anyMatch(d -> d.code().equals(LayoutCodes.PDF_LIMIT));
        assertThat(r.resolution().preamble()).isNotEmpty();
    }
}

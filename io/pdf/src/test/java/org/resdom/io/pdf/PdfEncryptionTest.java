package org.resdom.io.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.resdom.diagnostic.Diagnostic;
import org.resdom.diagnostic.Severity;
import org.resdom.io.ReadResult;
import org.resdom.io.layout.LayoutCodes;
import org.resdom.model.SourceSpan;

/**
 * Encrypted PDFs, made here with PDFBox from a UN-layout PDF of the test corpus: one encrypted
 * with an owner password only opens in any viewer and is read like the plain file (with a
 * warning when its permissions forbid extracting text); one that needs a user password is refused.
 */
@Timeout(value = 120, unit = java.util.concurrent.TimeUnit.SECONDS)
class PdfEncryptionTest {

    private static final String NAME = "A_HRC_RES_54_10E";

    private static byte[] protect(String user, AccessPermission permissions, int keyLength) throws IOException {
        try (PDDocument doc = Loader.loadPDF(PdfCorpusTest.pdf(NAME))) {
            StandardProtectionPolicy p = new StandardProtectionPolicy("owner secret", user, permissions);
            p.setEncryptionKeyLength(keyLength);
            doc.protect(p);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static AccessPermission noExtraction() {
        AccessPermission a = new AccessPermission();
        a.setCanExtractContent(false);
        a.setCanExtractForAccessibility(false);
        a.setCanModify(false);
        a.setCanPrint(false);
        return a;
    }

    private static ReadResult plain() throws IOException {
        return PdfResolutionReader.create().read(PdfCorpusTest.pdf(NAME));
    }

    @ParameterizedTest
    @ValueSource(ints = {40, 128, 256})
    void anOwnerPasswordOnlyPdfIsReadLikeThePlainFile(int keyLength) throws IOException {
        byte[] pdf = protect("", new AccessPermission(), keyLength);
        assertThat(pdf).asString(java.nio.charset.StandardCharsets.ISO_8859_1).contains("/Encrypt");
        ReadResult plain = plain();
        ReadResult r = PdfResolutionReader.create().read(pdf);
        assertThat(r.hasErrors()).as(r.diagnostics().toString()).isFalse();
        assertThat(r.resolution().operative()).isNotEmpty();
        assertThat(r.resolution()).isEqualTo(plain.resolution());
        assertThat(r.diagnostics()).isEqualTo(plain.diagnostics());
    }

    @ParameterizedTest
    @ValueSource(ints = {40, 128, 256})
    void forbiddenExtractionIsReadWithOneWarningFirst(int keyLength) throws IOException {
        byte[] pdf = protect("", noExtraction(), keyLength);
        ReadResult plain = plain();
        ReadResult r = PdfResolutionReader.create().read(pdf);
        assertThat(r.resolution()).isEqualTo(plain.resolution());
        Diagnostic warning = Diagnostic.at(
                LayoutCodes.PDF_RESTRICTED,
                Severity.WARNING,
                "the PDF's permissions forbid extracting its text; it opens without a password and was read"
                        + " all the same",
                SourceSpan.at(1, 1));
        List<Diagnostic> expected = new java.util.ArrayList<>();
        expected.add(warning);
        expected.addAll(plain.diagnostics());
        assertThat(r.diagnostics()).isEqualTo(expected);
        assertThat(r.hasErrors()).isFalse();
    }

    @Test
    void onlyTheTextPermissionMatters() throws IOException {
        AccessPermission a = new AccessPermission();
        a.setCanPrint(false);
        a.setCanModify(false);
        a.setCanFillInForm(false);
        ReadResult r = PdfResolutionReader.create().read(protect("", a, 128));
        assertThat(r.diagnostics()).isEqualTo(plain().diagnostics());
        assertThat(r.resolution()).isEqualTo(plain().resolution());
    }

    @ParameterizedTest
    @ValueSource(ints = {40, 128, 256})
    void aPdfThatNeedsAUserPasswordIsRefusedClearly(int keyLength) throws IOException {
        for (AccessPermission permissions : List.of(new AccessPermission(), noExtraction())) {
            ReadResult r = PdfResolutionReader.create().read(protect("reader", permissions, keyLength));
            assertThat(r.diagnostics())
                    .containsExactly(Diagnostic.at(
                            LayoutCodes.PDF_ENCRYPTED,
                            Severity.ERROR,
                            "the PDF is encrypted with a password; its text was not read",
                            SourceSpan.at(1, 1)));
            assertThat(r.resolution().preamble()).isEmpty();
            assertThat(r.resolution().operative()).isEmpty();
        }
    }
}

package org.resdom.io.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.resdom.io.ReadResult;
import org.resdom.io.extracted.CorpusGold;
import org.resdom.io.extracted.UnExtractedCorpusTest;
import org.resdom.io.layout.LayoutResolutionReader;
import org.resdom.model.Resolution;

/**
 * A measurement, not a check: the PDF and text readers on real Chromium-printed PDFs of the dev
 * corpus's UN HRC 54 resolutions (resdom's own HTML, printed by {@code chromium --headless
 * --print-to-pdf}) and on {@code pdftotext}'s text of them, scored against the markup. The PDFs
 * are not part of the build (Chromium is no build tool): make them as docs/pdf.md says and point
 * {@code RESDOM_CHROMIUM_DIR} at the folder holding {@code pdf/} and {@code txt/}; without it the
 * test is skipped.
 */
class ChromiumPdfMeasure {

    @Test
    void chromiumPrintedPdfs() throws IOException {
        String dir = System.getenv("RESDOM_CHROMIUM_DIR");
        Assumptions.assumeTrue(dir != null && Files.isDirectory(Path.of(dir, "pdf")), "RESDOM_CHROMIUM_DIR not set");
        CorpusGold.Scores pdf = new CorpusGold.Scores();
        CorpusGold.Scores text = new CorpusGold.Scores();
        for (String name : UnExtractedCorpusTest.names()) {
            Path p = Path.of(dir, "pdf", name + ".pdf");
            if (name.endsWith("-ga") || !Files.exists(p)) {
                continue;
            }
            Resolution gold = UnExtractedCorpusTest.source(name);
            ReadResult r = PdfResolutionReader.create().read(Files.readAllBytes(p));
            pdf.add(CorpusGold.facts(gold, false), CorpusGold.facts(r.resolution()));
            pdf.documents++;
            String t = Files.readString(Path.of(dir, "txt", name + ".txt"), StandardCharsets.UTF_8);
            ReadResult rt = LayoutResolutionReader.create().readText(t, "pdf-text");
            text.add(CorpusGold.facts(gold, false), CorpusGold.facts(rt.resolution()));
            text.documents++;
        }
        System.out.println("Chromium PDF (" + pdf.documents + " documents): " + pdf);
        System.out.println("Chromium PDF through pdftotext (" + text.documents + " documents): " + text);
        assertThat(pdf.documents).isPositive();
    }
}

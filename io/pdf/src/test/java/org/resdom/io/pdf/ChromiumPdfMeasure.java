package org.resdom.io.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.resdom.io.ReadResult;
import org.resdom.io.layout.LayoutResolutionReader;
import org.resdom.model.Resolution;
import org.resdom.testsupport.CorpusGold;
import org.resdom.testsupport.UnCorpus;

/**
 * A measurement, not a check: the PDF and text readers on real Chromium-printed PDFs of the dev
 * corpus's UN HRC 54 resolutions (resdom's own HTML, printed by {@code chromium --headless
 * --print-to-pdf}) and on {@code pdftotext}'s text of them, scored against the markup. The PDFs
 * are not part of the build (Chromium is no build tool): make them as docs/pdf.md says and point
 * {@code RESDOM_CHROMIUM_DIR} at the folder holding {@code pdf/} and {@code txt/} (printed
 * without the browser's header and footer) and, optionally, {@code hf/pdf/} and {@code hf/txt/}
 * (printed with them: date, title, address and page number on every page); without it the test
 * is skipped. With {@code -Dresdom.gold.print=true} every paragraph missed ({@code -}) or extra
 * ({@code +}) is printed.
 */
class ChromiumPdfMeasure {

    @Test
    void chromiumPrintedPdfs() throws IOException {
        String dir = System.getenv("RESDOM_CHROMIUM_DIR");
        Assumptions.assumeTrue(dir != null && Files.isDirectory(Path.of(dir, "pdf")), "RESDOM_CHROMIUM_DIR not set");
        int documents = measure(Path.of(dir), "");
        if (Files.isDirectory(Path.of(dir, "hf", "pdf"))) {
            documents += measure(Path.of(dir, "hf"), " with the browser's header and footer");
        }
        assertThat(documents).isPositive();
    }

    private static int measure(Path dir, String what) throws IOException {
        boolean print = Boolean.getBoolean("resdom.gold.print");
        CorpusGold.Scores pdf = new CorpusGold.Scores();
        CorpusGold.Scores text = new CorpusGold.Scores();
        for (String name : UnCorpus.names()) {
            Path p = dir.resolve("pdf").resolve(name + ".pdf");
            if (name.endsWith("-ga") || !Files.exists(p)) {
                continue;
            }
            Resolution gold = UnCorpus.source(name);
            CorpusGold.Facts g = CorpusGold.facts(gold, false);
            ReadResult r = PdfResolutionReader.create().read(Files.readAllBytes(p));
            CorpusGold.Facts f = CorpusGold.facts(r.resolution());
            pdf.add(g, f);
            pdf.documents++;
            String t = Files.readString(dir.resolve("txt").resolve(name + ".txt"), StandardCharsets.UTF_8);
            ReadResult rt = LayoutResolutionReader.create().readText(t, "pdf-text");
            CorpusGold.Facts ft = CorpusGold.facts(rt.resolution());
            text.add(g, ft);
            text.documents++;
            if (print) {
                differences(name + " pdf", g, f);
                differences(name + " txt", g, ft);
            }
        }
        System.out.println("Chromium PDF" + what + " (" + pdf.documents + " documents): " + pdf);
        System.out.println("Chromium PDF" + what + " through pdftotext (" + text.documents + " documents): " + text);
        return pdf.documents;
    }

    private static void differences(String name, CorpusGold.Facts gold, CorpusGold.Facts found) {
        List<String> miss = new ArrayList<>(gold.paragraphs());
        found.paragraphs().forEach(miss::remove);
        List<String> extra = new ArrayList<>(found.paragraphs());
        gold.paragraphs().forEach(extra::remove);
        miss.forEach(x -> System.out.println(name + " - " + cut(x)));
        extra.forEach(x -> System.out.println(name + " + " + cut(x)));
    }

    private static String cut(String x) {
        return x.length() > 2000 ? x.substring(0, 2000) + "\u2026" : x;
    }
}

package org.resdom.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.resdom.io.docx.DocxResolutionReader;
import org.resdom.model.Deleted;
import org.resdom.model.Inline;
import org.resdom.model.Inserted;
import org.resdom.model.Resolution;
import org.resdom.testsupport.DocxFixtures;

/** The two routes of {@link DocxReaderBenchmark} find the same tracked changes (no timing here). */
class DocxReaderBenchmarkTest {

    @Test
    void poiAndStaxFindTheSameChangesOfTheReferenceDocx() throws Exception {
        byte[] docx = DocxFixtures.reference();
        List<String> poi = DocxReaderBenchmark.poiChanges(docx);
        // resdom's marks, as the benchmark's POI walk writes them (label marks are computed, not runs: left out)
        Resolution r = DocxResolutionReader.create().read(docx).resolution();
        List<String> ours = new ArrayList<>();
        r.find(Inline.class).forEach(i -> {
            if (i instanceof Inserted m) {
                ours.add("+" + Inline.plainText(m.content()) + "|" + m.author().orElse("") + "|"
                        + m.date().orElse(""));
            } else if (i instanceof Deleted m) {
                ours.add("-" + Inline.plainText(m.content()) + "|" + m.author().orElse("") + "|"
                        + m.date().orElse(""));
            }
        });
        assertThat(poi).isNotEmpty();
        // the 61 changes of the reference DOCX, with their authors and dates, found alike
        assertThat(poi).hasSize(61);
        assertThat(ours).containsExactlyInAnyOrderElementsOf(poi);
        DocxReaderBenchmark b = new DocxReaderBenchmark();
        b.copies = 1;
        b.setUp();
        assertThat(b.stax()).contains("{-Dubaï, 2018-}");
        assertThat(b.poi()).isEqualTo(poi);
    }

    @Test
    void poisHighLevelTextDropsDeletedText() throws Exception {
        byte[] docx = DocxFixtures.reference();
        StringBuilder text = new StringBuilder();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            for (XWPFParagraph p : doc.getParagraphs()) {
                text.append(p.getText()).append('\n');
            }
        }
        // XWPFParagraph.getText() keeps inserted text and drops deleted text: the formula's old place is gone
        assertThat(text.toString())
                .containsPattern("\\(Bucarest,.2022\\),")
                .doesNotContainPattern("2018.?Bucarest")
                .doesNotContain("l'article 19 de la Convention relatif");
    }
}

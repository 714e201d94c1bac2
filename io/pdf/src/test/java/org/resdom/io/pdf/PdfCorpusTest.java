package org.resdom.io.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;
import org.resdom.io.ReadResult;
import org.resdom.model.Paragraph;
import org.resdom.model.Resolution;
import org.resdom.testsupport.CorpusGold;
import org.resdom.testsupport.UnCorpus;

/**
 * The PDF reader on PDFs rendered in the UN layout from the real UN Human Rights Council Akoma
 * Ntoso of the dev corpus ({@link UnPdfRenderer}), scored against gold from that markup.
 */
class PdfCorpusTest {

    static byte[] pdf(String name) throws IOException {
        try (InputStream in = PdfCorpusTest.class.getResourceAsStream("/un/" + name + ".pdf")) {
            assertThat(in).as(name).isNotNull();
            return in.readAllBytes();
        }
    }

    @Test
    void unLayoutPdfsReadForTheirStructure() throws IOException {
        CorpusGold.Scores s = new CorpusGold.Scores();
        PdfResolutionReader reader = PdfResolutionReader.create();
        for (String name : UnCorpus.names()) {
            Resolution gold = UnCorpus.source(name);
            ReadResult r = reader.read(pdf(name));
            assertThat(r.hasErrors()).as(name + ": " + r.diagnostics()).isFalse();
            s.add(CorpusGold.facts(gold, false), CorpusGold.facts(r.resolution()));
            s.documents++;
            if (UnCorpus.identityRight(name, gold, r.resolution())) {
                s.identityRight++;
            }
        }
        System.out.println("UN PDF (" + s.documents + " documents): " + s);
        assertThat(s.paragraphs.precision()).isGreaterThanOrEqualTo(0.995);
        assertThat(s.paragraphs.recall()).isGreaterThanOrEqualTo(0.995);
        assertThat(s.phrases.recall()).isGreaterThanOrEqualTo(0.995);
        // call-outs glued to a number ("2023" + 11) are told by their superscript: every one pairs
        assertThat(s.footnotes.recall()).isGreaterThanOrEqualTo(0.99);
        assertThat(s.identityRight).isEqualTo(s.documents);
    }

    @Test
    void eachParagraphKeepsItsPageAsItsPosition() throws IOException {
        ReadResult r = PdfResolutionReader.create().read(pdf("A_HRC_RES_54_10E"));
        Resolution res = r.resolution();
        int first =
                res.preamble().get(0).paragraphs().get(0).span().orElseThrow().line();
        java.util.List<Paragraph> ops = res.operative().get(0).paragraphs();
        int last = ops.get(ops.size() - 1).span().orElseThrow().line();
        assertThat(first).isEqualTo(1);
        assertThat(last).isEqualTo(3);
        assertThat(res.hints().values())
                .containsKey("layout.furniture.001")
                .containsEntry("layout.input", "pdf")
                .containsEntry("layout.pages", "3");
    }

    @Test
    void pagesAndTheAdoptionDateReachAkomaNtosoAndComeBack() throws IOException {
        Resolution res =
                PdfResolutionReader.create().read(pdf("A_HRC_RES_54_10E")).resolution();
        String xml = org.resdom.io.akn.AknResolutionWriter.create().write(res);
        assertThat(xml)
                .contains("<FRBRdate date=\"2023-10-11\" name=\"adoption\"/>")
                .contains(" page=\"3\" line=");
        Resolution back =
                org.resdom.io.akn.AknResolutionReader.create().read(xml).resolution();
        assertThat(back).isEqualTo(res);
        java.util.List<Paragraph> ops = back.operative().get(0).paragraphs();
        assertThat(back.preamble().get(0).paragraphs().get(0).span())
                .isEqualTo(res.preamble().get(0).paragraphs().get(0).span());
        assertThat(ops.get(ops.size() - 1).span().orElseThrow().line()).isEqualTo(3);
        assertThat(ops)
                .extracting(p -> p.span().orElseThrow())
                .containsExactlyElementsOf(res.operative().get(0).paragraphs().stream()
                        .map(p -> p.span().orElseThrow())
                        .toList());
    }
}

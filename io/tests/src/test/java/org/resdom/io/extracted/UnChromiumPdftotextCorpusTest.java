package org.resdom.io.extracted;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.resdom.io.ReadResult;
import org.resdom.io.akn.AknResolutionReader;
import org.resdom.io.layout.LayoutResolutionReader;
import org.resdom.io.text.TextResolutionReader;
import org.resdom.model.Body;
import org.resdom.model.Resolution;
import org.resdom.testsupport.CorpusGold;
import org.resdom.testsupport.UnCorpus;

/**
 * The text reader on real {@code pdftotext} output of UN Human Rights Council resolutions that a
 * browser (Chromium) printed to PDF: the dev corpus's Akoma Ntoso rendered as an HTML page in the
 * UN layout (masthead, italic phrases, numbered paragraphs, notes after a rule at the end), printed
 * with the browser's own running head and foot (date, file address, page numbers), extracted by
 * {@code pdftotext} 22.12 (poppler). Four documents in English, French, Spanish and Russian; the
 * gold is the Akoma Ntoso they were rendered from. What this material has that the generated
 * renderings lack: footnote markers on lines of their own apart from their bodies, one of them
 * after the others, call-outs glued to years ("202311"), hyphens the extractor dropped.
 */
class UnChromiumPdftotextCorpusTest {

    static final String DIR = "/corpus/extracted/un-chromium-pdftotext/";
    static final String DRAWN = "/corpus/extracted/un-chromium-pdftotext-drawn-rule/";
    static final String[][] LANGUAGES = {
        {"en", "English", "E"}, {"fr", "French", "F"}, {"es", "Spanish", "S"}, {"ru", "Russian", "R"}
    };
    static final int[] DOCUMENTS = {12, 20, 31, 35};

    /**
     * Floors per language, just under what is measured (docs/text-format.md has the figures):
     * paragraph precision and recall, preamble phrase recall, footnotes paired precision and
     * recall. The misses are hyphens the extractor dropped inside a line ("landgrabbing",
     * "troopcontributing"), which nothing in the text restores.
     */
    static final Map<String, double[]> FLOORS = Map.of(
            "English", new double[] {0.97, 0.97, 0.975, 0.99, 0.99},
            "French", new double[] {0.97, 0.97, 0.975, 0.99, 0.99},
            "Spanish", new double[] {0.97, 0.97, 0.975, 0.99, 0.99},
            "Russian", new double[] {0.97, 0.97, 0.975, 0.99, 0.99});

    @Test
    void browserPrintedPdftotextOutputReadsForItsStructureAndFootnotes() throws IOException {
        TextResolutionReader reader = TextResolutionReader.create();
        Map<String, CorpusGold.Scores> byLang = new LinkedHashMap<>();
        List<String> wrong = new ArrayList<>();
        for (String[] l : LANGUAGES) {
            CorpusGold.Scores s = new CorpusGold.Scores();
            byLang.put(l[1], s);
            for (int n : DOCUMENTS) {
                Resolution gold = AknResolutionReader.create()
                        .read(UnCorpus.resource("/corpus/dev/un-hrc-54/" + l[1] + "/A_HRC_RES_54_" + n + l[2] + ".xml"))
                        .resolution();
                ReadResult r = reader.read(UnCorpus.resource(DIR + l[0] + "_" + n + ".txt"));
                Resolution read = r.resolution();
                s.documents++;
                s.add(CorpusGold.facts(gold, false, true), CorpusGold.facts(read, false, true));
                boolean right = read.identity().body() == Body.UN_HRC
                        && read.identity().number().equals(gold.identity().number())
                        && gold.hints()
                                .values()
                                .get("akn.date")
                                .equals(read.hints().values().get(LayoutResolutionReader.META_ADOPTED));
                if (right) {
                    s.identityRight++;
                } else {
                    wrong.add(l[0] + "_" + n + ": " + read.identity());
                }
                // nothing dropped: the masthead's symbol (furniture at the page's edge, a masthead
                // line below the browser's head) and the rule before the notes are kept
                assertThat(read.hints().values().values())
                        .as(l[0] + "_" + n)
                        .anyMatch(v -> v.endsWith(
                                "A/HRC/RES/" + gold.identity().number().orElseThrow()))
                        .anyMatch(v -> v.contains(" rule ____"));
            }
        }
        byLang.forEach(
                (k, s) -> System.out.println("UN Chromium pdftotext " + k + " (" + s.documents + " documents): " + s));
        assertThat(wrong).isEmpty();
        byLang.forEach((k, s) -> {
            double[] floor = FLOORS.get(k);
            assertThat(s.footnotes.gold()).as(k + " footnote gold").isGreaterThan(10);
            assertThat(s.paragraphs.precision()).as(k + " paragraph precision").isGreaterThanOrEqualTo(floor[0]);
            assertThat(s.paragraphs.recall()).as(k + " paragraph recall").isGreaterThanOrEqualTo(floor[1]);
            assertThat(s.phrases.recall()).as(k + " phrase recall").isGreaterThanOrEqualTo(floor[2]);
            assertThat(s.footnotes.precision()).as(k + " footnote precision").isGreaterThanOrEqualTo(floor[3]);
            assertThat(s.footnotes.recall()).as(k + " footnote recall").isGreaterThanOrEqualTo(floor[4]);
        });
    }

    /**
     * A page whose rule above the notes is drawn (an HTML {@code <hr>}: no {@code ____} in the
     * text) and whose notes are a table, marker apart from body: after the last paragraph come
     * "2", "A/HRC/54/67.", "3", "A/HRC/54/71." on lines of their own, then the browser's foot. The
     * markers look like page numbers and the bodies like running heads; they are the notes.
     */
    @Test
    void notesUnderADrawnRuleWithMarkersApartArePaired() throws IOException {
        TextResolutionReader reader = TextResolutionReader.create();
        for (String[] l : new String[][] {{"en", "English", "E"}, {"fr", "French", "F"}}) {
            Resolution gold = AknResolutionReader.create()
                    .read(UnCorpus.resource("/corpus/dev/un-hrc-54/" + l[1] + "/A_HRC_RES_54_26" + l[2] + ".xml"))
                    .resolution();
            ReadResult r = reader.read(UnCorpus.resource(DRAWN + l[0] + "_26.txt"));
            CorpusGold.Facts g = CorpusGold.facts(gold, false, true);
            CorpusGold.Facts f = CorpusGold.facts(r.resolution(), false, true);
            assertThat(g.footnotes()).as(l[0]).hasSize(2);
            assertThat(f.footnotes()).as(l[0] + ": " + r.diagnostics()).containsExactlyElementsOf(g.footnotes());
            CorpusGold.Scores s = new CorpusGold.Scores();
            s.add(g, f);
            System.out.println("UN Chromium pdftotext, drawn rule " + l[1] + ": " + s);
            assertThat(s.paragraphs.precision()).as(l[0]).isGreaterThanOrEqualTo(0.99);
            assertThat(s.paragraphs.recall()).as(l[0]).isGreaterThanOrEqualTo(0.99);
            assertThat(r.resolution().identity().number())
                    .isEqualTo(gold.identity().number());
        }
    }
}

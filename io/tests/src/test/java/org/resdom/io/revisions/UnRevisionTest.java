package org.resdom.io.revisions;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.resdom.io.akn.AknResolutionReader;
import org.resdom.model.Deleted;
import org.resdom.model.Inline;
import org.resdom.model.Inserted;
import org.resdom.model.Paragraph;
import org.resdom.model.PreambleSection;
import org.resdom.model.Resolution;
import org.resdom.model.Revisions;
import org.resdom.model.Text;

/** Comparing two versions of a UN resolution, whose preamble phrases are run in their paragraphs. */
class UnRevisionTest {

    private static final String FILE = "/corpus/dev/un-hrc-54/English/A_HRC_RES_54_18E.xml";

    static String resource(String name) throws IOException {
        try (InputStream in = UnRevisionTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static Resolution read(String xml) {
        return AknResolutionReader.create().read(xml).resolution();
    }

    static void debug(Resolution a, Resolution b) {
        System.out.println("formula " + a.formula().equals(b.formula()) + " id "
                + a.identity().equals(b.identity())
                + " op " + a.operative().equals(b.operative()) + " an "
                + a.annexes().equals(b.annexes()) + " md "
                + a.metadata().equals(b.metadata()) + " hints " + a.hints().equals(b.hints()) + " span "
                + a.span().equals(b.span()));
        for (int i = 0; i < Math.max(a.preamble().size(), b.preamble().size()); i++) {
            var x = i < a.preamble().size() ? a.preamble().get(i) : null;
            var y = i < b.preamble().size() ? b.preamble().get(i) : null;
            if (x == null || !x.equals(y)) {
                System.out.println("DIFF " + i + "\n " + x + "\n " + y);
                break;
            }
        }
    }

    @Test
    void aChangedRunInPhraseIsAChangeOfItsParagraphsText() throws IOException {
        String xml = resource(FILE);
        Resolution older = read(xml);
        Resolution newer = read(xml.replace("Reiterating", "Stressing"));
        Resolution diff = Revisions.compare(older, newer);
        assertThat(diff.accepted()).isEqualTo(newer);
        assertThat(diff.rejected()).isEqualTo(older);
        // the phrase is changed inside its run-in paragraph: no paragraph of marks alone
        List<Paragraph> marked = diff.find(Paragraph.class)
                .filter(p -> Revisions.hasMarks(p.content()))
                .toList();
        assertThat(marked).singleElement().satisfies(p -> {
            assertThat(p.content().get(0))
                    .isInstanceOfSatisfying(
                            Deleted.class,
                            d -> assertThat(Inline.plainText(d.content())).isEqualTo("Reiterating"));
            assertThat(p.content().get(1))
                    .isInstanceOfSatisfying(
                            Inserted.class,
                            d -> assertThat(Inline.plainText(d.content())).isEqualTo("Stressing"));
            assertThat(p.content().get(2)).isInstanceOf(Text.class);
            assertThat(Inline.plainText(p.content().subList(2, p.content().size())))
                    .startsWith(" the Vienna Declaration");
        });
        // nothing empty left behind, in the diff or in either version
        for (Resolution r : List.of(diff, diff.accepted(), diff.rejected())) {
            assertThat(r.preamble()).allSatisfy(s -> assertThat(s.paragraphs()).isNotEmpty());
            assertThat(r.find(Paragraph.class))
                    .allSatisfy(p -> assertThat(p.plainText()).isNotBlank());
        }
        for (Resolution r : List.of(diff.accepted(), diff.rejected())) {
            assertThat(r.preamble().stream().filter(PreambleSection::runIn).count())
                    .isEqualTo(older.preamble().stream()
                            .filter(PreambleSection::runIn)
                            .count());
        }
    }

    @Test
    void theFirstRunInPhraseChangedLeavesNoEmptySection() throws IOException {
        String xml = resource(FILE);
        Resolution older = read(xml);
        String first = older.preamble().get(0).phrase().text();
        Resolution newer = read(xml.replaceFirst(">" + first + "<", ">Bearing in mind<"));
        assertThat(newer.preamble().get(0).phrase().text()).isEqualTo("Bearing in mind");
        Resolution diff = Revisions.compare(older, newer);
        assertThat(diff.accepted()).isEqualTo(newer);
        assertThat(diff.rejected()).isEqualTo(older);
        assertThat(diff.preamble().get(0).paragraphs().get(0).content().get(0))
                .isInstanceOfSatisfying(
                        Deleted.class,
                        d -> assertThat(Inline.plainText(d.content())).isEqualTo(first));
    }
}

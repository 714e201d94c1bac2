package org.resdom.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.resdom.model.AnnexCitation;
import org.resdom.model.Body;
import org.resdom.model.CitationKind;
import org.resdom.model.Deleted;
import org.resdom.model.DocumentKind;
import org.resdom.model.Identity;
import org.resdom.model.Inserted;
import org.resdom.model.Instrument;
import org.resdom.model.Language;
import org.resdom.model.OtherCitation;
import org.resdom.model.Paragraph;
import org.resdom.model.ProvisionCitation;
import org.resdom.model.Resolution;
import org.resdom.model.Text;
import org.resdom.model.UnResolutionCitation;

class WalkCitationsTest {

    @Test
    void findsTheCitationOfTheBuiltResolutionWithItsParagraph() {
        List<WalkCitations.Found> found = WalkCitations.citations(BuildResolution.build());
        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.id()).isEqualTo("preamble__container_1__list_1__item_b__ref_1");
            assertThat(f.paragraphId()).isEqualTo("preamble__container_1__list_1__item_b");
            assertThat(f.citation().text()).isEqualTo("Resolution 70 (Rev. Dubai, 2018)");
            assertThat(f.toString())
                    .isEqualTo("preamble__container_1__list_1__item_b__ref_1  [resolution] "
                            + "\"Resolution 70 (Rev. Dubai, 2018)\"  in preamble__container_1__list_1__item_b");
            assertThat(WalkCitations.describe(f.citation())).isEqualTo("RESOLUTION 70 (ITU-PP, Rev. Dubai, 2018)");
        });
    }

    @Test
    void aCitationInASubItemBelongsToTheSubItem() {
        Resolution r = Resolution.builder(Identity.of(Body.UN_GA, DocumentKind.RESOLUTION, "1", Language.ENGLISH))
                .operative(
                        "requests the Secretary-General",
                        s -> s.item(
                                "1",
                                p -> p.text("to report on:")
                                        .item(
                                                "a)",
                                                q -> q.text("the follow-up to ")
                                                        .cite(UnResolutionCitation.of(
                                                                Body.UN_GA, "70/1", "resolution 70/1")))
                                        .item(
                                                "b)",
                                                q -> q.text("article 5 of ")
                                                        .cite(OtherCitation.of("the Paris Agreement")))))
                .build();
        assertThat(WalkCitations.citations(r))
                .extracting(WalkCitations.Found::paragraphId)
                .containsExactly("hcontainer_1__para_1__list_1__point_a", "hcontainer_1__para_1__list_1__point_b");
        assertThat(WalkCitations.citations(r))
                .extracting(f -> WalkCitations.describe(f.citation()))
                .containsExactly("UN resolution 70/1 (UNGA)", "other: the Paris Agreement");
    }

    @Test
    void describesProvisionAndAnnexCitations() {
        assertThat(WalkCitations.describe(ProvisionCitation.of(
                        Instrument.CONSTITUTION,
                        Optional.of("19"),
                        Optional.empty(),
                        Optional.of("2"),
                        "article 19 of the Constitution")))
                .isEqualTo("CONSTITUTION article 19 § 2");
        assertThat(WalkCitations.describe(AnnexCitation.of(Optional.of("1"), Optional.empty(), "Annex 1")))
                .isEqualTo("annex 1");
    }

    @Test
    void theWordCounterLeavesDeletedTextOut() {
        Paragraph p = Paragraph.of(List.of(
                Text.of("to adopt the "),
                Deleted.of(List.of(Text.of("old draft"))),
                Inserted.of(List.of(Text.of("new strategic"))),
                Text.of(" plan")));
        // "to adopt the" (3) + "new strategic" (2) + "plan" (1); no label
        assertThat(WalkCitations.wordCount(p)).isEqualTo(6);
        // labels and headings count: "considering" + "a)" + 6 words
        Resolution r = Resolution.builder(Identity.unknown())
                .preamble("considering", s -> s.item("a)", "the relevant provisions of the Constitution;"))
                .build();
        assertThat(WalkCitations.wordCount(r)).isEqualTo(8);
    }

    @Test
    void everyCitationOfTheSampleHasAnIdInsideItsParagraph() {
        Resolution sample = Sample.read().resolution();
        List<WalkCitations.Found> found = WalkCitations.citations(sample);
        assertThat(found).isNotEmpty().hasSameSizeAs(sample.citations());
        assertThat(found).allSatisfy(f -> {
            assertThat(f.paragraphId()).isNotEmpty();
            assertThat(f.id()).startsWith(f.paragraphId() + "__ref_");
            assertThat(sample.byId(f.id()).orElseThrow().node()).isSameAs(f.citation());
        });
        assertThat(found).extracting(f -> f.citation().text()).contains("Résolution 70 (Rév. Dubaï, 2018)");
        assertThat(found).extracting(f -> f.citation().kind()).contains(CitationKind.RESOLUTION);
    }

    @Test
    void mainPrintsTheCitationsOfTheBuiltResolution() throws Exception {
        String out = StdoutCapture.run(() -> WalkCitations.main(new String[] {"built"}));
        assertThat(out.lines())
                .containsExactly(
                        "1 citation(s)",
                        "preamble__container_1__list_1__item_b__ref_1  [resolution] \"Resolution 70 (Rev. Dubai, 2018)\""
                                + "  in preamble__container_1__list_1__item_b",
                        "    -> RESOLUTION 70 (ITU-PP, Rev. Dubai, 2018)",
                        WalkCitations.wordCount(BuildResolution.build()) + " word(s) in the adopted text",
                        "1 footnote(s)");
    }
}

package org.resdom.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.resdom.model.ActionKind;
import org.resdom.model.Footnote;
import org.resdom.model.FootnoteRef;
import org.resdom.model.InstrumentCitation;
import org.resdom.model.Paragraph;
import org.resdom.model.PreambleKind;
import org.resdom.model.Resolution;

class BuildResolutionTest {

    private final Resolution built = BuildResolution.build();

    @Test
    void printsEveryElementIdInDocumentOrder() {
        assertThat(BuildResolution.elementIds(built))
                .containsExactly(
                        "preamble__formula_1 (OpeningFormula)",
                        "preamble__container_1 (PreambleSection)",
                        "preamble__container_1__list_1__item_a (Paragraph)",
                        "preamble__container_1__list_1__item_b (Paragraph)",
                        "preamble__container_1__list_1__item_b__ref_1 (InstrumentCitation)",
                        "preamble__container_1__list_1__item_b__noteRef_1 (FootnoteRef)",
                        "preamble__container_1__list_1__item_b__authorialNote_1 (Footnote)",
                        "hcontainer_1 (OperativeSection)",
                        "hcontainer_1__para_1 (Paragraph)",
                        "hcontainer_1__para_2 (Paragraph)",
                        "hcontainer_1__para_2__list_1__point_i (Paragraph)",
                        "hcontainer_1__para_2__list_1__point_ii (Paragraph)",
                        "hcontainer_2 (OperativeSection)",
                        "hcontainer_2__para_1 (Paragraph)");
    }

    @Test
    void classifiesThePhrasesAndKeepsTheAddressee() {
        assertThat(built.preamble().get(0).phrase().kind()).isEqualTo(PreambleKind.CONSIDERING);
        assertThat(built.operative().get(0).phrase().orElseThrow().action()).isEqualTo(ActionKind.INSTRUCTS);
        assertThat(built.operative().get(0).phrase().orElseThrow().addressee()).contains("the Secretary-General");
        assertThat(built.operative().get(1).phrase().orElseThrow().action()).isEqualTo(ActionKind.INVITES);
    }

    @Test
    void subItemsFollowTheIntroductionAndPrecedeTheWrapUp() {
        Paragraph p =
                (Paragraph) BuildResolution.find(built, "hcontainer_1__para_2").orElseThrow();
        assertThat(p.plainText()).isEqualTo("to coordinate the operational plans of:");
        assertThat(p.items())
                .extracting(Paragraph::plainText)
                .containsExactly("the Sectors;", "the General Secretariat,");
        assertThat(p.items()).extracting(i -> i.label().orElseThrow().text()).containsExactly("i)", "ii)");
        assertThat(org.resdom.model.Inline.plainText(p.wrapUp())).isEqualTo("taking the financial plan into account.");
    }

    @Test
    void theFootnoteBodyGoesToTheEndOfItsParagraph() {
        Paragraph b = (Paragraph) BuildResolution.find(built, "preamble__container_1__list_1__item_b")
                .orElseThrow();
        assertThat(b.content().get(0)).isInstanceOf(InstrumentCitation.class);
        assertThat(b.content()).filteredOn(FootnoteRef.class::isInstance).hasSize(1);
        assertThat(b.content().get(b.content().size() - 1)).isInstanceOf(Footnote.class);
        assertThat(b.plainText()).isEqualTo("Resolution 70 (Rev. Dubai, 2018) of this conference, on gender equality,");
        assertThat(built.footnotes())
                .singleElement()
                .extracting(Footnote::marker)
                .isEqualTo("1");
    }

    @Test
    void findReturnsNothingForAnUnknownId() {
        assertThat(BuildResolution.find(built, "hcontainer_9")).isEmpty();
    }

    @Test
    void mainPrintsTheTitleAndTheIds() throws Exception {
        String out = StdoutCapture.run(() -> BuildResolution.main(new String[0]));
        assertThat(out.lines()).first().isEqualTo("Resolution 71: Strategic plan for the Union");
        assertThat(out.lines()).hasSize(15).contains("hcontainer_1__para_2__list_1__point_ii (Paragraph)");
    }
}

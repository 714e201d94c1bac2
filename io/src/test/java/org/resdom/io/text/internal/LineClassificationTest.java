package org.resdom.io.text.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.resdom.diagnostic.Diagnostic;
import org.resdom.io.ReadLimits;
import org.resdom.io.ReadResult;
import org.resdom.io.TextCodes;
import org.resdom.model.Anchor;
import org.resdom.model.DocumentKind;
import org.resdom.model.Inline;
import org.resdom.model.Language;
import org.resdom.model.Paragraph;
import org.resdom.model.Resolution;
import org.resdom.model.Unrecognized;

/**
 * Stage 3, the line classification of {@link TextParser}, on its own: each kind of line goes to
 * its stage (bookmarks at a line's start, a labelled paragraph, an annex heading and its title,
 * the title line and the title, a section heading, the opening formula, a paragraph). Each case
 * is a minimal text read line per paragraph.
 */
class LineClassificationTest {

    private static ReadResult read(String s) {
        return TextParser.parse(s, Language.ENGLISH, ReadLimits.defaults(), false);
    }

    private static String text(Paragraph p) {
        return Inline.plainText(p.content());
    }

    @Test
    void theTitleLineThenTheTitleThenTheFormula() {
        Resolution r = read("RESOLUTION 71 (REV. DUBAI, 2018)\nStrategic plan of the Union\n"
                        + "The Plenipotentiary Conference of the International Telecommunication Union (Dubai, 2018),\n"
                        + "considering\na)\tthat;\n")
                .resolution();
        assertThat(r.identity().kind()).isEqualTo(DocumentKind.RESOLUTION);
        assertThat(r.identity().number()).contains("71");
        assertThat(r.identity().heading()).contains("RESOLUTION 71 (REV. DUBAI, 2018)");
        assertThat(r.identity().title()).contains("Strategic plan of the Union");
        assertThat(Inline.plainText(r.formula().orElseThrow().content())).startsWith("The Plenipotentiary");
        assertThat(r.preamble()).hasSize(1);
    }

    @Test
    void aTitleLineOnlyOnTheFirstLineAndAFormulaAfterItIsNoTitle() {
        // on the second line a title line's shape is the formula's text
        Resolution late = read("The Plenipotentiary Conference of the International Telecommunication Union,\n"
                        + "RESOLUTION 71\nresolves\n1\tto act.\n")
                .resolution();
        assertThat(late.identity().number()).isEmpty();
        assertThat(late.formula().orElseThrow().content())
                .anyMatch(i -> i instanceof Unrecognized u && u.raw().equals("RESOLUTION 71"));
        // a formula right after the title line is the formula, not the title
        Resolution noTitle = read("RESOLUTION 71\n"
                        + "The Plenipotentiary Conference of the International Telecommunication Union (Dubai, 2018),\n"
                        + "resolves\n1\tto act.\n")
                .resolution();
        assertThat(noTitle.identity().title()).isEmpty();
        assertThat(noTitle.formula()).isPresent();
    }

    @Test
    void aSectionHeadingOpensASectionAndAnUnlabelledLineIsItsParagraph() {
        Resolution r = read("The Conference,\nconsidering\nthat the plan goes on,\nresolves\n1\tto act.\n")
                .resolution();
        assertThat(r.preamble()).hasSize(1);
        assertThat(r.preamble().get(0).phrase().text()).isEqualTo("considering");
        assertThat(r.preamble().get(0).paragraphs())
                .extracting(LineClassificationTest::text)
                .containsExactly("that the plan goes on,");
        assertThat(r.operative()).hasSize(1);
        assertThat(r.operative()
                        .get(0)
                        .paragraphs()
                        .get(0)
                        .label()
                        .orElseThrow()
                        .text())
                .isEqualTo("1");
    }

    @Test
    void aLabelledLineBeforeAnySectionOpensTheOperativePart() {
        Resolution r = read("The Conference,\n1\tto act.\n2\tto report.\n").resolution();
        assertThat(r.preamble()).isEmpty();
        assertThat(r.operative()).hasSize(1);
        assertThat(r.operative().get(0).phrase()).isEmpty();
        assertThat(r.operative().get(0).paragraphs()).hasSize(2);
    }

    @Test
    void aNumberedParagraphWithAnActionOpensTheOperativePartAfterThePreamble() {
        Resolution r = read("The Conference,\nconsidering\na)\tthat;\n1.\tDecides to act;\n")
                .resolution();
        assertThat(r.preamble()).hasSize(1);
        assertThat(r.preamble().get(0).paragraphs()).hasSize(1);
        assertThat(r.operative()).hasSize(1);
        // without an action the number stays in the preamble's list (ITU texts number their considerings)
        Resolution itu = read("The Conference,\nconsidering\n1\tthat the plan goes on;\n")
                .resolution();
        assertThat(itu.operative()).isEmpty();
        assertThat(itu.preamble().get(0).paragraphs()).hasSize(1);
    }

    @Test
    void aNumberOpeningTheOperativePartWithoutAnActionIsSaid() {
        // after a UN-style preamble paragraph a number opens the operative part whatever its words
        ReadResult guess = read("The General Assembly,\nRecalling its resolution 5/1,\n1.\tEmphasizing the need;\n");
        assertThat(guess.resolution().operative()).hasSize(1);
        assertThat(guess.diagnostics())
                .filteredOn(d -> d.code().equals(TextCodes.OPERATIVE_BY_NUMBER))
                .singleElement()
                .satisfies(d -> assertThat(d.span().orElseThrow().line()).isEqualTo(3));
        // an action says nothing: the words tell
        ReadResult action = read("The General Assembly,\nRecalling its resolution 5/1,\n1.\tDecides to act;\n");
        assertThat(action.resolution().operative()).hasSize(1);
        assertThat(action.diagnostics()).noneMatch(d -> d.code().equals(TextCodes.OPERATIVE_BY_NUMBER));
    }

    @Test
    void aBracketedParagraphIsSaid() {
        ReadResult r = read("The Conference,\nresolves\n[1\tto act.]\n");
        assertThat(r.resolution()
                        .operative()
                        .get(0)
                        .paragraphs()
                        .get(0)
                        .label()
                        .orElseThrow()
                        .bracketed())
                .isTrue();
        assertThat(r.diagnostics())
                .filteredOn(d -> d.code().equals(TextCodes.BRACKETED_PARAGRAPH))
                .singleElement()
                .satisfies(d -> {
                    assertThat(d.span().orElseThrow().line()).isEqualTo(3);
                    assertThat(d.span().orElseThrow().column()).isEqualTo(1);
                });
    }

    @Test
    void anAnnexHeadingTakesTheNextLineAsItsTitleAndTheRestAsItsParagraphs() {
        Resolution r = read("The Conference,\nresolves\n1\tto act.\nANNEX 2\nThe plan\nFirst step.\n1\tSecond.\n")
                .resolution();
        assertThat(r.annexes()).hasSize(1);
        assertThat(r.annexes().get(0).number()).contains("2");
        assertThat(r.annexes().get(0).title()).contains("The plan");
        assertThat(r.annexes().get(0).paragraphs())
                .extracting(LineClassificationTest::text)
                .containsExactly("First step.", "Second.");
        assertThat(r.operative().get(0).paragraphs()).hasSize(1);
    }

    @Test
    void bookmarksAtALinesStartGoToItsParagraph() {
        Resolution r = read("The Conference,\nresolves\n[bookmark: _Ref1][bookmark: res71]1\tto act.\n")
                .resolution();
        Paragraph p = r.operative().get(0).paragraphs().get(0);
        assertThat(p.anchors()).extracting(Anchor::name).containsExactly("_Ref1", "res71");
        assertThat(p.label().orElseThrow().text()).isEqualTo("1");
        assertThat(text(p)).isEqualTo("to act.");
    }

    @Test
    void bookmarksBeforeAHeadingGoToTheSectionOnlyWhenAsked() {
        String s = "The Conference,\nconsidering\nthat;\n[bookmark: _Hlk1]resolves\n1\tto act.\n";
        // plain text, written back as read: the line stays a paragraph of the section before it
        Resolution plain = read(s).resolution();
        assertThat(plain.operative()).isEmpty();
        assertThat(plain.preamble().get(0).paragraphs()).hasSize(3);
        // lines made by the layout stages: the heading is read, its bookmarks go to its first paragraph
        Resolution layout = TextParser.parse(s, Language.ENGLISH, ReadLimits.defaults(), false, false, false, true)
                .resolution();
        assertThat(layout.operative()).hasSize(1);
        assertThat(layout.operative().get(0).paragraphs().get(0).anchors())
                .extracting(Anchor::name)
                .containsExactly("_Hlk1");
    }

    @Test
    void aLineBetweenTheFormulaAndTheFirstSectionIsKeptUnrecognizedAndSaid() {
        ReadResult r = read("The Conference,\nstray words\nresolves\n1\tto act.\n");
        assertThat(r.resolution().formula().orElseThrow().content())
                .anyMatch(i -> i instanceof Unrecognized u && u.raw().equals("stray words"));
        List<Diagnostic> d = r.diagnostics().stream()
                .filter(x -> x.code().equals(TextCodes.UNRECOGNIZED))
                .toList();
        assertThat(d)
                .singleElement()
                .satisfies(x -> assertThat(x.span().orElseThrow().line()).isEqualTo(2));
    }
}

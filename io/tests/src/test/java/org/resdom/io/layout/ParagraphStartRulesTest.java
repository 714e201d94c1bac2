package org.resdom.io.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.resdom.lang.PhraseBook;
import org.resdom.model.Language;

/**
 * The rules by which the unwrapping stage opens a paragraph, on their own: a web page's bullets
 * (a bullet always opens one; what goes on with a bullet and what does not) and a PDF's italics
 * (an italic start opens a paragraph after a sentence's end, but not after an abbreviation such
 * as "v.", whose italics are a case's name).
 */
class ParagraphStartRulesTest {

    private static final PhraseBook EN = PhraseBook.of(Language.ENGLISH);

    /** The paragraphs of web text: bullets found by the web stage, then unwrapped. */
    private static List<String> web(String... text) {
        List<LayoutLine> raw = new ArrayList<>();
        for (int i = 0; i < text.length; i++) {
            raw.add(LayoutLine.of(text[i], i + 1));
        }
        Set<LayoutLine> bullets = Collections.newSetFromMap(new IdentityHashMap<>());
        Set<LayoutLine> continued = Collections.newSetFromMap(new IdentityHashMap<>());
        List<LayoutLine> l = LayoutResolutionReader.unbullet(raw, bullets, continued);
        return Unwrapper.unwrap(
                        l,
                        LineClassifier.classify(l, EN),
                        0,
                        true,
                        Set.of("and", "or"),
                        (a, b) -> false,
                        bullets::contains,
                        continued::contains)
                .blocks()
                .stream()
                .map(Unwrapper.Block::text)
                .toList();
    }

    @Test
    void aBulletMarksItsLineAndALineAtItsTextIndentGoesOnWithIt() {
        List<LayoutLine> raw = List.of(
                LayoutLine.of("  \u2022 recalling", 1),
                LayoutLine.of("    \u2022 the outcomes of the Summit", 2),
                LayoutLine.of("      and of its review,", 3),
                LayoutLine.of("", 4),
                LayoutLine.of("      after a blank line,", 5),
                LayoutLine.of("        deeper than the text,", 6),
                LayoutLine.of("      at the text again", 7));
        Set<LayoutLine> bullets = Collections.newSetFromMap(new IdentityHashMap<>());
        Set<LayoutLine> continued = Collections.newSetFromMap(new IdentityHashMap<>());
        List<LayoutLine> l = LayoutResolutionReader.unbullet(raw, bullets, continued);
        // the bullet and its indent are mark-up: the text is kept, the indent as the line's x
        assertThat(l.get(0).text()).isEqualTo("recalling");
        assertThat(l.get(0).x()).hasValue(2);
        assertThat(l.get(1).text()).isEqualTo("the outcomes of the Summit");
        assertThat(l.subList(0, 2)).allMatch(bullets::contains);
        assertThat(l.subList(2, 7)).noneMatch(bullets::contains);
        // at the bullet's text indent (6): a wrap, after a blank line too; deeper: no wrap, and
        // the text indent is forgotten, so a line at 6 after it is no wrap either
        assertThat(continued).containsExactlyInAnyOrder(l.get(2), l.get(4));
    }

    @Test
    void aBulletAlwaysOpensAParagraphWhateverTheLineBeforeIt() {
        // no closing punctuation, lower case, a phrase word: each bullet is a paragraph all the same
        assertThat(web(
                        "  \u2022 recalling",
                        "    \u2022 the outcomes of the World Summit",
                        "    \u2022 the groups of",
                        "    \u2022 reaffirming the plan"))
                .containsExactly(
                        "recalling", "the outcomes of the World Summit", "the groups of", "reaffirming the plan");
    }

    @Test
    void whatGoesOnWithABulletAndWhatDoesNot() {
        assertThat(web(
                        "  \u2022 resolves",
                        "    \u2022 that ITU shall embrace the opportunities",
                        // at the text's indent: goes on, even after a line with no closing mark
                        "      offered by the regional groups;",
                        // at the text's indent, after a line that ends a clause: goes on all the same
                        "      Member States and Sector Members.",
                        // not at the text's indent: the rules of any text, a label opens a paragraph
                        "1. The Secretary-General shall report.",
                        // no bullet, lower case, after a sentence part that does not end: a wrap as
                        // in any text
                        "  \u2022 instructs",
                        "    \u2022 the Director to act on",
                        "the plan"))
                .containsExactly(
                        "resolves",
                        "that ITU shall embrace the opportunities offered by the regional groups; Member States and"
                                + " Sector Members.",
                        "1. The Secretary-General shall report.",
                        "instructs",
                        "the Director to act on the plan");
    }

    @Test
    void aHeadingAtTheBulletsTextIndentIsNoWrap() {
        assertThat(web("    \u2022 the outcomes of the Summit,", "      ANNEX", "      Text of the annex."))
                .containsExactly("the outcomes of the Summit,", "ANNEX", "Text of the annex.");
    }

    /** A PDF line: its x, and how many of its first characters are italic (0: none). */
    private static LayoutLine pdf(String text, int line, int italic) {
        return new LayoutLine(
                text,
                OptionalInt.of(1),
                line,
                OptionalDouble.of(72),
                OptionalDouble.of(10),
                OptionalDouble.of(12),
                OptionalInt.of(italic),
                LayoutLine.Zone.BODY);
    }

    private static List<String> unwrap(List<LayoutLine> l) {
        return Unwrapper.unwrap(l, LineClassifier.classify(l, EN), 0, true).blocks().stream()
                .map(Unwrapper.Block::text)
                .toList();
    }

    @Test
    void italicsOpenAParagraphAfterASentencesEnd() {
        // an italic phrase the tables do not know opens a UN preamble paragraph
        List<LayoutLine> l = List.of(
                pdf("Recalling its resolution 5/1 of the session held in Geneva in the month of June.", 1, 9),
                pdf("Deploring in the strongest terms the attacks on the mission,", 2, 9));
        assertThat(unwrap(l)).hasSize(2);
        assertThat(SentenceEnds.afterInitial("Mahamat v. ")).isTrue();
        assertThat(SentenceEnds.afterInitial("v.")).isTrue();
        assertThat(SentenceEnds.afterInitial("in the region.")).isFalse();
        assertThat(SentenceEnds.afterInitial("paragraph (a).")).isFalse();
        assertThat(SentenceEnds.afterInitial("Annex A.")).isFalse();
    }

    @Test
    void italicsAfterVersusAreACasesNameNotAParagraph() {
        // "… v." then the italic name of the other party: the sentence goes on
        List<LayoutLine> l = List.of(
                pdf(
                        "Recalling the views of the Human Rights Committee in communication No. 2890/2016, Mahamat v.",
                        1,
                        9),
                pdf("Adoum Issa Sallet, adopted on 2 November 2021, and the judgment of the Court,", 2, 17),
                pdf("Noting the report of the Special Rapporteur on the situation in the region,", 3, 6));
        assertThat(unwrap(l))
                .containsExactly(
                        "Recalling the views of the Human Rights Committee in communication No. 2890/2016, Mahamat v."
                                + " Adoum Issa Sallet, adopted on 2 November 2021, and the judgment of the Court,",
                        "Noting the report of the Special Rapporteur on the situation in the region,");
    }
}

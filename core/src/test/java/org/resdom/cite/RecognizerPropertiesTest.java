package org.resdom.cite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;
import org.resdom.model.Body;
import org.resdom.model.Citation;
import org.resdom.model.InstrumentCitation;
import org.resdom.model.Language;
import org.resdom.model.UnDocumentCitation;
import org.resdom.model.UnResolutionCitation;

/**
 * Properties of the recogniser over texts made of the pieces citations are written with, in the
 * six languages: matches in order, inside the text, with their exact text; identifiers in normal
 * form and the same whatever dash or space the text writes; ranges from one end to the other.
 */
class RecognizerPropertiesTest {

    private static final List<String> PIECES = List.of(
            "resolution ",
            "resolutions ",
            "résolutions ",
            "resoluciones ",
            "резолюции ",
            "القرارات ",
            "قراري ",
            "决议",
            "第",
            "号",
            "、",
            "和",
            " and ",
            " et ",
            " y ",
            " и ",
            " و",
            " to ",
            " à ",
            "至",
            " إلى ",
            "5/1",
            "5/3",
            "60/251",
            "S-31/1",
            "ES-10/15",
            "دإ-31/1",
            "دإط-10/15",
            "2626 (2022)",
            "2200 A (XXI)",
            "1803(د-17)",
            "59/113 A",
            "70",
            "77",
            "A/HRC/55/2",
            "A/RES/60/251",
            " of 18 June 2007",
            " المؤرخ 18 حزيران/يونيه 2007",
            "2007年6月18日",
            ", ",
            "، ",
            " (",
            ") ",
            ". ",
            " General Assembly ",
            " Human Rights Council ",
            " Security Council ",
            " its ",
            " la Commission africaine ",
            " Decree No. ",
            " المرسوم رقم ",
            "Recommendation ITU-T X.509",
            " (Rev. Dubai, 2018)",
            "（2018年，迪拜，修订版）",
            "Commission ",
            "Council ",
            "the Universal Declaration of Human Rights",
            "《世界人权宣言》");

    private static final Gen<String> TEXTS =
            SourceDSL.lists().of(Generate.pick(PIECES)).ofSizeBetween(1, 25).map(l -> String.join("", l));

    private static final Gen<Language> LANGUAGES = Generate.pick(List.of(
            Language.ENGLISH, Language.FRENCH, Language.SPANISH, Language.RUSSIAN, Language.ARABIC, Language.CHINESE));

    private static final Gen<Body> BODIES = Generate.pick(List.of(Body.UN_HRC, Body.UN_GA, Body.ITU_PP, Body.OTHER));

    @Test
    void matchesAreOrderedAndExact() {
        qt().withShrinkCycles(100)
                .withExamples(400)
                .forAll(TEXTS, LANGUAGES, BODIES)
                .checkAssert((text, l, b) -> {
                    List<CitationMatch> found = Recognizer.of(l, b).find(text);
                    int last = 0;
                    for (CitationMatch m : found) {
                        assertThat(m.start()).isGreaterThanOrEqualTo(last);
                        assertThat(m.end()).isGreaterThan(m.start()).isLessThanOrEqualTo(text.length());
                        assertThat(m.citation().text()).isEqualTo(text.substring(m.start(), m.end()));
                        last = m.end();
                        List<String> range = m.range();
                        if (!range.isEmpty()) {
                            assertThat(id(m.rangeFrom().orElseThrow())).startsWith(range.get(0));
                            assertThat(range.get(range.size() - 1)).isEqualTo(id(m.citation()));
                        }
                    }
                });
    }

    /** Every hyphen written as a non-breaking hyphen and every space as a no-break space: the same identifiers. */
    @Test
    void identifiersDoNotDependOnDashesAndSpaces() {
        qt().withShrinkCycles(100)
                .withExamples(400)
                .forAll(TEXTS, LANGUAGES, BODIES)
                .checkAssert((text, l, b) -> {
                    Recognizer r = Recognizer.of(l, b);
                    String plain = ids(r.find(text));
                    String other = ids(r.find(text.replace('-', '\u2011').replace(' ', '\u00a0')));
                    assertThat(other).isEqualTo(plain);
                    assertThat(plain).doesNotContain("\u2011", "\u00a0", "\u2013");
                });
    }

    private static String ids(List<CitationMatch> found) {
        return found.stream().map(m -> id(m.citation())).collect(Collectors.joining("; "));
    }

    private static String id(Citation c) {
        if (c instanceof UnResolutionCitation u) {
            return u.number();
        }
        if (c instanceof UnDocumentCitation d) {
            return d.symbol();
        }
        if (c instanceof InstrumentCitation i) {
            return String.join(",", i.numbers());
        }
        return c.kind().code();
    }
}

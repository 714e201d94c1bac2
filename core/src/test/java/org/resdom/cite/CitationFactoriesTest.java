package org.resdom.cite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;
import org.resdom.model.AnnexCitation;
import org.resdom.model.Body;
import org.resdom.model.Brackets;
import org.resdom.model.Citation;
import org.resdom.model.DocumentKind;
import org.resdom.model.Instrument;
import org.resdom.model.InstrumentCitation;
import org.resdom.model.Language;
import org.resdom.model.ProvisionCitation;
import org.resdom.model.Revision;
import org.resdom.model.UnResolutionCitation;

/**
 * The citation factories that derive a citation's text ({@code InstrumentCitation.of(document,
 * body, number, revision)} and the like) write what the English recogniser reads back as the
 * same citation: the text is one citation, whole, with the same fields.
 */
class CitationFactoriesTest {

    private static final Recognizer EN = Recognizer.of(Language.ENGLISH, Body.OTHER);

    private static final Map<Body, String> UN_NAMES = Map.of(
            Body.UN_GA,
            "General Assembly",
            Body.UN_HRC,
            "Human Rights Council",
            Body.UN_SC,
            "Security Council",
            Body.UN_ECOSOC,
            "Economic and Social Council",
            Body.UN_CHR,
            "Commission on Human Rights");

    private static final Gen<Optional<Revision>> REVISIONS = Generate.pick(List.of(
                    "Dubai", "Bucharest", "Busan", "Guadalajara", "Antalya", "Kyoto", "Marrakesh", "Minneapolis"))
            .zip(
                    SourceDSL.integers().between(1989, 2030),
                    SourceDSL.booleans().all(),
                    (p, y, r) -> r ? Revision.rev(p, y) : Revision.adopted(p, y))
            .mix(Generate.constant((Revision) null), 30)
            .map(Optional::ofNullable);

    /** The one citation the recogniser finds in a text, which must be the whole text. */
    private static Citation only(String before, String text) {
        List<CitationMatch> found = EN.find(before + text);
        assertThat(found).as("«%s%s»", before, text).hasSize(1);
        assertThat(found.get(0).start()).isEqualTo(before.length());
        assertThat(found.get(0).end()).isEqualTo(before.length() + text.length());
        return found.get(0).citation();
    }

    @Test
    void instrumentCitationsReadBack() {
        Gen<DocumentKind> kinds =
                Generate.pick(List.of(DocumentKind.RESOLUTION, DocumentKind.DECISION, DocumentKind.OPINION));
        qt().withExamples(300)
                .forAll(kinds, SourceDSL.integers().between(1, 999), REVISIONS)
                .checkAssert((k, n, rev) -> {
                    InstrumentCitation c = InstrumentCitation.of(k, Optional.of(Body.ITU_PP), String.valueOf(n), rev);
                    // with no body named, the body is the conference that met at the place that year, if one did
                    Optional<Body> met = k == DocumentKind.OPINION ? Optional.empty() : rev.flatMap(Conferences::body);
                    assertThat(only("", c.text()))
                            .isEqualTo(InstrumentCitation.of(
                                    k, met, List.of(String.valueOf(n)), rev, c.brackets(), c.text()));
                });
        Gen<Body> sectors = Generate.pick(List.of(Body.ITU_T, Body.ITU_R));
        Gen<String> recs = Generate.pick(List.of("A", "D", "E", "G", "M", "P", "X", "Y", "BT", "SM"))
                .zip(SourceDSL.integers().between(1, 2999), (s, n) -> s + "." + n);
        qt().withExamples(200).forAll(sectors, recs).checkAssert((b, n) -> {
            InstrumentCitation c =
                    InstrumentCitation.of(DocumentKind.RECOMMENDATION, Optional.of(b), n, Optional.empty());
            assertThat(c.text()).isEqualTo("Recommendation " + b.code() + " " + n);
            assertThat(only("", c.text())).isEqualTo(c);
        });
        assertThat(InstrumentCitation.of(
                                DocumentKind.RESOLUTION,
                                Optional.of(Body.ITU_PP),
                                "71",
                                Optional.of(Revision.rev("Dubai", 2018)))
                        .text())
                .isEqualTo("Resolution 71 (Rev. Dubai, 2018)");
        assertThat(InstrumentCitation.of(DocumentKind.DECISION, Optional.empty(), "5", Optional.empty())
                        .brackets())
                .isEqualTo(Brackets.NONE);
    }

    @Test
    void unResolutionCitationsReadBackAfterTheirBodysName() {
        Gen<Body> bodies = Generate.pick(List.of(Body.UN_GA, Body.UN_HRC, Body.UN_ECOSOC));
        Gen<String> numbers =
                SourceDSL.integers().between(1, 80).zip(SourceDSL.integers().between(1, 350), (s, n) -> s + "/" + n);
        Gen<DocumentKind> kinds = Generate.pick(List.of(DocumentKind.RESOLUTION, DocumentKind.DECISION));
        qt().withExamples(300).forAll(bodies, numbers, kinds).checkAssert((b, n, k) -> {
            UnResolutionCitation c = UnResolutionCitation.of(b, k, n);
            assertThat(only(UN_NAMES.get(b) + " ", c.text())).isEqualTo(c);
        });
        qt().withExamples(100)
                .forAll(
                        SourceDSL.integers().between(1000, 2799),
                        SourceDSL.integers().between(1994, 2026))
                .checkAssert((n, y) -> {
                    UnResolutionCitation c = UnResolutionCitation.of(Body.UN_SC, n + " (" + y + ")");
                    assertThat(only(UN_NAMES.get(Body.UN_SC) + " ", c.text())).isEqualTo(c);
                });
        assertThat(UnResolutionCitation.of(Body.UN_GA, "60/251").text()).isEqualTo("resolution 60/251");
        assertThat(UnResolutionCitation.of(Body.UN_HRC, DocumentKind.DECISION, "25/116")
                        .text())
                .isEqualTo("decision 25/116");
    }

    @Test
    void provisionCitationsReadBack() {
        Gen<Instrument> instruments = Generate.pick(List.of(Instrument.CONSTITUTION, Instrument.CONVENTION));
        Gen<Optional<String>> articles = SourceDSL.integers()
                .between(1, 58)
                .map(i -> String.valueOf(i))
                .mix(Generate.constant((String) null), 30)
                .map(Optional::ofNullable);
        Gen<Optional<String>> numbers = SourceDSL.integers()
                .between(1, 520)
                .zip(Generate.pick(List.of("", "", "A", "B")), (n, s) -> n + s)
                .mix(Generate.constant((String) null), 30)
                .map(Optional::ofNullable);
        Gen<Optional<String>> paragraphs = SourceDSL.integers()
                .between(1, 6)
                .map(i -> String.valueOf(i))
                .mix(Generate.constant((String) null), 60)
                .map(Optional::ofNullable);
        qt().withExamples(300)
                .forAll(instruments, articles, numbers, paragraphs)
                .checkAssert((i, a0, n, p0) -> {
                    // valid by construction, not by rejection (rejecting a third of the draws made the
                    // property give up on some seeds): an article or a number, a paragraph only of an article
                    Optional<String> a = a0.isEmpty() && n.isEmpty() ? Optional.of("1") : a0;
                    Optional<String> p = a.isPresent() && n.isEmpty() ? p0 : Optional.empty();
                    ProvisionCitation c = ProvisionCitation.of(i, a, n, p);
                    assertThat(only("", c.text())).isEqualTo(c);
                });
        assertThat(ProvisionCitation.of(Instrument.CONVENTION, Optional.of("19"), Optional.of("235"), Optional.empty())
                        .text())
                .isEqualTo("No. 235 of Article 19 of the ITU Convention");
        assertThatThrownBy(() -> ProvisionCitation.of(
                        Instrument.CONSTITUTION, Optional.empty(), Optional.empty(), Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void annexCitationsReadBack() {
        Gen<Optional<String>> labels = Generate.pick(
                        List.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "A", "B"))
                .mix(Generate.constant((String) null), 30)
                .map(Optional::ofNullable);
        qt().withExamples(200)
                .forAll(labels, labels)
                .assuming((a, b) -> a.isPresent() || b.isPresent())
                .checkAssert((a, b) -> {
                    AnnexCitation c = AnnexCitation.of(a, b);
                    assertThat(only("", c.text())).isEqualTo(c);
                });
        assertThat(AnnexCitation.of(Optional.of("1"), Optional.of("2")).text()).isEqualTo("Appendix 2 to Annex 1");
    }
}

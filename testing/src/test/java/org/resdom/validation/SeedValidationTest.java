package org.resdom.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.resdom.diagnostic.Diagnostic;
import org.resdom.diagnostic.Severity;
import org.resdom.model.Label;
import org.resdom.model.Node;
import org.resdom.model.Paragraph;
import org.resdom.model.Resolution;
import org.resdom.testing.SeedFixture;

class SeedValidationTest {

    private final Resolution seed = SeedFixture.resolution71();

    @Test
    void theFixtureMirrorsTheSeedsStructure() {
        assertThat(seed.preamble())
                .extracting(s -> s.phrase().text())
                .containsExactly("considérant", "considérant en outre", "notant", "reconnaissant");
        assertThat(seed.operative())
                .extracting(s -> s.headingText().orElse(""))
                .containsExactly(
                        "décide",
                        "charge le Secrétaire général et les Directeurs des Bureaux",
                        "charge le Conseil de l'UIT",
                        "invite les États Membres",
                        "invite les Membres des Secteurs");
        assertThat(labels(seed.preamble().get(0).paragraphs()))
                .containsExactly("a)", "b)", "c)", "d)", "b)", "c)", "d)", "e)", "f)", "g)", "h)");
        assertThat(labels(seed.preamble().get(1).paragraphs())).containsExactly("a)", "b)", "[c)");
        assertThat(labels(seed.preamble().get(3).paragraphs())).containsExactly("a)", "b)", "b)", "c)", "d)", "e)");
        assertThat(labels(seed.operative().get(1).paragraphs()))
                .containsExactly("1", "2", "3", "3", "4", "5", "56", "67");
        assertThat(labels(seed.operative().get(1).paragraphs().get(4).items())).containsExactly("i)", "ii)");
        assertThat(labels(seed.operative().get(2).paragraphs())).containsExactly("1", "21", "32", "43", "54");
        assertThat(seed.operative().get(3).paragraphs()).singleElement().satisfies(p -> {
            assertThat(p.label()).isEmpty();
            assertThat(labels(p.items())).containsExactly("–", "–");
        });
        assertThat(seed.footnotes())
                .singleElement()
                .satisfies(f -> assertThat(f.marker()).isEqualTo("1"));
        assertThat(seed.citations()).hasSizeGreaterThan(10);
        assertThat(SeedFixture.resolution71()).isEqualTo(seed).isNotSameAs(seed);
    }

    @Test
    void theStandardValidatorFindsTheDuplicatedAndGluedLabelsAndNothingElse() {
        List<Diagnostic> found = Validator.standard().validate(seed);
        assertThat(found)
                .extracting(
                        Diagnostic::code,
                        Diagnostic::severity,
                        d -> d.elementId().orElse(""))
                .containsExactly(
                        tuple("RD-LABEL-DUPLICATE", Severity.ERROR, "preamble__container_1__list_1__item_b_2"),
                        tuple("RD-LABEL-DUPLICATE", Severity.ERROR, "preamble__container_1__list_1__item_c_2"),
                        tuple("RD-LABEL-DUPLICATE", Severity.ERROR, "preamble__container_1__list_1__item_d_2"),
                        tuple("RD-LABEL-DUPLICATE", Severity.ERROR, "preamble__container_4__list_1__item_b_2"),
                        tuple("RD-LABEL-DUPLICATE", Severity.ERROR, "hcontainer_2__para_3_2"),
                        tuple("RD-LABEL-GLUED", Severity.WARNING, "hcontainer_2__para_56"),
                        tuple("RD-LABEL-GLUED", Severity.WARNING, "hcontainer_2__para_67"),
                        tuple("RD-LABEL-GLUED", Severity.WARNING, "hcontainer_3__para_21"),
                        tuple("RD-LABEL-GLUED", Severity.WARNING, "hcontainer_3__para_32"),
                        tuple("RD-LABEL-GLUED", Severity.WARNING, "hcontainer_3__para_43"),
                        tuple("RD-LABEL-GLUED", Severity.WARNING, "hcontainer_3__para_54"));
        for (Diagnostic d : found) {
            Node node = seed.byId(d.elementId().orElseThrow()).orElseThrow().node();
            assertThat(node).isInstanceOf(Paragraph.class);
        }
        assertThat(found.get(5).message()).contains("'56'").contains("expected 6");
        assertThat(found.get(7).message()).contains("'21'").contains("expected 2");
    }

    private static List<String> labels(List<Paragraph> paragraphs) {
        return paragraphs.stream()
                .map(p -> p.label().map(Label::text).orElse(""))
                .toList();
    }
}

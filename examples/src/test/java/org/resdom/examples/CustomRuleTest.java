package org.resdom.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.resdom.diagnostic.Diagnostic;
import org.resdom.diagnostic.Severity;
import org.resdom.model.Body;
import org.resdom.model.DocumentKind;
import org.resdom.model.Identity;
import org.resdom.model.Language;
import org.resdom.model.OperativeSection;
import org.resdom.model.Resolution;
import org.resdom.validation.Rules;

class CustomRuleTest {

    private final Resolution built = BuildResolution.build();

    @Test
    void aSectionToTheSecretaryGeneralWithTooFewParagraphsIsReported() {
        // the built example's "instructs the Secretary-General" has two paragraphs
        assertThat(CustomRule.customDiagnostics(built, 2, 1000)).isEmpty();
        List<Diagnostic> found = CustomRule.customDiagnostics(built, 3, 1000);
        assertThat(found).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("EX-SG-PARAGRAPHS");
            assertThat(d.severity()).isEqualTo(Severity.WARNING);
            assertThat(d.elementId()).contains("hcontainer_1");
            assertThat(d.message())
                    .isEqualTo("'instructs the Secretary-General' has 2 paragraph(s); at least 3 expected");
        });
    }

    @Test
    void onlySectionsAddressedToTheSecretaryGeneralCount() {
        Resolution r = Resolution.builder(Identity.of(Body.ITU_PP, DocumentKind.RESOLUTION, "1", Language.FRENCH))
                .operative("charge le Secrétaire général", s -> s.item("1", "de faire rapport."))
                .operative("invite les États Membres", s -> s.item("1", "à contribuer."))
                .operative("instructs the Secretary-General of the United Nations", s -> s.paragraph("to act."))
                .operative("resolves", s -> s.paragraph("to act."))
                .build();
        assertThat(CustomRule.customDiagnostics(r, 2, 1000))
                .extracting(d -> d.elementId().orElseThrow())
                .containsExactly("hcontainer_1", "hcontainer_3");
        assertThat(r.operative())
                .extracting(CustomRule.SecretaryGeneralParagraphs::addressesSecretaryGeneral)
                .containsExactly(true, false, true, false);
    }

    @Test
    void paragraphsLongerThanTheLimitAreReportedAtAnyDepth() {
        // "to coordinate the operational plans of:" is 39 characters, the longest but one;
        // the sub-items "the Sectors;" and "the General Secretariat," are short
        List<Diagnostic> found = CustomRule.customDiagnostics(built, 1, 60);
        assertThat(found)
                .extracting(d -> d.elementId().orElseThrow())
                .containsExactly(
                        "preamble__container_1__list_1__item_a",
                        "preamble__container_1__list_1__item_b",
                        "hcontainer_1__para_1");
        assertThat(found).allSatisfy(d -> assertThat(d.severity()).isEqualTo(Severity.INFO));
        assertThat(CustomRule.customDiagnostics(built, 1, 20))
                .extracting(d -> d.elementId().orElseThrow())
                .contains("hcontainer_1__para_2", "hcontainer_1__para_2__list_1__point_ii")
                .doesNotContain("hcontainer_1__para_2__list_1__point_i");
    }

    @Test
    void theValidatorRunsTheStandardRulesThenTheCustomOnes() {
        List<String> codes =
                CustomRule.validator(2, 600).rules().stream().map(r -> r.code()).toList();
        List<String> standard = Rules.standard().stream().map(r -> r.code()).toList();
        assertThat(codes).hasSize(standard.size() + 2);
        assertThat(codes.subList(0, standard.size())).isEqualTo(standard);
        assertThat(codes.subList(standard.size(), codes.size()))
                .containsExactly("EX-SG-PARAGRAPHS", "EX-PARAGRAPH-LENGTH");
    }

    @Test
    void rulesRefuseNonsenseSettings() {
        assertThatThrownBy(() -> new CustomRule.SecretaryGeneralParagraphs(0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CustomRule.MaxParagraphLength(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void onTheSampleTheFrenchSecretaryGeneralSectionIsFound() {
        Resolution sample = Sample.read().resolution();
        OperativeSection sg = sample.operative().stream()
                .filter(CustomRule.SecretaryGeneralParagraphs::addressesSecretaryGeneral)
                .findFirst()
                .orElseThrow();
        assertThat(sg.headingText()).contains("charge le Secrétaire général et les Directeurs des Bureaux");
        int n = sg.paragraphs().size();
        String id = sample.idOf(sg).orElseThrow();
        assertThat(CustomRule.customDiagnostics(sample, n, Integer.MAX_VALUE)).isEmpty();
        assertThat(CustomRule.customDiagnostics(sample, n + 1, Integer.MAX_VALUE))
                .singleElement()
                .satisfies(d -> assertThat(d.elementId()).contains(id));
    }

    @Test
    void mainPrintsTheRulesAndTheDiagnostics() throws Exception {
        String out = StdoutCapture.run(() -> CustomRule.main(new String[0]));
        assertThat(out)
                .contains(
                        "rule EX-SG-PARAGRAPHS: Every operative section addressed to the Secretary-General"
                                + " has at least 2 paragraphs.",
                        "rule EX-PARAGRAPH-LENGTH: No paragraph is longer than 500 characters.",
                        "resolution 71 (en): 0 diagnostic(s)");
        // the sample has paragraphs of more than 500 characters; each is reported with its id
        long longOnes = Sample.read()
                .resolution()
                .find(org.resdom.model.Paragraph.class)
                .filter(p -> p.plainText().length() > 500)
                .count();
        assertThat(longOnes).isPositive();
        assertThat(out.lines().filter(l -> l.contains("EX-PARAGRAPH-LENGTH paragraph of ")))
                .hasSize((int) longOnes);
    }
}

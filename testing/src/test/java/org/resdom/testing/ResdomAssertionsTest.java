package org.resdom.testing;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.resdom.testing.Cited.unResolution;
import static org.resdom.testing.ResdomAssertions.assertThat;
import static org.resdom.testing.ResdomAssertions.validate;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.resdom.model.ActionKind;
import org.resdom.model.Body;
import org.resdom.model.OperativeSection;
import org.resdom.model.Paragraph;
import org.resdom.model.PreambleKind;
import org.resdom.model.Resolution;
import org.resdom.model.SourceSpan;
import org.resdom.validation.Rules;

class ResdomAssertionsTest {

    private final Resolution seed = SeedFixture.resolution71();

    @Test
    void passOnTheSeed() {
        assertThat(seed)
                .hasPreambleSections(4)
                .hasOperativeSections(seed.operative().size())
                .operative(2)
                .hasAction(ActionKind.INSTRUCTS)
                .hasAddressee("le Secrétaire général et les Directeurs des Bureaux")
                .and()
                .preamble(1)
                .hasKind(PreambleKind.CONSIDERING);
        Paragraph a = seed.preamble().get(1).paragraphs().get(0);
        assertThat(a)
                .hasLabel("a")
                .hasLabel("a)")
                .cites(unResolution("75/233"))
                .cites(unResolution(Body.UN_GA, "72/279"));
        assertThat(validate(seed)).containsOnlyCodes(Rules.LABEL_DUPLICATE, Rules.LABEL_GLUED);
        assertThat(seed).isStructurallyEqualTo(SeedFixture.resolution71());
    }

    @Test
    void failuresSayWhatWasFound() {
        assertThatThrownBy(() -> assertThat(seed).hasPreambleSections(3))
                .hasMessageContaining("Expected 3 preamble sections but found 4: [\"considérant\", "
                        + "\"considérant en outre\", \"notant\", \"reconnaissant\"]");
        assertThatThrownBy(() -> assertThat(seed).operative(2).hasAction(ActionKind.REQUESTS))
                .hasMessageContaining("to have action REQUESTS but it was INSTRUCTS");
        assertThatThrownBy(() ->
                        assertThat(seed.preamble().get(1).paragraphs().get(0)).cites(unResolution("71/243")))
                .hasMessageContaining("to cite un-resolution 71/243 but its citations were [un-resolution \"75/233\", "
                        + "un-resolution \"72/279\"]");
        assertThatThrownBy(() -> assertThat(validate(seed)).hasNoErrors())
                .hasMessageContaining("Expected no errors but found 5:")
                .hasMessageContaining("error RD-LABEL-DUPLICATE label '3' appears twice in the same list");
        assertThatThrownBy(() -> assertThat(validate(seed)).containsOnlyCodes(Rules.LABEL_DUPLICATE))
                .hasMessageContaining("unexpected:")
                .hasMessageContaining(Rules.LABEL_GLUED);
        assertThatThrownBy(() -> assertThat(validate(seed))
                        .containsOnlyCodes(Rules.LABEL_DUPLICATE, Rules.LABEL_GLUED, Rules.PUNCTUATION))
                .hasMessageContaining("missing: [" + Rules.PUNCTUATION + "]");
    }

    @Test
    void structuralComparisonNamesTheElementThePositionAndBothTexts() {
        OperativeSection op = seed.operative().get(1);
        List<Paragraph> ps = new ArrayList<>(op.paragraphs());
        Paragraph third = ps.get(2);
        ps.set(
                2,
                Paragraph.of(
                                third.label().orElseThrow(),
                                List.of(org.resdom.model.Text.of(
                                        third.plainText().replace("chaque année", "tous les deux ans"))))
                        .withSpan(java.util.Optional.of(SourceSpan.at(212, 7))));
        List<OperativeSection> ops = new ArrayList<>(seed.operative());
        ops.set(1, new OperativeSection(op.phrase(), op.runIn(), ps, op.span()));
        Resolution changed = new Resolution(
                seed.identity(), seed.formula(), seed.preamble(), ops, seed.annexes(), seed.metadata(), seed.span());
        String id = changed.idOf(ps.get(2)).orElseThrow();
        assertThatThrownBy(() -> assertThat(changed).isStructurallyEqualTo(seed))
                .hasMessageStartingWith("Expected the resolutions to be structurally equal, but found 1 difference:")
                .hasMessageContaining("at " + id + " (212:7), text:")
                .hasMessageContaining("expected: \"de faire rapport chaque année au Conseil")
                .hasMessageContaining("but was:  \"de faire rapport tous les deux ans au Conseil")
                .satisfies(e -> org.assertj.core.api.Assertions.assertThat(
                                e.getMessage().length())
                        .isLessThan(400));
    }
}

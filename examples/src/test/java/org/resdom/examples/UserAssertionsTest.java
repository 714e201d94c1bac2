package org.resdom.examples;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.resdom.testing.Cited.unResolution;
import static org.resdom.testing.ResdomAssertions.assertThat;
import static org.resdom.testing.ResdomAssertions.validate;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.resdom.model.ActionKind;
import org.resdom.model.OperativeSection;
import org.resdom.model.Paragraph;
import org.resdom.model.Resolution;
import org.resdom.model.Text;
import org.resdom.testing.ResolutionFile;
import org.resdom.testing.ResolutionSource;
import org.resdom.validation.Rules;

/**
 * A user's test suite written with resdom-testing (shown in README and docs/testing.md): the sample read from
 * text, checked clause by clause, and every file of a folder checked by {@link ResolutionSource}.
 */
class UserAssertionsTest {

    private final Resolution r = Sample.read().resolution();

    @Test
    void theStrategicPlanHasItsStructure() {
        assertThat(r)
                .hasPreambleSections(4)
                .operative(2)
                .hasAction(ActionKind.INSTRUCTS)
                .hasParagraphs(r.operative().get(1).paragraphs().size());
        assertThat(r.preamble().get(1).paragraphs().get(0)).hasLabel("a").cites(unResolution("71/243"));
        assertThat(validate(r)).containsOnlyCodes(Rules.LABEL_DUPLICATE, Rules.LABEL_GLUED);
        assertThat(r).isStructurallyEqualTo(Sample.read().resolution());
    }

    @Test
    void aFailureSaysWhereTheDocumentsDiffer() {
        OperativeSection op = r.operative().get(1);
        List<Paragraph> ps = new ArrayList<>(op.paragraphs());
        ps.set(1, ps.get(1).withContent(List.of(Text.of("de coordonner autre chose;"))));
        List<OperativeSection> ops = new ArrayList<>(r.operative());
        ops.set(1, new OperativeSection(op.phrase(), op.runIn(), ps, op.span()));
        Resolution edited =
                new Resolution(r.identity(), r.formula(), r.preamble(), ops, r.annexes(), r.metadata(), r.span());
        assertThatThrownBy(() -> assertThat(edited).isStructurallyEqualTo(r))
                .satisfies(e -> System.out.println("structural comparison failure message:\n" + e.getMessage()))
                .hasMessageStartingWith("Expected the resolutions to be structurally equal, but found 1 difference:")
                .hasMessageContaining("at hcontainer_2__para_2 (")
                .hasMessageContaining("text:\n    expected: \"de coordonner la mise en œuvre");
    }

    /** The form README.md and docs/testing.md show: the validator finds no error in any file of the folder. */
    @ResolutionSource("texts/")
    void everyText(Resolution resolution) {
        assertThat(validate(resolution)).hasNoErrors();
    }

    @ResolutionSource("texts/")
    void everyTextInTheFolderHasNoErrors(ResolutionFile file) {
        assertThat(file.resolution()).hasOperativeSections(2);
        assertThat(file.validation()).hasNoErrors();
    }
}

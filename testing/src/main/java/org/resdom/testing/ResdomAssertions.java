package org.resdom.testing;

import java.util.List;
import org.resdom.diagnostic.Diagnostic;
import org.resdom.model.Paragraph;
import org.resdom.model.Resolution;
import org.resdom.validation.Validator;

/**
 * Entry point of resdom's AssertJ assertions. Import statically, next to AssertJ's own:
 *
 * <pre>{@code
 * import static org.resdom.testing.ResdomAssertions.assertThat;
 * import static org.resdom.testing.ResdomAssertions.validate;
 * import static org.resdom.testing.Cited.unResolution;
 *
 * assertThat(resolution).hasPreambleSections(4)
 *         .operative(2).hasAction(ActionKind.INSTRUCTS).hasAddressee("the Secretary-General");
 * assertThat(paragraph).hasLabel("3").cites(unResolution("71/243"));
 * assertThat(validate(resolution)).hasNoErrors();
 * assertThat(actual).isStructurallyEqualTo(expected);
 * }</pre>
 */
public final class ResdomAssertions {

    private ResdomAssertions() {}

    /**
     * @param actual the resolution under test
     * @return assertions on it
     */
    public static ResolutionAssert assertThat(Resolution actual) {
        return new ResolutionAssert(actual);
    }

    /**
     * @param actual the paragraph under test
     * @return assertions on it
     */
    public static ParagraphAssert assertThat(Paragraph actual) {
        return new ParagraphAssert(actual, "paragraph");
    }

    /**
     * @param actual a validation result
     * @return assertions on it
     */
    public static ValidationAssert assertThat(Validation actual) {
        return new ValidationAssert(actual);
    }

    /**
     * Runs the standard validation rules.
     *
     * @param resolution the resolution
     * @return the validation result
     */
    public static Validation validate(Resolution resolution) {
        return new Validation(Validator.standard().validate(resolution));
    }

    /**
     * Runs a validator.
     *
     * @param validator the validator
     * @param resolution the resolution
     * @return the validation result
     */
    public static Validation validate(Validator validator, Resolution resolution) {
        return new Validation(validator.validate(resolution));
    }

    /**
     * @param diagnostics diagnostics from a reader or a validator
     * @return them as a validation result, for {@link #assertThat(Validation)}
     */
    public static Validation diagnostics(List<Diagnostic> diagnostics) {
        return new Validation(diagnostics);
    }
}

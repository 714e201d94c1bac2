package org.resdom.testing;

import java.util.Optional;
import org.assertj.core.api.AbstractAssert;
import org.resdom.model.Language;
import org.resdom.model.Located;
import org.resdom.model.Node;
import org.resdom.model.Paragraph;
import org.resdom.model.Resolution;

/** AssertJ assertions on a {@link Resolution}; see {@link ResdomAssertions}. */
public final class ResolutionAssert extends AbstractAssert<ResolutionAssert, Resolution> {

    ResolutionAssert(Resolution actual) {
        super(actual, ResolutionAssert.class);
    }

    /**
     * @param expected the number of preamble sections
     * @return this
     */
    public ResolutionAssert hasPreambleSections(int expected) {
        isNotNull();
        if (actual.preamble().size() != expected) {
            failWithMessage(
                    "Expected %d preamble sections but found %d: %s",
                    expected, actual.preamble().size(), Describe.headings(actual.preamble()));
        }
        return this;
    }

    /**
     * @param expected the number of operative sections
     * @return this
     */
    public ResolutionAssert hasOperativeSections(int expected) {
        isNotNull();
        if (actual.operative().size() != expected) {
            failWithMessage(
                    "Expected %d operative sections but found %d: %s",
                    expected, actual.operative().size(), Describe.headings(actual.operative()));
        }
        return this;
    }

    /**
     * @param expected the number of annexes
     * @return this
     */
    public ResolutionAssert hasAnnexes(int expected) {
        isNotNull();
        if (actual.annexes().size() != expected) {
            failWithMessage(
                    "Expected %d annexes but found %d",
                    expected, actual.annexes().size());
        }
        return this;
    }

    /**
     * @param expected the language
     * @return this
     */
    public ResolutionAssert hasLanguage(Language expected) {
        isNotNull();
        if (actual.identity().language() != expected) {
            failWithMessage(
                    "Expected language %s but was %s",
                    expected.code(), actual.identity().language().code());
        }
        return this;
    }

    /**
     * @param expected the document's number, such as {@code 71}
     * @return this
     */
    public ResolutionAssert hasNumber(String expected) {
        isNotNull();
        if (!actual.identity().number().equals(Optional.of(expected))) {
            failWithMessage(
                    "Expected number %s but was %s",
                    expected, actual.identity().number().orElse("(none)"));
        }
        return this;
    }

    /**
     * @param n 1-based: {@code 1} is the first preamble section
     * @return assertions on that section
     */
    public SectionAssert preamble(int n) {
        isNotNull();
        if (n < 1 || n > actual.preamble().size()) {
            failWithMessage(
                    "Expected a preamble section %d but there are %d: %s",
                    n, actual.preamble().size(), Describe.headings(actual.preamble()));
        }
        return new SectionAssert(actual.preamble().get(n - 1), "preamble section " + n, this);
    }

    /**
     * @param n 1-based: {@code 1} is the first operative section
     * @return assertions on that section
     */
    public SectionAssert operative(int n) {
        isNotNull();
        if (n < 1 || n > actual.operative().size()) {
            failWithMessage(
                    "Expected an operative section %d but there are %d: %s",
                    n, actual.operative().size(), Describe.headings(actual.operative()));
        }
        return new SectionAssert(actual.operative().get(n - 1), "operative section " + n, this);
    }

    /**
     * @param elementId an element id of {@link Resolution#elements()}, such as {@code hcontainer_1__para_3}
     * @return assertions on that paragraph
     */
    public ParagraphAssert paragraph(String elementId) {
        isNotNull();
        Optional<Located<Node>> l = actual.byId(elementId);
        if (l.isEmpty() || !(l.get().node() instanceof Paragraph)) {
            failWithMessage(
                    "Expected a paragraph %s but there is none; paragraphs: %s",
                    elementId, Describe.paragraphIds(actual));
        }
        return new ParagraphAssert((Paragraph) l.get().node(), elementId);
    }

    /**
     * Compares structure, text and inline content element by element (see {@link StructuralDiff}); it fails
     * exactly when the two are not {@code equals}. The failure message lists the first differences, each with
     * its element id, its line:column where known, and the expected and actual text around the first different
     * character (or both inline nodes, described), instead of two dumps of the documents.
     *
     * @param expected the expected resolution
     * @return this
     */
    public ResolutionAssert isStructurallyEqualTo(Resolution expected) {
        isNotNull();
        String differences = StructuralDiff.of(expected, actual).describe(10);
        if (!differences.isEmpty()) {
            failWithMessage("%s", differences);
        }
        return this;
    }
}

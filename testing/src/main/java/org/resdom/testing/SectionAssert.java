package org.resdom.testing;

import java.util.List;
import java.util.Optional;
import org.assertj.core.api.AbstractAssert;
import org.resdom.model.ActionKind;
import org.resdom.model.OperativePhrase;
import org.resdom.model.OperativeSection;
import org.resdom.model.Paragraph;
import org.resdom.model.PreambleKind;
import org.resdom.model.PreambleSection;
import org.resdom.model.Section;

/** AssertJ assertions on a preamble or operative {@link Section}. */
public final class SectionAssert extends AbstractAssert<SectionAssert, Section> {

    private final String what;
    private final ResolutionAssert owner;

    SectionAssert(Section actual, String what, ResolutionAssert owner) {
        super(actual, SectionAssert.class);
        this.what = what;
        this.owner = owner;
    }

    /** @return the assertions on the resolution this section belongs to, to go on with it */
    public ResolutionAssert and() {
        return owner;
    }

    /**
     * @param expected the operative action, such as {@link ActionKind#INSTRUCTS}
     * @return this
     */
    public SectionAssert hasAction(ActionKind expected) {
        Optional<OperativePhrase> p = operative().phrase();
        if (p.isEmpty() || p.get().action() != expected) {
            failWithMessage(
                    "Expected %s (%s) to have action %s but it was %s",
                    what,
                    Describe.heading(actual),
                    expected,
                    p.map(x -> x.action().name()).orElse("(no phrase)"));
        }
        return this;
    }

    /**
     * @param expected the addressee, such as {@code the Secretary-General}
     * @return this
     */
    public SectionAssert hasAddressee(String expected) {
        Optional<String> a = operative().phrase().flatMap(OperativePhrase::addressee);
        if (!a.equals(Optional.of(expected))) {
            failWithMessage(
                    "Expected %s (%s) to be addressed to \"%s\" but it was %s",
                    what,
                    Describe.heading(actual),
                    expected,
                    a.map(x -> "\"" + x + "\"").orElse("(no addressee)"));
        }
        return this;
    }

    /**
     * @param expected the preamble kind, such as {@link PreambleKind#RECALLING}
     * @return this
     */
    public SectionAssert hasKind(PreambleKind expected) {
        if (!(actual instanceof PreambleSection p)) {
            failWithMessage("Expected %s to be a preamble section", what);
            return this;
        }
        if (p.phrase().kind() != expected) {
            failWithMessage(
                    "Expected %s (%s) to be %s but it was %s",
                    what, Describe.heading(actual), expected, p.phrase().kind());
        }
        return this;
    }

    /**
     * @param expected the number of top-level paragraphs
     * @return this
     */
    public SectionAssert hasParagraphs(int expected) {
        List<Paragraph> ps = actual.paragraphs();
        if (ps.size() != expected) {
            failWithMessage(
                    "Expected %s (%s) to have %d paragraphs but it has %d",
                    what, Describe.heading(actual), expected, ps.size());
        }
        return this;
    }

    /**
     * @param n 1-based
     * @return assertions on that top-level paragraph
     */
    public ParagraphAssert paragraph(int n) {
        if (n < 1 || n > actual.paragraphs().size()) {
            failWithMessage(
                    "Expected %s to have a paragraph %d but it has %d",
                    what, n, actual.paragraphs().size());
        }
        return new ParagraphAssert(actual.paragraphs().get(n - 1), what + ", paragraph " + n);
    }

    private OperativeSection operative() {
        isNotNull();
        if (!(actual instanceof OperativeSection o)) {
            failWithMessage("Expected %s to be an operative section", what);
            throw new IllegalStateException();
        }
        return o;
    }
}

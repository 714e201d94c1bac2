package org.resdom.testing;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractAssert;
import org.resdom.model.Citation;
import org.resdom.model.Label;
import org.resdom.model.Paragraph;

/** AssertJ assertions on a {@link Paragraph}. */
public final class ParagraphAssert extends AbstractAssert<ParagraphAssert, Paragraph> {

    private final String what;

    ParagraphAssert(Paragraph actual, String what) {
        super(actual, ParagraphAssert.class);
        this.what = what;
    }

    /**
     * @param expected the label's text ({@code 3.}) or value ({@code 3})
     * @return this
     */
    public ParagraphAssert hasLabel(String expected) {
        isNotNull();
        Optional<Label> l = actual.label();
        if (l.isEmpty() || !(l.get().text().equals(expected) || l.get().value().equals(expected))) {
            failWithMessage(
                    "Expected %s to have label \"%s\" but it had %s; text: \"%s\"",
                    what,
                    expected,
                    l.map(x -> "\"" + x.text() + "\"").orElse("none"),
                    Describe.clip(actual.plainText(), 80));
        }
        return this;
    }

    /** @return this, if the paragraph has no label */
    public ParagraphAssert hasNoLabel() {
        isNotNull();
        if (actual.label().isPresent()) {
            failWithMessage(
                    "Expected %s to have no label but it had \"%s\"",
                    what, actual.label().get().text());
        }
        return this;
    }

    /**
     * @param expected what one of its citations must be, such as {@code Cited.unResolution("71/243")}
     * @return this
     */
    public ParagraphAssert cites(Cited expected) {
        isNotNull();
        List<Citation> cs = Describe.citations(actual);
        if (cs.stream().noneMatch(expected::matches)) {
            failWithMessage(
                    "Expected %s to cite %s but its citations were %s; text: \"%s\"",
                    what,
                    expected,
                    cs.isEmpty()
                            ? "none"
                            : cs.stream()
                                    .map(c -> c.kind().code() + " \"" + c.text() + "\"")
                                    .collect(Collectors.joining(", ", "[", "]")),
                    Describe.clip(actual.plainText(), 120));
        }
        return this;
    }

    /**
     * @param expected a part of its plain text
     * @return this
     */
    public ParagraphAssert containsText(String expected) {
        isNotNull();
        if (!actual.plainText().contains(expected)) {
            failWithMessage(
                    "Expected %s to contain \"%s\" but its text was \"%s\"", what, expected, actual.plainText());
        }
        return this;
    }

    /**
     * @param expected the number of sub-items
     * @return this
     */
    public ParagraphAssert hasItems(int expected) {
        isNotNull();
        if (actual.items().size() != expected) {
            failWithMessage(
                    "Expected %s to have %d sub-items but it has %d",
                    what, expected, actual.items().size());
        }
        return this;
    }

    /**
     * @param n 1-based
     * @return assertions on that sub-item
     */
    public ParagraphAssert item(int n) {
        isNotNull();
        if (n < 1 || n > actual.items().size()) {
            failWithMessage(
                    "Expected %s to have a sub-item %d but it has %d",
                    what, n, actual.items().size());
        }
        return new ParagraphAssert(actual.items().get(n - 1), what + ", item " + n);
    }
}

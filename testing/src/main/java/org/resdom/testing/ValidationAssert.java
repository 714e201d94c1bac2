package org.resdom.testing;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractAssert;
import org.resdom.diagnostic.Diagnostic;
import org.resdom.diagnostic.Severity;

/** AssertJ assertions on diagnostics ({@link Validation}). */
public final class ValidationAssert extends AbstractAssert<ValidationAssert, Validation> {

    ValidationAssert(Validation actual) {
        super(actual, ValidationAssert.class);
    }

    /** @return this, when no diagnostic is an error */
    public ValidationAssert hasNoErrors() {
        isNotNull();
        List<Diagnostic> errors = actual.diagnostics().stream()
                .filter(d -> d.severity() == Severity.ERROR)
                .toList();
        if (!errors.isEmpty()) {
            failWithMessage("Expected no errors but found %d:%n%s", errors.size(), lines(errors));
        }
        return this;
    }

    /** @return this, when there is no diagnostic at all */
    public ValidationAssert isEmpty() {
        isNotNull();
        if (!actual.diagnostics().isEmpty()) {
            failWithMessage(
                    "Expected no diagnostics but found %d:%n%s",
                    actual.diagnostics().size(), lines(actual.diagnostics()));
        }
        return this;
    }

    /**
     * @param codes the codes allowed
     * @return this, when every diagnostic has one of these codes and each code occurs
     */
    public ValidationAssert containsOnlyCodes(String... codes) {
        isNotNull();
        Set<String> expected = new TreeSet<>(Arrays.asList(codes));
        Set<String> found =
                actual.diagnostics().stream().map(Diagnostic::code).collect(Collectors.toCollection(TreeSet::new));
        if (!found.equals(expected)) {
            Set<String> missing = new TreeSet<>(expected);
            missing.removeAll(found);
            List<Diagnostic> unexpected = actual.diagnostics().stream()
                    .filter(d -> !expected.contains(d.code()))
                    .toList();
            failWithMessage(
                    "Expected only the codes %s%nmissing: %s%nunexpected:%n%s",
                    expected, missing, unexpected.isEmpty() ? "  none" : lines(unexpected));
        }
        return this;
    }

    /**
     * @param code a code such as {@code RD-LABEL-DUPLICATE}
     * @param line the line it is expected at
     * @param column the column
     * @return this, when a diagnostic with that code is at that position
     */
    public ValidationAssert hasCodeAt(String code, int line, int column) {
        isNotNull();
        boolean ok = actual.diagnostics().stream()
                .anyMatch(d -> d.code().equals(code)
                        && d.line().equals(java.util.OptionalInt.of(line))
                        && d.column().equals(java.util.OptionalInt.of(column)));
        if (!ok) {
            failWithMessage("Expected %s at %d:%d but found:%n%s", code, line, column, lines(actual.diagnostics()));
        }
        return this;
    }

    private static String lines(List<Diagnostic> ds) {
        return ds.stream().limit(20).map(d -> "  " + d).collect(Collectors.joining("\n"))
                + (ds.size() > 20 ? "\n  ... and " + (ds.size() - 20) + " more" : "");
    }
}

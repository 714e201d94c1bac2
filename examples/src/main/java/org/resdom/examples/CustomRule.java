package org.resdom.examples;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.resdom.diagnostic.Diagnostic;
import org.resdom.diagnostic.Severity;
import org.resdom.model.OperativePhrase;
import org.resdom.model.OperativeSection;
import org.resdom.model.Paragraph;
import org.resdom.model.Resolution;
import org.resdom.validation.Rule;
import org.resdom.validation.RuleContext;
import org.resdom.validation.Validator;

/**
 * Writes two validation rules of one's own and runs them with the built-in ones.
 *
 * <p>A {@link Rule} has a stable code, a default severity, a one-sentence description and a
 * {@code check} method that reports through a {@link RuleContext}; the context fills in the
 * code, the element identifier and the source span. Rules must be stateless and must not
 * throw (a rule that throws is reported as {@code RD-RULE-FAILED} anyway).
 * <pre>
 * mvn -q -pl examples exec:java -Dexec.mainClass=org.resdom.examples.CustomRule
 * </pre>
 */
public final class CustomRule {

    private CustomRule() {}

    /**
     * Every operative section addressed to the Secretary-General must have at least a given
     * number of paragraphs. The addressee is what the heading says after its action
     * ({@code instructs the Secretary-General}, {@code charge le Secrétaire général}).
     */
    public static final class SecretaryGeneralParagraphs implements Rule {
        /** Names of the Secretary-General, lower case, in English, French and Spanish. */
        private static final List<String> NAMES =
                List.of("secretary-general", "secrétaire général", "secretario general");

        private final int minimum;

        /** @param minimum the fewest paragraphs allowed, at least 1 */
        public SecretaryGeneralParagraphs(int minimum) {
            if (minimum < 1) {
                throw new IllegalArgumentException("minimum must be at least 1");
            }
            this.minimum = minimum;
        }

        @Override
        public String code() {
            return "EX-SG-PARAGRAPHS";
        }

        @Override
        public Severity severity() {
            return Severity.WARNING;
        }

        @Override
        public String description() {
            return "Every operative section addressed to the Secretary-General has at least " + minimum
                    + " paragraphs.";
        }

        /**
         * @param section an operative section
         * @return whether its heading addresses the Secretary-General
         */
        static boolean addressesSecretaryGeneral(OperativeSection section) {
            // Locale.ROOT: keyword matching must not depend on the machine's language.
            Optional<String> addressee =
                    section.phrase().flatMap(OperativePhrase::addressee).map(a -> a.toLowerCase(Locale.ROOT));
            return addressee.filter(a -> NAMES.stream().anyMatch(a::contains)).isPresent();
        }

        @Override
        public void check(Resolution resolution, RuleContext context) {
            for (OperativeSection section : resolution.operative()) {
                if (addressesSecretaryGeneral(section) && section.paragraphs().size() < minimum) {
                    context.report(
                            section,
                            "'" + section.headingText().orElse("") + "' has "
                                    + section.paragraphs().size() + " paragraph(s); at least " + minimum + " expected");
                }
            }
        }
    }

    /** No paragraph (its own text, sub-items aside) may be longer than a given number of characters. */
    public static final class MaxParagraphLength implements Rule {
        private final int limit;

        /** @param limit the most characters allowed in one paragraph's plain text */
        public MaxParagraphLength(int limit) {
            if (limit < 1) {
                throw new IllegalArgumentException("limit must be positive");
            }
            this.limit = limit;
        }

        @Override
        public String code() {
            return "EX-PARAGRAPH-LENGTH";
        }

        @Override
        public Severity severity() {
            return Severity.INFO;
        }

        @Override
        public String description() {
            return "No paragraph is longer than " + limit + " characters.";
        }

        @Override
        public void check(Resolution resolution, RuleContext context) {
            // find(Paragraph.class) visits every paragraph at any depth, sub-items included.
            resolution.find(Paragraph.class).forEach(p -> {
                int length = p.plainText().length();
                if (length > limit) {
                    context.report(p, "paragraph of " + length + " characters; at most " + limit + " expected");
                }
            });
        }
    }

    /**
     * A validator with every built-in rule and the two rules above.
     *
     * @param minimumSgParagraphs the fewest paragraphs in a section addressed to the Secretary-General
     * @param maxParagraphLength the most characters in one paragraph
     * @return the validator (immutable, reusable)
     */
    public static Validator validator(int minimumSgParagraphs, int maxParagraphLength) {
        return Validator.builder()
                .standardRules()
                .add(new SecretaryGeneralParagraphs(minimumSgParagraphs))
                .add(new MaxParagraphLength(maxParagraphLength))
                .build();
    }

    /**
     * The diagnostics of the custom rules only (codes starting with {@code EX-}).
     *
     * @param resolution a document
     * @param minimumSgParagraphs the fewest paragraphs in a section addressed to the Secretary-General
     * @param maxParagraphLength the most characters in one paragraph
     * @return the diagnostics of the two custom rules
     */
    public static List<Diagnostic> customDiagnostics(
            Resolution resolution, int minimumSgParagraphs, int maxParagraphLength) {
        return validator(minimumSgParagraphs, maxParagraphLength).validate(resolution).stream()
                .filter(d -> d.code().startsWith("EX-"))
                .toList();
    }

    /**
     * Validates the sample and the built example with the custom rules and prints what they found.
     *
     * @param args not used
     */
    public static void main(String[] args) {
        Validator validator = validator(2, 500);
        validator.rules().forEach(r -> System.out.println("rule " + r.code() + ": " + r.description()));
        for (Resolution r : List.of(BuildResolution.build(), Sample.read().resolution())) {
            List<Diagnostic> found = validator.validate(r);
            System.out.println("resolution " + r.identity().number().orElse("?") + " ("
                    + r.identity().language().code() + "): " + found.size() + " diagnostic(s)");
            found.forEach(d -> System.out.println("  " + d));
        }
    }
}

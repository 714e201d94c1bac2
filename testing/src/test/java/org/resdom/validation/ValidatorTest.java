package org.resdom.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.resdom.diagnostic.Diagnostic;
import org.resdom.diagnostic.Severity;
import org.resdom.model.Body;
import org.resdom.model.DocumentKind;
import org.resdom.model.Identity;
import org.resdom.model.Language;
import org.resdom.model.Paragraph;
import org.resdom.model.Resolution;
import org.resdom.testing.SeedFixture;

class ValidatorTest {

    private static final Resolution BAD = Resolution.builder(
                    Identity.of(Body.ITU_PP, DocumentKind.RESOLUTION, "1", Language.ENGLISH))
            .preamble("considering", s -> s.item("a)", "x.").item("a)", "y,"))
            .operative("resolves", s -> s.item("1", "z;"))
            .build();

    /** A user's own rule: operative paragraphs must not be longer than 20 characters. */
    private static final class ShortParagraphs implements Rule {
        @Override
        public String code() {
            return "MY-SHORT";
        }

        @Override
        public Severity severity() {
            return Severity.INFO;
        }

        @Override
        public String description() {
            return "Operative paragraphs are short.";
        }

        @Override
        public void check(Resolution resolution, RuleContext context) {
            resolution
                    .operative()
                    .forEach(s -> s.paragraphs().forEach(p -> {
                        if (p.plainText().length() > 20) {
                            context.report(p, "too long");
                        }
                    }));
        }
    }

    @Test
    void standardRulesReportInRuleOrderThenDocumentOrder() {
        List<Diagnostic> found = Validator.standard().validate(BAD);
        assertThat(found)
                .extracting(Diagnostic::code)
                .containsExactly(Rules.LABEL_DUPLICATE, Rules.PUNCTUATION, Rules.PUNCTUATION);
        assertThat(Validator.standard().rules()).containsExactlyElementsOf(Rules.standard());
    }

    @Test
    void aRuleCanBeSwitchedOffByItsCode() {
        Validator v =
                Validator.builder().standardRules().without(Rules.PUNCTUATION).build();
        assertThat(v.validate(BAD)).extracting(Diagnostic::code).containsExactly(Rules.LABEL_DUPLICATE);
        assertThat(v.rules())
                .extracting(Rule::code)
                .doesNotContain(Rules.PUNCTUATION)
                .hasSize(13);
        assertThat(Validator.builder()
                        .standardRules()
                        .without("RD-NO-SUCH-RULE")
                        .build()
                        .rules())
                .hasSize(14);
    }

    @Test
    void usersRulesPlugInTheSameWay() {
        Validator v =
                Validator.builder().standardRules().add(new ShortParagraphs()).build();
        Resolution seed = SeedFixture.resolution71();
        List<Diagnostic> mine = v.validate(seed).stream()
                .filter(d -> d.code().equals("MY-SHORT"))
                .toList();
        assertThat(mine).isNotEmpty().allSatisfy(d -> {
            assertThat(d.severity()).isEqualTo(Severity.INFO);
            assertThat(seed.byId(d.elementId().orElseThrow()).orElseThrow().node())
                    .isInstanceOf(Paragraph.class);
        });
        assertThat(Validator.builder().add(new ShortParagraphs()).build().validate(BAD))
                .isEmpty();
    }

    @Test
    void aRuleThatThrowsIsReportedNotPropagated() {
        Rule broken = new Rule() {
            @Override
            public String code() {
                return "MY-BROKEN";
            }

            @Override
            public Severity severity() {
                return Severity.ERROR;
            }

            @Override
            public String description() {
                return "Always fails.";
            }

            @Override
            public void check(Resolution resolution, RuleContext context) {
                throw new IllegalStateException("boom");
            }
        };
        List<Diagnostic> found = Validator.builder()
                .add(broken)
                .add(Rules.labelDuplicate())
                .build()
                .validate(BAD);
        assertThat(found).extracting(Diagnostic::code).containsExactly("RD-RULE-FAILED", Rules.LABEL_DUPLICATE);
        assertThat(found.get(0).message()).contains("MY-BROKEN").contains("boom");
    }

    @Test
    void validatingTheEmptyResolutionFindsOnlyThatItIsEmpty() {
        assertThat(Validator.standard().validate(Resolution.empty(Identity.unknown())))
                .extracting(Diagnostic::code, Diagnostic::severity)
                .containsExactly(org.assertj.core.api.Assertions.tuple(
                        Rules.EMPTY_DOCUMENT, org.resdom.diagnostic.Severity.WARNING));
        assertThat(Validator.standard()
                        .validate(Resolution.empty(
                                Identity.of(Body.ITU_PP, DocumentKind.RESOLUTION, "1", Language.FRENCH))))
                .extracting(Diagnostic::code)
                .containsExactly(Rules.EMPTY_DOCUMENT);
    }

    @Test
    void nullsAreRejected() {
        assertThatNullPointerException()
                .isThrownBy(() -> Validator.standard().validate(null))
                .withMessageContaining("resolution");
        assertThatNullPointerException()
                .isThrownBy(() -> Validator.builder().add(null))
                .withMessageContaining("rule");
        assertThatNullPointerException()
                .isThrownBy(() -> Validator.builder().without(null))
                .withMessageContaining("code");
    }
}

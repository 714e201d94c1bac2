package org.resdom.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.resdom.testing.Theories.qt;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.resdom.diagnostic.Diagnostic;
import org.resdom.model.Located;
import org.resdom.model.Node;
import org.resdom.model.Paragraph;
import org.resdom.model.Resolution;
import org.resdom.testing.Generators;
import org.resdom.testing.Spans;

class ValidationPropertiesTest {

    @Test
    void wellFormedResolutionsValidateCleanly() {
        qt().withExamples(200)
                .forAll(Generators.wellFormed())
                .checkAssert(r -> assertThat(Validator.standard().validate(r)).isEmpty());
    }

    @Test
    void wellFormedResolutionsHaveUniqueIdentifiers() {
        qt().withExamples(100).forAll(Generators.wellFormed()).checkAssert(r -> {
            Set<String> ids = new HashSet<>();
            for (Located<Node> l : r.elements()) {
                assertThat(ids.add(l.id())).as("duplicate id %s", l.id()).isTrue();
            }
        });
    }

    @Test
    void validationNeverFailsOnArbitraryResolutions() {
        qt().withExamples(100)
                .forAll(Generators.arbitrary(new Generators.Options(true, true)))
                .checkAssert(r -> {
                    List<Diagnostic> found = Validator.standard().validate(r);
                    assertThat(found).noneMatch(d -> d.code().equals("RD-RULE-FAILED"));
                    Set<String> ids = new HashSet<>();
                    r.elements().forEach(l -> ids.add(l.id()));
                    for (Diagnostic d : found) {
                        assertThat(d.elementId()).as("%s", d).isPresent();
                        assertThat(ids).contains(d.elementId().get());
                    }
                });
    }

    @Test
    void validationIsDeterministicAndIgnoresSpans() {
        qt().withExamples(100).forAll(Generators.arbitrary()).checkAssert(r -> {
            Resolution stripped = Spans.strip(r);
            assertThat(Spans.of(stripped)).allMatch(java.util.Optional::isEmpty);
            assertThat(Validator.standard().validate(r))
                    .isEqualTo(Validator.standard().validate(r));
            assertThat(withoutSpans(Validator.standard().validate(stripped)))
                    .isEqualTo(withoutSpans(Validator.standard().validate(r)));
        });
    }

    private static List<Diagnostic> withoutSpans(List<Diagnostic> found) {
        return found.stream()
                .map(d ->
                        new Diagnostic(d.code(), d.severity(), d.message(), d.elementId(), java.util.Optional.empty()))
                .toList();
    }

    @Test
    void swappingTwoLabelledParagraphsOfAWellFormedListIsReported() {
        qt().withExamples(100).forAll(Generators.wellFormed()).checkAssert(r -> {
            List<Paragraph> first = r.preamble().get(0).paragraphs();
            if (first.size() < 2) {
                return;
            }
            java.util.List<Paragraph> swapped = new java.util.ArrayList<>(first);
            java.util.Collections.swap(swapped, 0, 1);
            org.resdom.model.PreambleSection s = r.preamble().get(0);
            java.util.List<org.resdom.model.PreambleSection> pre = new java.util.ArrayList<>(r.preamble());
            pre.set(0, new org.resdom.model.PreambleSection(s.phrase(), s.runIn(), swapped, s.span()));
            Resolution bad =
                    new Resolution(r.identity(), r.formula(), pre, r.operative(), r.annexes(), r.metadata(), r.span());
            assertThat(Validator.standard().validate(bad))
                    .extracting(Diagnostic::code)
                    .contains(Rules.LABEL_SEQUENCE);
        });
    }
}

package org.resdom.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.resdom.diagnostic.Diagnostic;
import org.resdom.diagnostic.Severity;
import org.resdom.validation.Validator;

/** The model's canonical form (issue 9, item 3), its depth (items 4, 11) and linear identifiers (item 10). */
class CanonicalAndDepthTest {

    @Test
    void adjacentTextsAreOneRunInEveryRecordThatHoldsInlineContent() {
        List<Inline> split = List.of(Text.of("a "), Text.of("b"));
        List<Inline> one = List.of(Text.of("a b"));
        assertThat(Paragraph.of(split)).isEqualTo(Paragraph.of(one));
        assertThat(Paragraph.of(split).content()).containsExactly(Text.of("a b"));
        assertThat(new Paragraph(List.of(), Optional.empty(), List.of(), List.of(), split, Optional.empty()).wrapUp())
                .containsExactly(Text.of("a b"));
        assertThat(Inserted.of(split)).isEqualTo(Inserted.of(one));
        assertThat(Deleted.of(split)).isEqualTo(Deleted.of(one));
        assertThat(Bracketed.of(split)).isEqualTo(Bracketed.of(one));
        assertThat(Footnote.of("1", split)).isEqualTo(Footnote.of("1", one));
        assertThat(new OpeningFormula(split, Optional.empty()).content()).containsExactly(Text.of("a b"));
        // only neighbours merge: a node between two texts keeps them apart
        List<Inline> apart = List.of(Text.of("a"), Anchor.of("x"), Text.of("b"), Text.of("c"));
        assertThat(Paragraph.of(apart).content()).containsExactly(Text.of("a"), Anchor.of("x"), Text.of("bc"));
    }

    @Test
    void emptyTextCannotExistSoThereIsNothingToDrop() {
        assertThatIllegalArgumentException().isThrownBy(() -> Text.of(""));
    }

    /** A paragraph nested {@code levels} deep: paragraphs inside items, then insertions inside its text. */
    static Paragraph nested(int paragraphs, int inlines) {
        Inline inner = Text.of("x");
        for (int i = 0; i < inlines; i++) {
            inner = Inserted.of(List.of(inner));
        }
        Paragraph p = Paragraph.of(List.of(inner));
        for (int i = 1; i < paragraphs; i++) {
            p = new Paragraph(
                    List.of(),
                    Optional.of(Label.of("a)")),
                    List.of(Text.of("intro:")),
                    List.of(p),
                    List.of(),
                    Optional.empty());
        }
        return p;
    }

    static Resolution document(Paragraph p) {
        return Resolution.builder(Identity.unknown())
                .operative(Optional.empty(), s -> s.add(p))
                .build();
    }

    @Test
    void depthCountsParagraphsAndInlineContainersOnTheLongestPath() {
        assertThat(Nesting.depth(Resolution.empty(Identity.unknown()))).isZero();
        assertThat(Nesting.depth(document(nested(1, 0)))).isEqualTo(1);
        assertThat(Nesting.depth(document(nested(3, 0)))).isEqualTo(3);
        assertThat(Nesting.depth(document(nested(3, 4)))).isEqualTo(7);
        assertThat(Nesting.depth(Footnote.of("1", List.of(Bracketed.of(List.of(Text.of("y")))))))
                .isEqualTo(2);
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void aVeryDeepDocumentIsMeasuredAndRefusedWithoutRecursion() {
        Resolution deep = document(nested(20_000, 20_000));
        assertThat(Nesting.depth(deep)).isEqualTo(40_000);
        List<Diagnostic> found = Validator.standard().validate(deep);
        assertThat(found).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo(Validator.DEPTH);
            assertThat(d.severity()).isEqualTo(Severity.ERROR);
            assertThat(d.message()).contains("40000").contains(String.valueOf(Nesting.MAX));
        });
        // identifiers are paths, so their total length grows with the square of the depth: a smaller document
        assertThat(document(nested(1_000, 1_000)).elements()).hasSize(1 + 1 + 1_000 + 1_000);
        // resolution, section, paragraphs, their intro texts, insertions, the innermost text
        assertThat(deep.stream().count()).isEqualTo(1 + 1 + 20_000 + 19_999 + 20_000 + 1);
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Nesting.requireWithinMax(deep, "the test"))
                .withMessageContaining("40000 levels")
                .withMessageContaining("at most 64");
    }

    @Test
    void aDocumentAtTheLimitValidates() {
        Resolution atLimit = document(nested(Nesting.MAX / 2, Nesting.MAX / 2));
        assertThat(Nesting.depth(atLimit)).isEqualTo(Nesting.MAX);
        assertThat(Validator.standard().validate(atLimit))
                .extracting(Diagnostic::code)
                .doesNotContain(Validator.DEPTH);
    }

    /** A search for a free suffix per paragraph took about 100 s here (64,000 squared); one pass takes well under one. */
    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void identifiersOfManyParagraphsWithTheSameLabelTakeOnePass() {
        List<Paragraph> ps = new ArrayList<>();
        for (int i = 0; i < 64_000; i++) {
            ps.add(Paragraph.of("1", "text;"));
        }
        Resolution r = Resolution.builder(Identity.unknown())
                .operative(Optional.empty(), s -> ps.forEach(s::add))
                .build();
        List<Located<Node>> ids = r.elements();
        assertThat(ids.get(2).id()).isEqualTo("hcontainer_1__para_1");
        assertThat(ids.get(3).id()).isEqualTo("hcontainer_1__para_1_2");
        assertThat(ids.get(64_001).id()).isEqualTo("hcontainer_1__para_1_64000");
        assertThat(ids.stream().map(Located::id).distinct().count()).isEqualTo(ids.size());
    }

    /** 32,000 paragraphs labelled 1 took 27 s to validate when identifiers were quadratic. */
    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void validatingManyParagraphsWithTheSameLabelIsLinear() {
        List<Paragraph> ps = new ArrayList<>();
        for (int i = 0; i < 32_000; i++) {
            ps.add(Paragraph.of("1", "text;"));
        }
        Resolution r = Resolution.builder(Identity.unknown())
                .operative(Optional.empty(), s -> ps.forEach(s::add))
                .build();
        assertThat(Validator.standard().validate(r))
                .extracting(Diagnostic::code)
                .contains("RD-LABEL-DUPLICATE");
    }

    @Test
    void repeatedKeysNextToOtherKeysStayUnique() {
        Resolution r = Resolution.builder(Identity.unknown())
                .operative(
                        Optional.empty(),
                        s -> s.add(Paragraph.of("1", "a"))
                                .add(Paragraph.of("2", "b"))
                                .add(Paragraph.of("1", "c"))
                                .add(Paragraph.of("1", "d")))
                .build();
        assertThat(r.elements().stream().map(Located::id).skip(2))
                .containsExactly(
                        "hcontainer_1__para_1",
                        "hcontainer_1__para_2",
                        "hcontainer_1__para_1_2",
                        "hcontainer_1__para_1_3");
    }
}

package org.resdom.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.resdom.testing.Theories.qt;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.resdom.model.Citation;
import org.resdom.model.Footnote;
import org.resdom.model.FootnoteRef;
import org.resdom.model.Located;
import org.resdom.model.Node;
import org.resdom.model.Resolution;
import org.resdom.model.Unrecognized;

class GeneratorsTest {

    @Test
    void wellFormedResolutionsHaveSectionsPairedFootnotesAndNoUnrecognizedContent() {
        qt().withExamples(300).forAll(Generators.wellFormed()).checkAssert(r -> {
            assertThat(r.preamble()).isNotEmpty();
            assertThat(r.operative()).isNotEmpty();
            assertThat(r.find(Unrecognized.class)).isEmpty();
            List<String> refs =
                    r.find(FootnoteRef.class).map(FootnoteRef::marker).toList();
            List<String> bodies = r.find(Footnote.class).map(Footnote::marker).toList();
            assertThat(bodies).containsExactlyElementsOf(refs);
        });
    }

    @Test
    void arbitraryResolutionsHaveUniqueIdentifiers() {
        qt().withExamples(300)
                .forAll(Generators.arbitrary(new Generators.Options(true, true)))
                .checkAssert(r -> {
                    List<Located<Node>> elements = r.elements();
                    Set<String> ids = new HashSet<>();
                    for (Located<Node> l : elements) {
                        assertThat(ids.add(l.id()))
                                .as("duplicate id %s", l.id())
                                .isTrue();
                    }
                    assertThat(elements).hasSize((int) r.stream()
                            .filter(n -> !(n instanceof org.resdom.model.Text))
                            .count());
                });
    }

    @Test
    void arbitraryResolutionsReachEveryCitationKind() {
        Set<Class<?>> seen = new HashSet<>();
        qt().withExamples(300)
                .forAll(Generators.arbitrary())
                .checkAssert(r -> r.find(Citation.class).forEach(c -> seen.add(c.getClass())));
        assertThat(seen).hasSizeGreaterThanOrEqualTo(5);
    }

    @Test
    void generationIsReproducibleForAFixedSeed() {
        List<Resolution> a = new java.util.ArrayList<>();
        List<Resolution> b = new java.util.ArrayList<>();
        qt().withFixedSeed(42).withExamples(20).forAll(Generators.arbitrary()).checkAssert(a::add);
        qt().withFixedSeed(42).withExamples(20).forAll(Generators.arbitrary()).checkAssert(b::add);
        assertThat(a).isEqualTo(b);
    }
}

package org.resdom.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.resdom.testing.SeedFixture;

class AbstractVisitorTest {

    /** Counts one node type, visiting everything else by default. */
    private static final class Counter<T extends Node> extends AbstractVisitor<Integer> {
        private final Class<T> type;

        Counter(Class<T> type) {
            this.type = type;
        }

        @Override
        protected Integer defaultResult() {
            return 0;
        }

        @Override
        protected Integer aggregateResult(Integer aggregate, Integer next) {
            return aggregate + next;
        }

        @Override
        protected Integer visitChildren(Node node) {
            return (type.isInstance(node) ? 1 : 0) + super.visitChildren(node);
        }
    }

    @Test
    void byDefaultEveryNodeIsVisitedOnceInDocumentOrder() {
        for (Resolution r : List.of(SeedFixture.resolution71(), ElementIdsAndVisitorTest.tricky())) {
            List<Node> seen = new ArrayList<>();
            r.accept(new AbstractVisitor<Void>() {
                @Override
                protected Void visitChildren(Node node) {
                    seen.add(node);
                    return super.visitChildren(node);
                }
            });
            assertThat(seen).containsExactlyElementsOf(r.stream().toList());
            for (Class<? extends Node> type : List.of(
                    Text.class, Footnote.class, Paragraph.class, Citation.class, Unrecognized.class, Inserted.class)) {
                assertThat(r.accept(new Counter<>(type)))
                        .as(type.getSimpleName())
                        .isEqualTo((int) r.find(type).count());
            }
        }
    }

    @Test
    void anOverriddenMethodDecidesWhetherTheWalkGoesBelow() {
        Resolution r = ElementIdsAndVisitorTest.tricky();
        AbstractVisitor<Integer> topParagraphs = new AbstractVisitor<>() {
            @Override
            protected Integer defaultResult() {
                return 0;
            }

            @Override
            protected Integer aggregateResult(Integer aggregate, Integer next) {
                return aggregate + next;
            }

            @Override
            public Integer visitParagraph(Paragraph node) {
                return 1; // not below: sub-items are not counted
            }
        };
        long expected = r.sections().stream()
                        .mapToLong(s -> s.paragraphs().size())
                        .sum()
                + r.annexes().stream().mapToLong(a -> a.paragraphs().size()).sum();
        assertThat(r.accept(topParagraphs)).isEqualTo((int) expected).isLessThan((int)
                r.find(Paragraph.class).count());
    }

    @Test
    void everyVisitorMethodHasADefault() throws NoSuchMethodException {
        for (Method m : Visitor.class.getMethods()) {
            Method impl = AbstractVisitor.class.getMethod(m.getName(), m.getParameterTypes());
            assertThat(impl.getDeclaringClass()).as(m.getName()).isEqualTo(AbstractVisitor.class);
            assertThat(Modifier.isAbstract(impl.getModifiers())).as(m.getName()).isFalse();
        }
    }
}

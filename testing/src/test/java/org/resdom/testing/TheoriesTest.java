package org.resdom.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.resdom.testing.Theories.qt;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A failing property shrinks a bounded number of times, not 100 per example. */
class TheoriesTest {

    @Test
    @Timeout(60)
    void aFailingPropertyShrinksBoundedly() {
        AtomicInteger runs = new AtomicInteger();
        assertThatThrownBy(() -> qt().withExamples(1_000)
                        .forAll(Generators.wellFormed())
                        .check(r -> {
                            runs.incrementAndGet();
                            return false;
                        }))
                .isInstanceOf(AssertionError.class);
        // the first example fails; then at most the bounded shrink cycles run the property again
        assertThat(runs.get()).isBetween(1, 1 + Theories.DEFAULT_SHRINK_CYCLES);
    }
}

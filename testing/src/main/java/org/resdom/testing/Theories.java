package org.resdom.testing;

import org.quicktheories.QuickTheory;

/**
 * QuickTheories with a bounded shrink: the one entry point for resdom's property tests (and
 * users' own). QuickTheories' default allows 100 shrink cycles per example (100,000 for 1,000
 * examples), each one running the property again, so a failing property over whole documents
 * could shrink for minutes and exhaust the heap. Here a failure shrinks at most
 * {@value #DEFAULT_SHRINK_CYCLES} cycles, or {@code -Dresdom.shrinkCycles=N}.
 *
 * <pre>{@code
 * import static org.resdom.testing.Theories.qt;
 *
 * qt().withExamples(100).forAll(Generators.wellFormed()).checkAssert(r -> ...);
 * }</pre>
 */
public final class Theories {

    /** Shrink cycles allowed to a failing property unless {@code resdom.shrinkCycles} says otherwise. */
    public static final int DEFAULT_SHRINK_CYCLES = 100;

    private Theories() {}

    /**
     * @return a QuickTheory whose shrinking is bounded (call {@code withExamples} etc. on it as usual)
     */
    public static QuickTheory qt() {
        return QuickTheory.qt().withShrinkCycles(Integer.getInteger("resdom.shrinkCycles", DEFAULT_SHRINK_CYCLES));
    }
}

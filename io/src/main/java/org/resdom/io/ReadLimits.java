package org.resdom.io;

/**
 * Limits every reader enforces, so that hostile input cannot exhaust memory or time. Input
 * beyond a limit is not read; the reader reports an error diagnostic ({@code IO-LIMIT}) and
 * returns what it has.
 *
 * @param maxChars the most characters read from one input (default 16 MiB of chars)
 * @param maxDepth the deepest nesting of elements or objects (default 64)
 * @param maxDiagnostics the most diagnostics reported for one input (default 1000); one more says how many were left out
 */
public record ReadLimits(long maxChars, int maxDepth, int maxDiagnostics) {

    /** Checks that every limit is positive. */
    public ReadLimits {
        if (maxChars < 1 || maxDepth < 1 || maxDiagnostics < 1) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }

    /** @return the defaults: 16 777 216 chars, depth 64, 1000 diagnostics */
    public static ReadLimits defaults() {
        return new ReadLimits(16L * 1024 * 1024, 64, 1000);
    }

    /**
     * @param value the most characters
     * @return a copy with that limit
     */
    public ReadLimits withMaxChars(long value) {
        return new ReadLimits(value, maxDepth, maxDiagnostics);
    }

    /**
     * @param value the deepest nesting
     * @return a copy with that limit
     */
    public ReadLimits withMaxDepth(int value) {
        return new ReadLimits(maxChars, value, maxDiagnostics);
    }
}

package org.resdom.model;

import java.util.OptionalInt;
import org.resdom.internal.Checks;

/**
 * Where a node came from in its source.
 *
 * <p>Units: {@code startOffset} and {@code endOffset} count UTF-16 code units (Java {@code char}s)
 * from the start of the input, 0-based, end exclusive; {@code line} and {@code column} are
 * 1-based, and the column counts UTF-16 code units from the start of the line. A reader that
 * cannot know the offsets (for example an XML parser that reports only lines and columns) leaves
 * both empty ({@link #at(int, int)}). Spans never take part in {@code equals} or
 * {@code hashCode} of the nodes that carry them.
 *
 * @param startOffset first code unit, 0-based, if known
 * @param endOffset one past the last code unit, if known (known exactly when the start is)
 * @param line 1-based line of the first code unit
 * @param column 1-based column of the first code unit
 */
public record SourceSpan(OptionalInt startOffset, OptionalInt endOffset, int line, int column) {

    /** Checks the span's invariants. */
    public SourceSpan {
        Checks.notNull(startOffset, "startOffset");
        Checks.notNull(endOffset, "endOffset");
        if (line < 1 || column < 1) {
            throw new IllegalArgumentException("line and column are 1-based: " + line + ":" + column);
        }
        if (startOffset.isPresent() != endOffset.isPresent()) {
            throw new IllegalArgumentException("offsets must both be known or both be unknown");
        }
        if (startOffset.isPresent() && (startOffset.getAsInt() < 0 || endOffset.getAsInt() < startOffset.getAsInt())) {
            throw new IllegalArgumentException("bad offsets " + startOffset.getAsInt() + ".." + endOffset.getAsInt());
        }
    }

    /**
     * A span with known offsets.
     *
     * @param startOffset first code unit, 0-based
     * @param endOffset one past the last code unit
     * @param line 1-based line
     * @param column 1-based column
     * @return the span
     * @throws IllegalArgumentException if an offset is negative or the end before the start
     */
    public static SourceSpan of(int startOffset, int endOffset, int line, int column) {
        return new SourceSpan(OptionalInt.of(startOffset), OptionalInt.of(endOffset), line, column);
    }

    /**
     * A span known only by its line and column.
     *
     * @param line 1-based line
     * @param column 1-based column
     * @return the span, with no offsets
     */
    public static SourceSpan at(int line, int column) {
        return new SourceSpan(OptionalInt.empty(), OptionalInt.empty(), line, column);
    }

    /** @return whether the offsets are known */
    public boolean hasOffsets() {
        return startOffset.isPresent();
    }

    /** @return the length in UTF-16 code units, if the offsets are known */
    public OptionalInt length() {
        return hasOffsets() ? OptionalInt.of(endOffset.getAsInt() - startOffset.getAsInt()) : OptionalInt.empty();
    }

    /** @return {@code line:column} */
    @Override
    public String toString() {
        return line + ":" + column;
    }
}

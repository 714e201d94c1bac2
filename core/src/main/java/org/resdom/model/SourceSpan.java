package org.resdom.model;

/**
 * Where a node came from in its source.
 *
 * <p>Units: {@code startOffset} and {@code endOffset} count UTF-16 code units (Java {@code char}s)
 * from the start of the input, 0-based, end exclusive; {@code line} and {@code column} are
 * 1-based, and the column counts UTF-16 code units from the start of the line. A reader that
 * cannot know an offset (for example an XML parser that reports only lines and columns) uses
 * {@code -1} for both offsets. Spans never take part in {@code equals} or {@code hashCode} of
 * the nodes that carry them.
 *
 * @param startOffset first code unit, 0-based, or -1 when unknown
 * @param endOffset one past the last code unit, or -1 when unknown
 * @param line 1-based line of the first code unit
 * @param column 1-based column of the first code unit
 */
public record SourceSpan(int startOffset, int endOffset, int line, int column) {

    /** Checks the span's invariants. */
    public SourceSpan {
        if (line < 1 || column < 1) {
            throw new IllegalArgumentException("line and column are 1-based: " + line + ":" + column);
        }
        if ((startOffset < 0) != (endOffset < 0)) {
            throw new IllegalArgumentException("offsets must both be known or both be -1");
        }
        if (startOffset < -1 || endOffset < -1 || (startOffset >= 0 && endOffset < startOffset)) {
            throw new IllegalArgumentException("bad offsets " + startOffset + ".." + endOffset);
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
     */
    public static SourceSpan of(int startOffset, int endOffset, int line, int column) {
        return new SourceSpan(startOffset, endOffset, line, column);
    }

    /**
     * A span known only by its line and column.
     *
     * @param line 1-based line
     * @param column 1-based column
     * @return the span, with offsets -1
     */
    public static SourceSpan at(int line, int column) {
        return new SourceSpan(-1, -1, line, column);
    }

    /** @return whether the offsets are known */
    public boolean hasOffsets() {
        return startOffset >= 0;
    }

    /** @return the length in UTF-16 code units, or 0 when offsets are unknown */
    public int length() {
        return hasOffsets() ? endOffset - startOffset : 0;
    }

    /** @return {@code line:column} */
    @Override
    public String toString() {
        return line + ":" + column;
    }
}

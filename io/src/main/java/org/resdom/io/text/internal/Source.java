package org.resdom.io.text.internal;

import java.util.Arrays;
import org.resdom.model.SourceSpan;

/** Maps offsets of the input to lines and columns (1-based; columns in UTF-16 code units). */
final class Source {
    private final int[] lineStarts;
    private final int length;

    Source(int[] lineStarts, int count, int length) {
        this.lineStarts = Arrays.copyOf(lineStarts, count);
        this.length = length;
    }

    SourceSpan span(int start, int end) {
        int s = Math.max(0, Math.min(start, length));
        int e = Math.max(s, Math.min(end, length));
        int idx = Arrays.binarySearch(lineStarts, s);
        int line = idx >= 0 ? idx : -idx - 2;
        if (line < 0) {
            line = 0;
        }
        return SourceSpan.of(s, e, line + 1, s - lineStarts[line] + 1);
    }
}

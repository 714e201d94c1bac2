package org.resdom.io.akn;

import java.util.Arrays;
import java.util.Objects;

/**
 * The characters of a source as they are read, kept in blocks of a fixed size: appending never
 * copies what is already there (a {@link StringBuilder} copies its whole content each time it
 * grows, and once more to go from Latin-1 to UTF-16 at the first character above U+00FF).
 */
final class SourceText implements Source {

    private static final int SHIFT = 14;
    private static final int BLOCK = 1 << SHIFT;
    private static final int MASK = BLOCK - 1;

    private char[][] blocks = new char[4][];
    private int length;

    /** Appends {@code n} characters of {@code buf} from {@code off}. */
    void append(char[] buf, int off, int n) {
        Objects.checkFromIndexSize(off, n, buf.length);
        while (n > 0) {
            int b = length >>> SHIFT;
            if (b == blocks.length) {
                blocks = Arrays.copyOf(blocks, b * 2);
            }
            if (blocks[b] == null) {
                blocks[b] = new char[BLOCK];
            }
            int at = length & MASK;
            int k = Math.min(n, BLOCK - at);
            System.arraycopy(buf, off, blocks[b], at, k);
            length += k;
            off += k;
            n -= k;
        }
    }

    @Override
    public int length() {
        return length;
    }

    @Override
    public char charAt(int index) {
        Objects.checkIndex(index, length());
        return blocks[index >>> SHIFT][index & MASK];
    }

    /** {@inheritDoc} Read block by block rather than character by character. */
    @Override
    public int lineBreak(int from, int to) {
        Objects.checkFromToIndex(from, to, length());
        int i = from;
        while (i < to) {
            char[] b = blocks[i >>> SHIFT];
            int at = i & MASK;
            int stop = Math.min(BLOCK, at + (to - i));
            for (int k = at; k < stop; k++) {
                char c = b[k];
                if (c <= '\r' && (c == '\n' || c == '\r')) {
                    return i + (k - at);
                }
            }
            i += stop - at;
        }
        return to;
    }

    @Override
    public String subSequence(int start, int end) {
        Objects.checkFromToIndex(start, end, length());
        char[] out = new char[end - start];
        for (int i = start; i < end; i++) {
            out[i - start] = blocks[i >>> SHIFT][i & MASK];
        }
        return new String(out);
    }

    @Override
    public String toString() {
        return subSequence(0, length());
    }
}

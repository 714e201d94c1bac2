package org.resdom.io.akn;

import java.util.Arrays;
import java.util.Objects;

/**
 * The characters of a source as they are read, kept in blocks of a fixed size: appending never
 * copies what is already there (a {@link StringBuilder} copies its whole content each time it
 * grows, and once more to go from Latin-1 to UTF-16 at the first character above U+00FF).
 */
final class SourceText implements CharSequence {

    private static final int SHIFT = 14;
    private static final int BLOCK = 1 << SHIFT;
    private static final int MASK = BLOCK - 1;

    private char[][] blocks = new char[4][];
    private int length;

    /** The UTF-8 source decoded on demand ({@link #utf8}), else null. */
    private byte[] src;

    private int srcLength;
    private int srcPos;
    /** All the characters of {@link #src}, -1 until counted. */
    private int total = -1;

    /**
     * A source held as UTF-8 bytes, decoded block by block only as far as it is read: nothing of
     * it is decoded when no text position is asked for.
     *
     * @param bytes well-formed UTF-8
     * @param length how many of the bytes hold the source
     * @return the source, of the length the bytes decode to
     */
    static SourceText utf8(byte[] bytes, int length) {
        SourceText s = new SourceText();
        s.src = bytes;
        s.srcLength = length;
        return s;
    }

    /** Decodes the bytes until the block that holds character {@code n - 1} is full (or all are decoded). */
    private void decodeTo(int n) {
        if (src == null || n <= length) {
            return;
        }
        long target = ((long) ((n - 1) >>> SHIFT) + 1) << SHIFT;
        byte[] b = src;
        int p = srcPos;
        while (length < target && p < srcLength) {
            int b0 = b[p];
            if (b0 >= 0) {
                put((char) b0);
                p++;
            } else if ((b0 & 0xE0) == 0xC0) {
                put((char) ((b0 & 0x1F) << 6 | b[p + 1] & 0x3F));
                p += 2;
            } else if ((b0 & 0xF0) == 0xE0) {
                put((char) ((b0 & 0x0F) << 12 | (b[p + 1] & 0x3F) << 6 | b[p + 2] & 0x3F));
                p += 3;
            } else {
                int cp = (b0 & 0x07) << 18 | (b[p + 1] & 0x3F) << 12 | (b[p + 2] & 0x3F) << 6 | b[p + 3] & 0x3F;
                put(Character.highSurrogate(cp));
                put(Character.lowSurrogate(cp));
                p += 4;
            }
        }
        srcPos = p;
    }

    private void put(char c) {
        int bi = length >>> SHIFT;
        if ((length & MASK) == 0) {
            if (bi == blocks.length) {
                blocks = Arrays.copyOf(blocks, bi * 2);
            }
            if (blocks[bi] == null) {
                blocks[bi] = new char[BLOCK];
            }
        }
        blocks[bi][length & MASK] = c;
        length++;
    }

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
        if (src == null) {
            return length;
        }
        if (total < 0) {
            total = length + org.resdom.io.internal.Utf8Bytes.chars(src, srcPos, srcLength);
        }
        return total;
    }

    @Override
    public char charAt(int index) {
        Objects.checkIndex(index, length());
        decodeTo(index + 1);
        return blocks[index >>> SHIFT][index & MASK];
    }

    /**
     * The first line break (CR or LF) at or after {@code from} and before {@code to}, read block
     * by block rather than character by character.
     *
     * @return its offset, or {@code to} if there is none
     */
    int lineBreak(int from, int to) {
        Objects.checkFromToIndex(from, to, length());
        decodeTo(to);
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
        decodeTo(end);
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

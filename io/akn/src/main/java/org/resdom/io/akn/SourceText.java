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

    /** The UTF-8 source still to be decoded ({@link #utf8}), else null. */
    private byte[] src;

    private int srcLength;

    /**
     * A source held as UTF-8 bytes, decoded whole when a character of it is first asked for:
     * not at all when no text position is asked for (a file resdom wrote).
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

    /** Decodes the whole source at the first character asked for, in one pass. */
    private void decode() {
        byte[] b = src;
        src = null;
        int n = srcLength;
        int p = 0;
        int bi = -1;
        char[] out = null;
        int at = BLOCK;
        char pending = 0;
        while (p < n || pending != 0) {
            if (at == BLOCK) {
                bi++;
                if (bi == blocks.length) {
                    blocks = Arrays.copyOf(blocks, bi * 2);
                }
                out = new char[BLOCK];
                blocks[bi] = out;
                at = 0;
                if (pending != 0) {
                    out[at++] = pending;
                    pending = 0;
                }
            }
            while (at < BLOCK && p < n) {
                int b0 = b[p];
                if (b0 >= 0) {
                    out[at++] = (char) b0;
                    p++;
                } else if ((b0 & 0xE0) == 0xC0) {
                    out[at++] = (char) ((b0 & 0x1F) << 6 | b[p + 1] & 0x3F);
                    p += 2;
                } else if ((b0 & 0xF0) == 0xE0) {
                    out[at++] = (char) ((b0 & 0x0F) << 12 | (b[p + 1] & 0x3F) << 6 | b[p + 2] & 0x3F);
                    p += 3;
                } else {
                    int cp = (b0 & 0x07) << 18 | (b[p + 1] & 0x3F) << 12 | (b[p + 2] & 0x3F) << 6 | b[p + 3] & 0x3F;
                    out[at++] = Character.highSurrogate(cp);
                    p += 4;
                    if (at < BLOCK) {
                        out[at++] = Character.lowSurrogate(cp);
                    } else {
                        pending = Character.lowSurrogate(cp);
                    }
                }
            }
        }
        length = bi < 0 ? 0 : bi * BLOCK + at;
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
        if (src != null) {
            decode();
        }
        return length;
    }

    @Override
    public char charAt(int index) {
        Objects.checkIndex(index, length());
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

package org.resdom.io.akn;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Objects;

/**
 * A source held as well-formed UTF-8 bytes, read as its UTF-16 characters without decoding it:
 * a character is found from the nearest of two cursors (one for the texts looked up, one for
 * the line ends counted), which move over the bytes, eight at a time over long distances. The
 * characters asked for are near each other and mostly in order (the texts of a paragraph, then
 * the next paragraph), so this costs about one pass over the bytes up to the last character
 * asked for, and no copy of the source.
 */
final class Utf8Source implements Source {

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long HIGH = 0x8080808080808080L;
    private static final long LOW7 = 0x7F7F7F7F7F7F7F7FL;
    private static final long TOP2 = 0xC0C0C0C0C0C0C0C0L;
    private static final long TOP4 = 0xF0F0F0F0F0F0F0F0L;
    private static final long ONES = 0x0101010101010101L;
    private static final long LFS = ONES * '\n';
    private static final long CRS = ONES * '\r';

    private final byte[] b;
    private final int len;
    private int length = -1;

    /** A position: the character index {@code c} of the code point that starts at byte {@code p}. */
    private static final class Cursor {
        int c;
        int p;
    }

    private final Cursor texts = new Cursor();
    private final Cursor lines = new Cursor();

    /**
     * @param bytes well-formed UTF-8
     * @param length how many of the bytes hold the source
     */
    Utf8Source(byte[] bytes, int length) {
        Objects.checkFromIndexSize(0, length, bytes.length);
        this.b = bytes;
        this.len = length;
    }

    @Override
    public int length() {
        if (length < 0) {
            Cursor end = new Cursor();
            seek(end, Integer.MAX_VALUE);
            length = end.c;
        }
        return length;
    }

    @Override
    public char charAt(int index) {
        Objects.checkIndex(index, length());
        // the nearer cursor: the texts looked up, or the line ends counted
        Cursor k = Math.abs(index - (long) lines.c) < Math.abs(index - (long) texts.c) ? lines : texts;
        seek(k, index);
        return unit(k, index);
    }

    /** The UTF-16 unit {@code index} of the code point at a cursor that holds it. */
    private char unit(Cursor k, int index) {
        int p = k.p;
        int b0 = b[p];
        if (b0 >= 0) {
            return (char) b0;
        }
        if ((b0 & 0xE0) == 0xC0) {
            return (char) ((b0 & 0x1F) << 6 | b[p + 1] & 0x3F);
        }
        if ((b0 & 0xF0) == 0xE0) {
            return (char) ((b0 & 0x0F) << 12 | (b[p + 1] & 0x3F) << 6 | b[p + 2] & 0x3F);
        }
        int cp = (b0 & 0x07) << 18 | (b[p + 1] & 0x3F) << 12 | (b[p + 2] & 0x3F) << 6 | b[p + 3] & 0x3F;
        return index == k.c ? Character.highSurrogate(cp) : Character.lowSurrogate(cp);
    }

    /** How many UTF-16 units the code point whose first byte is {@code b0} takes. */
    private static int units(int b0) {
        return (b0 & 0xF0) == 0xF0 ? 2 : 1;
    }

    /** How many bytes the code point whose first byte is {@code b0} takes. */
    private static int bytes(int b0) {
        return b0 >= 0 ? 1 : (b0 & 0xE0) == 0xC0 ? 2 : (b0 & 0xF0) == 0xE0 ? 3 : 4;
    }

    private static boolean continuation(int b0) {
        return (b0 & 0xC0) == 0x80;
    }

    /**
     * Moves a cursor to the code point that holds character {@code index} (to the end of the
     * source for an index past it).
     */
    private void seek(Cursor k, int index) {
        if (index < k.c) {
            if (index < k.c / 2) {
                k.c = 0;
                k.p = 0;
            } else {
                while (k.c > index) {
                    int p = k.p - 1;
                    while (continuation(b[p])) {
                        p--;
                    }
                    k.p = p;
                    k.c -= units(b[p]);
                }
                return;
            }
        }
        int c = k.c;
        int p = k.p;
        while (p < len) {
            // eight bytes at a time while the index is past the code points that start in them
            if (index - c > 16 && p + 11 < len) {
                long w = (long) LONGS.get(b, p);
                int n = unitsIn(w);
                if (c + n <= index) {
                    c += n;
                    p = boundary(p + 8);
                    continue;
                }
            }
            int b0 = b[p];
            int u = units(b0);
            if (c + u > index) {
                break;
            }
            c += u;
            p += bytes(b0);
        }
        k.c = c;
        k.p = p;
    }

    /**
     * The UTF-16 units of the code points that start in the first {@code n} bytes of {@code w}
     * (the others zero).
     */
    private static int unitsIn(long w, int n) {
        // the zero bytes past the first n count as starts: taken off
        return Long.bitCount(nonZeroBytes((w & TOP2) ^ HIGH))
                - (8 - n)
                + Long.bitCount(~nonZeroBytes((w & TOP4) ^ TOP4) & HIGH);
    }

    /** The UTF-16 units of the code points that start in the eight bytes of {@code w}. */
    private static int unitsIn(long w) {
        if ((w & HIGH) == 0) {
            return 8;
        }
        return Long.bitCount(nonZeroBytes((w & TOP2) ^ HIGH)) + Long.bitCount(~nonZeroBytes((w & TOP4) ^ TOP4) & HIGH);
    }

    /** The first byte at or after {@code p} that starts a code point (past the rest of one that began before). */
    private int boundary(int p) {
        while (p < len && continuation(b[p])) {
            p++;
        }
        return p;
    }

    /** @return the high bit of each byte of {@code w} that is not zero, the other bits clear */
    private static long nonZeroBytes(long w) {
        return ((w & LOW7) + LOW7 | w) & HIGH;
    }

    /** @return whether a byte of {@code w} is zero */
    private static boolean zero(long w) {
        return ((w - ONES) & ~w & HIGH) != 0;
    }

    @Override
    public int lineBreak(int from, int to) {
        Objects.checkFromToIndex(from, to, length());
        Cursor k = lines;
        seek(k, from);
        int c = k.c;
        int p = k.p;
        // (from is never inside a code point of two units: the characters before a line end are whole)
        while (c < to) {
            if (to - c > 16 && p + 11 < len) {
                long w = (long) LONGS.get(b, p);
                long breaks = (~nonZeroBytes(w ^ LFS) | ~nonZeroBytes(w ^ CRS)) & HIGH;
                if (breaks == 0) {
                    int n = unitsIn(w);
                    if (c + n <= to) {
                        c += n;
                        p = boundary(p + 8);
                        continue;
                    }
                } else {
                    // straight to the first line end of the word, counting the units before it
                    int at = Long.numberOfTrailingZeros(breaks) >>> 3;
                    int n = at == 0 ? 0 : unitsIn(w & (-1L >>> ((8 - at) << 3)), at);
                    if (c + n < to) {
                        k.c = c + n;
                        k.p = p + at;
                        return k.c;
                    }
                }
            }
            int b0 = b[p];
            if (b0 == '\n' || b0 == '\r') {
                k.c = c;
                k.p = p;
                return c;
            }
            c += units(b0);
            p += bytes(b0);
        }
        k.c = c;
        k.p = p;
        return to;
    }

    @Override
    public String subSequence(int start, int end) {
        Objects.checkFromToIndex(start, end, length());
        char[] out = new char[end - start];
        for (int i = start; i < end; i++) {
            out[i - start] = charAt(i);
        }
        return new String(out);
    }

    @Override
    public String toString() {
        return subSequence(0, length());
    }
}

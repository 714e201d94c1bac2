package org.resdom.io.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Objects;

/**
 * UTF-8 held in a byte array: whether it is well-formed, by the rules of {@link Utf8Reader} (no
 * bad or missing continuation bytes, overlong forms, surrogates or code points above U+10FFFF),
 * and how many UTF-16 characters a stretch of well-formed bytes decodes to. For a reader that
 * parses the bytes themselves and gives positions in characters.
 */
public final class Utf8Bytes {

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long HIGH_BITS = 0x8080808080808080L;

    private Utf8Bytes() {}

    /**
     * @param b the bytes
     * @param from the first index
     * @param to the index after the last
     * @return whether {@code b[from, to)} is well-formed UTF-8, as {@link Utf8Reader} and a strict
     *         {@link java.nio.charset.CharsetDecoder} would take it
     */
    public static boolean wellFormed(byte[] b, int from, int to) {
        Objects.checkFromToIndex(from, to, b.length);
        int i = from;
        while (i < to) {
            int b0 = b[i] & 0xFF;
            if (b0 < 0x80) {
                i++;
                // then eight ASCII bytes at a time
                while (i + 8 <= to && ((long) LONGS.get(b, i) & HIGH_BITS) == 0) {
                    i += 8;
                }
                continue;
            }
            // the common forms first: two bytes (Cyrillic, Arabic), and three bytes that can be
            // neither overlong nor a surrogate (E1–EC, EE–EF: most of CJK): continuation bytes only
            if (b0 >= 0xC2 && b0 < 0xE0) {
                if (i + 1 >= to || (b[i + 1] & 0xC0) != 0x80) {
                    return false;
                }
                i += 2;
                continue;
            }
            if (b0 > 0xE0 && b0 < 0xF0 && b0 != 0xED) {
                if (i + 2 >= to || (b[i + 1] & 0xC0) != 0x80 || (b[i + 2] & 0xC0) != 0x80) {
                    return false;
                }
                i += 3;
                continue;
            }
            int need = b0 >= 0xF0 ? 4 : b0 >= 0xE0 ? 3 : b0 >= 0xC2 ? 2 : 0;
            if (need == 0 || b0 > 0xF4 || to - i < need) {
                return false;
            }
            int b1 = b[i + 1] & 0xFF;
            if ((b1 & 0xC0) != 0x80) {
                return false;
            }
            if (need >= 3) {
                int b2 = b[i + 2] & 0xFF;
                if ((b2 & 0xC0) != 0x80) {
                    return false;
                }
                if (need == 3) {
                    int cp = (b0 & 0x0F) << 12 | (b1 & 0x3F) << 6 | b2 & 0x3F;
                    if (cp < 0x800 || cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE) {
                        return false;
                    }
                } else {
                    int b3 = b[i + 3] & 0xFF;
                    if ((b3 & 0xC0) != 0x80) {
                        return false;
                    }
                    int cp = (b0 & 0x07) << 18 | (b1 & 0x3F) << 12 | (b2 & 0x3F) << 6 | b3 & 0x3F;
                    if (cp < 0x10000 || cp > Character.MAX_CODE_POINT) {
                        return false;
                    }
                }
            }
            i += need;
        }
        return true;
    }

    /**
     * @param b well-formed UTF-8 (see {@link #wellFormed})
     * @param from the first index, at the start of a character
     * @param to the index after the last, at the start of a character or the end
     * @return how many UTF-16 characters {@code b[from, to)} decodes to (two for a character
     *         above U+FFFF)
     */
    public static int chars(byte[] b, int from, int to) {
        Objects.checkFromToIndex(from, to, b.length);
        int n = 0;
        int i = from;
        while (i < to) {
            int b0 = b[i] & 0xFF;
            if (b0 < 0x80) {
                i++;
                n++;
                while (i + 8 <= to && ((long) LONGS.get(b, i) & HIGH_BITS) == 0) {
                    i += 8;
                    n += 8;
                }
            } else if (b0 >= 0xF0) {
                i += 4;
                n += 2;
            } else {
                i += b0 >= 0xE0 ? 3 : 2;
                n++;
            }
        }
        return n;
    }
}

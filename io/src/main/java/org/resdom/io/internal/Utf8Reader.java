package org.resdom.io.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.MalformedInputException;
import java.util.Objects;

/**
 * A strict UTF-8 decoder over a byte stream, with a fast path for ASCII: bytes that are not
 * well-formed UTF-8 (bad or missing continuation bytes, overlong forms, surrogates, code points
 * above U+10FFFF) throw {@link MalformedInputException}, as a strict
 * {@link java.nio.charset.CharsetDecoder} does; nothing is ever replaced. Does not close the
 * stream it reads.
 */
public final class Utf8Reader extends Reader {

    private final InputStream in;
    private final byte[] buf = new byte[16384];
    private int pos;
    private int limit;
    private boolean eof;
    /** A low surrogate still to be returned (the second half of a supplementary character). */
    private char pending;

    /** @param in the bytes */
    public Utf8Reader(InputStream in) {
        this.in = Objects.requireNonNull(in, "in must not be null");
    }

    @Override
    public int read(char[] cbuf, int off, int len) throws IOException {
        Objects.checkFromIndexSize(off, len, cbuf.length);
        if (len == 0) {
            return 0;
        }
        int n = 0;
        if (pending != 0) {
            cbuf[off + n++] = pending;
            pending = 0;
        }
        while (n < len) {
            if (pos == limit && !fill(0)) {
                break;
            }
            // ASCII run
            int p = pos;
            int end = Math.min(limit, p + (len - n));
            int o = off + n;
            while (p < end) {
                byte b = buf[p];
                if (b < 0) {
                    break;
                }
                cbuf[o++] = (char) b;
                p++;
            }
            n += p - pos;
            pos = p;
            if (n == len || pos == limit) {
                continue;
            }
            int b0 = buf[pos] & 0xFF;
            int need = b0 >= 0xF0 ? 4 : b0 >= 0xE0 ? 3 : b0 >= 0xC2 && b0 < 0xE0 ? 2 : 0;
            if (need == 0 || b0 > 0xF4) {
                throw new MalformedInputException(1);
            }
            if (limit - pos < need && !fill(need)) {
                throw new MalformedInputException(limit - pos);
            }
            int cp = decode(b0, need);
            pos += need;
            if (cp < 0x10000) {
                cbuf[off + n++] = (char) cp;
                // a run of two- and three-byte characters (Arabic, Cyrillic, Chinese) without going round again
                while (n < len && pos + 3 <= limit) {
                    b0 = buf[pos] & 0xFF;
                    if (b0 >= 0xC2 && b0 < 0xE0) {
                        cp = decode(b0, 2);
                        pos += 2;
                    } else if (b0 >= 0xE0 && b0 < 0xF0) {
                        cp = decode(b0, 3);
                        pos += 3;
                    } else {
                        break; // ASCII, four bytes or malformed: the loop above
                    }
                    cbuf[off + n++] = (char) cp;
                }
            } else {
                cbuf[off + n++] = Character.highSurrogate(cp);
                char low = Character.lowSurrogate(cp);
                if (n < len) {
                    cbuf[off + n++] = low;
                } else {
                    pending = low;
                }
            }
        }
        return n == 0 ? -1 : n;
    }

    private int decode(int b0, int need) throws MalformedInputException {
        int b1 = buf[pos + 1] & 0xFF;
        if ((b1 & 0xC0) != 0x80) {
            throw new MalformedInputException(1);
        }
        if (need == 2) {
            return (b0 & 0x1F) << 6 | b1 & 0x3F;
        }
        int b2 = buf[pos + 2] & 0xFF;
        if ((b2 & 0xC0) != 0x80) {
            throw new MalformedInputException(2);
        }
        if (need == 3) {
            int cp = (b0 & 0x0F) << 12 | (b1 & 0x3F) << 6 | b2 & 0x3F;
            if (cp < 0x800 || cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE) {
                throw new MalformedInputException(1);
            }
            return cp;
        }
        int b3 = buf[pos + 3] & 0xFF;
        if ((b3 & 0xC0) != 0x80) {
            throw new MalformedInputException(3);
        }
        int cp = (b0 & 0x07) << 18 | (b1 & 0x3F) << 12 | (b2 & 0x3F) << 6 | b3 & 0x3F;
        if (cp < 0x10000 || cp > Character.MAX_CODE_POINT) {
            throw new MalformedInputException(1);
        }
        return cp;
    }

    /**
     * Reads more bytes, keeping the unread ones.
     *
     * @param atLeast how many unread bytes are wanted (0: any)
     * @return whether that many (or, for 0, any) are now there
     */
    private boolean fill(int atLeast) throws IOException {
        if (pos > 0) {
            System.arraycopy(buf, pos, buf, 0, limit - pos);
            limit -= pos;
            pos = 0;
        }
        int want = Math.max(atLeast, 1);
        while (limit < want && !eof) {
            int r = in.read(buf, limit, buf.length - limit);
            if (r < 0) {
                eof = true;
            } else {
                limit += r;
            }
        }
        return limit >= want;
    }

    @Override
    public void close() {
        // the stream belongs to the caller
    }
}

package org.resdom.io.json;

import org.resdom.io.internal.Utf8Bytes;
import tools.jackson.core.TokenStreamLocation;

/**
 * Where a token stands, as the reader reports it: a character offset, a line and a column in
 * characters. A parser over characters gives these itself ({@link #CHARS}); a parser over UTF-8
 * bytes gives byte offsets and byte columns (its lines are the same), which {@link Bytes}
 * counts back to characters when they are asked for.
 */
interface Places {

    /**
     * @param l a location the parser gave
     * @return the position, in characters
     */
    JsonTree.Where of(TokenStreamLocation l);

    /**
     * @param offset a token's offset as the parser counts it (bytes or characters: the offset of
     *        {@link #of}'s location)
     * @param line its line
     * @param column its column as the parser counts it
     * @return the position, in characters: what {@link #of} gives for a location with these figures
     */
    JsonTree.Where at(long offset, int line, int column);

    /** The locations of a parser over characters, taken as they are. */
    Places CHARS = new Places() {
        @Override
        public JsonTree.Where of(TokenStreamLocation l) {
            return JsonTreeParser.where(l);
        }

        @Override
        public JsonTree.Where at(long offset, int line, int column) {
            return new JsonTree.Where(offset, line, column);
        }
    };

    /**
     * The locations of a parser over well-formed UTF-8 bytes, counted back to characters when
     * first asked for. A count starts from the last one when that is near (positions are mostly
     * asked in document order), otherwise from the nearest of the checkpoints, the characters
     * before every {@value #STEP}th byte, counted once when first needed: no position costs more
     * than counting {@value #STEP} bytes, whatever the order.
     */
    final class Bytes implements Places {
        static final int STEP = 1 << 16;

        private final byte[] data;
        private final int start;
        private final int end;
        /** A byte index (absolute) and the characters from {@link #start} to it. */
        private int cursor;

        private long cursorChars;
        /** The characters from {@link #start} to each multiple of {@link #STEP} after it; null until needed. */
        private long[] checkpoints;
        /** The byte index of the line start last counted, and the characters before it. */
        private int lineStart = -1;

        private long lineChars;

        /**
         * @param data the input, well-formed UTF-8
         * @param start where the parser starts in it (its byte offsets count from there)
         * @param end where the input ends in it
         */
        Bytes(byte[] data, int start, int end) {
            this.data = data;
            this.start = start;
            this.end = end;
            this.cursor = start;
        }

        @Override
        public JsonTree.Where of(TokenStreamLocation l) {
            return at(l.getByteOffset(), l.getLineNr(), l.getColumnNr());
        }

        @Override
        public JsonTree.Where at(long byteOffset, int line, int column) {
            if (byteOffset < 0 || byteOffset > end - start || line < 1 || column < 1 || column > byteOffset + 1) {
                return new JsonTree.Where(-1, line, column);
            }
            return new JsonTree.Where(byteOffset, line, column, this);
        }

        /**
         * The place of an object's first member, found from where the object opens: after the
         * brace, the white space JSON allows (a line ends at LF, CR LF or CR, as the parser counts).
         *
         * @param objectOffset the object's byte offset, as the parser gave it
         * @param line its line
         * @param column its column in bytes
         * @return the position of the first member's name
         */
        JsonTree.Where firstMember(long objectOffset, int line, int column) {
            int i = start + (int) objectOffset + 1;
            int ln = line;
            int col = column + 1;
            while (i < end) {
                byte b = data[i];
                if (b == ' ' || b == '\t') {
                    i++;
                    col++;
                } else if (b == '\n' || b == '\r') {
                    i++;
                    if (b == '\r' && i < end && data[i] == '\n') {
                        i++;
                    }
                    ln++;
                    col = 1;
                } else {
                    break;
                }
            }
            return at(i - start, ln, col);
        }

        /**
         * @param byteOffset a token's byte offset from {@link #start}, as the parser gave it
         * @param byteColumn its column in bytes
         * @return its character offset and its column in characters
         */
        long[] chars(long byteOffset, int byteColumn) {
            int index = start + (int) byteOffset;
            int lineAt = index - (byteColumn - 1);
            if (lineAt != lineStart) {
                lineChars = charsAt(lineAt);
                lineStart = lineAt;
            }
            long chars = charsAt(index);
            return new long[] {chars, chars - lineChars + 1};
        }

        /** @return the characters from {@link #start} to a byte index at the start of a character */
        private long charsAt(int index) {
            if (index >= cursor && index - cursor <= STEP) {
                cursorChars += Utf8Bytes.chars(data, cursor, index);
            } else if (index < cursor && cursor - index <= STEP) {
                cursorChars -= Utf8Bytes.chars(data, index, cursor);
            } else {
                if (checkpoints == null) {
                    checkpoints = new long[(end - start) / STEP + 1];
                    for (int k = 1; k < checkpoints.length; k++) {
                        int from = start + (k - 1) * STEP;
                        checkpoints[k] =
                                checkpoints[k - 1] + Utf8Bytes.chars(data, boundary(from), boundary(from + STEP));
                    }
                }
                int k = (index - start) / STEP;
                int from = boundary(start + k * STEP);
                cursorChars = checkpoints[k] + Utf8Bytes.chars(data, from, index);
            }
            cursor = index;
            return cursorChars;
        }

        /** @return the first index at or after {@code i} that starts a character (or the end) */
        private int boundary(int i) {
            while (i < end && (data[i] & 0xC0) == 0x80) {
                i++;
            }
            return Math.min(i, end);
        }
    }
}

package org.resdom.io.json;

import java.util.List;
import java.util.Map;

/**
 * A parsed JSON value that remembers where it was: the reader first builds this small tree with
 * Jackson's streaming parser, then maps it onto the model, so that every error can name both a
 * JSON path and a line and column.
 */
sealed interface JsonTree {

    /** @return where the value starts */
    Where where();

    /** @return the JSON type, as used in messages */
    String kind();

    /**
     * A position in the input: char offset (or -1), 1-based line and column. One taken from a
     * parser over bytes holds the byte offset and byte column until its offset or column is
     * asked for (most never are: they serve diagnostics and document positions), and is then
     * counted back to characters.
     */
    final class Where {
        private long offset;
        private final int line;
        private int column;
        /** The input to count characters in, while the offset and column are still bytes. */
        private Places.Bytes bytes;

        Where(long offset, int line, int column) {
            this.offset = offset;
            this.line = line;
            this.column = column;
        }

        Where(long byteOffset, int line, int byteColumn, Places.Bytes bytes) {
            this(byteOffset, line, byteColumn);
            this.bytes = bytes;
        }

        private void resolve() {
            if (bytes != null) {
                long[] chars = bytes.chars(offset, column);
                offset = chars[0];
                column = (int) chars[1];
                bytes = null;
            }
        }

        long offset() {
            resolve();
            return offset;
        }

        int line() {
            return line;
        }

        int column() {
            resolve();
            return column;
        }

        @Override
        public String toString() {
            return "Where[offset=" + offset() + ", line=" + line + ", column=" + column() + "]";
        }
    }

    /** An object; members keep their order. */
    record Obj(Map<String, Member> members, Where where) implements JsonTree {
        @Override
        public String kind() {
            return "an object";
        }
    }

    /** A member of an object, with where its name stands. */
    record Member(JsonTree value, Where where) {}

    /** An array. */
    record Arr(List<JsonTree> items, Where where) implements JsonTree {
        @Override
        public String kind() {
            return "an array";
        }
    }

    /** A string. */
    record Str(String value, Where where) implements JsonTree {
        @Override
        public String kind() {
            return "a string";
        }
    }

    /** A number, as written; {@code integral} when it has no fraction or exponent and fits in an int. */
    record Num(String text, boolean integral, int intValue, Where where) implements JsonTree {
        @Override
        public String kind() {
            return "a number";
        }
    }

    /** {@code true} or {@code false}. */
    record Bool(boolean value, Where where) implements JsonTree {
        @Override
        public String kind() {
            return "a boolean";
        }
    }

    /** {@code null}. */
    record Null(Where where) implements JsonTree {
        @Override
        public String kind() {
            return "null";
        }
    }
}

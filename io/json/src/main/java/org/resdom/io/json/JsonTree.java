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

    /** A position in the input: char offset (or -1), 1-based line and column. */
    record Where(long offset, int line, int column) {}

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

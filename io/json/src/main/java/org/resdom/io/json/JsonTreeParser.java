package org.resdom.io.json;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;

/**
 * Builds a {@link JsonTree} from Jackson's token stream. Recursion is bounded by the parser's
 * nesting-depth constraint. Duplicate property names are reported and the first one is kept.
 */
final class JsonTreeParser {

    private final JsonParser p;
    private final Diagnostics diagnostics;
    private final Places places;

    JsonTreeParser(JsonParser p, Diagnostics diagnostics, Places places) {
        this.p = p;
        this.diagnostics = diagnostics;
        this.places = places;
    }

    static JsonTree.Where where(TokenStreamLocation l) {
        return new JsonTree.Where(l.getCharOffset(), l.getLineNr(), l.getColumnNr());
    }

    /** Parses the value whose first token is current. */
    JsonTree value() {
        JsonToken t = p.currentToken();
        JsonTree.Where where = places.of(p.currentTokenLocation());
        switch (t) {
            case START_OBJECT: {
                Map<String, JsonTree.Member> members = new LinkedHashMap<>();
                for (JsonToken n = p.nextToken(); n != JsonToken.END_OBJECT; n = p.nextToken()) {
                    String name = p.currentName();
                    JsonTree.Where at = places.of(p.currentTokenLocation());
                    p.nextToken();
                    JsonTree v = value();
                    if (members.containsKey(name)) {
                        diagnostics.error(
                                JsonFormat.DUPLICATE,
                                path(p.streamReadContext(), name),
                                at,
                                "property \"" + name + "\" appears more than once; the first is kept");
                    } else {
                        members.put(name, new JsonTree.Member(v, at));
                    }
                }
                return new JsonTree.Obj(members, where);
            }
            case START_ARRAY: {
                List<JsonTree> items = new ArrayList<>();
                for (JsonToken n = p.nextToken(); n != JsonToken.END_ARRAY; n = p.nextToken()) {
                    items.add(value());
                }
                return new JsonTree.Arr(items, where);
            }
            case VALUE_STRING:
                return new JsonTree.Str(p.getString(), where);
            case VALUE_NUMBER_INT: {
                boolean fits = p.getNumberType() == JsonParser.NumberType.INT;
                return new JsonTree.Num(p.getText(), fits, fits ? p.getIntValue() : 0, where);
            }
            case VALUE_NUMBER_FLOAT:
                return new JsonTree.Num(p.getText(), false, 0, where);
            case VALUE_TRUE:
                return new JsonTree.Bool(true, where);
            case VALUE_FALSE:
                return new JsonTree.Bool(false, where);
            case VALUE_NULL:
                return new JsonTree.Null(where);
            default:
                throw new IllegalStateException("unexpected token " + t);
        }
    }

    /**
     * Parses the rest of an object whose first member's name has been read (the parser is on
     * that member's value).
     *
     * @param where where the object starts
     * @param firstName the first member's name
     * @param firstAt where that name stands
     */
    JsonTree.Obj objectFrom(JsonTree.Where where, String firstName, JsonTree.Where firstAt) {
        Map<String, JsonTree.Member> members = new LinkedHashMap<>();
        members.put(firstName, new JsonTree.Member(value(), firstAt));
        for (JsonToken n = p.nextToken(); n != JsonToken.END_OBJECT; n = p.nextToken()) {
            String name = p.currentName();
            JsonTree.Where at = places.of(p.currentTokenLocation());
            p.nextToken();
            JsonTree v = value();
            if (members.containsKey(name)) {
                diagnostics.error(
                        JsonFormat.DUPLICATE,
                        path(p.streamReadContext(), name),
                        at,
                        "property \"" + name + "\" appears more than once; the first is kept");
            } else {
                members.put(name, new JsonTree.Member(v, at));
            }
        }
        return new JsonTree.Obj(members, where);
    }

    /** The JSON path of the parser's current position, such as {@code $.operative[1].phrase}. */
    static String path(TokenStreamContext context) {
        return path(context, null);
    }

    private static String path(TokenStreamContext context, String last) {
        Deque<TokenStreamContext> chain = new ArrayDeque<>();
        for (TokenStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            chain.push(c);
        }
        String path = "$";
        while (!chain.isEmpty()) {
            TokenStreamContext c = chain.pop();
            if (c.inArray()) {
                path = Diagnostics.index(path, Math.max(c.getCurrentIndex(), 0));
            } else if (c.inObject()) {
                String name = chain.isEmpty() && last != null ? last : c.currentName();
                if (name != null) {
                    path = Diagnostics.member(path, name);
                }
            }
        }
        return path;
    }
}

package org.resdom.io.json;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.resdom.model.ActionKind;
import org.resdom.model.Anchor;
import org.resdom.model.Annex;
import org.resdom.model.AnnexCitation;
import org.resdom.model.Body;
import org.resdom.model.Bracketed;
import org.resdom.model.Brackets;
import org.resdom.model.Deleted;
import org.resdom.model.DocumentKind;
import org.resdom.model.Footnote;
import org.resdom.model.FootnoteRef;
import org.resdom.model.Identity;
import org.resdom.model.Inline;
import org.resdom.model.Inserted;
import org.resdom.model.Instrument;
import org.resdom.model.InstrumentCitation;
import org.resdom.model.Label;
import org.resdom.model.LabelStyle;
import org.resdom.model.Language;
import org.resdom.model.NamedInstrumentCitation;
import org.resdom.model.Node;
import org.resdom.model.OpeningFormula;
import org.resdom.model.OperativePhrase;
import org.resdom.model.OperativeSection;
import org.resdom.model.OtherCitation;
import org.resdom.model.Paragraph;
import org.resdom.model.PreambleKind;
import org.resdom.model.PreamblePhrase;
import org.resdom.model.PreambleSection;
import org.resdom.model.ProvisionCitation;
import org.resdom.model.Resolution;
import org.resdom.model.Revision;
import org.resdom.model.SourceHints;
import org.resdom.model.SourceSpan;
import org.resdom.model.Text;
import org.resdom.model.UnDocumentCitation;
import org.resdom.model.UnResolutionCitation;
import org.resdom.model.UnknownElement;
import org.resdom.model.Unrecognized;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.base.ParserBase;

/**
 * Decodes resdom's JSON straight from Jackson's token stream into the model, with no tree in
 * between: each object's members are taken as they come (in any order), each value checked where
 * it stands. The diagnostics are those of {@link JsonDecoder} (same codes, JSON paths and
 * positions), in document order. An inline object whose {@code type} is not its first member,
 * or is unknown, is the one case read as a {@link JsonTree} and handed to {@link JsonDecoder}
 * (an unknown node keeps its JSON text).
 */
final class JsonStreamDecoder {

    /** Thrown to abandon the value being read, once it has been consumed and its error reported. */
    private static final class Skip extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Skip() {
            super(null, null, false, false);
        }
    }

    /** The JSON path of the value being read in an object (its current member), or of the document. */
    private static String at(Obj in) {
        return in == null ? "$" : in.at();
    }

    /** The members an object of one kind may have (for duplicates and unknown properties). */
    private static final class Kind {
        final Map<String, Integer> index = new HashMap<>();
        /** The names, by index: the instances handed back to the switches (equal by identity there). */
        final String[] names;
        /**
         * The name instances the parser gave for each member (Jackson hands out one canonical
         * instance per name), compared by identity before the map is asked. Shared between reads
         * and written without synchronisation: a stale or missing entry only means a map look-up.
         */
        private final String[] seen;

        Kind(String... names) {
            for (String n : names) {
                index.put(n, index.size());
            }
            this.names = names.clone();
            this.seen = new String[names.length];
        }

        /** @return the index of a member name, or -1 if the kind has no such member */
        int indexOf(String n) {
            String[] s = seen;
            for (int i = 0; i < s.length; i++) {
                if (s[i] == n) {
                    return i;
                }
            }
            Integer i = index.get(n);
            if (i == null) {
                return -1;
            }
            s[i] = n;
            return i;
        }
    }

    private static final Kind RESOLUTION = new Kind(
            "format", "version", "identity", "formula", "preamble", "operative", "annexes", "metadata", "span");
    private static final Kind IDENTITY = new Kind("body", "kind", "number", "heading", "title", "language", "history");
    private static final Kind REVISION = new Kind("revised", "place", "year");
    private static final Kind SPAN = new Kind("startOffset", "endOffset", "line", "column");
    private static final Kind FORMULA = new Kind("id", "content", "span");
    private static final Kind PREAMBLE_SECTION = new Kind("type", "id", "phrase", "runIn", "paragraphs", "span");
    private static final Kind PREAMBLE_PHRASE = new Kind("text", "kind", "qualifier");
    private static final Kind OPERATIVE_SECTION = new Kind("type", "id", "phrase", "runIn", "paragraphs", "span");
    private static final Kind OPERATIVE_PHRASE = new Kind("text", "action", "qualifier", "addressee");
    private static final Kind ANNEX = new Kind("id", "number", "heading", "title", "paragraphs", "span");
    private static final Kind PARAGRAPH = new Kind("id", "anchors", "label", "content", "items", "wrapUp", "span");
    private static final Kind ATTRIBUTE = new Kind("namespace", "name", "value");
    private static final Kind LABEL = new Kind("text", "style", "value", "suffix", "separator");
    private static final Kind TEXT = new Kind("type", "id", "text");
    private static final Map<String, Kind> INLINES = Map.ofEntries(
            Map.entry("text", TEXT),
            Map.entry("anchor", new Kind("type", "id", "name", "span")),
            Map.entry("footnoteRef", new Kind("type", "id", "marker", "span")),
            Map.entry("footnote", new Kind("type", "id", "marker", "content", "span")),
            Map.entry("inserted", new Kind("type", "id", "content", "author", "date", "move", "span")),
            Map.entry("deleted", new Kind("type", "id", "content", "author", "date", "move", "span")),
            Map.entry("bracketed", new Kind("type", "id", "content", "span")),
            Map.entry("unrecognized", new Kind("type", "id", "raw", "span")),
            Map.entry("unknownElement", new Kind("type", "id", "namespace", "name", "attributes", "content", "span")),
            Map.entry(
                    "instrumentCitation",
                    new Kind("type", "id", "document", "body", "numbers", "revision", "brackets", "text", "span")),
            Map.entry(
                    "unResolutionCitation",
                    new Kind("type", "id", "body", "document", "number", "target", "text", "span")),
            Map.entry("unDocumentCitation", new Kind("type", "id", "symbol", "target", "text", "span")),
            Map.entry("namedInstrumentCitation", new Kind("type", "id", "instrument", "text", "span")),
            Map.entry(
                    "provisionCitation",
                    new Kind("type", "id", "instrument", "article", "number", "paragraph", "text", "span")),
            Map.entry("annexCitation", new Kind("type", "id", "annex", "appendix", "text", "span")),
            Map.entry("otherCitation", new Kind("type", "id", "text", "span")));

    @FunctionalInterface
    private interface Value<T> {
        /**
         * @param in the object whose current member (or element of it) is the value, null for the document
         * @return the value
         */
        T read(Obj in);
    }

    private final JsonParser p;
    private final Diagnostics diagnostics;
    private final boolean documentPositions;
    private final JsonDecoder tree;
    private final Places places;
    /** The parser's token position without a location object (null: ask for the location). */
    private final ParserBase base;
    // the readers of the values met most often, made once (a method reference is an object)
    private final Value<Inline> inlineValue = this::inline;
    private final Value<Paragraph> paragraphValue = this::paragraph;
    private final Value<Anchor> anchorValue = this::anchor;
    private final Value<Label> labelValue = this::label;
    private final Value<SourceSpan> spanValue = this::span;

    /** Whether a value was skipped or read whole for the tree reader (see {@link #unchecked()}). */
    private boolean unchecked;

    JsonStreamDecoder(JsonParser p, Diagnostics diagnostics, boolean documentPositions, Places places) {
        this.p = p;
        this.base = p instanceof ParserBase b ? b : null;
        this.diagnostics = diagnostics;
        this.places = places;
        this.documentPositions = documentPositions;
        this.tree = new JsonDecoder(diagnostics, documentPositions);
    }

    /** @return the offset figure of the current token's location (the parser must be a {@link ParserBase}) */
    private long offsetFigure() {
        return base.getTokenCharacterOffset() - 1;
    }

    /** @return the column figure of the current token's location */
    private int columnFigure() {
        int c = base.getTokenColumnNr();
        return c < 0 ? c : c - 1;
    }

    /**
     * Skips the current value (and what it holds). The parser checks the UTF-8 of every string it
     * decodes, not of what it skips: a skipped structure or string leaves the input unchecked.
     */
    private void skip() {
        JsonToken t = p.currentToken();
        if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY || t == JsonToken.VALUE_STRING) {
            unchecked = true;
        }
        p.skipChildren();
    }

    /** Skips the current value, a string of which has been read (decoded and checked) already. */
    private void skipRead() {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            skip();
        }
    }

    /**
     * @return whether some of the input was skipped rather than decoded: its UTF-8 has not been
     *         checked by the parser (which checks every string it decodes and every name)
     */
    boolean unchecked() {
        return unchecked;
    }

    private JsonTree.Where here() {
        return places.of(p.currentTokenLocation());
    }

    private static String kindOf(JsonToken t) {
        switch (t) {
            case START_OBJECT:
                return "an object";
            case START_ARRAY:
                return "an array";
            case VALUE_STRING:
                return "a string";
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return "a number";
            case VALUE_TRUE:
            case VALUE_FALSE:
                return "a boolean";
            default:
                return "null";
        }
    }

    /** Reports the current value as of the wrong type and skips it. */
    private Skip wrongType(String path, String expected) {
        diagnostics.error(
                JsonFormat.TYPE, path, here(), "expected " + expected + ", found " + kindOf(p.currentToken()));
        skip();
        return new Skip();
    }

    private String string(Obj in) {
        if (p.currentToken() == JsonToken.VALUE_STRING) {
            return p.getString();
        }
        throw wrongType(at(in), "a string");
    }

    private int integer(Obj in) {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_NUMBER_INT && p.getNumberType() == JsonParser.NumberType.INT) {
            return p.getIntValue();
        }
        if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
            diagnostics.error(JsonFormat.TYPE, at(in), here(), "expected an integer (32 bits), found " + p.getText());
            throw new Skip();
        }
        throw wrongType(at(in), "an integer");
    }

    private <E extends Enum<E>> E enumeration(Obj in, Class<E> type) {
        if (p.currentToken() == JsonToken.VALUE_STRING) {
            Optional<E> e = JsonNames.decode(type, p.getString());
            if (e.isPresent()) {
                return e.get(); // the common case: no position taken
            }
        }
        JsonTree.Where where = p.currentToken() == JsonToken.VALUE_STRING ? here() : null;
        String s = string(in);
        return JsonNames.decode(type, s).orElseThrow(() -> {
            diagnostics.error(
                    JsonFormat.VALUE, at(in), where, "\"" + s + "\" is not one of " + JsonNames.allowed(type));
            return new Skip();
        });
    }

    /** Reads a value, or nothing when it is bad (its error reported). */
    private static <T> Optional<T> attempt(Supplier<T> part) {
        try {
            return Optional.ofNullable(part.get());
        } catch (Skip e) {
            return Optional.empty();
        }
    }

    // ---- objects ---------------------------------------------------------------------------

    /** An object being read, member by member. */
    private final class Obj implements JsonDecoder.Declared {
        /** The object this one is a member (or an element of a member) of; null for the document. */
        final Obj parent;
        /** The member of {@link #parent} this object is (or is an element of). */
        final String inName;
        /** Its index in that member's array, or -1. */
        final int inIndex;
        /** Where the object opens: the parser's figures, turned into a position only when asked. */
        private final long startOffset;

        private final int startLine;
        private final int startColumn;
        private JsonTree.Where where;
        private String path;
        Kind kind;
        long seen;
        boolean failed;
        List<Object[]> unknown;
        /** The current member's name. */
        String name;
        /** The index of the element being read in the current member's array, or -1. */
        int index = -1;
        /** Whether the current token is the next member's name, already read by a fast path. */
        boolean pending;
        /** The place kept for the node's declared identifier, in document order (-1: none). */
        int slot = -1;

        /** Starts an object at the current token ({@code START_OBJECT}). */
        Obj(Obj parent, Kind kind) {
            this.parent = parent;
            this.inName = parent == null ? null : parent.name;
            this.inIndex = parent == null ? -1 : parent.index;
            this.kind = kind;
            if (base != null) {
                // the figures of currentTokenLocation(), without making it
                startOffset = offsetFigure();
                startLine = base.getTokenLineNr();
                startColumn = columnFigure();
            } else {
                where = here();
                startOffset = 0;
                startLine = 0;
                startColumn = 0;
            }
        }

        /** Starts an object whose opening the caller has taken the figures of (see {@link #Obj(Obj, Kind)}). */
        Obj(Obj parent, Kind kind, long offset, int line, int column) {
            this.parent = parent;
            this.inName = parent == null ? null : parent.name;
            this.inIndex = parent == null ? -1 : parent.index;
            this.kind = kind;
            this.startOffset = offset;
            this.startLine = line;
            this.startColumn = column;
        }

        /** @return where the object opens */
        @Override
        public JsonTree.Where where() {
            if (where == null) {
                where = places.at(startOffset, startLine, startColumn);
            }
            return where;
        }

        /** @return the JSON path of this object */
        String path() {
            if (path == null) {
                path = parent == null ? "$" : parent.childPath(inName, inIndex);
            }
            return path;
        }

        private String childPath(String n, int i) {
            String m = Diagnostics.member(path(), n);
            return i < 0 ? m : Diagnostics.index(m, i);
        }

        /** @return the path of a member of this object */
        String member(String n) {
            return Diagnostics.member(path(), n);
        }

        @Override
        public String idPath() {
            return member("id");
        }

        /** The node built, once it declares an identifier. */
        private Node node;

        private String id;

        @Override
        public Node node() {
            return node;
        }

        @Override
        public String id() {
            return id;
        }

        /**
         * Moves to the next member's value, reporting duplicates and unknown names (kept for the
         * end) and skipping their values, and every value once the object has failed.
         *
         * @return the name, or null at the end of the object
         */
        String next() {
            while (true) {
                JsonToken t = pending ? p.currentToken() : p.nextToken();
                pending = false;
                if (t == JsonToken.END_OBJECT) {
                    return null;
                }
                String n = p.currentName();
                int i = kind == null ? -1 : kind.indexOf(n);
                if (i < 0 || (seen & 1L << i) != 0) {
                    JsonTree.Where at = here();
                    p.nextToken();
                    skip();
                    if (i >= 0) {
                        diagnostics.error(
                                JsonFormat.DUPLICATE,
                                member(n),
                                at,
                                "property \"" + n + "\" appears more than once; the first is kept");
                    } else if (!failed) {
                        if (unknown == null) {
                            unknown = new ArrayList<>(2);
                        }
                        unknown.add(new Object[] {n, at});
                    }
                    continue;
                }
                seen |= 1L << i;
                index = -1;
                p.nextToken();
                if (failed) {
                    skip();
                    continue;
                }
                name = kind.names[i];
                return name;
            }
        }

        /** @return the path of the current member's value (or of the element being read in it) */
        String at() {
            return childPath(name, index);
        }

        boolean isNull() {
            return p.currentToken() == JsonToken.VALUE_NULL;
        }

        /** A required or optional value that makes the object fail when bad. */
        String string() {
            JsonToken t = p.currentToken();
            if (t == JsonToken.VALUE_STRING) {
                return p.getString(); // the common case first: no path built
            }
            return t == JsonToken.VALUE_NULL ? null : JsonStreamDecoder.this.string(this);
        }

        /**
         * A value that makes the object fail when bad (what {@link #string()} reads in a
         * {@link #member} call, without making a lambda).
         *
         * @return the string; null when it is null or bad
         */
        String memberString() {
            if (p.currentToken() == JsonToken.VALUE_STRING) {
                return p.getString();
            }
            try {
                return string();
            } catch (Skip e) {
                failed = true;
                return null;
            }
        }

        /** @return the constant, as {@link #enumeration} reads it in a {@link #member} call; null when null or bad */
        <E extends Enum<E>> E memberEnumeration(Class<E> type) {
            try {
                return enumeration(type);
            } catch (Skip e) {
                failed = true;
                return null;
            }
        }

        Optional<String> optString() {
            JsonToken t = p.currentToken();
            if (t == JsonToken.VALUE_STRING) {
                return Optional.of(p.getString());
            }
            if (t == JsonToken.VALUE_NULL) {
                return Optional.empty();
            }
            return attempt(() -> JsonStreamDecoder.this.string(this));
        }

        Integer integer() {
            return isNull() ? null : JsonStreamDecoder.this.integer(this);
        }

        /** @return whether the current value is an integer that fits 32 bits (read it with {@code p.getIntValue()}) */
        boolean isInt() {
            return p.currentToken() == JsonToken.VALUE_NUMBER_INT && p.getNumberType() == JsonParser.NumberType.INT;
        }

        Boolean bool() {
            JsonToken t = p.currentToken();
            if (t == JsonToken.VALUE_NULL) {
                return null;
            }
            if (t == JsonToken.VALUE_TRUE || t == JsonToken.VALUE_FALSE) {
                return t == JsonToken.VALUE_TRUE;
            }
            throw wrongType(at(), "a boolean");
        }

        <E extends Enum<E>> E enumeration(Class<E> type) {
            return isNull() ? null : JsonStreamDecoder.this.enumeration(this, type);
        }

        <E extends Enum<E>> Optional<E> optEnumeration(Class<E> type) {
            if (isNull()) {
                return Optional.empty();
            }
            return attempt(() -> JsonStreamDecoder.this.enumeration(this, type));
        }

        <T> Optional<T> opt(Value<T> value) {
            if (isNull()) {
                return Optional.empty();
            }
            try {
                return Optional.ofNullable(value.read(this));
            } catch (Skip e) {
                return Optional.empty();
            }
        }

        /** The elements of an array (null: none; not an array: none, reported); bad elements are left out. */
        <T> List<T> list(Value<T> element) {
            JsonToken t = p.currentToken();
            if (t == JsonToken.VALUE_NULL) {
                return List.of();
            }
            if (t != JsonToken.START_ARRAY) {
                diagnostics.error(JsonFormat.TYPE, at(), here(), "expected an array, found " + kindOf(t));
                skip();
                return List.of();
            }
            List<T> out = new ArrayList<>();
            int i = 0;
            String member = name;
            for (JsonToken n = p.nextToken(); n != JsonToken.END_ARRAY; n = p.nextToken()) {
                name = member; // an element's reading does not change them, but be sure
                index = i++;
                try {
                    out.add(element.read(this));
                } catch (Skip e) {
                    // left out, reported
                }
            }
            index = -1;
            return out;
        }

        Optional<SourceSpan> span() {
            if (documentPositions) {
                skip();
                return Optional.empty();
            }
            return opt(spanValue);
        }

        /** The span to give the node: the stored one, or where the object starts. */
        Optional<SourceSpan> spanOr(Optional<SourceSpan> stored) {
            if (documentPositions) {
                JsonTree.Where w = where();
                return Optional.of(SourceSpan.at(Math.max(1, w.line()), Math.max(1, w.column())));
            }
            return stored;
        }

        /** A member the object cannot do without: reported and the object dropped when missing. */
        void require(String n, Object value) {
            if (value == null) {
                diagnostics.error(JsonFormat.MISSING, member(n), where(), "required property \"" + n + "\" is missing");
                throw new Skip();
            }
        }

        /** Fails the object if a member was bad. */
        void check() {
            if (failed) {
                throw new Skip();
            }
        }

        /** Calls a model constructor, turning its refusal into a diagnostic. */
        <T> T build(Supplier<T> constructor) {
            try {
                return constructor.get();
            } catch (IllegalArgumentException | NullPointerException e) {
                diagnostics.error(JsonFormat.VALUE, path(), where(), e.getMessage());
                throw new Skip();
            }
        }

        /** Reports the unknown members, once the object has been built. */
        void finish() {
            if (unknown != null) {
                for (Object[] u : unknown) {
                    String n = (String) u[0];
                    diagnostics.warning(
                            JsonFormat.UNKNOWN_PROPERTY,
                            member(n),
                            (JsonTree.Where) u[1],
                            "unknown property \"" + n + "\" ignored");
                }
            }
        }

        <T extends Node> T node(Optional<String> id, Supplier<T> constructor) {
            check();
            T node = build(constructor);
            finish();
            if (id.isPresent()) {
                this.node = node;
                this.id = id.get();
                tree.declare(slot, this);
            }
            return node;
        }
    }

    /** Starts reading an object (the current token); anything else is a type error. */
    private Obj object(Obj in, Kind kind) {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            throw wrongType(at(in), "an object");
        }
        return new Obj(in, kind);
    }

    /** Starts reading a node that may declare an identifier: its place in document order is kept. */
    private Obj nodeObject(Obj in, Kind kind) {
        Obj o = object(in, kind);
        o.slot = tree.reserve();
        return o;
    }

    /** Runs one member's reading; a bad value fails the object, which goes on to its end. */
    private static void member(Obj o, Runnable read) {
        try {
            read.run();
        } catch (Skip e) {
            o.failed = true;
        }
    }

    // ---- the document ----------------------------------------------------------------------

    /** Reads the document whose first token is current. */
    Resolution resolution() {
        Obj o;
        try {
            o = object(null, RESOLUTION);
        } catch (Skip e) {
            return Resolution.empty(Identity.unknown());
        }
        boolean format = false;
        boolean version = false;
        boolean identityPresent = false;
        Identity identity = null;
        Optional<OpeningFormula> formula = Optional.empty();
        List<PreambleSection> preamble = List.of();
        List<OperativeSection> operative = List.of();
        List<Annex> annexes = List.of();
        Map<String, String> metadata = Map.of();
        Optional<SourceSpan> span = Optional.empty();
        for (String n; (n = o.next()) != null; ) {
            switch (n) {
                case "format" -> {
                    if (!o.isNull()) {
                        format = true;
                        if (!(p.currentToken() == JsonToken.VALUE_STRING
                                && p.getString().equals(JsonFormat.NAME))) {
                            diagnostics.error(
                                    JsonFormat.FORMAT,
                                    o.at(),
                                    here(),
                                    "expected \"" + JsonFormat.NAME + "\"; this is not a resdom document");
                        }
                        skipRead();
                    }
                }
                case "version" -> {
                    if (!o.isNull()) {
                        version = true;
                        JsonToken t = p.currentToken();
                        boolean ok = t == JsonToken.VALUE_NUMBER_INT
                                && p.getNumberType() == JsonParser.NumberType.INT
                                && p.getIntValue() == JsonFormat.VERSION;
                        if (!ok) {
                            String described = t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT
                                    ? p.getText()
                                    : t == JsonToken.VALUE_STRING ? "\"" + p.getString() + "\"" : kindOf(t);
                            diagnostics.error(
                                    JsonFormat.VERSION_CODE,
                                    o.at(),
                                    here(),
                                    "version " + described + " is not supported (this reader reads version "
                                            + JsonFormat.VERSION + ")");
                        }
                        skipRead();
                    }
                }
                case "identity" -> {
                    identityPresent |= !o.isNull();
                    identity = o.opt(this::identity).orElse(null);
                }
                case "formula" -> formula = o.opt(this::formula);
                case "preamble" -> preamble = o.list(this::preambleSection);
                case "operative" -> operative = o.list(this::operativeSection);
                case "annexes" -> annexes = o.list(this::annex);
                case "metadata" -> metadata = o.opt(this::metadata).orElse(Map.of());
                case "span" -> span = o.span();
                default -> skip();
            }
        }
        if (!format) {
            diagnostics.error(
                    JsonFormat.FORMAT,
                    o.member("format"),
                    o.where(),
                    "required property \"format\" is missing (expected \"" + JsonFormat.NAME + "\")");
        }
        if (!version) {
            diagnostics.error(
                    JsonFormat.VERSION_CODE,
                    o.member("version"),
                    o.where(),
                    "required property \"version\" is missing (expected " + JsonFormat.VERSION + ")");
        }
        if (!identityPresent) {
            diagnostics.error(
                    JsonFormat.MISSING, o.member("identity"), o.where(), "required property \"identity\" is missing");
        }
        o.finish();
        return new Resolution(
                identity == null ? Identity.unknown() : identity,
                formula,
                preamble,
                operative,
                annexes,
                metadata,
                SourceHints.of(metadataHints),
                o.spanOr(span));
    }

    /** Checks the identifiers the input gave against the computed ones (after a read without errors). */
    void checkDeclared(Resolution r) {
        tree.checkDeclared(r);
    }

    /**
     * The metadata entries whose keys are hints ({@link SourceHints#isHintKey(String)}), kept
     * apart as they are read: the resolution is given them as its hints, as its constructor would
     * move them there, without building the whole map and then taking it apart.
     */
    private Map<String, String> metadataHints = Map.of();

    private Map<String, String> metadata(Obj in) {
        Obj o = object(in, null);
        Map<String, String> facts = new TreeMap<>();
        Map<String, String> hints = new TreeMap<>();
        java.util.Set<String> keys = new java.util.HashSet<>();
        for (JsonToken t = p.nextToken(); t != JsonToken.END_OBJECT; t = p.nextToken()) {
            String key = p.currentName();
            boolean first = keys.add(key);
            JsonTree.Where at = first ? null : here(); // only a duplicate is reported here
            p.nextToken();
            if (!first) {
                diagnostics.error(
                        JsonFormat.DUPLICATE,
                        o.member(key),
                        at,
                        "property \"" + key + "\" appears more than once; the first is kept");
                skip();
                continue;
            }
            if (p.currentToken() == JsonToken.VALUE_NULL) {
                continue;
            }
            Map<String, String> out = SourceHints.isHintKey(key) ? hints : facts;
            if (p.currentToken() == JsonToken.VALUE_STRING) {
                out.put(key, p.getString()); // the common case: no path, no lambda
                continue;
            }
            o.name = key;
            attempt(() -> string(o)).ifPresent(v -> out.put(key, v));
        }
        metadataHints = hints;
        return facts;
    }

    private Identity identity(Obj in) {
        Obj o = object(in, IDENTITY);
        Body[] body = {null};
        DocumentKind[] kind = {null};
        Language[] language = {null};
        Optional<String> number = Optional.empty();
        Optional<String> heading = Optional.empty();
        Optional<String> title = Optional.empty();
        List<Revision> history = List.of();
        for (String n; (n = o.next()) != null; ) {
            switch (n) {
                case "body" -> body[0] = o.memberEnumeration(Body.class);
                case "kind" -> kind[0] = o.memberEnumeration(DocumentKind.class);
                case "language" -> language[0] = o.memberEnumeration(Language.class);
                case "number" -> number = o.optString();
                case "heading" -> heading = o.optString();
                case "title" -> title = o.optString();
                case "history" -> history = o.list(this::revision);
                default -> skip();
            }
        }
        o.check();
        o.require("body", body[0]);
        o.require("kind", kind[0]);
        o.require("language", language[0]);
        Optional<String> fn = number;
        Optional<String> fh = heading;
        Optional<String> ft = title;
        List<Revision> fhist = history;
        Identity identity = o.build(() -> new Identity(body[0], kind[0], fn, fh, ft, language[0], fhist));
        o.finish();
        return identity;
    }

    private Revision revision(Obj in) {
        Obj o = object(in, REVISION);
        boolean[] revised = {false};
        String[] place = {null};
        Integer[] year = {null};
        for (String n; (n = o.next()) != null; ) {
            switch (n) {
                case "revised" ->
                    member(o, () -> {
                        Boolean b = o.bool();
                        revised[0] = b != null && b;
                    });
                case "place" -> place[0] = o.memberString();
                case "year" -> member(o, () -> year[0] = o.integer());
                default -> skip();
            }
        }
        o.check();
        o.require("place", place[0]);
        o.require("year", year[0]);
        Revision r = o.build(() -> new Revision(revised[0], place[0], year[0]));
        o.finish();
        return r;
    }

    /** One attribute of an unknown element. */
    private UnknownElement.Attribute attribute(Obj in) {
        Obj o = object(in, ATTRIBUTE);
        String[] v = new String[3];
        for (String n; (n = o.next()) != null; ) {
            switch (n) {
                case "namespace" -> v[0] = o.memberString();
                case "name" -> v[1] = o.memberString();
                case "value" -> v[2] = o.memberString();
                default -> skip();
            }
        }
        o.check();
        o.require("name", v[1]);
        o.require("value", v[2]);
        UnknownElement.Attribute a = o.build(() -> new UnknownElement.Attribute(v[0] == null ? "" : v[0], v[1], v[2]));
        o.finish();
        return a;
    }

    private SourceSpan span(Obj in) {
        if (base == null || p.currentToken() != JsonToken.START_OBJECT) {
            return span(object(in, SPAN), new int[4], new int[] {0});
        }
        // the members as resdom writes them, in order and of the right type: no object kept
        long offset = offsetFigure();
        int line = base.getTokenLineNr();
        int column = columnFigure();
        int[] v = new int[4];
        int k = 0;
        while (k < 4) {
            if (p.nextToken() != JsonToken.PROPERTY_NAME || !SPAN.names[k].equals(p.currentName())) {
                break;
            }
            p.nextToken();
            if (p.currentToken() != JsonToken.VALUE_NUMBER_INT || p.getNumberType() != JsonParser.NumberType.INT) {
                // the member's value is not as expected: the general reading takes it from here
                Obj o = new Obj(in, SPAN, offset, line, column);
                o.seen = (1L << k + 1) - 1;
                o.name = SPAN.names[k];
                int[] present = {(1 << k) - 1};
                int i = k;
                member(o, () -> {
                    Integer x = o.integer();
                    if (x != null) {
                        v[i] = x;
                        present[0] |= 1 << i;
                    }
                });
                return span(o, v, present);
            }
            v[k++] = p.getIntValue();
        }
        if (k == 4 && p.nextToken() == JsonToken.END_OBJECT) {
            try {
                return v[0] == -1 && v[1] == -1 ? SourceSpan.at(v[2], v[3]) : SourceSpan.of(v[0], v[1], v[2], v[3]);
            } catch (IllegalArgumentException | NullPointerException e) {
                return new Obj(in, SPAN, offset, line, column).build(() -> {
                    throw e;
                });
            }
        }
        // the current token is the next member's name (or the end): the general reading goes on
        Obj o = new Obj(in, SPAN, offset, line, column);
        o.seen = (1L << k) - 1;
        o.pending = true;
        return span(o, v, new int[] {(1 << k) - 1});
    }

    private SourceSpan span(Obj o, int[] v, int[] present) {
        for (String n; (n = o.next()) != null; ) {
            int i = SPAN.indexOf(n);
            if (o.isInt()) {
                v[i] = p.getIntValue(); // the common case: no boxing, no lambda
                present[0] |= 1 << i;
            } else {
                member(o, () -> {
                    Integer x = o.integer();
                    if (x != null) {
                        v[i] = x;
                        present[0] |= 1 << i;
                    }
                });
            }
        }
        o.check();
        int has = present[0];
        o.require("startOffset", (has & 1) != 0 ? v : null);
        o.require("endOffset", (has & 2) != 0 ? v : null);
        o.require("line", (has & 4) != 0 ? v : null);
        o.require("column", (has & 8) != 0 ? v : null);
        o.finish();
        // the file format says -1 for an unknown offset
        return o.build(
                () -> v[0] == -1 && v[1] == -1 ? SourceSpan.at(v[2], v[3]) : SourceSpan.of(v[0], v[1], v[2], v[3]));
    }

    private OpeningFormula formula(Obj in) {
        Obj o = nodeObject(in, FORMULA);
        Optional<String> id = Optional.empty();
        List<Inline> content = List.of();
        Optional<SourceSpan> span = Optional.empty();
        for (String n; (n = o.next()) != null; ) {
            switch (n) {
                case "id" -> id = o.optString();
                case "content" -> content = o.list(inlineValue);
                case "span" -> span = o.span();
                default -> skip();
            }
        }
        List<Inline> c = content;
        Optional<SourceSpan> s = o.spanOr(span);
        return o.node(id, () -> new OpeningFormula(c, s));
    }

    /** A section's discriminator: required, but a missing one is not fatal; a wrong one is. */
    private void sectionType(Obj o, JsonTree.Where[] typeAt, String[] type) {
        typeAt[0] = here();
        type[0] = o.string();
    }

    private void checkType(Obj o, String expected, JsonTree.Where typeAt, String type) {
        if (type == null) {
            diagnostics.error(
                    JsonFormat.MISSING,
                    o.member("type"),
                    o.where(),
                    "required property \"type\" is missing (expected \"" + expected + "\")");
        } else if (!type.equals(expected)) {
            diagnostics.error(
                    JsonFormat.UNKNOWN_TYPE,
                    o.member("type"),
                    typeAt,
                    "expected \"" + expected + "\" here, found \"" + type + "\"");
            throw new Skip();
        }
    }

    private PreambleSection preambleSection(Obj in) {
        Obj o = nodeObject(in, PREAMBLE_SECTION);
        JsonTree.Where[] typeAt = {null};
        String[] type = {null};
        Optional<String> id = Optional.empty();
        PreamblePhrase[] phrase = {null};
        boolean[] runIn = {false};
        List<Paragraph> paragraphs = List.of();
        Optional<SourceSpan> span = Optional.empty();
        for (String n; (n = o.next()) != null; ) {
            switch (n) {
                case "type" -> member(o, () -> sectionType(o, typeAt, type));
                case "id" -> id = o.optString();
                case "phrase" -> member(o, () -> phrase[0] = o.isNull() ? null : preamblePhrase(o));
                case "runIn" ->
                    member(o, () -> {
                        Boolean b = o.bool();
                        runIn[0] = b != null && b;
                    });
                case "paragraphs" -> paragraphs = o.list(paragraphValue);
                case "span" -> span = o.span();
                default -> skip();
            }
        }
        o.check();
        checkType(o, "preambleSection", typeAt[0], type[0]);
        o.require("phrase", phrase[0]);
        List<Paragraph> ps = paragraphs;
        Optional<SourceSpan> s = o.spanOr(span);
        return o.node(id, () -> new PreambleSection(phrase[0], runIn[0], ps, s));
    }

    private PreamblePhrase preamblePhrase(Obj in) {
        Obj o = object(in, PREAMBLE_PHRASE);
        String[] text = {null};
        PreambleKind[] kind = {null};
        Optional<String> qualifier = Optional.empty();
        for (String n; (n = o.next()) != null; ) {
            switch (n) {
                case "text" -> text[0] = o.memberString();
                case "kind" -> kind[0] = o.memberEnumeration(PreambleKind.class);
                case "qualifier" -> qualifier = o.optString();
                default -> skip();
            }
        }
        o.check();
        o.require("text", text[0]);
        o.require("kind", kind[0]);
        Optional<String> q = qualifier;
        PreamblePhrase phrase = o.build(() -> new PreamblePhrase(text[0], kind[0], q));
        o.finish();
        return phrase;
    }

    private OperativeSection operativeSection(Obj in) {
        Obj o = nodeObject(in, OPERATIVE_SECTION);
        JsonTree.Where[] typeAt = {null};
        String[] type = {null};
        Optional<String> id = Optional.empty();
        Optional<OperativePhrase> phrase = Optional.empty();
        boolean[] runIn = {false};
        List<Paragraph> paragraphs = List.of();
        Optional<SourceSpan> span = Optional.empty();
        for (String n; (n = o.next()) != null; ) {
            switch (n) {
                case "type" -> member(o, () -> sectionType(o, typeAt, type));
                case "id" -> id = o.optString();
                case "phrase" -> phrase = o.opt(this::operativePhrase);
                case "runIn" ->
                    member(o, () -> {
                        Boolean b = o.bool();
                        runIn[0] = b != null && b;
                    });
                case "paragraphs" -> paragraphs = o.list(paragraphValue);
                case "span" -> span = o.span();
                default -> skip();
            }
        }
        o.check();
        checkType(o, "operativeSection", typeAt[0], type[0]);
        Optional<OperativePhrase> ph = phrase;
        List<Paragraph> ps = paragraphs;
        Optional<SourceSpan> s = o.spanOr(span);
        return o.node(id, () -> new OperativeSection(ph, runIn[0], ps, s));
    }

    private OperativePhrase operativePhrase(Obj in) {
        Obj o = object(in, OPERATIVE_PHRASE);
        String[] text = {null};
        ActionKind[] action = {null};
        Optional<String> qualifier = Optional.empty();
        Optional<String> addressee = Optional.empty();
        for (String n; (n = o.next()) != null; ) {
            switch (n) {
                case "text" -> text[0] = o.memberString();
                case "action" -> action[0] = o.memberEnumeration(ActionKind.class);
                case "qualifier" -> qualifier = o.optString();
                case "addressee" -> addressee = o.optString();
                default -> skip();
            }
        }
        o.check();
        o.require("text", text[0]);
        o.require("action", action[0]);
        Optional<String> q = qualifier;
        Optional<String> a = addressee;
        OperativePhrase phrase = o.build(() -> new OperativePhrase(text[0], action[0], q, a));
        o.finish();
        return phrase;
    }

    private Annex annex(Obj in) {
        Obj o = nodeObject(in, ANNEX);
        Optional<String> id = Optional.empty();
        Optional<String> number = Optional.empty();
        String[] heading = {null};
        Optional<String> title = Optional.empty();
        List<Paragraph> paragraphs = List.of();
        Optional<SourceSpan> span = Optional.empty();
        for (String n; (n = o.next()) != null; ) {
            switch (n) {
                case "id" -> id = o.optString();
                case "number" -> number = o.optString();
                case "heading" -> heading[0] = o.memberString();
                case "title" -> title = o.optString();
                case "paragraphs" -> paragraphs = o.list(paragraphValue);
                case "span" -> span = o.span();
                default -> skip();
            }
        }
        o.check();
        o.require("heading", heading[0]);
        Optional<String> nb = number;
        Optional<String> t = title;
        List<Paragraph> ps = paragraphs;
        Optional<SourceSpan> s = o.spanOr(span);
        return o.node(id, () -> new Annex(nb, heading[0], t, ps, s));
    }

    private Paragraph paragraph(Obj in) {
        Obj o = nodeObject(in, PARAGRAPH);
        Optional<String> id = Optional.empty();
        List<Anchor> anchors = List.of();
        Optional<Label> label = Optional.empty();
        List<Inline> content = List.of();
        List<Paragraph> items = List.of();
        List<Inline> wrapUp = List.of();
        Optional<SourceSpan> span = Optional.empty();
        for (String n; (n = o.next()) != null; ) {
            switch (n) {
                case "id" -> id = o.optString();
                case "anchors" -> anchors = o.list(anchorValue);
                case "label" -> label = o.opt(labelValue);
                case "content" -> content = o.list(inlineValue);
                case "items" -> items = o.list(paragraphValue);
                case "wrapUp" -> wrapUp = o.list(inlineValue);
                case "span" -> span = o.span();
                default -> skip();
            }
        }
        List<Anchor> a = anchors;
        Optional<Label> l = label;
        List<Inline> c = content;
        List<Paragraph> i = items;
        List<Inline> w = wrapUp;
        Optional<SourceSpan> s = o.spanOr(span);
        return o.node(id, () -> new Paragraph(a, l, c, i, w, s));
    }

    private Anchor anchor(Obj in) {
        JsonTree.Where where = p.currentToken() == JsonToken.START_OBJECT ? here() : null;
        Inline i = inline(in);
        if (i instanceof Anchor a) {
            return a;
        }
        diagnostics.error(
                JsonFormat.UNKNOWN_TYPE,
                Diagnostics.member(at(in), "type"),
                where,
                "expected \"anchor\" here, found \"" + JsonNames.type(i) + "\"");
        throw new Skip();
    }

    private Label label(Obj in) {
        Obj o = object(in, LABEL);
        String[] text = {null};
        LabelStyle[] style = {null};
        String[] value = {null};
        Optional<String> suffix = Optional.empty();
        String[] separator = {null};
        for (String n; (n = o.next()) != null; ) {
            switch (n) {
                case "text" -> text[0] = o.memberString();
                case "style" -> style[0] = o.memberEnumeration(LabelStyle.class);
                case "value" -> value[0] = o.memberString();
                case "suffix" -> suffix = o.optString();
                case "separator" -> separator[0] = o.memberString();
                default -> skip();
            }
        }
        o.check();
        o.require("text", text[0]);
        o.require("style", style[0]);
        o.require("value", value[0]);
        o.require("separator", separator[0]);
        Optional<String> sf = suffix;
        Label label = o.build(() -> new Label(text[0], style[0], value[0], sf, separator[0]));
        o.finish();
        return label;
    }

    // ---- inline nodes ----------------------------------------------------------------------

    private Inline inline(Obj in) {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            throw wrongType(at(in), "an object");
        }
        // where the object opens: the parser's figures (an object is made only when needed)
        Obj early = base == null ? new Obj(in, null) : null;
        long offset = base == null ? 0 : offsetFigure();
        int line = base == null ? 0 : base.getTokenLineNr();
        int column = base == null ? 0 : columnFigure();
        JsonToken first = p.nextToken();
        if (first == JsonToken.END_OBJECT) {
            Obj o = early != null ? early : new Obj(in, null, offset, line, column);
            return fallback(new JsonTree.Obj(Map.of(), o.where()), in);
        }
        String firstName = p.currentName();
        boolean typeFirst = firstName.equals("type");
        // the first member's place, for an object read whole; over bytes it can be found again
        TokenStreamLocation firstAt =
                typeFirst && early == null && places instanceof Places.Bytes ? null : p.currentTokenLocation();
        p.nextToken();
        Kind kind = typeFirst && p.currentToken() == JsonToken.VALUE_STRING ? INLINES.get(p.getString()) : null;
        if (kind == null) {
            // not as resdom writes it: read it whole and map it as the tree reader does
            Obj o = early != null ? early : new Obj(in, null, offset, line, column);
            JsonTree.Where firstWhere =
                    firstAt != null ? places.of(firstAt) : ((Places.Bytes) places).firstMember(offset, line, column);
            JsonTree.Obj obj = new JsonTreeParser(p, diagnostics, places).objectFrom(o.where(), firstName, firstWhere);
            return fallback(obj, in);
        }
        if (kind == TEXT) {
            if (early != null) {
                early.kind = TEXT;
                return text(early, null);
            }
            return text(in, offset, line, column);
        }
        Obj o = early != null ? early : new Obj(in, kind, offset, line, column);
        o.kind = kind;
        String type = p.getString();
        o.slot = tree.reserve();
        o.seen = 1L << kind.index.get("type");
        Optional<String> id = Optional.empty();
        String[] s = new String[2];
        Object[] v = new Object[4];
        List<Inline> content = List.of();
        List<String> numbers = List.of();
        Optional<Revision> revision = Optional.empty();
        Optional<String> o1 = Optional.empty();
        Optional<String> o2 = Optional.empty();
        Optional<String> o3 = Optional.empty();
        Optional<String> author = Optional.empty();
        Optional<String> date = Optional.empty();
        Optional<String> move = Optional.empty();
        Optional<String> target = Optional.empty();
        Optional<Body> optBody = Optional.empty();
        Optional<DocumentKind> optDocument = Optional.empty();
        Optional<SourceSpan> span = Optional.empty();
        Optional<String> namespace = Optional.empty();
        List<UnknownElement.Attribute> attributes = List.of();
        boolean unResolution = type.equals("unResolutionCitation");
        boolean named = type.equals("namedInstrumentCitation");
        for (String n; (n = o.next()) != null; ) {
            switch (n) {
                case "id" -> id = o.optString();
                case "text", "name", "marker", "raw" -> s[0] = o.memberString();
                case "symbol" -> s[1] = o.memberString();
                case "content" -> content = o.list(inlineValue);
                case "namespace" -> namespace = o.optString();
                case "attributes" -> attributes = o.list(this::attribute);
                case "span" -> span = o.span();
                case "author" -> author = o.optString();
                case "date" -> date = o.optString();
                case "move" -> move = o.optString();
                case "target" -> target = o.optString();
                case "document" -> {
                    if (unResolution) {
                        optDocument = o.optEnumeration(DocumentKind.class);
                    } else {
                        v[0] = o.memberEnumeration(DocumentKind.class);
                    }
                }
                case "body" -> {
                    if (unResolution) {
                        v[1] = o.memberEnumeration(Body.class);
                    } else {
                        optBody = o.optEnumeration(Body.class);
                    }
                }
                case "numbers" -> numbers = o.list(this::string);
                case "revision" -> revision = o.opt(this::revision);
                case "brackets" -> v[2] = o.memberEnumeration(Brackets.class);
                case "instrument" -> {
                    if (named) {
                        s[1] = o.memberString();
                    } else {
                        v[3] = o.memberEnumeration(Instrument.class);
                    }
                }
                case "number" -> {
                    if (unResolution) {
                        s[1] = o.memberString();
                    } else {
                        o1 = o.optString();
                    }
                }
                case "article", "annex" -> o2 = o.optString();
                case "paragraph", "appendix" -> o3 = o.optString();
                default -> skip();
            }
        }
        o.check();
        Optional<SourceSpan> sp = o.spanOr(span);
        List<Inline> c = content;
        Optional<String> au = author;
        Optional<String> da = date;
        Optional<String> mo = move;
        Optional<String> ta = target;
        switch (type) {
            case "text":
                o.require("text", s[0]);
                return o.node(Optional.empty(), () -> new Text(s[0]));
            case "anchor":
                o.require("name", s[0]);
                return o.node(id, () -> new Anchor(s[0], sp));
            case "footnoteRef":
                o.require("marker", s[0]);
                return o.node(id, () -> new FootnoteRef(s[0], sp));
            case "footnote":
                o.require("marker", s[0]);
                return o.node(id, () -> new Footnote(s[0], c, sp));
            case "inserted":
                return o.node(id, () -> new Inserted(c, au, da, mo, sp));
            case "deleted":
                return o.node(id, () -> new Deleted(c, au, da, mo, sp));
            case "bracketed":
                return o.node(id, () -> new Bracketed(c, sp));
            case "unrecognized":
                o.require("raw", s[0]);
                return o.node(id, () -> new Unrecognized(s[0], sp));
            case "unknownElement": {
                o.require("name", s[0]);
                String ns = namespace.orElse("");
                List<UnknownElement.Attribute> as = attributes;
                return o.node(id, () -> new UnknownElement(ns, s[0], as, c, sp));
            }
            case "instrumentCitation": {
                o.require("document", v[0]);
                o.require("brackets", v[2]);
                o.require("text", s[0]);
                Optional<Body> b = optBody;
                List<String> nums = numbers;
                Optional<Revision> rev = revision;
                return o.node(
                        id, () -> new InstrumentCitation((DocumentKind) v[0], b, nums, rev, (Brackets) v[2], s[0], sp));
            }
            case "unResolutionCitation": {
                o.require("body", v[1]);
                o.require("number", s[1]);
                o.require("text", s[0]);
                DocumentKind document = optDocument.orElse(DocumentKind.RESOLUTION);
                return o.node(id, () -> new UnResolutionCitation((Body) v[1], document, s[1], ta, s[0], sp));
            }
            case "unDocumentCitation":
                o.require("symbol", s[1]);
                o.require("text", s[0]);
                return o.node(id, () -> new UnDocumentCitation(s[1], ta, s[0], sp));
            case "namedInstrumentCitation":
                o.require("instrument", s[1]);
                o.require("text", s[0]);
                return o.node(id, () -> new NamedInstrumentCitation(s[1], s[0], sp));
            case "provisionCitation": {
                o.require("instrument", v[3]);
                o.require("text", s[0]);
                Optional<String> a = o2;
                Optional<String> nb = o1;
                Optional<String> pa = o3;
                return o.node(id, () -> new ProvisionCitation((Instrument) v[3], a, nb, pa, s[0], sp));
            }
            case "annexCitation": {
                o.require("text", s[0]);
                Optional<String> an = o2;
                Optional<String> ap = o3;
                return o.node(id, () -> new AnnexCitation(an, ap, s[0], sp));
            }
            default:
                o.require("text", s[0]);
                return o.node(id, () -> new OtherCitation(s[0], sp));
        }
    }

    /**
     * A text object (the most common inline), its {@code type} read: what {@link #inline} does
     * for it, without the other types' members (which the text kind reports as unknown anyway).
     */
    private Text text(Obj in, long offset, int line, int column) {
        // {"type": "text", "text": "…"}: no object kept
        JsonToken t = p.nextToken();
        if (t == JsonToken.PROPERTY_NAME && "text".equals(p.currentName())) {
            if (p.nextToken() == JsonToken.VALUE_STRING) {
                String text = p.getString();
                if (p.nextToken() == JsonToken.END_OBJECT && !text.isEmpty()) {
                    return new Text(text);
                }
                // more members (the current token is the next name) or an empty text
                Obj o = new Obj(in, TEXT, offset, line, column);
                o.seen = 1L | 1L << TEXT.indexOf("text");
                o.pending = true;
                return text(o, text);
            }
            // the text is not a string: the general reading takes the value from here
            Obj o = new Obj(in, TEXT, offset, line, column);
            o.seen = 1L | 1L << TEXT.indexOf("text");
            o.name = "text";
            String[] s = {null};
            s[0] = o.memberString();
            return text(o, s[0]);
        }
        Obj o = new Obj(in, TEXT, offset, line, column);
        o.seen = 1L;
        o.pending = true;
        return text(o, null);
    }

    /**
     * @param o the text object, its {@code type} read (and what else {@code o.seen} says)
     * @param text its text if read already, else null
     */
    private Text text(Obj o, String text) {
        if (o.seen == 0) {
            o.seen = 1L; // "type", member 0
        }
        String[] s = {text};
        for (String n; (n = o.next()) != null; ) {
            switch (n) {
                case "id" -> o.optString(); // a text has no identifier; a bad one is reported
                case "text" -> {
                    if (p.currentToken() == JsonToken.VALUE_STRING) {
                        s[0] = p.getString();
                    } else {
                        s[0] = o.memberString();
                    }
                }
                default -> skip();
            }
        }
        o.check();
        o.require("text", s[0]);
        return o.node(Optional.empty(), () -> new Text(s[0]));
    }

    /** Maps an inline object read whole, as the tree reader does (an unknown type is kept as unrecognized). */
    private Inline fallback(JsonTree.Obj obj, Obj in) {
        unchecked = true;
        try {
            return tree.inline(obj, at(in));
        } catch (JsonDecoder.Skip e) {
            throw new Skip();
        }
    }
}

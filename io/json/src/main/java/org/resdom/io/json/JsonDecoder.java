package org.resdom.io.json;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import org.resdom.model.Anchor;
import org.resdom.model.AnnexCitation;
import org.resdom.model.Body;
import org.resdom.model.Bracketed;
import org.resdom.model.Brackets;
import org.resdom.model.Deleted;
import org.resdom.model.DocumentKind;
import org.resdom.model.Footnote;
import org.resdom.model.FootnoteRef;
import org.resdom.model.Inline;
import org.resdom.model.Inserted;
import org.resdom.model.Instrument;
import org.resdom.model.InstrumentCitation;
import org.resdom.model.Located;
import org.resdom.model.NamedInstrumentCitation;
import org.resdom.model.Node;
import org.resdom.model.OtherCitation;
import org.resdom.model.ProvisionCitation;
import org.resdom.model.Resolution;
import org.resdom.model.Revision;
import org.resdom.model.SourceSpan;
import org.resdom.model.Text;
import org.resdom.model.UnDocumentCitation;
import org.resdom.model.UnResolutionCitation;
import org.resdom.model.UnknownElement;
import org.resdom.model.Unrecognized;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.json.JsonFactory;

/**
 * Maps an inline node read as a {@link JsonTree} onto the model: the case {@link JsonStreamDecoder}
 * hands over, where the node's {@code type} is not its first member or is unknown. Every
 * problem becomes a diagnostic naming the JSON path and position; a part that cannot be built is left out (and said so), an inline node of an
 * unknown type is kept as {@link Unrecognized} holding its JSON text.
 */
final class JsonDecoder {

    /** Thrown to abandon the part being built once its error has been reported. */
    static final class Skip extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Skip() {
            super(null, null, false, false);
        }
    }

    /** An identifier a node was given in the input; where it stands is asked only for a warning. */
    interface Declared {
        /** @return the node */
        Node node();

        /** @return the identifier the input gave */
        String id();

        /** @return the JSON path of the {@code id} member */
        String idPath();

        /** @return where the node's object opens */
        JsonTree.Where where();
    }

    private record Fixed(Node node, String id, String idPath, JsonTree.Where where) implements Declared {}

    private final Diagnostics diagnostics;
    private final boolean documentPositions;
    /** The identifiers declared, in the order they were (each node once it is built). */
    private final List<Declared> declared = new ArrayList<>();
    /**
     * Places kept by {@link JsonStreamDecoder} for the nodes that may declare an identifier, in
     * the order their objects open (the document order of {@link Resolution#elements()} for the
     * member order resdom writes); null where none was declared.
     */
    private final List<Declared> inOrder = new ArrayList<>();

    JsonDecoder(Diagnostics diagnostics, boolean documentPositions) {
        this.diagnostics = diagnostics;
        this.documentPositions = documentPositions;
    }

    // ---- objects ---------------------------------------------------------------------------

    /** An object being read: remembers which properties were used, to report the others. */
    private final class O {
        final JsonTree.Obj obj;
        final String path;
        final Set<String> used = new HashSet<>();

        O(JsonTree.Obj obj, String path) {
            this.obj = obj;
            this.path = path;
        }

        String at(String name) {
            return Diagnostics.member(path, name);
        }

        /** The value of a property; empty when absent or null. */
        Optional<JsonTree> get(String name) {
            used.add(name);
            JsonTree.Member m = obj.members().get(name);
            if (m == null || m.value() instanceof JsonTree.Null) {
                return Optional.empty();
            }
            return Optional.of(m.value());
        }

        JsonTree require(String name) {
            return get(name).orElseThrow(() -> {
                diagnostics.error(
                        JsonFormat.MISSING, at(name), obj.where(), "required property \"" + name + "\" is missing");
                return new Skip();
            });
        }

        String string(String name) {
            return asString(require(name), at(name));
        }

        Optional<String> optString(String name) {
            return get(name).flatMap(v -> attempt(() -> asString(v, at(name))));
        }

        boolean bool(String name, boolean absent) {
            Optional<JsonTree> v = get(name);
            if (v.isEmpty()) {
                return absent;
            }
            if (v.get() instanceof JsonTree.Bool b) {
                return b.value();
            }
            throw wrongType(v.get(), at(name), "a boolean");
        }

        int integer(String name) {
            return asInt(require(name), at(name));
        }

        <E extends Enum<E>> E enumeration(String name, Class<E> type) {
            return asEnum(require(name), at(name), type);
        }

        <E extends Enum<E>> Optional<E> optEnumeration(String name, Class<E> type) {
            return get(name).flatMap(v -> attempt(() -> asEnum(v, at(name), type)));
        }

        /** The elements of an array property (absent or null: none); bad elements are left out. */
        <T> List<T> list(String name, BiFunction<JsonTree, String, T> element) {
            Optional<JsonTree> v = get(name);
            if (v.isEmpty()) {
                return List.of();
            }
            if (!(v.get() instanceof JsonTree.Arr arr)) {
                diagnostics.error(
                        JsonFormat.TYPE,
                        at(name),
                        v.get().where(),
                        "expected an array, found " + v.get().kind());
                return List.of();
            }
            List<T> out = new ArrayList<>(arr.items().size());
            for (int i = 0; i < arr.items().size(); i++) {
                String p = Diagnostics.index(at(name), i);
                JsonTree item = arr.items().get(i);
                attempt(() -> element.apply(item, p)).ifPresent(out::add);
            }
            return out;
        }

        Optional<String> id() {
            return optString("id");
        }

        Optional<SourceSpan> span() {
            if (documentPositions) {
                used.add("span");
                return Optional.of(SourceSpan.at(
                        Math.max(1, obj.where().line()), Math.max(1, obj.where().column())));
            }
            Optional<JsonTree> v = get("span");
            if (v.isEmpty()) {
                return Optional.empty();
            }
            return attempt(() -> {
                O s = object(v.get(), at("span"));
                int start = s.integer("startOffset");
                int end = s.integer("endOffset");
                int line = s.integer("line");
                int column = s.integer("column");
                s.finish();
                // the file format says -1 for an unknown offset
                return build(
                        s,
                        () -> start == -1 && end == -1
                                ? SourceSpan.at(line, column)
                                : SourceSpan.of(start, end, line, column));
            });
        }

        /** Reports the properties nobody asked for. */
        void finish() {
            for (Map.Entry<String, JsonTree.Member> e : obj.members().entrySet()) {
                if (!used.contains(e.getKey())) {
                    diagnostics.warning(
                            JsonFormat.UNKNOWN_PROPERTY,
                            at(e.getKey()),
                            e.getValue().where(),
                            "unknown property \"" + e.getKey() + "\" ignored");
                }
            }
        }
    }

    private O object(JsonTree v, String path) {
        if (v instanceof JsonTree.Obj obj) {
            return new O(obj, path);
        }
        throw wrongType(v, path, "an object");
    }

    private Skip wrongType(JsonTree v, String path, String expected) {
        diagnostics.error(JsonFormat.TYPE, path, v.where(), "expected " + expected + ", found " + v.kind());
        return new Skip();
    }

    private String asString(JsonTree v, String path) {
        if (v instanceof JsonTree.Str s) {
            return s.value();
        }
        throw wrongType(v, path, "a string");
    }

    private int asInt(JsonTree v, String path) {
        if (v instanceof JsonTree.Num n && n.integral()) {
            return n.intValue();
        }
        if (v instanceof JsonTree.Num n) {
            diagnostics.error(JsonFormat.TYPE, path, v.where(), "expected an integer (32 bits), found " + n.text());
            throw new Skip();
        }
        throw wrongType(v, path, "an integer");
    }

    private <E extends Enum<E>> E asEnum(JsonTree v, String path, Class<E> type) {
        String s = asString(v, path);
        return JsonNames.decode(type, s).orElseThrow(() -> {
            diagnostics.error(
                    JsonFormat.VALUE, path, v.where(), "\"" + s + "\" is not one of " + JsonNames.allowed(type));
            return new Skip();
        });
    }

    private static <T> Optional<T> attempt(Supplier<T> part) {
        try {
            return Optional.of(part.get());
        } catch (Skip e) {
            return Optional.empty();
        }
    }

    /** Calls a model constructor, turning its refusal into a diagnostic. */
    private <T> T build(O o, Supplier<T> constructor) {
        try {
            return constructor.get();
        } catch (IllegalArgumentException | NullPointerException e) {
            diagnostics.error(JsonFormat.VALUE, o.path, o.obj.where(), e.getMessage());
            throw new Skip();
        }
    }

    private <T extends Node> T node(O o, Optional<String> id, Supplier<T> constructor) {
        T node = build(o, constructor);
        o.finish();
        id.ifPresent(i -> {
            String at = o.at("id");
            declared.add(new Fixed(node, i, at, o.obj.where()));
        });
        return node;
    }

    /** @return a place, in document order, for the identifier a node about to be read may declare */
    int reserve() {
        inOrder.add(null);
        return inOrder.size() - 1;
    }

    /**
     * Remembers an identifier a node was given in the input, checked against the computed one.
     *
     * @param slot the node's place from {@link #reserve()}, or -1
     */
    void declare(int slot, Declared d) {
        declared.add(d);
        if (slot >= 0) {
            inOrder.set(slot, d);
        }
    }

    /** Checks the declared identifiers, when the document read without errors. */
    void checkDeclared(Resolution r) {
        if (!diagnostics.hasErrors() && !declared.isEmpty()) {
            checkIds(r);
        }
    }

    private void checkIds(Resolution r) {
        List<Located<Node>> elements = r.elements();
        // the declarations meet the elements in the same order (as resdom writes), or are looked up by node
        List<Located<Node>> differ = new ArrayList<>();
        List<Declared> differing = new ArrayList<>();
        int k = 0;
        int matched = 0;
        for (Located<Node> l : elements) {
            while (k < inOrder.size() && inOrder.get(k) == null) {
                k++;
            }
            if (k < inOrder.size() && inOrder.get(k).node() == l.node()) {
                Declared d = inOrder.get(k++);
                matched++;
                if (!d.id().equals(l.id())) {
                    differ.add(l);
                    differing.add(d);
                }
            }
        }
        if (matched != declared.size()) {
            differ.clear();
            differing.clear();
            Map<Node, Declared> byNode = new IdentityHashMap<>();
            for (Declared d : declared) {
                byNode.put(d.node(), d);
            }
            for (Located<Node> l : elements) {
                Declared d = byNode.get(l.node());
                if (d != null && !d.id().equals(l.id())) {
                    differ.add(l);
                    differing.add(d);
                }
            }
        }
        for (int i = 0; i < differ.size(); i++) {
            Located<Node> l = differ.get(i);
            Declared d = differing.get(i);
            diagnostics.warning(
                    JsonFormat.ID,
                    d.idPath(),
                    d.where(),
                    "\"" + d.id() + "\" differs from the computed identifier \"" + l.id()
                            + "\"; identifiers are derived from the structure");
        }
    }

    private Revision revision(JsonTree v, String path) {
        O o = object(v, path);
        boolean revised = o.bool("revised", false);
        String place = o.string("place");
        int year = o.integer("year");
        Revision r = build(o, () -> new Revision(revised, place, year));
        o.finish();
        return r;
    }

    /** One attribute of an unknown element. */
    private UnknownElement.Attribute attribute(JsonTree v, String path) {
        O o = object(v, path);
        String namespace = o.optString("namespace").orElse("");
        String name = o.string("name");
        String value = o.string("value");
        UnknownElement.Attribute a = build(o, () -> new UnknownElement.Attribute(namespace, name, value));
        o.finish();
        return a;
    }

    // ---- inline nodes ----------------------------------------------------------------------

    Inline inline(JsonTree v, String path) {
        O o = object(v, path);
        String type = o.string("type");
        Optional<String> id = o.id();
        switch (type) {
            case "text": {
                String text = o.string("text");
                return node(o, Optional.empty(), () -> new Text(text));
            }
            case "anchor": {
                String name = o.string("name");
                Optional<SourceSpan> span = o.span();
                return node(o, id, () -> new Anchor(name, span));
            }
            case "footnoteRef": {
                String marker = o.string("marker");
                Optional<SourceSpan> span = o.span();
                return node(o, id, () -> new FootnoteRef(marker, span));
            }
            case "footnote": {
                String marker = o.string("marker");
                List<Inline> content = o.list("content", this::inline);
                Optional<SourceSpan> span = o.span();
                return node(o, id, () -> new Footnote(marker, content, span));
            }
            case "inserted": {
                List<Inline> content = o.list("content", this::inline);
                Optional<String> author = o.optString("author");
                Optional<String> date = o.optString("date");
                Optional<String> move = o.optString("move");
                Optional<SourceSpan> span = o.span();
                return node(o, id, () -> new Inserted(content, author, date, move, span));
            }
            case "deleted": {
                List<Inline> content = o.list("content", this::inline);
                Optional<String> author = o.optString("author");
                Optional<String> date = o.optString("date");
                Optional<String> move = o.optString("move");
                Optional<SourceSpan> span = o.span();
                return node(o, id, () -> new Deleted(content, author, date, move, span));
            }
            case "bracketed": {
                List<Inline> content = o.list("content", this::inline);
                Optional<SourceSpan> span = o.span();
                return node(o, id, () -> new Bracketed(content, span));
            }
            case "unrecognized": {
                String raw = o.string("raw");
                Optional<SourceSpan> span = o.span();
                return node(o, id, () -> new Unrecognized(raw, span));
            }
            case "unknownElement": {
                String namespace = o.optString("namespace").orElse("");
                String name = o.string("name");
                List<UnknownElement.Attribute> attributes = o.list("attributes", this::attribute);
                List<Inline> content = o.list("content", this::inline);
                Optional<SourceSpan> span = o.span();
                return node(o, id, () -> new UnknownElement(namespace, name, attributes, content, span));
            }
            case "instrumentCitation": {
                DocumentKind document = o.enumeration("document", DocumentKind.class);
                Optional<Body> body = o.optEnumeration("body", Body.class);
                List<String> numbers = o.list("numbers", this::asString);
                Optional<Revision> revision =
                        o.get("revision").flatMap(r -> attempt(() -> revision(r, o.at("revision"))));
                Brackets brackets = o.enumeration("brackets", Brackets.class);
                String text = o.string("text");
                Optional<SourceSpan> span = o.span();
                return node(
                        o, id, () -> new InstrumentCitation(document, body, numbers, revision, brackets, text, span));
            }
            case "unResolutionCitation": {
                Body body = o.enumeration("body", Body.class);
                DocumentKind document =
                        o.optEnumeration("document", DocumentKind.class).orElse(DocumentKind.RESOLUTION);
                String number = o.string("number");
                Optional<String> target = o.optString("target");
                String text = o.string("text");
                Optional<SourceSpan> span = o.span();
                return node(o, id, () -> new UnResolutionCitation(body, document, number, target, text, span));
            }
            case "unDocumentCitation": {
                String symbol = o.string("symbol");
                Optional<String> target = o.optString("target");
                String text = o.string("text");
                Optional<SourceSpan> span = o.span();
                return node(o, id, () -> new UnDocumentCitation(symbol, target, text, span));
            }
            case "namedInstrumentCitation": {
                String instrument = o.string("instrument");
                String text = o.string("text");
                Optional<SourceSpan> span = o.span();
                return node(o, id, () -> new NamedInstrumentCitation(instrument, text, span));
            }
            case "provisionCitation": {
                Instrument instrument = o.enumeration("instrument", Instrument.class);
                Optional<String> article = o.optString("article");
                Optional<String> number = o.optString("number");
                Optional<String> paragraph = o.optString("paragraph");
                String text = o.string("text");
                Optional<SourceSpan> span = o.span();
                return node(o, id, () -> new ProvisionCitation(instrument, article, number, paragraph, text, span));
            }
            case "annexCitation": {
                Optional<String> annex = o.optString("annex");
                Optional<String> appendix = o.optString("appendix");
                String text = o.string("text");
                Optional<SourceSpan> span = o.span();
                return node(o, id, () -> new AnnexCitation(annex, appendix, text, span));
            }
            case "otherCitation": {
                String text = o.string("text");
                Optional<SourceSpan> span = o.span();
                return node(o, id, () -> new OtherCitation(text, span));
            }
            default:
                diagnostics.error(
                        JsonFormat.UNKNOWN_TYPE,
                        o.at("type"),
                        o.obj.members().get("type").where(),
                        "unknown inline type \"" + type + "\"; kept as an unrecognized node");
                return new Unrecognized(toJson(v), Optional.empty());
        }
    }

    private static final JsonFactory FACTORY = new JsonFactory();

    /** Writes a parsed value back as compact JSON, to keep an unknown node's content. */
    static String toJson(JsonTree v) {
        StringWriter w = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(w)) {
            write(g, v);
        }
        return w.toString();
    }

    private static void write(JsonGenerator g, JsonTree v) {
        if (v instanceof JsonTree.Obj o) {
            g.writeStartObject();
            for (Map.Entry<String, JsonTree.Member> e : o.members().entrySet()) {
                g.writeName(e.getKey());
                write(g, e.getValue().value());
            }
            g.writeEndObject();
        } else if (v instanceof JsonTree.Arr a) {
            g.writeStartArray();
            a.items().forEach(i -> write(g, i));
            g.writeEndArray();
        } else if (v instanceof JsonTree.Str s) {
            g.writeString(s.value());
        } else if (v instanceof JsonTree.Num n) {
            g.writeNumber(n.text());
        } else if (v instanceof JsonTree.Bool b) {
            g.writeBoolean(b.value());
        } else {
            g.writeNull();
        }
    }
}

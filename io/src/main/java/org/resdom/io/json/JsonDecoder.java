package org.resdom.io.json;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiFunction;
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
import org.resdom.model.Located;
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
import org.resdom.model.SourceSpan;
import org.resdom.model.Text;
import org.resdom.model.UnResolutionCitation;
import org.resdom.model.UnDocumentCitation;
import org.resdom.model.NamedInstrumentCitation;
import org.resdom.model.Unrecognized;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.json.JsonFactory;

/**
 * Maps a {@link JsonTree} onto the model. Every problem becomes a diagnostic naming the JSON path
 * and position; a part that cannot be built is left out (and said so), an inline node of an
 * unknown type is kept as {@link Unrecognized} holding its JSON text.
 */
final class JsonDecoder {

    /** Thrown to abandon the part being built once its error has been reported. */
    private static final class Skip extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Skip() {
            super(null, null, false, false);
        }
    }

    private record Declared(String id, String path, JsonTree.Where where) {
    }

    private final Diagnostics diagnostics;
    private final boolean documentPositions;
    private final Map<Node, Declared> declared = new IdentityHashMap<>();

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
                diagnostics.error(JsonFormat.MISSING, at(name), obj.where(),
                        "required property \"" + name + "\" is missing");
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
                diagnostics.error(JsonFormat.TYPE, at(name), v.get().where(),
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
                return Optional.of(SourceSpan.at(Math.max(1, obj.where().line()), Math.max(1, obj.where().column())));
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
                return build(s, () -> SourceSpan.of(start, end, line, column));
            });
        }

        /** Reports the properties nobody asked for. */
        void finish() {
            for (Map.Entry<String, JsonTree.Member> e : obj.members().entrySet()) {
                if (!used.contains(e.getKey())) {
                    diagnostics.warning(JsonFormat.UNKNOWN_PROPERTY, at(e.getKey()), e.getValue().where(),
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
            diagnostics.error(JsonFormat.VALUE, path, v.where(),
                    "\"" + s + "\" is not one of " + JsonNames.allowed(type));
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
        id.ifPresent(i -> declared.put(node, new Declared(i, o.at("id"), o.obj.where())));
        return node;
    }

    // ---- the document ----------------------------------------------------------------------

    Resolution resolution(JsonTree root) {
        O o;
        try {
            o = object(root, "$");
        } catch (Skip e) {
            return Resolution.empty(Identity.unknown());
        }
        Optional<JsonTree> format = o.get("format");
        if (format.isEmpty()) {
            diagnostics.error(JsonFormat.FORMAT, o.at("format"), root.where(),
                    "required property \"format\" is missing (expected \"" + JsonFormat.NAME + "\")");
        } else if (!(format.get() instanceof JsonTree.Str s && s.value().equals(JsonFormat.NAME))) {
            diagnostics.error(JsonFormat.FORMAT, o.at("format"), format.get().where(),
                    "expected \"" + JsonFormat.NAME + "\"; this is not a resdom document");
        }
        Optional<JsonTree> version = o.get("version");
        if (version.isEmpty()) {
            diagnostics.error(JsonFormat.VERSION_CODE, o.at("version"), root.where(),
                    "required property \"version\" is missing (expected " + JsonFormat.VERSION + ")");
        } else if (!(version.get() instanceof JsonTree.Num n && n.integral() && n.intValue() == JsonFormat.VERSION)) {
            diagnostics.error(JsonFormat.VERSION_CODE, o.at("version"), version.get().where(),
                    "version " + describe(version.get()) + " is not supported (this reader reads version "
                            + JsonFormat.VERSION + ")");
        }
        Identity identity = attempt(() -> identity(o.require("identity"), o.at("identity")))
                .orElseGet(Identity::unknown);
        Optional<OpeningFormula> formula = o.get("formula")
                .flatMap(v -> attempt(() -> formula(v, o.at("formula"))));
        List<PreambleSection> preamble = o.list("preamble", this::preambleSection);
        List<OperativeSection> operative = o.list("operative", this::operativeSection);
        List<Annex> annexes = o.list("annexes", this::annex);
        Map<String, String> metadata = o.get("metadata").flatMap(v -> attempt(() -> metadata(v, o.at("metadata"))))
                .orElse(Map.of());
        Optional<SourceSpan> span = o.span();
        o.finish();
        Resolution r = new Resolution(identity, formula, preamble, operative, annexes, metadata, span);
        if (!diagnostics.hasErrors() && !declared.isEmpty()) {
            checkIds(r);
        }
        return r;
    }

    private static String describe(JsonTree v) {
        if (v instanceof JsonTree.Num n) {
            return n.text();
        }
        if (v instanceof JsonTree.Str s) {
            return "\"" + s.value() + "\"";
        }
        return v.kind();
    }

    private void checkIds(Resolution r) {
        for (Located<Node> l : r.elements()) {
            Declared d = declared.get(l.node());
            if (d != null && !d.id().equals(l.id())) {
                diagnostics.warning(JsonFormat.ID, d.path(), d.where(),
                        "\"" + d.id() + "\" differs from the computed identifier \"" + l.id()
                                + "\"; identifiers are derived from the structure");
            }
        }
    }

    private Map<String, String> metadata(JsonTree v, String path) {
        O o = object(v, path);
        Map<String, String> out = new TreeMap<>();
        for (String key : o.obj.members().keySet()) {
            o.optString(key).ifPresent(value -> out.put(key, value));
        }
        return out;
    }

    private Identity identity(JsonTree v, String path) {
        O o = object(v, path);
        Body body = o.enumeration("body", Body.class);
        DocumentKind kind = o.enumeration("kind", DocumentKind.class);
        Optional<String> number = o.optString("number");
        Optional<String> heading = o.optString("heading");
        Optional<String> title = o.optString("title");
        Language language = o.enumeration("language", Language.class);
        List<Revision> history = o.list("history", this::revision);
        Identity identity = build(o, () -> new Identity(body, kind, number, heading, title, language, history));
        o.finish();
        return identity;
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

    private OpeningFormula formula(JsonTree v, String path) {
        O o = object(v, path);
        Optional<String> id = o.id();
        List<Inline> content = o.list("content", this::inline);
        Optional<SourceSpan> span = o.span();
        return node(o, id, () -> new OpeningFormula(content, span));
    }

    /** Reads a section's discriminator: required, but a missing one is not fatal. */
    private void sectionType(O o, String expected) {
        Optional<JsonTree> t = o.get("type");
        if (t.isEmpty()) {
            diagnostics.error(JsonFormat.MISSING, o.at("type"), o.obj.where(),
                    "required property \"type\" is missing (expected \"" + expected + "\")");
            return;
        }
        String type = asString(t.get(), o.at("type"));
        if (!type.equals(expected)) {
            diagnostics.error(JsonFormat.UNKNOWN_TYPE, o.at("type"), t.get().where(),
                    "expected \"" + expected + "\" here, found \"" + type + "\"");
            throw new Skip();
        }
    }

    private PreambleSection preambleSection(JsonTree v, String path) {
        O o = object(v, path);
        sectionType(o, "preambleSection");
        Optional<String> id = o.id();
        PreamblePhrase phrase = preamblePhrase(o.require("phrase"), o.at("phrase"));
        boolean runIn = o.bool("runIn", false);
        List<Paragraph> paragraphs = o.list("paragraphs", this::paragraph);
        Optional<SourceSpan> span = o.span();
        return node(o, id, () -> new PreambleSection(phrase, runIn, paragraphs, span));
    }

    private PreamblePhrase preamblePhrase(JsonTree v, String path) {
        O o = object(v, path);
        String text = o.string("text");
        PreambleKind kind = o.enumeration("kind", PreambleKind.class);
        Optional<String> qualifier = o.optString("qualifier");
        PreamblePhrase phrase = build(o, () -> new PreamblePhrase(text, kind, qualifier));
        o.finish();
        return phrase;
    }

    private OperativeSection operativeSection(JsonTree v, String path) {
        O o = object(v, path);
        sectionType(o, "operativeSection");
        Optional<String> id = o.id();
        Optional<OperativePhrase> phrase = o.get("phrase").flatMap(p -> attempt(() -> operativePhrase(p, o.at("phrase"))));
        boolean runIn = o.bool("runIn", false);
        List<Paragraph> paragraphs = o.list("paragraphs", this::paragraph);
        Optional<SourceSpan> span = o.span();
        return node(o, id, () -> new OperativeSection(phrase, runIn, paragraphs, span));
    }

    private OperativePhrase operativePhrase(JsonTree v, String path) {
        O o = object(v, path);
        String text = o.string("text");
        ActionKind action = o.enumeration("action", ActionKind.class);
        Optional<String> qualifier = o.optString("qualifier");
        Optional<String> addressee = o.optString("addressee");
        OperativePhrase phrase = build(o, () -> new OperativePhrase(text, action, qualifier, addressee));
        o.finish();
        return phrase;
    }

    private Annex annex(JsonTree v, String path) {
        O o = object(v, path);
        Optional<String> id = o.id();
        Optional<String> number = o.optString("number");
        String heading = o.string("heading");
        Optional<String> title = o.optString("title");
        List<Paragraph> paragraphs = o.list("paragraphs", this::paragraph);
        Optional<SourceSpan> span = o.span();
        return node(o, id, () -> new Annex(number, heading, title, paragraphs, span));
    }

    private Paragraph paragraph(JsonTree v, String path) {
        O o = object(v, path);
        Optional<String> id = o.id();
        List<Anchor> anchors = o.list("anchors", this::anchor);
        Optional<Label> label = o.get("label").flatMap(l -> attempt(() -> label(l, o.at("label"))));
        List<Inline> content = o.list("content", this::inline);
        List<Paragraph> items = o.list("items", this::paragraph);
        List<Inline> wrapUp = o.list("wrapUp", this::inline);
        Optional<SourceSpan> span = o.span();
        return node(o, id, () -> new Paragraph(anchors, label, content, items, wrapUp, span));
    }

    private Anchor anchor(JsonTree v, String path) {
        Inline i = inline(v, path);
        if (i instanceof Anchor a) {
            return a;
        }
        diagnostics.error(JsonFormat.UNKNOWN_TYPE, Diagnostics.member(path, "type"), v.where(),
                "expected \"anchor\" here, found \"" + JsonNames.type(i) + "\"");
        throw new Skip();
    }

    private Label label(JsonTree v, String path) {
        O o = object(v, path);
        String text = o.string("text");
        LabelStyle style = o.enumeration("style", LabelStyle.class);
        String value = o.string("value");
        Optional<String> suffix = o.optString("suffix");
        String separator = o.string("separator");
        Label label = build(o, () -> new Label(text, style, value, suffix, separator));
        o.finish();
        return label;
    }

    // ---- inline nodes ----------------------------------------------------------------------

    private Inline inline(JsonTree v, String path) {
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
                Optional<SourceSpan> span = o.span();
                return node(o, id, () -> new Inserted(content, span));
            }
            case "deleted": {
                List<Inline> content = o.list("content", this::inline);
                Optional<SourceSpan> span = o.span();
                return node(o, id, () -> new Deleted(content, span));
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
            case "instrumentCitation": {
                DocumentKind document = o.enumeration("document", DocumentKind.class);
                Optional<Body> body = o.optEnumeration("body", Body.class);
                List<String> numbers = o.list("numbers", this::asString);
                Optional<Revision> revision = o.get("revision").flatMap(r -> attempt(() -> revision(r, o.at("revision"))));
                Brackets brackets = o.enumeration("brackets", Brackets.class);
                String text = o.string("text");
                Optional<SourceSpan> span = o.span();
                return node(o, id, () -> new InstrumentCitation(document, body, numbers, revision, brackets, text, span));
            }
            case "unResolutionCitation": {
                Body body = o.enumeration("body", Body.class);
                DocumentKind document = o.optEnumeration("document", DocumentKind.class).orElse(DocumentKind.RESOLUTION);
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
                diagnostics.error(JsonFormat.UNKNOWN_TYPE, o.at("type"), o.obj.members().get("type").where(),
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

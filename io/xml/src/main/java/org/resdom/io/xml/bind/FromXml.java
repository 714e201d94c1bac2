package org.resdom.io.xml.bind;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.resdom.diagnostic.Severity;
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
import org.resdom.model.UnDocumentCitation;
import org.resdom.model.UnResolutionCitation;
import org.resdom.model.UnknownElement;
import org.resdom.model.Unrecognized;

/**
 * Maps binding objects back to the model. Never throws for bad content: what the model
 * refuses is reported to the {@link Sink} and replaced by the closest thing the model accepts,
 * without losing text. One instance per document; not thread-safe.
 */
public final class FromXml {

    /** Receives the diagnostics of the mapping. */
    public interface Sink {
        /**
         * @param code the diagnostic code
         * @param severity its severity
         * @param message the message
         * @param near the binding object (or DOM element) the diagnostic is about, for its position
         */
        void report(String code, Severity severity, String message, Object near);
    }

    private final Sink sink;
    private final Function<Object, SourceSpan> documentPosition;

    private FromXml(Sink sink, Function<Object, SourceSpan> documentPosition) {
        this.sink = sink;
        this.documentPosition = documentPosition;
    }

    /**
     * @param x the root binding
     * @param sink receives diagnostics
     * @return the resolution, with the spans the document carries
     */
    public static Resolution map(XResolution x, Sink sink) {
        return new FromXml(sink, null).resolution(x);
    }

    /**
     * @param x the root binding
     * @param sink receives diagnostics
     * @param documentPosition where each binding object stands in the document; when not null,
     *        nodes get these positions instead of the spans the document carries
     * @return the resolution
     */
    public static Resolution map(XResolution x, Sink sink, Function<Object, SourceSpan> documentPosition) {
        return new FromXml(sink, documentPosition).resolution(x);
    }

    private Resolution resolution(XResolution x) {
        if (x.version != null && !XmlNames.VERSION.equals(x.version)) {
            sink.report("XML-VERSION", Severity.WARNING, "unknown version '" + x.version + "', read as version 1", x);
        }
        Identity identity;
        if (x.identity == null) {
            sink.report("XML-MISSING-ELEMENT", Severity.ERROR, "<resolution> has no <identity>", x);
            identity = Identity.unknown();
        } else {
            identity = identity(x.identity);
        }
        Optional<OpeningFormula> formula =
                Optional.ofNullable(x.formula).map(f -> new OpeningFormula(inlines(f.content, f), span(f)));
        List<PreambleSection> preamble = new ArrayList<>();
        for (XSection s : x.preamble) {
            preamble.add(preamble(s));
        }
        List<OperativeSection> operative = new ArrayList<>();
        for (XSection s : x.operative) {
            operative.add(operative(s));
        }
        List<Annex> annexes = new ArrayList<>();
        for (XAnnex a : x.annexes) {
            annexes.add(annex(a));
        }
        Map<String, String> metadata = new LinkedHashMap<>();
        if (x.metadata != null) {
            for (XMetadata.Entry e : x.metadata.entries) {
                if (e.key == null) {
                    missing(e, "entry", "key");
                    continue;
                }
                String key = unesc(e.key, e);
                if (metadata.containsKey(key)) {
                    sink.report(
                            "XML-DUPLICATE",
                            Severity.WARNING,
                            "metadata key '" + key + "' given twice; the last wins",
                            e);
                }
                metadata.put(key, text(e.content, e));
            }
        }
        return new Resolution(identity, formula, preamble, operative, annexes, metadata, span(x));
    }

    private Identity identity(XIdentity x) {
        Body body = code(x.body, x, "identity", "body", Body.OTHER, c -> Body.fromCode(c));
        DocumentKind kind = code(
                x.kind,
                x,
                "identity",
                "kind",
                DocumentKind.RESOLUTION,
                c -> find(DocumentKind.values(), DocumentKind::code, c));
        Language language =
                code(x.language, x, "identity", "language", Language.UNDETERMINED, c -> Language.fromCode(c));
        List<Revision> history = new ArrayList<>();
        for (XRevision r : x.history) {
            revision(r.revised == null ? "false" : r.revised, r.place, r.year, r, "revision")
                    .ifPresent(history::add);
            if (r.revised == null) {
                missing(r, "revision", "revised");
            }
        }
        return new Identity(
                body,
                kind,
                opt(x.number, x),
                Optional.ofNullable(x.heading).map(h -> text(h.content, h)),
                Optional.ofNullable(x.title).map(t -> text(t.content, t)),
                language,
                history);
    }

    private Optional<Revision> revision(String revised, String place, String year, Object near, String element) {
        if (place == null) {
            missing(near, element, "place");
            return Optional.empty();
        }
        if (year == null) {
            missing(near, element, "year");
            return Optional.empty();
        }
        boolean rev;
        if ("true".equals(revised) || "revised".equals(revised)) {
            rev = true;
        } else if ("false".equals(revised) || "adopted".equals(revised)) {
            rev = false;
        } else {
            bad(near, element, "revision", revised);
            rev = true;
        }
        try {
            return Optional.of(new Revision(rev, unesc(place, near), Integer.parseInt(year.strip())));
        } catch (IllegalArgumentException e) {
            sink.report(
                    "XML-INVALID", Severity.ERROR, "<" + element + "> not a valid revision: " + e.getMessage(), near);
            return Optional.empty();
        }
    }

    private PreambleSection preamble(XSection x) {
        List<Paragraph> paragraphs = paragraphs(x.paragraphs);
        PreamblePhrase phrase;
        if (x.phrase == null) {
            sink.report("XML-MISSING-ELEMENT", Severity.ERROR, "<preamble> has no <phrase>; '?' stands in for it", x);
            phrase = new PreamblePhrase("?", PreambleKind.OTHER, Optional.empty());
        } else {
            String text = nonBlank(text(x.phrase.content, x.phrase), x.phrase, "phrase");
            PreambleKind kind;
            if (x.phrase.kind == null) {
                missing(x.phrase, "phrase", "kind");
                kind = PreamblePhrase.of(text).kind();
            } else {
                kind = code(
                        x.phrase.kind,
                        x.phrase,
                        "phrase",
                        "kind",
                        PreambleKind.OTHER,
                        c -> find(PreambleKind.values(), PreambleKind::camelName, c));
            }
            phrase = new PreamblePhrase(text, kind, opt(x.phrase.qualifier, x.phrase));
        }
        boolean runIn = bool(x.runIn, x, "preamble", "runIn");
        try {
            return new PreambleSection(phrase, runIn, paragraphs, span(x));
        } catch (IllegalArgumentException e) {
            sink.report(
                    "XML-INVALID", Severity.ERROR, "<preamble>: " + e.getMessage() + "; read as runIn=\"false\"", x);
            return new PreambleSection(phrase, false, paragraphs, span(x));
        }
    }

    private OperativeSection operative(XSection x) {
        List<Paragraph> paragraphs = paragraphs(x.paragraphs);
        Optional<OperativePhrase> phrase = Optional.empty();
        if (x.phrase != null) {
            String text = nonBlank(text(x.phrase.content, x.phrase), x.phrase, "phrase");
            ActionKind action;
            if (x.phrase.action == null) {
                missing(x.phrase, "phrase", "action");
                action = OperativePhrase.of(text).action();
            } else {
                action = code(
                        x.phrase.action,
                        x.phrase,
                        "phrase",
                        "action",
                        ActionKind.OTHER,
                        c -> find(ActionKind.values(), ActionKind::camelName, c));
            }
            phrase = Optional.of(new OperativePhrase(
                    text, action, opt(x.phrase.qualifier, x.phrase), opt(x.phrase.addressee, x.phrase)));
        }
        boolean runIn = bool(x.runIn, x, "operative", "runIn");
        try {
            return new OperativeSection(phrase, runIn, paragraphs, span(x));
        } catch (IllegalArgumentException e) {
            sink.report(
                    "XML-INVALID", Severity.ERROR, "<operative>: " + e.getMessage() + "; read as runIn=\"false\"", x);
            return new OperativeSection(phrase, false, paragraphs, span(x));
        }
    }

    private Annex annex(XAnnex x) {
        String heading;
        if (x.heading == null) {
            sink.report("XML-MISSING-ELEMENT", Severity.ERROR, "<annex> has no <heading>; '?' stands in for it", x);
            heading = "?";
        } else {
            heading = nonBlank(text(x.heading.content, x.heading), x.heading, "heading");
        }
        return new Annex(
                opt(x.number, x),
                heading,
                Optional.ofNullable(x.title).map(t -> text(t.content, t)),
                paragraphs(x.paragraphs),
                span(x));
    }

    private List<Paragraph> paragraphs(List<XParagraph> xs) {
        List<Paragraph> out = new ArrayList<>(xs.size());
        for (XParagraph p : xs) {
            out.add(paragraph(p));
        }
        return out;
    }

    private Paragraph paragraph(XParagraph x) {
        List<Anchor> anchors = new ArrayList<>();
        for (XAnchor a : x.anchors) {
            Inline i = anchor(a);
            if (i instanceof Anchor an) {
                anchors.add(an);
            }
        }
        Optional<Label> label = Optional.ofNullable(x.label).flatMap(this::label);
        List<Inline> content = x.content == null ? List.of() : inlines(x.content.content, x.content);
        List<Inline> wrapUp = x.wrapUp == null ? List.of() : inlines(x.wrapUp.content, x.wrapUp);
        return new Paragraph(anchors, label, content, paragraphs(x.items), wrapUp, span(x));
    }

    private Optional<Label> label(XLabel x) {
        if (x.text == null) {
            missing(x, "label", "text");
            return Optional.empty();
        }
        String text = unesc(x.text, x);
        String separator = "\t";
        if (x.separator == null) {
            missing(x, "label", "separator");
        } else {
            separator = unesc(x.separator, x);
        }
        if (text.isBlank()) {
            sink.report("XML-INVALID", Severity.ERROR, "<label> has a blank text; label dropped", x);
            return Optional.empty();
        }
        try {
            Label.of(text, separator);
        } catch (IllegalArgumentException e) {
            // the model decides what a separator may be
            sink.report("XML-INVALID", Severity.ERROR, "<label> separator must be whitespace; a TAB stands in", x);
            separator = "\t";
        }
        if (x.style == null || x.value == null) {
            missing(x, "label", x.style == null ? "style" : "value");
            return Optional.of(Label.of(text, separator));
        }
        LabelStyle style = code(
                x.style,
                x,
                "label",
                "style",
                LabelStyle.OTHER,
                c -> find(LabelStyle.values(), s -> s.name().toLowerCase(Locale.ROOT), c));
        return Optional.of(new Label(text, style, unesc(x.value, x), opt(x.suffix, x), separator));
    }

    /** Inline content: text with escapes, then elements. */
    private List<Inline> inlines(List<Object> content, Object near) {
        List<Inline> out = new ArrayList<>();
        StringBuilder pending = new StringBuilder();
        for (Object o : content) {
            if (o instanceof String s) {
                pending.append(s);
            } else if (o instanceof XChar c) {
                appendChar(c, pending, near);
            } else {
                if (pending.length() > 0) {
                    out.add(Text.of(pending.toString()));
                    pending.setLength(0);
                }
                Inline i = inline(o, near);
                if (i != null) {
                    out.add(i);
                }
            }
        }
        if (pending.length() > 0) {
            out.add(Text.of(pending.toString()));
        }
        return Inline.normalize(out);
    }

    private void appendChar(XChar c, StringBuilder sb, Object near) {
        int code = XmlChars.code(c.code);
        if (code < 0) {
            sink.report(
                    c.code == null ? "XML-MISSING-ATTRIBUTE" : "XML-BAD-VALUE",
                    Severity.ERROR,
                    "<char> needs a code of one to four hexadecimal digits, not '" + c.code + "'",
                    c);
        } else {
            sb.append((char) code);
        }
    }

    /** Text content: character data and escapes only. */
    private String text(List<Object> content, Object near) {
        StringBuilder sb = new StringBuilder();
        for (Object o : content) {
            if (o instanceof String s) {
                sb.append(s);
            } else if (o instanceof XChar c) {
                appendChar(c, sb, near);
            }
        }
        return sb.toString();
    }

    private Inline inline(Object o, Object near) {
        if (o instanceof XAnchor a) {
            return anchor(a);
        } else if (o instanceof XNoteRef f) {
            if (f.marker == null) {
                missing(f, "noteRef", "marker");
                return null;
            }
            return attempt(f, () -> new FootnoteRef(unesc(f.marker, f), span(f)), "");
        } else if (o instanceof XFootnote f) {
            List<Inline> content = inlines(f.content, f);
            if (f.marker == null) {
                missing(f, "footnote", "marker");
                return fallback(content, f);
            }
            Footnote fn = attempt(f, () -> new Footnote(unesc(f.marker, f), content, span(f)), "");
            return fn != null ? fn : fallback(content, f);
        } else if (o instanceof XIns m) {
            return new Inserted(inlines(m.content, m), opt(m.author, m), opt(m.date, m), opt(m.move, m), span(m));
        } else if (o instanceof XDel m) {
            return new Deleted(inlines(m.content, m), opt(m.author, m), opt(m.date, m), opt(m.move, m), span(m));
        } else if (o instanceof XBracket m) {
            return new Bracketed(inlines(m.content, m), span(m));
        } else if (o instanceof XUnrecognized u) {
            String raw = text(u.content, u);
            if (raw.isEmpty()) {
                sink.report("XML-INVALID", Severity.WARNING, "empty <unrecognized> dropped", u);
                return null;
            }
            return new Unrecognized(raw, span(u));
        } else if (o instanceof XUnknown u) {
            return unknown(u, near);
        } else if (o instanceof XText t) {
            return citation(t);
        } else if (o instanceof org.w3c.dom.Element e) {
            String name =
                    e.getNamespaceURI() == null ? e.getLocalName() : "{" + e.getNamespaceURI() + "}" + e.getLocalName();
            String raw = e.getTextContent();
            sink.report(
                    "XML-UNKNOWN-ELEMENT",
                    Severity.WARNING,
                    "unknown inline element " + name
                            + (raw.isEmpty() ? " dropped (it holds no text)" : " read as unrecognized text"),
                    near);
            return raw.isEmpty() ? null : Unrecognized.of(raw);
        }
        sink.report(
                "XML-UNKNOWN-ELEMENT",
                Severity.WARNING,
                "unexpected content " + o.getClass().getSimpleName() + " ignored",
                near);
        return null;
    }

    private Inline unknown(XUnknown u, Object near) {
        List<Inline> content = u.content == null ? List.of() : inlines(u.content.content, u);
        if (u.name == null) {
            missing(u, "unknown", "name");
            return fallback(content, u);
        }
        List<UnknownElement.Attribute> attributes = new ArrayList<>();
        for (XUnknown.XAttribute a : u.attributes) {
            if (a.name == null || a.value == null) {
                missing(u, "attribute", a.name == null ? "name" : "value");
                continue;
            }
            UnknownElement.Attribute made = attempt(
                    u,
                    () -> new UnknownElement.Attribute(
                            a.namespace == null ? "" : unesc(a.namespace, u), a.name, unesc(a.value, u)),
                    "");
            if (made != null) {
                attributes.add(made);
            }
        }
        String namespace = u.namespace == null ? "" : unesc(u.namespace, u);
        UnknownElement e = attempt(u, () -> new UnknownElement(namespace, u.name, attributes, content, span(u)), "");
        return e != null ? e : fallback(content, u);
    }

    private Inline anchor(XAnchor a) {
        if (a.name == null) {
            missing(a, "anchor", "name");
            return null;
        }
        return attempt(a, () -> new Anchor(unesc(a.name, a), span(a)), "");
    }

    private Inline citation(XText x) {
        String text = text(x.content, x);
        String element;
        java.util.function.Supplier<Inline> make;
        if (x instanceof XInstrumentCitation c) {
            element = "instrumentCitation";
            make = () -> {
                DocumentKind document = required(
                        c.document, c, element, "document", v -> find(DocumentKind.values(), DocumentKind::code, v));
                Optional<Body> body = c.body == null
                        ? Optional.empty()
                        : Optional.of(code(c.body, c, element, "body", Body.OTHER, Body::fromCode));
                if (c.numbers == null) {
                    missing(c, element, "numbers");
                    return null;
                }
                List<String> numbers = new ArrayList<>();
                for (String n : c.numbers.strip().split("[ \t\r\n]+")) {
                    if (!n.isEmpty()) {
                        numbers.add(unesc(n, c));
                    }
                }
                Optional<Revision> revision =
                        c.revision == null ? Optional.empty() : revision(c.revision, c.place, c.year, c, element);
                Brackets brackets = c.brackets == null
                        ? Brackets.NONE
                        : code(
                                c.brackets,
                                c,
                                element,
                                "brackets",
                                Brackets.NONE,
                                v -> find(Brackets.values(), b -> b.name().toLowerCase(Locale.ROOT), v));
                return document == null
                        ? null
                        : new InstrumentCitation(document, body, numbers, revision, brackets, text, span(c));
            };
        } else if (x instanceof XUnResolutionCitation c) {
            element = "unResolutionCitation";
            make = () -> {
                Body body = required(c.body, c, element, "body", Body::fromCode);
                if (c.number == null) {
                    missing(c, element, "number");
                    return null;
                }
                DocumentKind document = c.document == null
                        ? DocumentKind.RESOLUTION
                        : required(
                                c.document,
                                c,
                                element,
                                "document",
                                v -> find(DocumentKind.values(), DocumentKind::code, v));
                return body == null || document == null
                        ? null
                        : new UnResolutionCitation(body, document, unesc(c.number, c), opt(c.target, c), text, span(c));
            };
        } else if (x instanceof XUnDocumentCitation c) {
            element = "unDocumentCitation";
            make = () -> {
                if (c.symbol == null) {
                    missing(c, element, "symbol");
                    return null;
                }
                return new UnDocumentCitation(unesc(c.symbol, c), opt(c.target, c), text, span(c));
            };
        } else if (x instanceof XNamedInstrumentCitation c) {
            element = "namedInstrumentCitation";
            make = () -> {
                if (c.instrument == null) {
                    missing(c, element, "instrument");
                    return null;
                }
                return new NamedInstrumentCitation(unesc(c.instrument, c), text, span(c));
            };
        } else if (x instanceof XProvisionCitation c) {
            element = "provisionCitation";
            make = () -> {
                Instrument instrument = required(
                        c.instrument,
                        c,
                        element,
                        "instrument",
                        v -> find(Instrument.values(), i -> i.name().toLowerCase(Locale.ROOT), v));
                return instrument == null
                        ? null
                        : new ProvisionCitation(
                                instrument, opt(c.article, c), opt(c.number, c), opt(c.paragraph, c), text, span(c));
            };
        } else if (x instanceof XAnnexCitation c) {
            element = "annexCitation";
            make = () -> new AnnexCitation(opt(c.annex, c), opt(c.appendix, c), text, span(c));
        } else {
            element = "otherCitation";
            make = () -> new OtherCitation(text, span(x));
        }
        Inline made = attempt(x, make, element);
        if (made != null) {
            return made;
        }
        if (!text.isBlank()) {
            sink.report("XML-INVALID", Severity.WARNING, "<" + element + "> read as <otherCitation>", x);
            return new OtherCitation(text, span(x));
        }
        return text.isEmpty() ? null : Text.of(text);
    }

    private <T> T attempt(Object near, java.util.function.Supplier<T> make, String element) {
        try {
            return make.get();
        } catch (IllegalArgumentException | NullPointerException e) {
            sink.report(
                    "XML-INVALID",
                    Severity.ERROR,
                    (element.isEmpty() ? "" : "<" + element + "> ") + "refused by the model: " + e.getMessage(),
                    near);
            return null;
        }
    }

    /** Keeps the content of an element the model refused. */
    private Inline fallback(List<Inline> content, Object near) {
        return content.isEmpty() ? null : new Bracketed(content, span(near));
    }

    private <E> E required(
            String value, Object near, String element, String attribute, Function<String, Optional<E>> parse) {
        if (value == null) {
            missing(near, element, attribute);
            return null;
        }
        Optional<E> e = parse.apply(value);
        if (e.isEmpty()) {
            bad(near, element, attribute, value);
            return null;
        }
        return e.get();
    }

    private <E> E code(
            String value,
            Object near,
            String element,
            String attribute,
            E fallback,
            Function<String, Optional<E>> parse) {
        if (value == null) {
            missing(near, element, attribute);
            return fallback;
        }
        Optional<E> e = parse.apply(value);
        if (e.isEmpty()) {
            bad(near, element, attribute, value);
            return fallback;
        }
        return e.get();
    }

    private static <E> Optional<E> find(E[] values, Function<E, String> code, String value) {
        for (E e : values) {
            if (code.apply(e).equals(value)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    private boolean bool(String value, Object near, String element, String attribute) {
        if (value == null || value.equals("false") || value.equals("0")) {
            return false;
        }
        if (value.equals("true") || value.equals("1")) {
            return true;
        }
        bad(near, element, attribute, value);
        return false;
    }

    private String nonBlank(String text, Object near, String element) {
        if (text.isBlank()) {
            sink.report(
                    "XML-INVALID", Severity.ERROR, "<" + element + "> must not be blank; '?' stands in for it", near);
            return text.isEmpty() ? "?" : text + "?";
        }
        return text;
    }

    private Optional<String> opt(String value, Object near) {
        return value == null ? Optional.empty() : Optional.of(unesc(value, near));
    }

    private String unesc(String value, Object near) {
        return XmlChars.unescape(
                value,
                () -> sink.report(
                        "XML-BAD-ESCAPE",
                        Severity.WARNING,
                        "a backslash not followed by \\ or uXXXX in '" + value + "' is kept as it is",
                        near));
    }

    private void missing(Object near, String element, String attribute) {
        sink.report(
                "XML-MISSING-ATTRIBUTE", Severity.ERROR, "<" + element + "> needs the attribute " + attribute, near);
    }

    private void bad(Object near, String element, String attribute, String value) {
        sink.report(
                "XML-BAD-VALUE",
                Severity.ERROR,
                "<" + element + "> " + attribute + "=\"" + value + "\" is not a known value",
                near);
    }

    private Optional<SourceSpan> span(Object o) {
        if (documentPosition != null) {
            return Optional.ofNullable(documentPosition.apply(o));
        }
        if (!(o instanceof XNode x) || (x.line == null && x.column == null && x.start == null && x.end == null)) {
            return Optional.empty();
        }
        try {
            int line = Integer.parseInt(String.valueOf(x.line).strip());
            int column = Integer.parseInt(String.valueOf(x.column).strip());
            java.util.OptionalInt start = x.start == null
                    ? java.util.OptionalInt.empty()
                    : java.util.OptionalInt.of(Integer.parseInt(x.start.strip()));
            java.util.OptionalInt end = x.end == null
                    ? java.util.OptionalInt.empty()
                    : java.util.OptionalInt.of(Integer.parseInt(x.end.strip()));
            return Optional.of(new SourceSpan(start, end, line, column));
        } catch (IllegalArgumentException e) {
            sink.report(
                    "XML-BAD-VALUE",
                    Severity.WARNING,
                    "source span (line, column, start, end) not valid, dropped: " + e.getMessage(),
                    o);
            return Optional.empty();
        }
    }
}

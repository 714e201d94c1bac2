package org.resdom.io.akn;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.resdom.cite.Links;
import org.resdom.cite.Recognizer;
import org.resdom.diagnostic.Diagnostic;
import org.resdom.diagnostic.DiagnosticSink;
import org.resdom.diagnostic.Severity;
import org.resdom.io.ReadLimits;
import org.resdom.io.ReadResult;
import org.resdom.lang.PhraseBook;
import org.resdom.lang.PhraseMatch;
import org.resdom.model.ActionKind;
import org.resdom.model.Anchor;
import org.resdom.model.Annex;
import org.resdom.model.AnnexCitation;
import org.resdom.model.Body;
import org.resdom.model.Bracketed;
import org.resdom.model.Brackets;
import org.resdom.model.Citation;
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

/** One read of one Akoma Ntoso document (not thread-safe; a new one per read). */
final class AknParser {

    private static final Set<String> DOC_TYPES = Set.of(
            "statement",
            "act",
            "bill",
            "doc",
            "debate",
            "debateReport",
            "judgment",
            "amendment",
            "amendmentList",
            "officialGazette",
            "documentCollection",
            "portion");
    private static final Set<String> HIER = Set.of(
            "paragraph",
            "subparagraph",
            "point",
            "item",
            "indent",
            "alinea",
            "recital",
            "citation",
            "clause",
            "subclause",
            "article",
            "section",
            "subsection",
            "rule",
            "subrule",
            "list",
            "level");
    private static final Set<String> FLATTEN = Set.of(
            "i",
            "b",
            "u",
            "sup",
            "sub",
            "span",
            "inline",
            "docDate",
            "date",
            "location",
            "person",
            "organization",
            "term",
            "abbr",
            "concept",
            "entity",
            "def",
            "docTitle",
            "docNumber",
            "docType",
            "docAuthority",
            "docStatus",
            "docProponent",
            "docStage",
            "docPurpose",
            "docCommittee",
            "docIntroducer",
            "docJurisdiction",
            "session",
            "event",
            "shortTitle",
            "role",
            "quantity",
            "time",
            "object",
            "process",
            "mref",
            "rref",
            "quotedText",
            "outcome",
            "vote",
            "legislature",
            "affectedDocument",
            "relatedDocument",
            "signature",
            "recordedTime",
            "from",
            "narrative",
            "summary",
            "opinion",
            "argument",
            "judge",
            "party",
            "lawyer",
            "courtType",
            "neutralCitation",
            "mmod",
            "change",
            "decoration",
            "fillIn");
    private static final Set<String> BREAKS = Set.of("eol", "eop", "br");
    /** A paragraph number typed before the text: leading space, the number, the whitespace after it. */
    /** A short label typed before a paragraph's text: {@code a) }, {@code (ii) }, {@code 3. }. */
    private static final java.util.regex.Pattern TYPED_LABEL =
            java.util.regex.Pattern.compile("(\\s*)(\\(?[\\p{L}\\d]{1,5}[).]?)([\\t\\u00A0 ]+)(?=\\S|$)");

    private static final java.util.regex.Pattern TYPED_NUMBER =
            java.util.regex.Pattern.compile("(\\s*)(\\d{1,4})([\\t\\u00A0 ]+)(?=\\S)");
    private static final java.util.regex.Pattern DIGITS_DASH_DIGITS = java.util.regex.Pattern.compile("\\d+-\\d+");

    private final ReadLimits limits;
    private final DiagnosticSink diagnostics;
    private XMLStreamReader x;
    private int depth;
    private boolean resdom;
    /** Whether model values in attributes use backslash escapes (declared on {@code rd:resdom}). */
    private boolean escapes;

    // identity, foreign
    private Body body;
    private DocumentKind kind = DocumentKind.RESOLUTION;
    private String number;
    private String frbrNumber;
    private String iriNumber;
    private String heading;
    private String title;
    private String frbrName;
    private Language language;
    // identity, resdom
    private Identity rdIdentity;
    private final Map<String, String> foreignMeta = new TreeMap<>();
    private final Map<String, String> rdMeta = new TreeMap<>();
    private final Map<String, Map<String, String>> labels = new HashMap<>();
    private final Map<String, SourceSpan> positions = new HashMap<>();
    private final Map<String, Map<String, String>> phrases = new HashMap<>();
    private final Map<String, CiteSpec> cites = new HashMap<>();
    private final Map<String, Footnote> movedBodies = new HashMap<>();
    private final Set<String> skippedMeta = new TreeSet<>();
    private final Map<String, Integer> counters = new HashMap<>();
    private int flattened;
    /** Where the texts read stand in the source (foreign files: citations get their own positions). */
    private TextSpans textSpans;

    private OpeningFormula formula;
    private final List<PreambleSection> preamble = new ArrayList<>();
    private final List<OperativeSection> operative = new ArrayList<>();
    private final List<Annex> annexes = new ArrayList<>();

    private record CiteSpec(Map<String, String> attrs, List<String> numbers, Revision revision) {}

    /** Anchors found before a paragraph's label (resdom's leading anchors). */
    private static final class Ctx {
        final List<Anchor> anchors = new ArrayList<>();
        final Map<String, String> captured = new HashMap<>();
    }

    /** A read {@code <p>}: its class and eId, the leading italic phrase if asked for, and its content. */
    private record PRead(String cls, String eId, String phrase, List<Inline> content) {}

    /** Stops the read: a limit, a DOCTYPE. */
    private static final class Abort extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final String code;

        Abort(String code, String message) {
            super(message, null, false, false);
            this.code = code;
        }
    }

    @FunctionalInterface
    private interface Child {
        void at(String local, String ns) throws XMLStreamException;
    }

    /**
     * The one StAX factory, configured once (no DTDs, no external entities) and never changed
     * after: creating readers from it is then safe from any number of threads.
     */
    private static final XMLInputFactory FACTORY = factory();

    /** @return the StAX factory the reader falls back to (package-private: tests compare against it) */
    static XMLInputFactory staxFactory() {
        return FACTORY;
    }

    private static XMLInputFactory factory() {
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        return org.resdom.io.internal.XmlNameLimit.apply(f);
    }

    AknParser(ReadLimits limits) {
        this.limits = limits;
        this.diagnostics = DiagnosticSink.of(limits.maxDiagnostics());
    }

    // ---------------------------------------------------------------- driver

    ReadResult run(Reader in) throws IOException {
        Counting counting = new Counting(in, limits.maxChars());
        textSpans = new TextSpans(counting.seen);
        try {
            x = FACTORY.createXMLStreamReader(counting);
            root();
        } catch (Abort a) {
            error(a.code, a.getMessage());
        } catch (XMLStreamException e) {
            if (counting.exceeded) {
                error("IO-LIMIT", "input longer than " + limits.maxChars() + " characters; the rest was not read");
            } else {
                Location l = e.getLocation();
                String msg = e.getMessage() == null ? "malformed XML" : e.getMessage();
                int nl = msg.indexOf("\nMessage: ");
                add(new Diagnostic(
                        "AKN-MALFORMED",
                        Severity.ERROR,
                        org.resdom.io.internal.XmlMessages.parserLimit(nl >= 0 ? msg.substring(nl + 10) : msg),
                        Optional.empty(),
                        l == null || l.getLineNumber() < 1
                                ? Optional.empty()
                                : Optional.of(SourceSpan.at(l.getLineNumber(), Math.max(1, l.getColumnNumber())))));
            }
        } catch (RuntimeException e) {
            error("AKN-INTERNAL", "could not read the document: " + e);
        } finally {
            if (x != null) {
                try {
                    x.close();
                } catch (XMLStreamException ignored) {
                    // nothing more to report
                }
            }
        }
        if (counting.ioError != null) {
            throw counting.ioError;
        }
        return finish();
    }

    /**
     * Reads a document held as UTF-8 bytes with resdom's own XML parser ({@link
     * org.resdom.io.internal.Utf8XmlReader}), which gives the events StAX gives.
     *
     * @param bytes UTF-8 (bytes that are not: null), at most {@link ReadLimits#maxChars()} characters
     * @param length how many of the bytes hold the document
     * @return the document and diagnostics, or null when the input is to be read with StAX
     *     instead (with a new parser): it is not well-formed, or holds what the byte parser leaves
     *     to StAX (a DOCTYPE, an encoding declared other than UTF-8, names outside ASCII …), so
     *     that the result and the diagnostics are those of StAX
     */
    ReadResult run(byte[] bytes, int length) {
        org.resdom.io.internal.Utf8XmlReader r = org.resdom.io.internal.Utf8XmlReader.open(bytes, length);
        if (r == null) {
            return null;
        }
        textSpans = new TextSpans(new Utf8Source(bytes, length));
        x = r;
        try {
            root();
        } catch (Abort a) {
            error(a.code, a.getMessage());
        } catch (XMLStreamException | RuntimeException e) {
            return null;
        }
        // the parser checked the bytes it read; bytes after them that are not UTF-8: read with StAX, which reports them
        boolean utf8 = org.resdom.io.internal.Utf8Bytes.wellFormed(bytes, r.position(), length);
        return r.supported() && utf8 ? finish() : null;
    }

    private ReadResult finish() {
        if (!skippedMeta.isEmpty()) {
            info("AKN-META-SKIPPED", "metadata not kept: " + String.join(", ", skippedMeta));
        }
        if (flattened > 0 && !resdom) {
            info("AKN-FORMATTING", flattened + " formatting or semantic inline elements flattened to their text");
        }
        return new ReadResult(resolution(), diagnostics.diagnostics());
    }

    private Resolution resolution() {
        Identity identity;
        if (resdom && rdIdentity != null) {
            identity = new Identity(
                    rdIdentity.body(),
                    rdIdentity.kind(),
                    rdIdentity.number(),
                    Optional.ofNullable(heading),
                    Optional.ofNullable(title),
                    rdIdentity.language(),
                    rdIdentity.history());
        } else {
            Body b = body == null ? Body.OTHER : body;
            String n = number != null ? number : frbrNumber != null ? frbrNumber : iriNumber;
            if (n != null
                    && (b == Body.UN_GA || b == Body.UN_HRC)
                    && DIGITS_DASH_DIGITS.matcher(n).matches()) {
                n = n.replace('-', '/');
            }
            String t = title != null ? title : frbrName;
            identity = new Identity(
                    b,
                    kind,
                    Optional.ofNullable(blankToNull(n)),
                    Optional.ofNullable(heading),
                    Optional.ofNullable(blankToNull(t)),
                    language == null ? Language.UNDETERMINED : language,
                    List.of());
        }
        Resolution r = new Resolution(
                identity,
                Optional.ofNullable(formula),
                preamble,
                operative,
                annexes,
                resdom ? resdomMetadata() : foreignMeta,
                Optional.empty());
        return positions.isEmpty() ? r : SourcePositions.apply(r, positions);
    }

    // ---------------------------------------------------------------- low level

    private int next() throws XMLStreamException {
        int e = x.next();
        if (e == XMLStreamConstants.START_ELEMENT) {
            depth++;
            if (depth > limits.maxMarkupDepth()) {
                throw new Abort(
                        "IO-LIMIT", "elements nested deeper than " + limits.describeMarkupDepth() + " at " + where());
            }
        } else if (e == XMLStreamConstants.END_ELEMENT) {
            depth--;
        } else if (e == XMLStreamConstants.DTD) {
            throw new Abort("AKN-DOCTYPE", "a DOCTYPE is not allowed (DTDs and entities are refused) at " + where());
        } else if (e == XMLStreamConstants.ENTITY_REFERENCE) {
            warn("AKN-ENTITY", "undeclared entity reference &" + x.getLocalName() + "; ignored");
        }
        return e;
    }

    private String where() {
        Location l = x.getLocation();
        return l.getLineNumber() + ":" + l.getColumnNumber();
    }

    private Optional<SourceSpan> span() {
        Location l = x.getLocation();
        return l == null || l.getLineNumber() < 1
                ? Optional.empty()
                : Optional.of(SourceSpan.at(l.getLineNumber(), Math.max(1, l.getColumnNumber())));
    }

    private void add(Diagnostic d) {
        diagnostics.add(d);
    }

    private void diag(String code, Severity s, String message) {
        add(new Diagnostic(code, s, message, Optional.empty(), x == null ? Optional.empty() : span()));
    }

    private void error(String code, String message) {
        diag(code, Severity.ERROR, message);
    }

    private void warn(String code, String message) {
        diag(code, Severity.WARNING, message);
    }

    private void info(String code, String message) {
        diag(code, Severity.INFO, message);
    }

    private Optional<String> rdValue(String name) {
        String v = x.getAttributeValue(Akn.RD, name);
        return v == null ? Optional.empty() : Optional.of(escapes ? unescape(v) : v);
    }

    private String attr(String name) {
        return x.getAttributeValue(null, name);
    }

    private Map<String, String> attrs() {
        int n = x.getAttributeCount();
        Map<String, String> m = new FactAttributes(n);
        for (int i = 0; i < n; i++) {
            m.put(x.getAttributeLocalName(i), x.getAttributeValue(i));
        }
        return m;
    }

    /**
     * An attribute that holds a model value: in a resdom file that declares escapes, with its
     * backslash escapes undone; else as written.
     */
    private String value(String name) {
        String v = attr(name);
        return v == null || !escapes ? v : unescape(v);
    }

    /** All attributes of a resdom fact element, escapes undone (see {@link #value(String)}). */
    private Map<String, String> rdAttrs() {
        Map<String, String> m = attrs();
        if (escapes) {
            m.replaceAll((k, v) -> unescape(v));
        }
        return m;
    }

    /**
     * Undoes the writer's attribute escapes: {@code \\} is a backslash, {@code \}{@code uXXXX}
     * a UTF-16 code unit. Any other backslash is kept as it is, and reported.
     */
    private String unescape(String v) {
        if (v.indexOf('\\') < 0) {
            return v;
        }
        StringBuilder sb = new StringBuilder(v.length());
        boolean bad = false;
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c != '\\') {
                sb.append(c);
            } else if (i + 1 < v.length() && v.charAt(i + 1) == '\\') {
                sb.append('\\');
                i++;
            } else if (i + 5 < v.length()
                    && v.charAt(i + 1) == 'u'
                    && Akn.charCode("U+" + v.substring(i + 2, i + 6)) >= 0) {
                sb.append((char) Akn.charCode("U+" + v.substring(i + 2, i + 6)));
                i += 5;
            } else {
                sb.append(c);
                bad = true;
            }
        }
        if (bad) {
            warn("AKN-BAD-ESCAPE", "a backslash not followed by \\ or uXXXX kept as it is: " + v);
        }
        return sb.toString();
    }

    /** @return whether the current start element is resdom's {@code <inline name="resdomChar">} (in a resdom file) */
    private boolean isChar() {
        return resdom && "inline".equals(x.getLocalName()) && Akn.NAME_CHAR.equals(attr("name"));
    }

    /** @return the code unit of the current {@code resdomChar}, or -1 (reported) when its title is not {@code U+XXXX} */
    private int charCode() {
        int c = Akn.charCode(attr("title"));
        if (c < 0) {
            warn("AKN-RESDOM", "unreadable character code '" + attr("title") + "' ignored");
        }
        return c;
    }

    private boolean hasClass(String cls) {
        String c = attr("class");
        if (c == null) {
            return false;
        }
        return hasToken(c, cls);
    }

    /**
     * Whether a class list holds a class: {@code cls} is one of the words of {@code classes}
     * split at runs of {@code [ \t\n\x0B\f\r]} (what {@code classes.trim().split("\\s+")}
     * gives), found without a regular expression.
     */
    static boolean hasToken(String classes, String cls) {
        String c = classes.trim();
        int n = c.length();
        int i = 0;
        while (i <= n) {
            int e = i;
            while (e < n && !regexSpace(c.charAt(e))) {
                e++;
            }
            if (e - i == cls.length() && c.startsWith(cls, i)) {
                return true;
            }
            if (e == n) {
                return false;
            }
            i = e + 1;
            while (i < n && regexSpace(c.charAt(i))) {
                i++;
            }
        }
        return false;
    }

    /** {@code \\s} of a regular expression without flags. */
    private static boolean regexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** Visits the child elements of the current element; each visitor must consume its element. */
    private void children(Child visitor) throws XMLStreamException {
        while (true) {
            int e = next();
            switch (e) {
                case XMLStreamConstants.START_ELEMENT -> visitor.at(x.getLocalName(), x.getNamespaceURI());
                case XMLStreamConstants.END_ELEMENT -> {
                    return;
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> {
                    if (!blank()) {
                        unplaced("text", x.getText());
                    }
                }
                case XMLStreamConstants.END_DOCUMENT ->
                    throw new XMLStreamException("unexpected end of document", x.getLocation());
                default -> {}
            }
        }
    }

    /** Consumes the current element and returns all the text in it. */
    private String textOf() throws XMLStreamException {
        StringBuilder sb = new StringBuilder();
        int d = depth;
        while (true) {
            int e = next();
            if (e == XMLStreamConstants.CHARACTERS || e == XMLStreamConstants.CDATA || e == XMLStreamConstants.SPACE) {
                sb.append(x.getText());
            } else if (e == XMLStreamConstants.START_ELEMENT && BREAKS.contains(x.getLocalName())) {
                sb.append(' ');
            } else if (e == XMLStreamConstants.START_ELEMENT && isChar()) {
                int c = charCode();
                if (c >= 0) {
                    sb.append((char) c);
                }
            } else if (e == XMLStreamConstants.END_ELEMENT && depth < d) {
                return sb.toString();
            } else if (e == XMLStreamConstants.END_DOCUMENT) {
                throw new XMLStreamException("unexpected end of document", x.getLocation());
            }
        }
    }

    /**
     * Consumes the current element as {@link #textOf()} does (the same events, the same
     * diagnostics for unreadable resdom characters), without building its text.
     */
    private void skip() throws XMLStreamException {
        int d = depth;
        while (true) {
            int e = next();
            if (e == XMLStreamConstants.START_ELEMENT && isChar()) {
                charCode();
            } else if (e == XMLStreamConstants.END_ELEMENT && depth < d) {
                return;
            } else if (e == XMLStreamConstants.END_DOCUMENT) {
                throw new XMLStreamException("unexpected end of document", x.getLocation());
            }
        }
    }

    /** The current text without its first character when that is a space (decoded without it), else null. */
    private String textAfterSpace() {
        if (x instanceof org.resdom.io.internal.Utf8XmlReader u) {
            return u.textAfterSpace();
        }
        String t = x.getText();
        return t.startsWith(" ") ? t.substring(1) : null;
    }

    /**
     * Whether the current text event is blank ({@link String#isBlank()}), told from the bytes by
     * resdom's own parser without decoding the text.
     */
    private boolean blank() {
        return x instanceof org.resdom.io.internal.Utf8XmlReader u
                ? u.isWhiteSpace()
                : x.getText().isBlank();
    }

    private void unplaced(String what, String text) {
        String t = collapse(text).strip();
        warn(
                "AKN-UNPLACED",
                what + " the reader cannot place, kept in metadata: "
                        + (t.length() > 60 ? t.substring(0, 60) + "…" : t));
        if (!t.isEmpty()) {
            foreignMeta.put(key("akn.unplaced."), t);
        }
    }

    /**
     * Keeps an element the model has no place for whole, as XML markup (its name, namespace
     * declarations, attributes and content), in the source hint {@code akn.unplaced.NN}, with
     * {@code AKN-UNPLACED} at the element's start.
     */
    private void unplacedElement(String what) throws XMLStreamException {
        Optional<SourceSpan> at = span();
        String name = x.getLocalName();
        String markup = markupOf();
        String t = collapse(markup).strip();
        add(new Diagnostic(
                "AKN-UNPLACED",
                Severity.WARNING,
                what + " <" + name
                        + "> the reader cannot place, kept whole as markup in metadata: "
                        + (t.length() > 60 ? t.substring(0, 60) + "…" : t),
                Optional.empty(),
                at));
        foreignMeta.put(key("akn.unplaced."), markup);
    }

    /** The numbered entries the reader makes of content it keeps as text or markup. */
    private static final List<String> KEPT = List.of(
            "akn.unplaced.", "akn.coverPage.", "akn.conclusions.", "akn.preface.", "akn.keyword.", "akn.workflow.");

    /**
     * The metadata of a file resdom wrote: the entries it carries, plus what the reader kept of
     * content found in the markup itself (added to the file since, or not written by resdom),
     * numbered after the carried entries of the same kind, so that neither replaces the other.
     */
    private Map<String, String> resdomMetadata() {
        Map<String, String> out = new TreeMap<>(rdMeta);
        for (Map.Entry<String, String> e : foreignMeta.entrySet()) {
            String prefix =
                    KEPT.stream().filter(e.getKey()::startsWith).findFirst().orElse(null);
            if (prefix == null) {
                continue;
            }
            boolean carried = rdMeta.entrySet().stream()
                    .anyMatch(c -> c.getKey().startsWith(prefix) && c.getValue().equals(e.getValue()));
            if (carried) {
                continue;
            }
            int n = 1;
            String k;
            do {
                k = n < 10 ? prefix + "0" + n : prefix + n;
                n++;
            } while (out.containsKey(k));
            out.put(k, e.getValue());
        }
        return out;
    }

    /** Consumes the current element and returns it whole as XML markup; comments and processing instructions are left out. */
    private String markupOf() throws XMLStreamException {
        StringBuilder sb = new StringBuilder();
        int d = depth;
        Deque<Set<String>> declared = new ArrayDeque<>();
        startTag(sb, declared);
        while (true) {
            int e = next();
            switch (e) {
                case XMLStreamConstants.START_ELEMENT -> startTag(sb, declared);
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                    escapeXml(sb, x.getText(), false);
                case XMLStreamConstants.END_ELEMENT -> {
                    declared.pop();
                    sb.append("</")
                            .append(qualified(x.getPrefix(), x.getLocalName()))
                            .append('>');
                    if (depth < d) {
                        return sb.toString();
                    }
                }
                case XMLStreamConstants.END_DOCUMENT ->
                    throw new XMLStreamException("unexpected end of document", x.getLocation());
                default -> {}
            }
        }
    }

    /**
     * Writes a start tag with the namespace declarations written on it, and those of the
     * prefixes its name and attributes use that were declared outside the markup, so that the
     * markup stands on its own.
     */
    private void startTag(StringBuilder sb, Deque<Set<String>> declared) {
        Set<String> here = new HashSet<>();
        declared.push(here);
        sb.append('<').append(qualified(x.getPrefix(), x.getLocalName()));
        for (int i = 0; i < x.getNamespaceCount(); i++) {
            declare(sb, here, x.getNamespacePrefix(i), x.getNamespaceURI(i), true);
        }
        String prefix = x.getPrefix() == null ? "" : x.getPrefix();
        if (!isDeclared(declared, prefix)) {
            declare(sb, here, prefix, x.getNamespaceURI(), false);
        }
        for (int i = 0; i < x.getAttributeCount(); i++) {
            String ap = x.getAttributePrefix(i);
            if (ap != null && !ap.isEmpty() && !isDeclared(declared, ap)) {
                declare(sb, here, ap, x.getAttributeNamespace(i), false);
            }
        }
        for (int i = 0; i < x.getAttributeCount(); i++) {
            sb.append(' ')
                    .append(qualified(x.getAttributePrefix(i), x.getAttributeLocalName(i)))
                    .append("=\"");
            escapeXml(sb, x.getAttributeValue(i), true);
            sb.append('"');
        }
        sb.append('>');
    }

    private static boolean isDeclared(Deque<Set<String>> declared, String prefix) {
        for (Set<String> level : declared) {
            if (level.contains(prefix)) {
                return true;
            }
        }
        return false;
    }

    /** Declares a prefix on the tag being written, once; {@code written} for a declaration the source wrote there. */
    private static void declare(StringBuilder sb, Set<String> here, String prefix, String uri, boolean written) {
        String p = prefix == null ? "" : prefix;
        if (!written && p.isEmpty() && (uri == null || uri.isEmpty())) {
            // an element in no namespace: nothing to declare
            here.add(p);
            return;
        }
        if (here.add(p)) {
            sb.append(p.isEmpty() ? " xmlns" : " xmlns:" + p).append("=\"");
            escapeXml(sb, uri == null ? "" : uri, true);
            sb.append('"');
        }
    }

    private static String qualified(String prefix, String local) {
        return prefix == null || prefix.isEmpty() ? local : prefix + ":" + local;
    }

    private static void escapeXml(StringBuilder sb, String s, boolean attribute) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append(attribute ? "&quot;" : "\"");
                case '\t', '\n', '\r' -> sb.append(attribute ? "&#" + (int) c + ";" : String.valueOf(c));
                default -> sb.append(c);
            }
        }
    }

    private String key(String prefix) {
        int n = counters.merge(prefix, 1, Integer::sum);
        return n < 10 ? prefix + "0" + n : prefix + n;
    }

    /** Each run of XML white space (space, TAB, CR, LF) becomes one space; the string itself when none needs to. */
    static String collapse(String s) {
        int n = s.length();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (c == '\t' || c == '\r' || c == '\n' || c == ' ' && i + 1 < n && xmlSpace(s.charAt(i + 1))) {
                break;
            }
            i++;
        }
        if (i == n) {
            return s;
        }
        char[] buf = new char[n];
        s.getChars(0, n, buf, 0); // collapsed in place: the write index never passes the read index
        int w = i;
        while (i < n) {
            char c = buf[i];
            if (xmlSpace(c)) {
                buf[w++] = ' ';
                do {
                    i++;
                } while (i < n && xmlSpace(buf[i]));
            } else {
                buf[w++] = c;
                i++;
            }
        }
        return new String(buf, 0, w);
    }

    private static boolean xmlSpace(char c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\n';
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    // ---------------------------------------------------------------- document

    private void root() throws XMLStreamException {
        int e;
        do {
            e = next();
        } while (e != XMLStreamConstants.START_ELEMENT && e != XMLStreamConstants.END_DOCUMENT);
        if (e == XMLStreamConstants.END_DOCUMENT) {
            error("AKN-ROOT", "no root element");
            return;
        }
        if (!"akomaNtoso".equals(x.getLocalName()) || !Akn.NS.equals(x.getNamespaceURI())) {
            error(
                    "AKN-ROOT",
                    "the root element is {" + x.getNamespaceURI() + "}" + x.getLocalName() + ", not akomaNtoso in "
                            + Akn.NS);
            return;
        }
        boolean[] seen = {false};
        children((local, ns) -> {
            if (!seen[0] && Akn.NS.equals(ns) && DOC_TYPES.contains(local)) {
                seen[0] = true;
                document(local);
            } else {
                unplacedElement("element");
            }
        });
        if (!seen[0]) {
            error("AKN-ROOT", "no document element (statement, act, doc …) under akomaNtoso");
        }
    }

    private void document(String type) throws XMLStreamException {
        String name = attr("name");
        if (name != null) {
            try {
                kind = DocumentKind.valueOf(name.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                info("AKN-KIND", "document name '" + name + "' is not a known kind; read as a resolution");
            }
        }
        if (!type.equals("statement")) {
            info("AKN-DOCTYPE-NAME", "read <" + type + "> like a <statement>");
        }
        children((local, ns) -> {
            switch (local) {
                case "meta" -> meta();
                case "coverPage" -> paragraphsToMeta("akn.coverPage.", "coverPage");
                case "preface" -> preface();
                case "preamble" -> preambleElement();
                case "mainBody", "body", "mainContent" -> mainBody();
                case "conclusions" -> paragraphsToMeta("akn.conclusions.", "conclusions");
                case "attachments" -> attachments();
                default -> unplacedElement("element");
            }
        });
    }

    private void paragraphsToMeta(String prefix, String what) throws XMLStreamException {
        int[] n = {0};
        children((local, ns) -> {
            if (!"p".equals(local) && !"block".equals(local) && !"container".equals(local)) {
                unplacedElement(what + " element");
                return;
            }
            String t = collapse(textOf()).strip();
            if (!t.isEmpty()) {
                foreignMeta.put(key(prefix), t);
                n[0]++;
            }
        });
        info("AKN-" + what.toUpperCase(Locale.ROOT), what + ": " + n[0] + " lines kept in metadata (" + prefix + "NN)");
    }

    // ---------------------------------------------------------------- meta

    private void meta() throws XMLStreamException {
        children((local, ns) -> {
            switch (local) {
                case "identification" -> children((l2, n2) -> frbr(l2));
                case "classification" ->
                    children((l2, n2) -> {
                        String v = attr("value");
                        if ("keyword".equals(l2) && v != null && !v.isBlank()) {
                            foreignMeta.put(key("akn.keyword."), v);
                        }
                        skip();
                    });
                case "workflow" ->
                    children((l2, n2) -> {
                        if ("step".equals(l2)) {
                            StringBuilder sb = new StringBuilder();
                            for (String a : new String[] {"date", "outcome", "as"}) {
                                String v = attr(a);
                                if (v != null && !v.isBlank()) {
                                    sb.append(sb.length() == 0 ? "" : " ").append(v);
                                }
                            }
                            foreignMeta.put(key("akn.workflow."), sb.toString());
                        }
                        skip();
                    });
                case "proprietary" ->
                    children((l2, n2) -> {
                        if (Akn.RD.equals(n2) && "resdom".equals(l2)) {
                            resdom = true;
                            escapes = Akn.ESCAPES_BACKSLASH.equals(attr(Akn.ESCAPES));
                            resdomFacts();
                        } else {
                            skippedMeta.add("proprietary/" + l2);
                            skip();
                        }
                    });
                default -> {
                    skippedMeta.add(local);
                    skip();
                }
            }
        });
    }

    private void frbr(String level) throws XMLStreamException {
        children((local, ns) -> {
            String v = attr("value");
            switch (local) {
                case "FRBRthis", "FRBRuri" -> {
                    if (level.equals("FRBRWork") && v != null) {
                        iri(v);
                    }
                }
                case "FRBRdate" -> {
                    String d = attr("date");
                    if (d != null) {
                        String k = switch (level) {
                            case "FRBRWork" -> "akn.date";
                            case "FRBRExpression" -> "akn.expressionDate";
                            default -> "akn.manifestationDate";
                        };
                        foreignMeta.put(k, d);
                    }
                }
                case "FRBRlanguage" -> {
                    String l = attr("language");
                    if (l != null && language == null) {
                        language = Language.fromCode(l.strip()).orElse(null);
                        if (language == null) {
                            warn("AKN-LANGUAGE", "unknown language '" + l + "'");
                        }
                    }
                }
                case "FRBRnumber" -> frbrNumber = blankToNull(v);
                case "FRBRname" -> frbrName = blankToNull(v);
                default -> {}
            }
            skip();
        });
    }

    /** {@code /akn/un/statement/deliberation/{actor}/{date}/{number}…}. */
    private void iri(String value) {
        String[] s = value.split("/");
        // "", "akn", country, type, subtype, actor, date, number
        if (s.length >= 8 && "akn".equals(s[1])) {
            if (body == null) {
                body = Akn.body(s[5]).orElse(null);
                if (body == null) {
                    info("AKN-ACTOR", "actor '" + s[5] + "' is not a known body");
                }
            }
            if (!value.contains("!")) {
                foreignMeta.putIfAbsent("akn.work", value);
            }
            if (iriNumber == null && !s[7].startsWith("!")) {
                iriNumber = s[7];
            }
        }
    }

    private void resdomFacts() throws XMLStreamException {
        children((local, ns) -> {
            Map<String, String> a = rdAttrs();
            switch (local) {
                case "identity" -> {
                    List<Revision> history = new ArrayList<>();
                    children((l2, n2) -> {
                        Revision v = revision(rdAttrs());
                        if (v != null) {
                            history.add(v);
                        }
                        skip();
                    });
                    try {
                        rdIdentity = new Identity(
                                Body.valueOf(a.get("body")),
                                DocumentKind.valueOf(a.get("kind")),
                                Optional.ofNullable(a.get("number")),
                                Optional.empty(),
                                Optional.empty(),
                                Language.valueOf(a.get("language")),
                                history);
                    } catch (RuntimeException e) {
                        warn("AKN-RESDOM", "unreadable resdom identity: " + e.getMessage());
                    }
                }
                case "entry" -> {
                    if (a.get("key") != null && a.get("value") != null) {
                        rdMeta.put(a.get("key"), a.get("value"));
                    }
                    skip();
                }
                case "label" -> {
                    labels.put(a.get("eId"), a);
                    skip();
                }
                case "position" -> {
                    try {
                        positions.put(
                                a.get("eId"),
                                SourceSpan.at(Integer.parseInt(a.get("page")), Integer.parseInt(a.get("line"))));
                    } catch (RuntimeException e) {
                        warn("AKN-RESDOM", "unreadable source position: " + a);
                    }
                    skip();
                }
                case "phrase" -> {
                    phrases.put(a.get("eId"), a);
                    skip();
                }
                case "cite" -> {
                    List<String> numbers = new ArrayList<>();
                    Revision[] rev = {null};
                    children((l2, n2) -> {
                        if ("number".equals(l2) && attr("value") != null) {
                            numbers.add(value("value"));
                        } else if ("revision".equals(l2)) {
                            rev[0] = revision(rdAttrs());
                        }
                        skip();
                    });
                    cites.put(a.get("eId"), new CiteSpec(a, numbers, rev[0]));
                }
                default -> skip();
            }
        });
    }

    private Revision revision(Map<String, String> a) {
        try {
            return new Revision(
                    Boolean.parseBoolean(a.get("revised")), a.get("place"), Integer.parseInt(a.get("year")));
        } catch (RuntimeException e) {
            warn("AKN-RESDOM", "unreadable revision: " + a);
            return null;
        }
    }

    // ---------------------------------------------------------------- preface

    private void preface() throws XMLStreamException {
        children((local, ns) -> {
            if (!"p".equals(local) && !"block".equals(local) && !"container".equals(local)) {
                unplacedElement("preface element");
                return;
            }
            Ctx ctx = new Ctx();
            String cls = attr("class");
            List<Inline> content = mixed(ctx);
            if (resdom) {
                String t = Inline.plainText(Inline.normalize(content));
                if (Akn.CLASS_HEADING.equals(cls)) {
                    heading = t;
                } else if (Akn.CLASS_TITLE.equals(cls)) {
                    title = ctx.captured.getOrDefault("docTitle", t);
                }
                return;
            }
            String n = ctx.captured.get("docNumber");
            String t = ctx.captured.get("docTitle");
            if (n != null && number == null) {
                String c = collapse(n).strip();
                number = blankToNull(c.endsWith(".") ? c.substring(0, c.length() - 1) : c);
            }
            if (t != null && title == null) {
                title = blankToNull(collapse(t).strip());
            }
            if (n == null && t == null) {
                String all = collapse(Inline.plainText(content)).strip();
                if (!all.isEmpty()) {
                    foreignMeta.put(key("akn.preface."), all);
                }
            }
        });
    }

    // ---------------------------------------------------------------- preamble

    private void preambleElement() throws XMLStreamException {
        children((local, ns) -> {
            switch (local) {
                case "formula" -> {
                    List<Inline> content = new ArrayList<>();
                    Optional<SourceSpan> sp = span();
                    children((l2, n2) -> {
                        if (!content.isEmpty()) {
                            content.add(Text.of(" "));
                        }
                        content.addAll(finish(mixed(new Ctx()), true));
                    });
                    formula = new OpeningFormula(Inline.normalize(content), sp);
                }
                case "container" -> addPreamble(container(attr("name"), attr("eId"), false));
                case "p" -> addPreamble(container(null, null, true));
                // recitals (or citations): an intro with the phrase, then one recital (citation) a paragraph
                case "recitals", "citations" -> addPreamble(container(attr("name"), attr("eId"), false));
                default -> unknownInPreamble(local);
            }
        });
    }

    /**
     * An element the reader does not know directly in {@code preamble}: kept whole, in its
     * place, as a paragraph of the preamble section before it (or of a section of its own when
     * it comes first or after the operative part has begun).
     */
    private void unknownInPreamble(String local) throws XMLStreamException {
        Optional<SourceSpan> sp = span();
        Paragraph p = unknownParagraph(local);
        if (!preamble.isEmpty() && operative.isEmpty()) {
            PreambleSection last = preamble.get(preamble.size() - 1);
            List<Paragraph> ps = new ArrayList<>(last.paragraphs());
            ps.add(p);
            preamble.set(preamble.size() - 1, new PreambleSection(last.phrase(), last.runIn(), ps, last.span()));
            return;
        }
        PreamblePhrase none = resdom ? PreamblePhrase.of("other") : PreamblePhrase.of("other", lang(), bodyOrOther());
        addPreamble(new PreambleSection(none, false, List.of(p), sp));
    }

    /**
     * Adds a preamble section in document order: after the operative part has begun (a file
     * that repeats {@code preamble} and {@code mainBody}), it is kept there as an operative
     * section with its phrase, and reported.
     */
    private void addPreamble(PreambleSection section) {
        if (operative.isEmpty()) {
            preamble.add(section);
            return;
        }
        warn(
                "AKN-SECTION-ORDER",
                "preamble section '" + section.phrase().text()
                        + "' after the operative part; kept there as an operative section");
        operative.add(new OperativeSection(
                Optional.of(new OperativePhrase(
                        section.phrase().text(), ActionKind.OTHER, Optional.empty(), Optional.empty())),
                section.runIn(),
                section.paragraphs(),
                section.span()));
    }

    /**
     * A paragraph of {@code mainBody} that is a preamble paragraph (UN files that repeat
     * {@code preamble} and {@code mainBody}): no number, a preamble phrase the tables know
     * opening it, a comma ending it. Null when it is not one.
     */
    private PreambleSection preambleInBody(Paragraph p, Optional<SourceSpan> sp) {
        if (resdom || p.label().isPresent()) {
            return null;
        }
        String all = Inline.plainText(p.content()).strip();
        if (p.items().isEmpty()
                && p.wrapUp().isEmpty()
                && !all.endsWith(",")
                && !all.endsWith("\u060C")
                && !all.endsWith("\uFF0C")) {
            return null;
        }
        String[] split = plainPhrase(p.content());
        if (split == null) {
            return null;
        }
        List<Inline> rest = split[1].isEmpty()
                ? List.copyOf(p.content().subList(1, p.content().size()))
                : replaceFirst(p.content(), Text.of(split[1]));
        boolean runIn = !rest.isEmpty() || !p.items().isEmpty() || !p.anchors().isEmpty();
        List<Paragraph> paragraphs = runIn
                ? List.of(new Paragraph(p.anchors(), Optional.empty(), rest, p.items(), p.wrapUp(), Optional.empty()))
                : List.of();
        info("AKN-PREAMBLE-IN-BODY", "paragraph '" + split[0] + "…' of mainBody read as a preamble section");
        return new PreambleSection(PreamblePhrase.of(split[0], lang(), bodyOrOther()), runIn, paragraphs, sp);
    }

    /** A preamble section from a {@code container} (or from a bare {@code p} when {@code bare}). */
    private PreambleSection container(String name, String eId, boolean bare) throws XMLStreamException {
        Optional<SourceSpan> sp = span();
        String[] phrase = {null};
        boolean[] runIn = {false};
        boolean[] first = {true};
        List<Paragraph> paragraphs = new ArrayList<>();
        Child[] self = new Child[1];
        Child visitor = (local, ns) -> {
            switch (local) {
                // recitals and citations: the introduction holds the phrase, as a container's first p
                case "intro" -> children(self[0]);
                case "p" -> {
                    Ctx ctx = new Ctx();
                    PRead p = readP(ctx, first[0], true);
                    if (first[0]) {
                        first[0] = false;
                        if (p.phrase() != null && !p.phrase().isBlank()) {
                            phrase[0] = p.phrase();
                            if (resdom && Akn.CLASS_RUN_IN.equals(p.cls())) {
                                runIn[0] = true;
                            } else if (!p.content().isEmpty()) {
                                runIn[0] = true;
                                paragraphs.add(new Paragraph(
                                        ctx.anchors,
                                        Optional.empty(),
                                        p.content(),
                                        List.of(),
                                        List.of(),
                                        Optional.empty()));
                            }
                            return;
                        }
                        String[] w = resdom ? null : firstWord(p.content());
                        if (w != null) {
                            warn(
                                    "AKN-PHRASE",
                                    "preamble paragraph without a known phrase; its first word '" + w[0]
                                            + "' taken as the phrase");
                            phrase[0] = w[0];
                            if (!w[1].isEmpty() || p.content().size() > 1) {
                                runIn[0] = true;
                                List<Inline> rest = w[1].isEmpty()
                                        ? List.copyOf(p.content()
                                                .subList(1, p.content().size()))
                                        : replaceFirst(p.content(), Text.of(w[1]));
                                paragraphs.add(new Paragraph(
                                        ctx.anchors, Optional.empty(), rest, List.of(), List.of(), Optional.empty()));
                            }
                            return;
                        }
                        warn("AKN-PHRASE", "preamble paragraph without a leading phrase");
                    }
                    paragraphs.add(new Paragraph(
                            ctx.anchors, Optional.empty(), p.content(), List.of(), List.of(), Optional.empty()));
                }
                case "blockList", "list", "sublist" -> {
                    first[0] = false;
                    Paragraph holder = listInto(new Ctx());
                    if (local.equals("sublist") && !resdom) {
                        // the UN's points of the paragraph before (resdom writes a section's paragraphs in a blockList)
                        sublistInto(paragraphs, local, holder);
                        return;
                    }
                    if (!holder.content().isEmpty()) {
                        paragraphs.add(Paragraph.of(holder.content()));
                    }
                    paragraphs.addAll(holder.items());
                    if (!holder.wrapUp().isEmpty()) {
                        paragraphs.add(Paragraph.of(holder.wrapUp()));
                    }
                }
                default -> {
                    if (HIER.contains(local)) {
                        first[0] = false;
                        paragraphs.add(hier());
                    } else {
                        paragraphs.add(unknownParagraph(local));
                    }
                }
            }
        };
        self[0] = visitor;
        if (bare) {
            visitor.at("p", Akn.NS);
        } else {
            children(visitor);
        }
        if (!resdom) {
            labelsTypedInText(paragraphs);
        }
        String text = phrase[0];
        if (text == null || text.isBlank()) {
            text = name != null && !name.isBlank() ? name.strip() : "other";
        }
        // resdom's own facts give the class; the phrase tables are asked only without them
        PreamblePhrase pp = null;
        Map<String, String> o = eId == null ? null : phrases.get(eId);
        if (resdom && o != null) {
            try {
                pp = new PreamblePhrase(
                        text, PreambleKind.valueOf(o.get("kind")), Optional.ofNullable(o.get("qualifier")));
            } catch (RuntimeException e) {
                warn("AKN-RESDOM", "unreadable phrase facts for " + eId);
            }
        }
        if (pp == null) {
            pp = resdom ? PreamblePhrase.of(text) : PreamblePhrase.of(text, lang(), bodyOrOther());
            if (!resdom && runIn[0] && !paragraphs.isEmpty()) {
                pp = withRunOn(pp, paragraphs.get(0));
            }
        }
        return new PreambleSection(pp, runIn[0] && !paragraphs.isEmpty(), paragraphs, sp);
    }

    /**
     * The class of a styled phrase read together with the text that runs on after it: the UN's
     * italics (or Chinese bold) may stop inside a phrase ({@code وإذ يضع} + {@code في اعتباره},
     * {@code 表示} + {@code 赞赏}, {@code 对} + … + {@code 表示震惊}), and a phrase must get the
     * class it gets when the same text is read without styling. The phrase text is not changed;
     * its qualifier is kept only when it lies inside the phrase.
     */
    private PreamblePhrase withRunOn(PreamblePhrase styled, Paragraph runOn) {
        String text = styled.text();
        String rest = Inline.plainText(runOn.content());
        boolean han = !text.isEmpty()
                && !rest.isEmpty()
                && Character.UnicodeScript.of(text.codePointBefore(text.length())) == Character.UnicodeScript.HAN
                && Character.UnicodeScript.of(rest.codePointAt(0)) == Character.UnicodeScript.HAN;
        // the first 400 characters of the phrase, a space unless both sides are Chinese, and the
        // rest (the whole paragraph is not copied: only its start is read)
        String sep = han ? "" : " ";
        int room = 400 - text.length() - sep.length();
        String joined = text + sep + (room >= rest.length() ? rest : rest.substring(0, Math.max(0, room)));
        PreamblePhrase all =
                PreamblePhrase.of(joined.length() > 400 ? joined.substring(0, 400) : joined, lang(), bodyOrOther());
        if (all.kind() == PreambleKind.OTHER || all.kind() == styled.kind()) {
            return styled;
        }
        Optional<String> q = all.qualifier().filter(text::contains);
        return new PreamblePhrase(text, all.kind(), q.isPresent() ? q : styled.qualifier());
    }

    /**
     * A list read where a paragraph was expected (UN files put {@code <sublist>} straight in
     * {@code mainBody} or in a preamble container, after the paragraph it belongs to): its points
     * become the items of the paragraph before it, nested and labelled, in their place. When that
     * paragraph cannot take them without moving text (it has a wrap-up, or the list has an
     * introduction), the list stays a paragraph of its own holding them as items. Nothing is
     * flattened and nothing is dropped; a diagnostic says what was done.
     *
     * @return whether the points became the items of the paragraph before
     */
    private boolean sublistInto(List<Paragraph> paragraphs, String local, Paragraph holder) {
        int n = holder.items().size();
        if (!paragraphs.isEmpty() && holder.content().isEmpty()) {
            Paragraph p = paragraphs.get(paragraphs.size() - 1);
            if (p.wrapUp().isEmpty()) {
                List<Paragraph> items = new ArrayList<>(p.items());
                items.addAll(holder.items());
                paragraphs.set(
                        paragraphs.size() - 1,
                        new Paragraph(p.anchors(), p.label(), p.content(), items, holder.wrapUp(), p.span()));
                info(
                        "AKN-SUBLIST",
                        "<" + local + "> outside a paragraph: its " + n + " point(s) kept as items of the "
                                + "paragraph before it"
                                + p.label().map(l -> " (" + l.text() + ")").orElse(""));
                return true;
            }
        }
        if (holder.content().isEmpty()
                && holder.items().isEmpty()
                && holder.wrapUp().isEmpty()) {
            info("AKN-SUBLIST", "empty <" + local + "> outside a paragraph");
            return false;
        }
        paragraphs.add(holder);
        info(
                "AKN-SUBLIST",
                "<" + local + "> outside a paragraph: kept as an unlabelled paragraph holding its " + n
                        + " point(s) as items");
        return false;
    }

    /** An unknown element where a paragraph was expected: a paragraph holding it whole. */
    /**
     * A label typed at the start of an unnumbered paragraph whose next sibling is numbered, when it
     * is the label just before that sibling's ({@code a) …} before {@code <num>b)</num>}): taken as
     * the paragraph's label, with {@code AKN-NUMBER}.
     */
    private void labelsTypedInText(List<Paragraph> paragraphs) {
        for (int i = 0; i + 1 < paragraphs.size(); i++) {
            Paragraph p = paragraphs.get(i);
            Optional<Label> next = paragraphs.get(i + 1).label();
            if (p.label().isPresent()
                    || next.isEmpty()
                    || next.get().ordinal().isEmpty()
                    || p.content().isEmpty()
                    || !(p.content().get(0) instanceof Text first)) {
                continue;
            }
            java.util.regex.Matcher m = TYPED_LABEL.matcher(first.text());
            if (!m.lookingAt()) {
                continue;
            }
            Label typed = Label.of(m.group(2), m.group(3));
            Label n = next.get();
            if (typed.style() != n.style()
                    || !typed.suffix().equals(n.suffix())
                    || typed.bracketed() != n.bracketed()
                    || typed.ordinal().isEmpty()
                    || typed.ordinal().getAsInt() + 1 != n.ordinal().getAsInt()) {
                continue;
            }
            List<Inline> content = new ArrayList<>(p.content());
            String rest = first.text().substring(m.end());
            if (rest.isEmpty()) {
                content.remove(0);
            } else {
                content.set(0, Text.of(rest));
            }
            paragraphs.set(
                    i,
                    new Paragraph(
                            p.anchors(),
                            Optional.of(typed),
                            Inline.normalize(content),
                            p.items(),
                            p.wrapUp(),
                            p.span()));
            info(
                    "AKN-NUMBER",
                    "label " + typed.text() + " typed at the start of an unnumbered paragraph taken as its" + " label");
        }
    }

    private Paragraph unknownParagraph(String local) throws XMLStreamException {
        Optional<SourceSpan> sp = span();
        return new Paragraph(List.of(), Optional.empty(), List.of(unknownInline(local)), List.of(), List.of(), sp);
    }

    // ---------------------------------------------------------------- paragraphs

    /** A paragraph from a hierarchical element ({@code paragraph}, {@code point}, {@code item} …). */
    private Paragraph hier() throws XMLStreamException {
        Optional<SourceSpan> sp = span();
        String eId = attr("eId");
        Ctx ctx = new Ctx();
        String[] label = {null};
        List<Inline> content = new ArrayList<>();
        List<Paragraph> items = new ArrayList<>();
        List<Inline> wrapUp = new ArrayList<>();
        children((local, ns) -> {
            switch (local) {
                case "num" -> {
                    String t = textOf();
                    label[0] = resdom ? t : collapse(t).strip();
                }
                case "p", "content", "intro", "wrapUp", "listIntroduction", "listWrapUp" -> {
                    List<Inline> target = local.equals("wrapUp")
                                    || local.equals("listWrapUp")
                                    || Akn.CLASS_WRAP_UP.equals(attr("class"))
                            ? wrapUp
                            : content;
                    if (local.equals("p") || local.startsWith("list")) {
                        append(target, finish(mixed(ctx), true));
                    } else {
                        blocksInto(ctx, target, wrapUp);
                    }
                }
                case "list", "blockList", "sublist" -> {
                    Paragraph holder = listInto(ctx);
                    append(content, holder.content());
                    items.addAll(holder.items());
                    append(wrapUp, holder.wrapUp());
                }
                case "heading", "subheading" -> {
                    String t = collapse(textOf()).strip();
                    info("AKN-HEADING", "paragraph heading kept as unrecognized text: " + t);
                    if (!t.isEmpty()) {
                        content.add(0, Unrecognized.of(t));
                    }
                }
                default -> {
                    if (HIER.contains(local)) {
                        items.add(hier());
                    } else {
                        content.add(unknownInline(local));
                    }
                }
            }
        });
        return new Paragraph(
                ctx.anchors, label(label[0], eId), Inline.normalize(content), items, Inline.normalize(wrapUp), sp);
    }

    private void append(List<Inline> target, List<Inline> more) {
        if (!target.isEmpty() && !more.isEmpty() && !resdom) {
            target.add(Text.of(" "));
            info("AKN-JOINED", "several blocks joined into one paragraph");
        }
        target.addAll(more);
    }

    /** Reads the p blocks of {@code content}/{@code intro}/{@code wrapUp}. */
    private void blocksInto(Ctx ctx, List<Inline> target, List<Inline> wrapUp) throws XMLStreamException {
        children((local, ns) -> {
            if (local.equals("p") || local.equals("block")) {
                boolean wrap = Akn.CLASS_WRAP_UP.equals(attr("class"));
                append(wrap ? wrapUp : target, finish(mixed(ctx), true));
            } else {
                target.add(unknownInline(local));
            }
        });
    }

    /** A {@code list}/{@code blockList}: intro, items and wrap-up, returned in a holder paragraph. */
    private Paragraph listInto(Ctx ctx) throws XMLStreamException {
        List<Inline> intro = new ArrayList<>();
        List<Paragraph> items = new ArrayList<>();
        List<Inline> wrapUp = new ArrayList<>();
        children((local, ns) -> {
            switch (local) {
                case "intro" -> blocksInto(ctx, intro, wrapUp);
                case "wrapUp" -> blocksInto(ctx, wrapUp, wrapUp);
                case "listIntroduction" -> append(intro, finish(mixed(ctx), true));
                case "listWrapUp" -> append(wrapUp, finish(mixed(ctx), true));
                default -> {
                    if (HIER.contains(local)) {
                        items.add(hier());
                    } else {
                        items.add(unknownParagraph(local));
                    }
                }
            }
        });
        return new Paragraph(List.of(), Optional.empty(), intro, items, wrapUp, Optional.empty());
    }

    private Optional<Label> label(String text, String eId) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        Map<String, String> o = eId == null ? null : labels.get(eId);
        if (resdom && o != null) {
            try {
                return Optional.of(new Label(
                        text,
                        LabelStyle.valueOf(o.get("style")),
                        o.get("value"),
                        Optional.ofNullable(o.get("suffix")),
                        o.get("separator")));
            } catch (RuntimeException e) {
                warn("AKN-RESDOM", "unreadable label facts for " + eId);
            }
        }
        return Optional.of(Label.of(text));
    }

    // ---------------------------------------------------------------- operative part

    private void mainBody() throws XMLStreamException {
        List<Paragraph> bare = new ArrayList<>();
        Optional<SourceSpan>[] bareSpan = new Optional[] {Optional.empty()};
        children((local, ns) -> {
            if (local.equals("hcontainer")) {
                flush(bare, bareSpan[0]);
                operative.add(hcontainer());
                return;
            }
            Optional<SourceSpan> here = span();
            if (bare.isEmpty()) {
                bareSpan[0] = here;
            }
            Paragraph para;
            if (local.equals("sublist")) {
                Paragraph holder = listInto(new Ctx());
                if (bare.isEmpty() && !operative.isEmpty()) {
                    // after a section (an hcontainer): the points belong to that section's last paragraph
                    OperativeSection last = operative.get(operative.size() - 1);
                    List<Paragraph> ps = new ArrayList<>(last.paragraphs());
                    if (!ps.isEmpty() && sublistInto(ps, local, holder)) {
                        operative.set(
                                operative.size() - 1,
                                new OperativeSection(last.phrase(), last.runIn(), ps, last.span()));
                        return;
                    }
                }
                sublistInto(bare, local, holder);
                return;
            } else if (HIER.contains(local)) {
                para = hier();
            } else if (local.equals("p")) {
                boolean empty = hasClass(Akn.CLASS_EMPTY);
                Ctx ctx = new Ctx();
                List<Inline> c = finish(mixed(ctx), true);
                if (empty) {
                    return;
                }
                para = new Paragraph(ctx.anchors, Optional.empty(), c, List.of(), List.of(), Optional.empty());
            } else {
                para = unknownParagraph(local);
            }
            if (bare.isEmpty() && operative.isEmpty()) {
                PreambleSection moved = preambleInBody(para, here);
                if (moved != null) {
                    preamble.add(moved);
                    return;
                }
            }
            if (!resdom && !bare.isEmpty() && numberApart(bare, para)) {
                return;
            }
            bare.add(para);
        });
        flush(bare, bareSpan[0]);
    }

    /**
     * UN files sometimes write a paragraph's number apart from its text: an empty numbered
     * {@code paragraph} followed by an unnumbered one that holds the text, or an unnumbered
     * paragraph whose text opens with the number that comes next ({@code 5<TAB>Encourages …}
     * after paragraph {@code 4.}). Either way the number becomes the label of the paragraph
     * with the text (nothing else moves; no text is dropped).
     *
     * @return true when {@code para} was merged into the last paragraph of {@code bare}
     */
    private boolean numberApart(List<Paragraph> bare, Paragraph para) {
        if (para.label().isPresent()) {
            return false;
        }
        Paragraph prev = bare.get(bare.size() - 1);
        if (prev.label().isEmpty()) {
            return false;
        }
        if (prev.content().isEmpty() && prev.items().isEmpty() && prev.wrapUp().isEmpty()) {
            List<Anchor> anchors = new ArrayList<>(prev.anchors());
            anchors.addAll(para.anchors());
            bare.set(
                    bare.size() - 1,
                    new Paragraph(
                            anchors,
                            prev.label(),
                            para.content(),
                            para.items(),
                            para.wrapUp(),
                            prev.span().or(para::span)));
            info("AKN-NUMBER", "empty paragraph " + prev.label().get().text() + " joined to the text after it");
            return true;
        }
        Label last = prev.label().get();
        if (last.style() != LabelStyle.NUMBER
                || para.content().isEmpty()
                || !(para.content().get(0) instanceof Text first)) {
            return false;
        }
        java.util.regex.Matcher m = TYPED_NUMBER.matcher(first.text());
        if (!m.lookingAt()
                || !last.value().matches("\\d{1,4}")
                || Integer.parseInt(m.group(2)) != Integer.parseInt(last.value()) + 1) {
            return false;
        }
        List<Inline> content = new ArrayList<>(para.content());
        String rest = first.text().substring(m.end());
        if (rest.isEmpty()) {
            content.remove(0);
        } else {
            content.set(0, Text.of(rest));
        }
        bare.add(new Paragraph(
                para.anchors(),
                Optional.of(Label.of(m.group(2), m.group(3))),
                Inline.normalize(content),
                para.items(),
                para.wrapUp(),
                para.span()));
        info(
                "AKN-NUMBER",
                "number " + m.group(2) + " typed at the start of an unnumbered paragraph taken as its label");
        return true;
    }

    private void flush(List<Paragraph> bare, Optional<SourceSpan> sp) {
        if (!bare.isEmpty()) {
            operative.add(new OperativeSection(Optional.empty(), false, List.copyOf(bare), sp));
            bare.clear();
        }
    }

    private OperativeSection hcontainer() throws XMLStreamException {
        Optional<SourceSpan> sp = span();
        String eId = attr("eId");
        String[] phrase = {null};
        boolean[] runIn = {false};
        List<Paragraph> paragraphs = new ArrayList<>();
        children((local, ns) -> {
            switch (local) {
                case "intro", "content" ->
                    children((l2, n2) -> {
                        if (!l2.equals("p")) {
                            paragraphs.add(unknownParagraph(l2));
                            return;
                        }
                        boolean empty = hasClass(Akn.CLASS_EMPTY);
                        Ctx ctx = new Ctx();
                        PRead p = readP(ctx, phrase[0] == null, false);
                        if (p.phrase() != null && !p.phrase().isBlank()) {
                            phrase[0] = p.phrase();
                            runIn[0] |= Akn.CLASS_RUN_IN.equals(p.cls());
                            if (!p.content().isEmpty()) {
                                runIn[0] = true;
                                paragraphs.add(Paragraph.of(p.content()));
                            }
                        } else if (!empty && (!p.content().isEmpty() || !ctx.anchors.isEmpty())) {
                            paragraphs.add(new Paragraph(
                                    ctx.anchors,
                                    Optional.empty(),
                                    p.content(),
                                    List.of(),
                                    List.of(),
                                    Optional.empty()));
                        }
                    });
                case "heading" -> {
                    // the section's phrase written as its heading (<heading><i>instructs the Secretary-General</i>)
                    String t = collapse(textOf()).strip();
                    if (phrase[0] == null && paragraphs.isEmpty() && !t.isEmpty()) {
                        phrase[0] = t;
                    } else if (!t.isEmpty()) {
                        info("AKN-HEADING", "section heading kept as unrecognized text: " + t);
                        paragraphs.add(Paragraph.of(List.of(Unrecognized.of(t))));
                    }
                }
                default -> {
                    if (HIER.contains(local)) {
                        paragraphs.add(hier());
                    } else {
                        paragraphs.add(unknownParagraph(local));
                    }
                }
            }
        });
        Optional<OperativePhrase> op = Optional.empty();
        if (phrase[0] != null) {
            // resdom's own facts give the class; the phrase tables are asked only without them
            // (a blank phrase is refused by the tables first, as it always was)
            Map<String, String> o = eId == null ? null : phrases.get(eId);
            OperativePhrase p = resdom && o != null && !phrase[0].isBlank()
                    ? null
                    : resdom ? OperativePhrase.of(phrase[0]) : OperativePhrase.of(phrase[0], lang(), bodyOrOther());
            if (resdom && o != null) {
                try {
                    p = new OperativePhrase(
                            phrase[0],
                            ActionKind.valueOf(o.get("action")),
                            Optional.ofNullable(o.get("qualifier")),
                            Optional.ofNullable(o.get("addressee")));
                } catch (RuntimeException e) {
                    warn("AKN-RESDOM", "unreadable phrase facts for " + eId);
                }
            }
            if (p == null) {
                p = OperativePhrase.of(phrase[0]);
            }
            op = Optional.of(p);
        }
        boolean ri = runIn[0] && op.isPresent() && !paragraphs.isEmpty();
        return new OperativeSection(op, ri, paragraphs, sp);
    }

    // ---------------------------------------------------------------- annexes

    private void attachments() throws XMLStreamException {
        children((local, ns) -> {
            if (!local.equals("attachment")) {
                unplacedElement("attachments element");
                return;
            }
            Optional<SourceSpan> sp = span();
            children((l2, n2) -> {
                if (DOC_TYPES.contains(l2)) {
                    annex(sp);
                } else {
                    unplacedElement("attachment element");
                }
            });
        });
    }

    private void annex(Optional<SourceSpan> sp) throws XMLStreamException {
        String[] number = {null};
        String[] heading = {null};
        String[] title = {null};
        List<Paragraph> paragraphs = new ArrayList<>();
        children((local, ns) -> {
            switch (local) {
                case "meta" -> skip();
                case "preface" ->
                    children((l2, n2) -> {
                        if (!l2.equals("p") && !l2.equals("block") && !l2.equals("container")) {
                            // an element that is not a line of the preface: kept whole, as the annex's next paragraph
                            paragraphs.add(unknownParagraph(l2));
                            info(
                                    "AKN-ANNEX-PREFACE",
                                    "annex preface element <" + l2
                                            + "> kept as a paragraph of the annex, before its body");
                            return;
                        }
                        String cls = attr("class");
                        Optional<SourceSpan> at = span();
                        Ctx ctx = new Ctx();
                        List<Inline> content = mixed(ctx);
                        String t = Inline.plainText(Inline.normalize(content));
                        boolean used = false;
                        if (resdom) {
                            if (Akn.CLASS_NUMBER.equals(cls) && number[0] == null) {
                                number[0] = t;
                                used = true;
                            } else if (Akn.CLASS_HEADING.equals(cls) && heading[0] == null) {
                                heading[0] = t;
                                used = true;
                            } else if (Akn.CLASS_TITLE.equals(cls) && title[0] == null) {
                                title[0] = t;
                                used = true;
                            }
                        } else {
                            String n = ctx.captured.get("docNumber");
                            String tt = ctx.captured.get("docTitle");
                            if (n != null && number[0] == null) {
                                number[0] = blankToNull(collapse(n).strip());
                                used = true;
                            }
                            if (tt != null && title[0] == null) {
                                title[0] = blankToNull(collapse(tt).strip());
                                used = true;
                            } else if (heading[0] == null) {
                                heading[0] = blankToNull(collapse(t).strip());
                                used = true;
                            }
                        }
                        if (!used) {
                            // a further line of the preface: kept, in order, as the annex's next paragraph
                            List<Inline> c = finish(content, true);
                            if (!c.isEmpty() || !ctx.anchors.isEmpty()) {
                                paragraphs.add(
                                        new Paragraph(ctx.anchors, Optional.empty(), c, List.of(), List.of(), at));
                                info(
                                        "AKN-ANNEX-PREFACE",
                                        "annex preface line after its number, heading and title kept as a"
                                                + " paragraph of the annex, before its body");
                            }
                        }
                    });
                case "mainBody" ->
                    children((l2, n2) -> {
                        if (HIER.contains(l2)) {
                            paragraphs.add(hier());
                        } else if (l2.equals("p")) {
                            boolean empty = hasClass(Akn.CLASS_EMPTY);
                            Ctx ctx = new Ctx();
                            List<Inline> c = finish(mixed(ctx), true);
                            if (!empty) {
                                paragraphs.add(new Paragraph(
                                        ctx.anchors, Optional.empty(), c, List.of(), List.of(), Optional.empty()));
                            }
                        } else {
                            paragraphs.add(unknownParagraph(l2));
                        }
                    });
                default -> paragraphs.add(unknownParagraph(local));
            }
        });
        String h = heading[0];
        if (h == null || h.isBlank()) {
            h = "Annex" + (number[0] == null ? "" : " " + number[0]);
            info("AKN-ANNEX-HEADING", "annex without a heading; called '" + h + "'");
        }
        annexes.add(new Annex(Optional.ofNullable(number[0]), h, Optional.ofNullable(title[0]), paragraphs, sp));
    }

    // ---------------------------------------------------------------- inline content

    /**
     * Reads a {@code p}, optionally taking a leading italic (or bold) phrase apart, or, when
     * {@code plainPreamble}, a preamble phrase the tables know in unstyled text.
     */
    private PRead readP(Ctx ctx, boolean detectPhrase, boolean plainPreamble) throws XMLStreamException {
        String cls = attr("class");
        String eId = attr("eId");
        List<Inline> out = new ArrayList<>();
        String phrase = null;
        boolean leading = detectPhrase;
        StringBuilder lead = new StringBuilder();
        int leadAt = -1;
        // resdom writes a space after the phrase: taken off the text that follows it as it is read
        boolean spaceNext = false;
        boolean spaceTaken = false;
        while (true) {
            int before = resdom ? -1 : x.getLocation().getCharacterOffset();
            int e = next();
            if (e == XMLStreamConstants.CHARACTERS || e == XMLStreamConstants.CDATA || e == XMLStreamConstants.SPACE) {
                String t = spaceNext ? textAfterSpace() : null;
                spaceNext = false;
                if (t != null) {
                    spaceTaken = true;
                } else {
                    t = x.getText();
                }
                if (leading && t.isBlank()) {
                    if (lead.length() == 0) {
                        leadAt = before;
                    }
                    lead.append(t);
                    continue;
                }
                leading = false;
                if (lead.length() > 0) {
                    out.add(Text.of(lead.toString()));
                    lead.setLength(0);
                }
                if (!t.isEmpty()) {
                    Text text = Text.of(t);
                    textSpans.note(text, before);
                    out.add(text);
                }
            } else if (e == XMLStreamConstants.START_ELEMENT) {
                String local = x.getLocalName();
                if (leading && styledLead(local)) {
                    List<Inline> inner = mixed(ctx);
                    String t = Inline.plainText(inner);
                    phrase = resdom ? t : collapse(t).strip();
                    lead.setLength(0);
                    leading = false;
                    spaceNext = resdom;
                    continue;
                }
                leading = false;
                spaceNext = false;
                if (lead.length() > 0) {
                    out.add(Text.of(lead.toString()));
                    lead.setLength(0);
                }
                inlineElement(out, ctx);
            } else if (e == XMLStreamConstants.END_ELEMENT) {
                break;
            } else if (e == XMLStreamConstants.END_DOCUMENT) {
                throw new XMLStreamException("unexpected end of document", x.getLocation());
            }
        }
        if (lead.length() > 0) {
            out.add(Text.of(lead.toString()));
        }
        List<Inline> content;
        if (phrase == null && detectPhrase && plainPreamble && !resdom) {
            content = finish(out, true);
            String[] split = plainPhrase(content);
            if (split != null) {
                phrase = split[0];
                content = split[1].isEmpty()
                        ? List.copyOf(content.subList(1, content.size()))
                        : replaceFirst(content, Text.of(split[1]));
            }
            return new PRead(cls, eId, phrase, content);
        }
        if (resdom && phrase != null) {
            content = new ArrayList<>(Inline.normalize(out));
            if (!spaceTaken
                    && !content.isEmpty()
                    && content.get(0) instanceof Text t
                    && t.text().startsWith(" ")) {
                if (t.text().length() == 1) {
                    content.remove(0);
                } else {
                    content.set(0, Text.of(t.text().substring(1)));
                }
            }
            content = List.copyOf(content);
        } else {
            content = finish(out, true);
        }
        return new PRead(cls, eId, phrase, content);
    }

    /**
     * Whether the current element, opening a paragraph, holds its phrase: italic as the UN and
     * resdom write it, or (in foreign files) bold, as UN Chinese files do.
     */
    private boolean styledLead(String local) {
        if (local.equals("i") || local.equals("span") && hasClass("italic")) {
            return true;
        }
        return !resdom && (local.equals("b") || local.equals("strong") || local.equals("span") && hasClass("bold"));
    }

    private Language lang() {
        return language == null ? Language.UNDETERMINED : language;
    }

    private Body bodyOrOther() {
        return body == null ? Body.OTHER : body;
    }

    /**
     * A preamble phrase that opens a paragraph written without italics: the phrase as written
     * and the rest of the first text run (leading spaces removed), or null when no table
     * phrase opens the paragraph.
     */
    private String[] plainPhrase(List<Inline> content) {
        if (content.isEmpty() || !(content.get(0) instanceof Text t)) {
            return null;
        }
        String text = t.text();
        for (PhraseBook book : PhraseBook.forLanguage(lang())) {
            Optional<PhraseMatch<PreambleKind>> m = book.matchPreamble(text, bodyOrOther());
            if (m.isPresent() && m.get().end() > 0) {
                String phrase = text.substring(0, m.get().end()).strip();
                if (!phrase.isEmpty()) {
                    return new String[] {phrase, text.substring(m.get().end()).stripLeading()};
                }
            }
        }
        return null;
    }

    /**
     * The first word of a paragraph whose phrase no table knows, taken out of its text so that
     * it is written once (as the section's phrase): up to the first space, or the whole first
     * text run when it has none (Chinese). Null when the paragraph does not open with text.
     */
    private static String[] firstWord(List<Inline> content) {
        if (content.isEmpty() || !(content.get(0) instanceof Text t) || t.text().isBlank()) {
            return null;
        }
        String text = t.text().strip();
        int sp = 0;
        while (sp < text.length() && !Character.isWhitespace(text.charAt(sp))) {
            sp++;
        }
        return new String[] {text.substring(0, sp), text.substring(sp).stripLeading()};
    }

    private static List<Inline> replaceFirst(List<Inline> content, Inline first) {
        List<Inline> out = new ArrayList<>(content);
        out.set(0, first);
        return List.copyOf(out);
    }

    /** Reads mixed content up to the end of the current element (raw: not yet normalized). */
    private List<Inline> mixed(Ctx ctx) throws XMLStreamException {
        List<Inline> out = new ArrayList<>();
        while (true) {
            // where the previous event ended: where a text event begins
            int before = resdom ? -1 : x.getLocation().getCharacterOffset();
            int e = next();
            if (e == XMLStreamConstants.CHARACTERS || e == XMLStreamConstants.CDATA || e == XMLStreamConstants.SPACE) {
                String t = x.getText();
                if (!t.isEmpty()) {
                    Text text = Text.of(t);
                    textSpans.note(text, before);
                    out.add(text);
                }
            } else if (e == XMLStreamConstants.START_ELEMENT) {
                inlineElement(out, ctx);
            } else if (e == XMLStreamConstants.END_ELEMENT) {
                return out;
            } else if (e == XMLStreamConstants.END_DOCUMENT) {
                throw new XMLStreamException("unexpected end of document", x.getLocation());
            }
        }
    }

    /**
     * The canonical form of read content: resdom files exactly as written; foreign files with
     * whitespace runs collapsed to one space and, for a whole paragraph, trimmed, and with UN
     * resolution numbers recognized as citations.
     */
    private List<Inline> finish(List<Inline> raw, boolean paragraph) {
        if (resdom) {
            return Inline.normalize(raw);
        }
        if (paragraph) {
            return paragraph(raw);
        }
        List<Inline> list = new ArrayList<>();
        for (Inline i : Inline.normalize(raw)) {
            list.add(i instanceof Text t ? Text.of(collapse(t.text())) : i);
        }
        return Inline.normalize(list);
    }

    /**
     * A foreign paragraph's content: texts joined, whitespace collapsed, trimmed, and citations
     * recognized, each with the source position of its own words where the source gives them back.
     * The source offsets of the characters are worked out only when a citation is found.
     */
    private List<Inline> paragraph(List<Inline> raw) {
        List<Inline> list = joined(raw);
        if (list.isEmpty()) {
            return List.of();
        }
        Optional<SourceSpan> whole = span();
        int[][] found = {null};
        return Recognizer.of(language == null ? Language.ENGLISH : language, body == null ? Body.OTHER : body)
                .recognize(list, (start, end) -> {
                    if (found[0] == null) {
                        found[0] = offsets(raw);
                    }
                    int[] offsets = found[0];
                    int a = start;
                    while (a < end && offsets[a] < 0) {
                        a++;
                    }
                    int b = end - 1;
                    while (b > a && offsets[b] < 0) {
                        b--;
                    }
                    return a < end
                            ? textSpans.span(offsets[a], offsets[b] + textSpans.width(offsets[b]))
                            : whole.orElse(null);
                });
    }

    /**
     * The source offsets of the string the recogniser searches in a paragraph's content
     * ({@link #joined}): texts, citations' texts, one unit for any other inline; -1 where unknown.
     */
    private int[] offsets(List<Inline> raw) {
        // what joined(raw) gives, without its texts: each run of texts side by side collapsed
        // in place with the offsets of its characters, the first run's leading and the last
        // run's trailing white space dropped (String.strip), any other inline its length of -1
        int longest = 0;
        int run = 0;
        int total = 0;
        for (Inline i : raw) {
            int n = i instanceof Text t
                    ? t.text().length()
                    : i instanceof Citation c ? c.text().length() : 1;
            run = i instanceof Text ? run + n : 0;
            longest = Math.max(longest, run);
            total += n;
        }
        char[] pending = new char[longest];
        int[] pendingAt = new int[longest];
        int[] out = new int[total];
        int w = 0;
        int length = 0;
        boolean first = true; // no inline of the result yet
        boolean lastIsText = false; // whether the result's last inline is a text, held in pending
        int lastFrom = 0;
        int lastKept = 0;
        for (int k = 0; k <= raw.size(); k++) {
            Inline i = k < raw.size() ? raw.get(k) : null;
            if (i instanceof Text t) {
                String s = t.text();
                s.getChars(0, s.length(), pending, length);
                textSpans.offsets(t, pendingAt, length);
                length += s.length();
                continue;
            }
            if (length > 0) {
                int kept = collapse(pending, pendingAt, length);
                int from = 0;
                if (first) {
                    while (from < kept && Character.isWhitespace(pending[from])) {
                        from++; // String.stripLeading
                    }
                }
                System.arraycopy(pendingAt, from, out, w, kept - from);
                w += kept - from;
                lastIsText = from < kept;
                lastFrom = from;
                lastKept = kept;
                first = false;
                length = 0;
            }
            if (i != null) {
                int n = i instanceof Citation c ? c.text().length() : 1;
                java.util.Arrays.fill(out, w, w + n, -1);
                w += n;
                first = false;
                lastIsText = false;
            }
        }
        if (lastIsText) {
            int end = lastKept;
            while (end > lastFrom && Character.isWhitespace(pending[end - 1])) {
                end--; // String.stripTrailing
            }
            w -= lastKept - end;
        }
        return w == out.length ? out : java.util.Arrays.copyOf(out, w);
    }

    /**
     * A paragraph's content with its texts joined, whitespace collapsed and the whole trimmed
     * ({@link #offsets} gives the source offsets of its characters).
     */
    private List<Inline> joined(List<Inline> raw) {
        List<Inline> list = new ArrayList<>();
        int longest = 0; // the longest run of texts side by side
        int run = 0;
        for (Inline i : raw) {
            run = i instanceof Text t ? run + t.text().length() : 0;
            longest = Math.max(longest, run);
        }
        char[] pending = new char[longest]; // the texts side by side, not yet collapsed
        int length = 0;
        for (int k = 0; k <= raw.size(); k++) {
            Inline i = k < raw.size() ? raw.get(k) : null;
            if (i instanceof Text t) {
                String s = t.text();
                s.getChars(0, s.length(), pending, length);
                length += s.length();
                continue;
            }
            if (length > 0) {
                int kept = collapse(pending, null, length);
                list.add(Text.of(new String(pending, 0, kept)));
                length = 0;
            }
            if (i != null) {
                list.add(i);
            }
        }
        if (!list.isEmpty() && list.get(0) instanceof Text t) {
            String s = t.text().stripLeading();
            if (s.isEmpty()) {
                list.remove(0);
            } else {
                list.set(0, Text.of(s));
            }
        }
        int last = list.size() - 1;
        if (last >= 0 && list.get(last) instanceof Text t) {
            String s = t.text().stripTrailing();
            if (s.isEmpty()) {
                list.remove(last);
            } else {
                list.set(last, Text.of(s));
            }
        }
        return list;
    }

    /** The source span of a link's texts (from the first of its characters the source gives back to the last). */
    private Optional<SourceSpan> textSpan(List<Inline> inner) {
        int start = -1;
        int end = -1;
        for (Inline i : inner) {
            if (i instanceof Text t) {
                int[] offsets = textSpans.offsets(t);
                for (int k = 0; k < offsets.length; k++) {
                    int o = offsets[k];
                    if (o >= 0 && !xmlSpace(t.text().charAt(k))) { // the text is trimmed
                        start = start < 0 ? o : start;
                        end = o + textSpans.width(o);
                    }
                }
            }
        }
        return start < 0 ? Optional.empty() : Optional.of(textSpans.span(start, end));
    }

    /**
     * {@link #collapse(String)} in place on the first {@code n} characters of {@code c}, giving
     * each character kept the offset of the first it stands for (in place in {@code at}, unless
     * it is null).
     *
     * @return how many characters are kept
     */
    static int collapse(char[] c, int[] at, int n) {
        // up to the first character that changes (TAB, CR, LF, or a space after a space) nothing moves
        int i = 0;
        while (i < n) {
            char ch = c[i];
            if (ch > ' ') {
                i++;
            } else if (ch == ' ' && (i + 1 == n || !xmlSpace(c[i + 1]))) {
                i++;
            } else if (xmlSpace(ch)) {
                break;
            } else {
                i++;
            }
        }
        int w = i;
        while (i < n) {
            char ch = c[i];
            if (at != null) {
                at[w] = at[i];
            }
            if (ch <= ' ' && xmlSpace(ch)) {
                c[w++] = ' ';
                do {
                    i++;
                } while (i < n && c[i] <= ' ' && xmlSpace(c[i]));
            } else {
                c[w++] = ch;
                i++;
            }
        }
        return w;
    }

    /** An unknown element, positioned at its start: reported, and kept whole (see {@link #unknownElement}). */
    private UnknownElement unknownInline(String local) throws XMLStreamException {
        String ns = x.getNamespaceURI();
        warn(
                "AKN-UNKNOWN-ELEMENT",
                "element <" + local + ">" + (own(ns) ? "" : " of " + ns)
                        + " kept as an unknown element (name, attributes and content)");
        return unknownElement(new Ctx());
    }

    /** Whether a namespace is Akoma Ntoso's (or none, which a foreign file may use for its own elements). */
    private static boolean own(String ns) {
        return ns == null || ns.isEmpty() || Akn.NS.equals(ns);
    }

    /**
     * Reads the element at the current position whole: its namespace (when foreign), name and
     * attributes (in a resdom file, values with their escapes undone and without the marker
     * {@code rd:unknown} the writer adds), and its content as inline content.
     */
    private UnknownElement unknownElement(Ctx ctx) throws XMLStreamException {
        Optional<SourceSpan> sp = span();
        String ns = x.getNamespaceURI();
        String name = x.getLocalName();
        List<UnknownElement.Attribute> attributes = new ArrayList<>();
        for (int i = 0; i < x.getAttributeCount(); i++) {
            String ans = x.getAttributeNamespace(i);
            String local = x.getAttributeLocalName(i);
            String v = x.getAttributeValue(i);
            if (resdom && Akn.RD.equals(ans) && Akn.ATTR_UNKNOWN.equals(local)) {
                continue;
            }
            attributes.add(
                    new UnknownElement.Attribute(ans == null ? "" : ans, local, escapes && resdom ? unescape(v) : v));
        }
        List<Inline> content = finish(mixed(ctx), false);
        return new UnknownElement(own(ns) ? "" : ns, name, attributes, content, sp);
    }

    /** Reads one element inside mixed content, positioned at its start; appends what it gives. */
    private void inlineElement(List<Inline> out, Ctx ctx) throws XMLStreamException {
        String local = x.getLocalName();
        if (resdom && x.getAttributeValue(Akn.RD, Akn.ATTR_UNKNOWN) != null) {
            out.add(unknownElement(ctx));
            return;
        }
        if (!own(x.getNamespaceURI())) {
            out.add(unknownInline(local));
            return;
        }
        switch (local) {
            case "ref" -> {
                String eId = attr("eId");
                String href = attr("href");
                int before = resdom ? -1 : x.getLocation().getCharacterOffset();
                Optional<SourceSpan> at = span();
                String text = textOf();
                if (!resdom && !text.isEmpty()) {
                    Text raw = Text.of(text);
                    textSpans.note(raw, before);
                    at = textSpan(List.of(raw)).or(() -> span());
                    text = collapse(text).strip();
                }
                if (text.isBlank()) {
                    warn("AKN-EMPTY-REF", "reference without text to " + href + " ignored");
                    return;
                }
                CiteSpec spec = eId == null ? null : cites.get(eId);
                out.add((resdom && spec != null ? citation(spec, text) : CitationLinks.fromHref(href, text))
                        .withSpan(at));
            }
            case "a" -> {
                String eId = attr("eId");
                String href = attr("href");
                Optional<SourceSpan> at = span();
                CiteSpec spec = resdom && eId != null ? cites.get(eId) : null;
                if (spec != null) {
                    out.add(citation(spec, textOf()).withSpan(at));
                    return;
                }
                List<Inline> inner = mixed(ctx);
                String text = Inline.plainText(inner);
                Optional<Citation> link = href == null || inner.stream().anyMatch(i -> !(i instanceof Text))
                        ? Optional.empty()
                        : Links.citation(href, resdom ? text : collapse(text));
                if (link.isPresent()) {
                    out.add(link.get().withSpan(resdom ? at : textSpan(inner).or(() -> at)));
                } else {
                    ctx.captured.putIfAbsent(local, text);
                    flattened++;
                    out.addAll(inner);
                }
            }
            case "ins" -> {
                Optional<String> author = rdValue("author");
                Optional<String> date = rdValue("date");
                Optional<String> move = rdValue("move");
                out.add(new Inserted(finish(mixed(ctx), false), author, date, move, Optional.empty()));
            }
            case "del" -> {
                Optional<String> author = rdValue("author");
                Optional<String> date = rdValue("date");
                Optional<String> move = rdValue("move");
                out.add(new Deleted(finish(mixed(ctx), false), author, date, move, Optional.empty()));
            }
            case "authorialNote", "note" -> note(out, ctx);
            case "noteRef" -> {
                String m = attr("marker");
                skip();
                out.add(FootnoteRef.of(m == null || m.isBlank() ? "*" : m));
                info("AKN-NOTEREF", "editorial noteRef read as a footnote call-out without body");
            }
            default -> {
                if (resdom && local.equals("span") && hasClass(Akn.CLASS_BRACKETED)) {
                    List<Inline> inner = new ArrayList<>(Inline.normalize(mixed(ctx)));
                    stripBracket(inner, true);
                    stripBracket(inner, false);
                    out.add(Bracketed.of(inner));
                } else if (resdom && local.equals("span") && hasClass(Akn.CLASS_UNRECOGNIZED)) {
                    String t = textOf();
                    if (!t.isEmpty()) {
                        out.add(Unrecognized.of(t));
                    }
                } else if (isChar()) {
                    int c = charCode();
                    skip();
                    if (c >= 0) {
                        out.add(Text.of(String.valueOf((char) c)));
                    }
                } else if (resdom && local.equals("inline") && Akn.NAME_ANCHOR.equals(attr("name"))) {
                    String name = value("title");
                    boolean leading = hasClass(Akn.CLASS_LEADING);
                    skip();
                    if (name != null && !name.isBlank()) {
                        if (leading) {
                            ctx.anchors.add(Anchor.of(name));
                        } else {
                            out.add(Anchor.of(name));
                        }
                    }
                } else if (resdom && local.equals("inline") && Akn.NAME_NOTE_BODY.equals(attr("name"))) {
                    String ref = attr("refersTo");
                    skip();
                    Footnote f = ref == null ? null : movedBodies.remove(ref.startsWith("#") ? ref.substring(1) : ref);
                    if (f == null) {
                        warn("AKN-NOTE-BODY", "footnote body position refers to an unknown note: " + ref);
                    } else {
                        out.add(f);
                    }
                } else if (FLATTEN.contains(local)) {
                    List<Inline> inner = mixed(ctx);
                    ctx.captured.putIfAbsent(local, Inline.plainText(inner));
                    flattened++;
                    out.addAll(inner);
                } else if (BREAKS.contains(local)) {
                    skip();
                    out.add(Text.of(" "));
                } else if (local.equals("img") || local.equals("marker") || local.equals("placeholder")) {
                    skip();
                    info("AKN-IGNORED", "<" + local + "> without text ignored");
                } else {
                    out.add(unknownInline(local));
                }
            }
        }
    }

    private static void stripBracket(List<Inline> inner, boolean open) {
        if (inner.isEmpty()) {
            return;
        }
        int at = open ? 0 : inner.size() - 1;
        if (inner.get(at) instanceof Text t) {
            String s = t.text();
            String r = open
                    ? (s.startsWith("[") ? s.substring(1) : s)
                    : (s.endsWith("]") ? s.substring(0, s.length() - 1) : s);
            if (r.isEmpty()) {
                inner.remove(at);
            } else {
                inner.set(at, Text.of(r));
            }
        }
    }

    private void note(List<Inline> out, Ctx ctx) throws XMLStreamException {
        String marker = value("marker");
        String cls = attr("class");
        String eId = attr("eId");
        if (marker == null || marker.isBlank()) {
            marker = "*";
            warn("AKN-NOTE-MARKER", "footnote without a marker; '*' used");
        }
        List<Inline> content = new ArrayList<>();
        children((local, ns) -> {
            if (local.equals("p") || local.equals("block")) {
                append(content, finish(mixed(ctx), true));
            } else {
                content.add(unknownInline(local));
            }
        });
        Footnote f = Footnote.of(marker, Inline.normalize(content));
        if (resdom && Akn.CLASS_REF_ONLY.equals(cls)) {
            out.add(FootnoteRef.of(marker));
        } else if (resdom && Akn.CLASS_BODY_ONLY.equals(cls)) {
            out.add(f);
        } else if (resdom && Akn.CLASS_BODY_MOVED.equals(cls) && eId != null) {
            out.add(FootnoteRef.of(marker));
            movedBodies.put(eId, f);
        } else {
            out.add(FootnoteRef.of(marker));
            out.add(f);
        }
    }

    private Citation citation(CiteSpec spec, String text) {
        Map<String, String> a = spec.attrs();
        try {
            switch (String.valueOf(a.get("type"))) {
                case "instrument":
                    return InstrumentCitation.of(
                            DocumentKind.valueOf(a.get("document")),
                            Optional.ofNullable(a.get("body")).map(Body::valueOf),
                            spec.numbers(),
                            Optional.ofNullable(spec.revision()),
                            Brackets.valueOf(a.get("brackets")),
                            text);
                case "un":
                    return new UnResolutionCitation(
                            Body.valueOf(a.get("body")),
                            a.get("document") == null
                                    ? DocumentKind.RESOLUTION
                                    : DocumentKind.valueOf(a.get("document")),
                            a.get("number"),
                            Optional.ofNullable(a.get("target")),
                            text,
                            Optional.empty());
                case "undoc":
                    return new UnDocumentCitation(
                            a.get("symbol"), Optional.ofNullable(a.get("target")), text, Optional.empty());
                case "named":
                    return NamedInstrumentCitation.of(a.get("instrument"), text);
                case "provision":
                    return ProvisionCitation.of(
                            Instrument.valueOf(a.get("instrument")),
                            Optional.ofNullable(a.get("article")),
                            Optional.ofNullable(a.get("number")),
                            Optional.ofNullable(a.get("paragraph")),
                            text);
                case "annex":
                    return AnnexCitation.of(
                            Optional.ofNullable(a.get("annex")), Optional.ofNullable(a.get("appendix")), text);
                default:
                    return OtherCitation.of(text);
            }
        } catch (RuntimeException e) {
            warn("AKN-RESDOM", "unreadable citation facts: " + a);
            return OtherCitation.of(text);
        }
    }

    /** Counts characters and ends the input at the limit. */
    private static final class Counting extends Reader {
        private final Reader in;
        private final long max;
        private long count;
        /** What was read, for the positions of texts ({@link TextSpans}). */
        final SourceText seen = new SourceText();

        boolean exceeded;
        IOException ioError;

        Counting(Reader in, long max) {
            this.in = in;
            this.max = max;
        }

        @Override
        public int read(char[] buf, int off, int len) throws IOException {
            if (count >= max) {
                if (!exceeded) {
                    int probe;
                    try {
                        probe = in.read();
                    } catch (IOException e) {
                        ioError = e;
                        throw e;
                    }
                    exceeded = probe >= 0;
                }
                return -1;
            }
            int n;
            try {
                n = in.read(buf, off, (int) Math.min(len, max - count));
            } catch (IOException e) {
                ioError = e;
                throw e;
            }
            if (n > 0) {
                count += n;
                seen.append(buf, off, n);
            }
            return n;
        }

        @Override
        public void close() {
            // the caller owns the stream
        }
    }
}

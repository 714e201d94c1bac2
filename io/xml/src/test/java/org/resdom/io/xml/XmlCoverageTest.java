package org.resdom.io.xml;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.resdom.model.ActionKind;
import org.resdom.model.Body;
import org.resdom.model.Brackets;
import org.resdom.model.DocumentKind;
import org.resdom.model.Instrument;
import org.resdom.model.LabelStyle;
import org.resdom.model.Language;
import org.resdom.model.Node;
import org.resdom.model.PreambleKind;
import org.resdom.model.Resolution;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Every record of the model (found by reflection from the sealed {@link Node} hierarchy and the
 * records used as components) and every component of it has a place in the XML mapping: the
 * table below says where, the XSD declares it, and the writer writes it for the rich document.
 */
class XmlCoverageTest {

    /** record → component → element ({@code <name}), attribute ({@code @name}) or character data ({@code #text}). */
    private static final Map<String, Map<String, String>> MAPPING = Map.ofEntries(
            entry(
                    "Resolution",
                    Map.of(
                            "identity",
                            "<identity",
                            "formula",
                            "<formula",
                            "preamble",
                            "<preamble",
                            "operative",
                            "<operative",
                            "annexes",
                            "<annex",
                            "metadata",
                            "<entry",
                            "hints",
                            "<entry",
                            "span",
                            "@line")),
            // source hints are written among the metadata entries, under their namespaced keys
            entry("SourceHints", Map.of("values", "<entry")),
            entry(
                    "Identity",
                    Map.of(
                            "body",
                            "@body",
                            "kind",
                            "@kind",
                            "number",
                            "@number",
                            "heading",
                            "<heading",
                            "title",
                            "<title",
                            "language",
                            "@language",
                            "history",
                            "<revision")),
            entry("Revision", Map.of("revised", "@revised", "place", "@place", "year", "@year")),
            entry("OpeningFormula", Map.of("content", "#text", "span", "@start")),
            entry(
                    "PreambleSection",
                    Map.of("phrase", "<phrase", "runIn", "@runIn", "paragraphs", "<paragraph", "span", "@line")),
            entry(
                    "OperativeSection",
                    Map.of("phrase", "<phrase", "runIn", "@runIn", "paragraphs", "<paragraph", "span", "@line")),
            entry("PreamblePhrase", Map.of("text", "#text", "kind", "@kind", "qualifier", "@qualifier")),
            entry(
                    "OperativePhrase",
                    Map.of("text", "#text", "action", "@action", "qualifier", "@qualifier", "addressee", "@addressee")),
            entry(
                    "Annex",
                    Map.of(
                            "number",
                            "@number",
                            "heading",
                            "<heading",
                            "title",
                            "<title",
                            "paragraphs",
                            "<paragraph",
                            "span",
                            "@column")),
            entry(
                    "Paragraph",
                    Map.of(
                            "anchors",
                            "<anchor",
                            "label",
                            "<label",
                            "content",
                            "<content",
                            "items",
                            "<paragraph",
                            "wrapUp",
                            "<wrapUp",
                            "span",
                            "@end")),
            entry(
                    "Label",
                    Map.of(
                            "text",
                            "@text",
                            "style",
                            "@style",
                            "value",
                            "@value",
                            "suffix",
                            "@suffix",
                            "separator",
                            "@separator")),
            entry("Text", Map.of("text", "#text")),
            entry("Anchor", Map.of("name", "@name", "span", "@line")),
            entry("FootnoteRef", Map.of("marker", "@marker", "span", "@line")),
            entry("Footnote", Map.of("marker", "@marker", "content", "<footnote", "span", "@line")),
            entry(
                    "Inserted",
                    Map.of("content", "<ins", "author", "@author", "date", "@date", "move", "@move", "span", "@line")),
            entry(
                    "Deleted",
                    Map.of("content", "<del", "author", "@author", "date", "@date", "move", "@move", "span", "@line")),
            entry("Bracketed", Map.of("content", "<bracket", "span", "@line")),
            entry("Unrecognized", Map.of("raw", "<unrecognized", "span", "@line")),
            entry(
                    "UnknownElement",
                    Map.of(
                            "namespace",
                            "@namespace",
                            "name",
                            "@name",
                            "attributes",
                            "<attribute",
                            "content",
                            "<content",
                            "span",
                            "@line")),
            entry("Attribute", Map.of("namespace", "@namespace", "name", "@name", "value", "@value")),
            entry(
                    "InstrumentCitation",
                    Map.of(
                            "document",
                            "@document",
                            "body",
                            "@body",
                            "numbers",
                            "@numbers",
                            "revision",
                            "@revision",
                            "brackets",
                            "@brackets",
                            "text",
                            "<instrumentCitation",
                            "span",
                            "@line")),
            entry(
                    "UnResolutionCitation",
                    Map.of(
                            "body",
                            "@body",
                            "document",
                            "@document",
                            "number",
                            "@number",
                            "target",
                            "@target",
                            "text",
                            "<unResolutionCitation",
                            "span",
                            "@line")),
            entry(
                    "UnDocumentCitation",
                    Map.of("symbol", "@symbol", "target", "@target", "text", "<unDocumentCitation", "span", "@line")),
            entry(
                    "NamedInstrumentCitation",
                    Map.of("instrument", "@instrument", "text", "<namedInstrumentCitation", "span", "@line")),
            entry(
                    "ProvisionCitation",
                    Map.of(
                            "instrument",
                            "@instrument",
                            "article",
                            "@article",
                            "number",
                            "@number",
                            "paragraph",
                            "@paragraph",
                            "text",
                            "<provisionCitation",
                            "span",
                            "@line")),
            entry(
                    "AnnexCitation",
                    Map.of("annex", "@annex", "appendix", "@appendix", "text", "<annexCitation", "span", "@line")),
            entry("OtherCitation", Map.of("text", "<otherCitation", "span", "@line")),
            entry(
                    "SourceSpan",
                    Map.of("startOffset", "@start", "endOffset", "@end", "line", "@line", "column", "@column")));

    /** The records reachable from Node: permitted subclasses and component types, recursively. */
    static Set<Class<?>> modelRecords() {
        Set<Class<?>> seen = new LinkedHashSet<>();
        Deque<Class<?>> todo = new ArrayDeque<>();
        todo.add(Node.class);
        Set<Class<?>> visited = new HashSet<>();
        while (!todo.isEmpty()) {
            Class<?> c = todo.pop();
            if (!visited.add(c) || !c.getPackageName().equals("org.resdom.model")) {
                continue;
            }
            if (c.isSealed()) {
                todo.addAll(java.util.List.of(c.getPermittedSubclasses()));
            }
            if (c.isRecord()) {
                seen.add(c);
                for (RecordComponent rc : c.getRecordComponents()) {
                    addTypes(rc.getGenericType(), todo);
                }
            }
        }
        return seen;
    }

    private static void addTypes(Type t, Deque<Class<?>> todo) {
        if (t instanceof Class<?> c) {
            todo.add(c);
        } else if (t instanceof ParameterizedType p) {
            addTypes(p.getRawType(), todo);
            for (Type a : p.getActualTypeArguments()) {
                addTypes(a, todo);
            }
        }
    }

    private static Set<String> declaredInXsd(String kind) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        Set<String> names = new TreeSet<>();
        try (InputStream in = XmlCoverageTest.class.getResourceAsStream("/org/resdom/io/xml/resdom.xsd")) {
            NodeList list =
                    f.newDocumentBuilder().parse(in).getElementsByTagNameNS("http://www.w3.org/2001/XMLSchema", kind);
            for (int i = 0; i < list.getLength(); i++) {
                names.add(((Element) list.item(i)).getAttribute(kind.equals("enumeration") ? "value" : "name"));
            }
        }
        return names;
    }

    @Test
    void everyRecordAndComponentIsMappedDeclaredAndWritten() throws Exception {
        Set<Class<?>> records = modelRecords();
        assertThat(records).hasSizeGreaterThanOrEqualTo(25);
        Set<String> elements = declaredInXsd("element");
        Set<String> attributes = declaredInXsd("attribute");
        String xml = XmlResolutionWriter.create().write(RichDocument.build());
        for (Class<?> r : records) {
            Map<String, String> components = MAPPING.get(r.getSimpleName());
            assertThat(components)
                    .as("XML mapping of record %s", r.getSimpleName())
                    .isNotNull();
            for (RecordComponent rc : r.getRecordComponents()) {
                String where = components.get(rc.getName());
                assertThat(where)
                        .as("XML mapping of %s.%s", r.getSimpleName(), rc.getName())
                        .isNotNull();
                String name = where.substring(1);
                if (where.startsWith("<")) {
                    assertThat(elements)
                            .as("XSD element for %s.%s", r.getSimpleName(), rc.getName())
                            .contains(name);
                    assertThat(xml)
                            .as("written element for %s.%s", r.getSimpleName(), rc.getName())
                            .contains("<" + name);
                } else if (where.startsWith("@")) {
                    assertThat(attributes)
                            .as("XSD attribute for %s.%s", r.getSimpleName(), rc.getName())
                            .contains(name);
                    assertThat(xml)
                            .as("written attribute for %s.%s", r.getSimpleName(), rc.getName())
                            .contains(" " + name + "=\"");
                }
            }
        }
    }

    @Test
    void theRichDocumentHoldsEveryNodeType() {
        Resolution r = RichDocument.build();
        Set<Class<?>> present = new HashSet<>();
        r.stream().forEach(n -> present.add(n.getClass()));
        for (Class<?> c : modelRecords()) {
            if (Node.class.isAssignableFrom(c)) {
                assertThat(present)
                        .as("rich document holds a %s", c.getSimpleName())
                        .contains(c);
            }
        }
    }

    @Test
    void everyEnumCodeIsAnXsdEnumeration() throws Exception {
        Set<String> values = declaredInXsd("enumeration");
        Set<String> codes = new TreeSet<>();
        for (Body b : Body.values()) {
            codes.add(b.code());
        }
        for (DocumentKind k : DocumentKind.values()) {
            codes.add(k.code());
        }
        for (Language l : Language.values()) {
            codes.add(l.code());
        }
        for (PreambleKind k : PreambleKind.values()) {
            codes.add(k.camelName());
        }
        for (ActionKind k : ActionKind.values()) {
            codes.add(k.camelName());
        }
        for (Enum<?> e : new Enum<?>[] {LabelStyle.values()[0]}) {
            for (Object o : e.getDeclaringClass().getEnumConstants()) {
                codes.add(((Enum<?>) o).name().toLowerCase(Locale.ROOT));
            }
        }
        for (Brackets b : Brackets.values()) {
            codes.add(b.name().toLowerCase(Locale.ROOT));
        }
        for (Instrument i : Instrument.values()) {
            codes.add(i.name().toLowerCase(Locale.ROOT));
        }
        assertThat(values).containsAll(codes);
    }
}

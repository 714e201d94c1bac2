package org.resdom.io.akn;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.resdom.diagnostic.Severity;
import org.resdom.io.ReadResult;
import org.resdom.model.Body;
import org.resdom.model.Citation;
import org.resdom.model.Footnote;
import org.resdom.model.FootnoteRef;
import org.resdom.model.Inline;
import org.resdom.model.Language;
import org.resdom.model.NamedInstrumentCitation;
import org.resdom.model.Paragraph;
import org.resdom.model.PreambleKind;
import org.resdom.model.PreambleSection;
import org.resdom.model.Resolution;
import org.resdom.model.UnDocumentCitation;
import org.resdom.model.UnResolutionCitation;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/** The two UN Human Rights Council resolutions (Source: United Nations). */
class AknUnFilesTest {

    private final AknResolutionReader reader = AknResolutionReader.create();
    private final AknResolutionWriter writer = AknResolutionWriter.create();

    private ReadResult read(String name) throws IOException {
        return reader.read(AknSchemaTest.resource("/fixtures/akn/" + name));
    }

    @Test
    void resolution55of2() throws IOException {
        ReadResult result = read("A_HRC_RES_55_2E.xml");
        Resolution r = result.resolution();
        assertThat(result.diagnostics()).noneMatch(d -> d.severity() == Severity.ERROR);
        assertThat(r.identity().body()).isEqualTo(Body.UN_HRC);
        assertThat(r.identity().number()).contains("55/2");
        assertThat(r.identity().language()).isEqualTo(Language.ENGLISH);
        assertThat(r.identity().title())
                .contains(
                        "Mandate of Special Rapporteur on the human right to a clean, healthy and sustainable environment");
        assertThat(r.hints().values())
                .containsEntry("akn.date", "2024-04-03")
                .containsEntry("akn.expressionDate", "2024-04-04");
        assertThat(r.formula().orElseThrow().plainText()).isEqualTo("The Human Rights Council,");
        assertThat(r.preamble()).hasSize(9).allMatch(PreambleSection::runIn);
        assertThat(r.preamble())
                .extracting(s -> s.phrase().kind())
                .containsExactly(
                        PreambleKind.GUIDED,
                        PreambleKind.REAFFIRMING,
                        PreambleKind.REAFFIRMING,
                        PreambleKind.REAFFIRMING,
                        PreambleKind.WELCOMING,
                        PreambleKind.RECALLING,
                        PreambleKind.REAFFIRMING,
                        PreambleKind.RECALLING,
                        PreambleKind.EMPHASIZING);
        assertThat(r.preamble().get(2).phrase().text()).isEqualTo("Reaffirming also");
        assertThat(r.preamble().get(2).phrase().qualifier()).contains("also");
        assertThat(r.operative()).hasSize(1);
        List<Paragraph> ops = r.operative().get(0).paragraphs();
        assertThat(r.operative().get(0).phrase()).isEmpty();
        assertThat(ops)
                .extracting(p -> p.label().orElseThrow().text())
                .containsExactly("1.", "2.", "3.", "4.", "5.", "6.", "7.");
        assertThat(ops.get(3).plainText()).isEqualTo("Requests the Special Rapporteur, in fulfilling the mandate:");
        assertThat(ops.get(3).items()).hasSize(9);
        assertThat(ops.get(3).items().get(0).label().orElseThrow().text()).isEqualTo("(a)");
        Paragraph recalling = r.preamble().get(5).paragraphs().get(0);
        assertThat(recalling.content())
                .filteredOn(FootnoteRef.class::isInstance)
                .hasSize(1);
        Footnote note = recalling.content().stream()
                .filter(Footnote.class::isInstance)
                .map(Footnote.class::cast)
                .findFirst()
                .orElseThrow();
        assertThat(note.marker()).isEqualTo("2");
        assertThat(Inline.plainText(note.content()))
                .startsWith("A/73/188, A/74/161")
                .endsWith("A/HRC/55/43.");
        List<UnResolutionCitation> un = r.citations().stream()
                .filter(UnResolutionCitation.class::isInstance)
                .map(UnResolutionCitation.class::cast)
                .toList();
        assertThat(un)
                .extracting(UnResolutionCitation::number)
                .containsExactly("46/7", "52/23", "48/13", "76/300", "70/1");
        assertThat(un)
                .extracting(UnResolutionCitation::body)
                .containsExactly(Body.UN_HRC, Body.UN_HRC, Body.UN_HRC, Body.UN_GA, Body.UN_GA);
        assertThat(r.citations())
                .filteredOn(NamedInstrumentCitation.class::isInstance)
                .extracting(Citation::text)
                .containsExactly(
                        "Charter of the United Nations",
                        "Universal Declaration of Human Rights",
                        "Vienna Declaration and Programme of Action",
                        "2030 Agenda for Sustainable Development",
                        // not in the table of instruments: read by its title (Titles)
                        "Rio Declaration on Environment and Development");
        assertThat(r.citations())
                .filteredOn(UnDocumentCitation.class::isInstance)
                .hasSize(21);
        assertThat(r.citations()).allMatch(c -> c.span().isPresent(), "every citation has a position");
    }

    @Test
    void resolution55of5() throws IOException {
        Resolution r = read("A_HRC_RES_55_5E.xml").resolution();
        assertThat(r.identity().number()).contains("55/5");
        assertThat(r.preamble())
                .extracting(s -> s.phrase().text())
                .containsExactly("Guided", "Recalling", "Recalling also");
        assertThat(r.preamble().get(0).paragraphs().get(0).plainText())
                .isEqualTo("by the purposes and principles of the Charter of the United Nations,");
        assertThat(r.operative().get(0).paragraphs()).hasSize(2);
        assertThat(r.citations())
                .extracting(Citation::text)
                .containsExactly("Charter of the United Nations", "resolutions 5/1", "5/2", "resolution 10/23");
        assertThat(r.hints().values())
                .containsKey("akn.coverPage.02")
                .containsKey("akn.conclusions.01")
                .containsKey("akn.workflow.01")
                .containsKey("akn.keyword.01");
    }

    @ParameterizedTest
    @ValueSource(strings = {"A_HRC_RES_55_2E.xml", "A_HRC_RES_55_5E.xml"})
    void roundTripThroughAknKeepsTheModelAndTheText(String name) throws Exception {
        String original = AknSchemaTest.resource("/fixtures/akn/" + name);
        Resolution r = reader.read(original).resolution();
        String rewritten = writer.write(r);
        ReadResult back = reader.read(rewritten);
        assertThat(back.diagnostics()).noneMatch(d -> d.severity() != Severity.INFO);
        assertThat(back.resolution()).isEqualTo(r);

        List<String> expected = paragraphTexts(original);
        assertThat(modelTexts(r)).isEqualTo(expected);
        assertThat(paragraphTexts(rewritten)).isEqualTo(expected);
        assertThat(expected).hasSizeGreaterThan(4);
    }

    /** Every preamble and operative paragraph of the model, as normalized text (footnote bodies apart). */
    private static List<String> modelTexts(Resolution r) {
        List<String> out = new ArrayList<>();
        for (PreambleSection s : r.preamble()) {
            for (int i = 0; i < s.paragraphs().size(); i++) {
                String t = s.paragraphs().get(i).plainText();
                out.add(i == 0 && s.runIn() ? s.phrase().text() + " " + t : t);
            }
        }
        r.operative().forEach(s -> s.paragraphs().forEach(p -> addModel(p, out)));
        r.footnotes().forEach(f -> out.add(Inline.plainText(f.content())));
        return out.stream().map(AknUnFilesTest::norm).collect(Collectors.toList());
    }

    private static void addModel(Paragraph p, List<String> out) {
        out.add(p.plainText());
        p.items().forEach(q -> addModel(q, out));
    }

    /** Every {@code p} of the preamble containers and the main body, then every footnote's text. */
    private static List<String> paragraphTexts(String xml)
            throws ParserConfigurationException, SAXException, IOException {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document d = f.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
        List<String> out = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (String part : new String[] {"preamble", "mainBody"}) {
            NodeList ps =
                    ((Element) d.getElementsByTagNameNS(Akn.NS, part).item(0)).getElementsByTagNameNS(Akn.NS, "p");
            for (int i = 0; i < ps.getLength(); i++) {
                Element p = (Element) ps.item(i);
                Node parent = p.getParentNode();
                if (parent.getLocalName().equals("formula")
                        || parent.getLocalName().equals("authorialNote")) {
                    if (parent.getLocalName().equals("authorialNote")) {
                        notes.add(norm(p.getTextContent()));
                    }
                    continue;
                }
                out.add(norm(textWithoutNotes(p)));
            }
        }
        out.addAll(notes);
        return out;
    }

    private static String textWithoutNotes(Node n) {
        StringBuilder sb = new StringBuilder();
        for (Node c = n.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c.getNodeType() == Node.TEXT_NODE) {
                sb.append(c.getNodeValue());
            } else if (c.getNodeType() == Node.ELEMENT_NODE && !"authorialNote".equals(c.getLocalName())) {
                sb.append(textWithoutNotes(c));
            }
        }
        return sb.toString();
    }

    private static String norm(String s) {
        return s.replaceAll("[ \\t\\r\\n]+", " ").strip();
    }
}

package org.resdom.io.xml;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.resdom.diagnostic.Diagnostic;
import org.resdom.diagnostic.Severity;
import org.resdom.io.ReadLimits;
import org.resdom.io.ReadResult;
import org.resdom.model.Body;
import org.resdom.model.Identity;
import org.resdom.model.Inline;
import org.resdom.model.OtherCitation;
import org.resdom.model.Paragraph;
import org.resdom.model.Resolution;
import org.resdom.model.Text;
import org.resdom.model.Unrecognized;

@org.junit.jupiter.api.Timeout(value = 120, unit = java.util.concurrent.TimeUnit.SECONDS)
class XmlHostileInputTest {

    private static final String OPEN = "<resolution xmlns=\"urn:resdom:xml:1\" version=\"1\">";
    private static final String IDENTITY =
            "<identity body=\"ITU-PP\" kind=\"resolution\" number=\"71\" language=\"en\"/>";

    private static String doc(String body) {
        return "<?xml version=\"1.0\"?>\n" + OPEN + "\n" + IDENTITY + "\n" + body + "\n</resolution>\n";
    }

    private static String paragraph(String content) {
        return "<operative><paragraph><content>" + content + "</content></paragraph></operative>";
    }

    private static List<String> codes(ReadResult r) {
        return r.diagnostics().stream().map(Diagnostic::code).toList();
    }

    private static ReadResult lenient(String xml) {
        return XmlResolutionReader.builder().validate(false).build().read(xml);
    }

    private static ReadResult strict(String xml) {
        return XmlResolutionReader.create().read(xml);
    }

    @Test
    void malformedXmlIsAnErrorWithLineAndColumn() {
        ReadResult r = strict("<?xml version=\"1.0\"?>\n" + OPEN + "\n  <identity body=\"ITU-PP\"\n</resolution>");
        assertThat(codes(r)).containsExactly("XML-MALFORMED");
        assertThat(r.diagnostics().get(0).line()).hasValue(4);
        assertThat(r.diagnostics().get(0).column().orElse(0)).isPositive();
        assertThat(r.diagnostics().get(0).severity()).isEqualTo(Severity.ERROR);
        assertThat(r.resolution()).isEqualTo(Resolution.empty(Identity.unknown()));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "   ",
                "not xml at all",
                "<",
                "<resolution xmlns=\"urn:resdom:xml:1\">",
                "<resolution xmlns=\"urn:resdom:xml:1\"><identity/></resolutio>",
                "\uFEFF<a>&amp</a>"
            })
    void garbageNeverThrows(String input) {
        ReadResult r = strict(input);
        assertThat(r.hasErrors()).isTrue();
        assertThat(codes(r)).allMatch(c -> c.startsWith("XML-"));
    }

    @Test
    void wrongRootIsRefused() {
        assertThat(codes(strict("<akomaNtoso/>"))).containsExactly("XML-ROOT");
        ReadResult noNamespace =
                strict("<resolution><identity body=\"ITU-PP\" kind=\"resolution\" language=\"en\"/></resolution>");
        assertThat(codes(noNamespace)).containsExactly("XML-ROOT");
        assertThat(noNamespace.diagnostics().get(0).message()).contains("urn:resdom:xml:1");
    }

    @Test
    void billionLaughsIsRefusedAtTheDoctype() {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE resolution [\n<!ENTITY l0 \"ha\">\n");
        for (int i = 1; i <= 10; i++) {
            sb.append("<!ENTITY l").append(i).append(" \"");
            for (int j = 0; j < 10; j++) {
                sb.append("&l").append(i - 1).append(';');
            }
            sb.append("\">\n");
        }
        sb.append("]>\n").append(doc(paragraph("&l10;")));
        ReadResult r = strict(sb.toString());
        assertThat(codes(r)).containsExactly("XML-DOCTYPE");
        assertThat(r.diagnostics().get(0).line().orElse(0)).isGreaterThanOrEqualTo(2);
        assertThat(r.resolution().stream().count()).isEqualTo(1);
    }

    @Test
    void externalEntitiesAreNeverRead() {
        String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE resolution [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n"
                + doc(paragraph("&x;"));
        ReadResult r = strict(xxe);
        assertThat(codes(r)).containsExactly("XML-DOCTYPE");
        assertThat(r.resolution().toString()).doesNotContain("root:");
        String external =
                "<?xml version=\"1.0\"?>\n<!DOCTYPE resolution SYSTEM \"http://127.0.0.1:1/evil.dtd\">\n" + doc("");
        assertThat(codes(strict(external))).containsExactly("XML-DOCTYPE");
        String parameter = "<!DOCTYPE r [<!ENTITY % p SYSTEM \"file:///etc/passwd\"> %p;]>" + doc("");
        assertThat(codes(strict(parameter))).containsExactly("XML-DOCTYPE");
    }

    @Test
    void undeclaredEntityReferencesAndForbiddenCharacterReferencesAreMalformed() {
        assertThat(codes(strict(doc(paragraph("a &x; b"))))).containsExactly("XML-MALFORMED");
        assertThat(codes(strict(doc(paragraph("a &#1; b"))))).containsExactly("XML-MALFORMED");
    }

    @Test
    void xincludeIsNotProcessed() {
        String xml = doc(
                paragraph(
                        "before <xi:include xmlns:xi=\"http://www.w3.org/2001/XInclude\" href=\"file:///etc/passwd\" parse=\"text\"/> after"));
        ReadResult r = lenient(xml);
        assertThat(codes(r)).contains("XML-UNKNOWN-ELEMENT");
        assertThat(r.resolution().operative().get(0).paragraphs().get(0).content())
                .containsExactly(Text.of("before  after"));
        assertThat(codes(strict(xml))).contains("XML-SCHEMA", "XML-UNKNOWN-ELEMENT");
    }

    @Test
    void unknownInlineElementsBecomeUnrecognizedText() {
        ReadResult r = lenient(doc(paragraph("a <em>stressed</em> word")));
        List<Inline> content =
                r.resolution().operative().get(0).paragraphs().get(0).content();
        assertThat(content).containsExactly(Text.of("a "), Unrecognized.of("stressed"), Text.of(" word"));
        assertThat(codes(r)).containsExactly("XML-UNKNOWN-ELEMENT");
        assertThat(r.diagnostics().get(0).line()).hasValue(4);
    }

    @Test
    void unknownStructuralElementsAreReportedAndTheRestIsRead() {
        ReadResult r = strict(doc("<bogus>x</bogus>" + paragraph("kept")));
        assertThat(codes(r)).contains("XML-SCHEMA");
        assertThat(r.hasErrors()).isTrue();
        assertThat(r.resolution().operative().get(0).paragraphs().get(0).plainText())
                .isEqualTo("kept");
        ReadResult l = lenient(doc("<bogus>x</bogus>" + paragraph("kept")));
        assertThat(codes(l)).contains("XML-UNKNOWN-ELEMENT");
        assertThat(l.resolution().operative().get(0).paragraphs().get(0).plainText())
                .isEqualTo("kept");
    }

    @Test
    void missingRequiredAttributesAreReportedWithTheirElement() {
        String xml = "<resolution xmlns=\"urn:resdom:xml:1\">\n<identity kind=\"decision\" language=\"fr\"/>\n"
                + "<preamble><phrase>considérant</phrase></preamble>\n"
                + "<operative><paragraph><label text=\"1\"/><content><noteRef/>x</content></paragraph></operative>\n</resolution>";
        ReadResult r = lenient(xml);
        assertThat(codes(r))
                .containsExactly(
                        "XML-MISSING-ATTRIBUTE",
                        "XML-MISSING-ATTRIBUTE",
                        "XML-MISSING-ATTRIBUTE",
                        "XML-MISSING-ATTRIBUTE",
                        "XML-MISSING-ATTRIBUTE");
        assertThat(r.diagnostics()).extracting(d -> d.line().orElse(0)).containsExactly(2, 3, 4, 4, 4);
        assertThat(r.diagnostics().get(0).message()).contains("body");
        Resolution res = r.resolution();
        assertThat(res.identity().body()).isEqualTo(Body.OTHER);
        assertThat(res.preamble().get(0).phrase().kind().name()).isEqualTo("CONSIDERING");
        Paragraph p = res.operative().get(0).paragraphs().get(0);
        assertThat(p.label().orElseThrow().value()).isEqualTo("1");
        assertThat(p.content()).containsExactly(Text.of("x"));
        assertThat(codes(strict(xml))).contains("XML-SCHEMA", "XML-MISSING-ATTRIBUTE");
    }

    @Test
    void badValuesAreReported() {
        String xml =
                "<resolution xmlns=\"urn:resdom:xml:1\"><identity body=\"XYZ\" kind=\"resolution\" language=\"en\">"
                        + "<revision revised=\"maybe\" place=\"Kyoto\" year=\"94\"/></identity>"
                        + paragraph(
                                "<char code=\"XYZ\"/><instrumentCitation document=\"resolution\" numbers=\"1\">  </instrumentCitation>"
                                        + "<unResolutionCitation body=\"UNGA\" number=\"1\">UNGA 1 <char/></unResolutionCitation>"
                                        + "<anchor name=\"a\\q\"/>")
                        + "</resolution>";
        ReadResult r = lenient(xml);
        assertThat(codes(r)).contains("XML-BAD-VALUE", "XML-INVALID", "XML-MISSING-ATTRIBUTE", "XML-BAD-ESCAPE");
        assertThat(r.resolution().identity().history()).isEmpty();
        List<Inline> content =
                r.resolution().operative().get(0).paragraphs().get(0).content();
        assertThat(content).anyMatch(i -> i instanceof Text t && t.text().equals("  "));
        assertThat(content)
                .anyMatch(i -> i instanceof org.resdom.model.UnResolutionCitation c
                        && c.text().equals("UNGA 1 "));
        assertThat(content)
                .anyMatch(
                        i -> i instanceof org.resdom.model.Anchor a && a.name().equals("a\\q"));
    }

    @Test
    void aCitationTheModelRefusesKeepsItsText() {
        ReadResult r = lenient(doc(
                paragraph("<instrumentCitation document=\"resolution\" numbers=\" \">Res. 1</instrumentCitation>")));
        assertThat(r.resolution().operative().get(0).paragraphs().get(0).content())
                .containsExactly(OtherCitation.of("Res. 1"));
        assertThat(codes(r)).contains("XML-INVALID");
    }

    @Test
    void deepNestingStopsAtTheDepthLimit() {
        StringBuilder sb = new StringBuilder();
        int n = 100_000;
        sb.append("<ins>".repeat(n)).append("deep").append("</ins>".repeat(n));
        ReadResult r = strict(doc(paragraph(sb.toString())));
        assertThat(codes(r)).containsExactly("IO-LIMIT");
        assertThat(r.diagnostics().get(0).message()).contains("64");
        // the limit is on the model: a paragraph holding an insertion is two levels deep
        ReadResult shallow = XmlResolutionReader.builder()
                .limits(ReadLimits.defaults().withMaxDepth(1))
                .build()
                .read(doc(paragraph("<ins>x</ins>")));
        assertThat(codes(shallow)).containsExactly("IO-LIMIT");
        ReadResult enough = XmlResolutionReader.builder()
                .limits(ReadLimits.defaults().withMaxDepth(2))
                .build()
                .read(doc(paragraph("<ins>x</ins>")));
        assertThat(enough.diagnostics()).isEmpty();
    }

    @Test
    void hugeInputStopsAtTheSizeLimit() {
        String xml = doc(paragraph("x".repeat(5000)));
        ReadResult r = XmlResolutionReader.builder()
                .limits(ReadLimits.defaults().withMaxChars(1000))
                .build()
                .read(xml);
        assertThat(codes(r)).containsExactly("IO-LIMIT");
        assertThat(r.resolution()).isEqualTo(Resolution.empty(Identity.unknown()));
        ReadResult fits = XmlResolutionReader.builder()
                .limits(ReadLimits.defaults().withMaxChars(xml.length()))
                .build()
                .read(xml);
        assertThat(fits.diagnostics()).isEmpty();
    }

    @Test
    void anEndlessStreamStopsAtTheSizeLimit() throws IOException {
        Reader endless = new Reader() {
            private final String head = OPEN + IDENTITY + "<operative><paragraph><content>";
            private final String cycle = "<ins>a</ins>";
            private long at;

            @Override
            public int read(char[] buf, int off, int len) {
                for (int i = 0; i < len; i++, at++) {
                    buf[off + i] = at < head.length()
                            ? head.charAt((int) at)
                            : cycle.charAt((int) ((at - head.length()) % cycle.length()));
                }
                return len;
            }

            @Override
            public void close() {}
        };
        ReadResult r = XmlResolutionReader.builder()
                .limits(ReadLimits.defaults().withMaxChars(100_000))
                .build()
                .read(endless);
        assertThat(codes(r)).containsExactly("IO-LIMIT");
    }

    @Test
    void diagnosticsAreCappedAtTheLimit() {
        String many = "<noteRef/>".repeat(50);
        ReadResult r = XmlResolutionReader.builder()
                .validate(false)
                .limits(new ReadLimits(1 << 20, 64, 10))
                .build()
                .read(doc(paragraph(many)));
        assertThat(r.diagnostics()).hasSize(11);
        assertThat(r.diagnostics().get(10).message()).contains("40 more");
    }

    @Test
    void aFailingStreamThrowsIoException() {
        Reader failing = new Reader() {
            @Override
            public int read(char[] buf, int off, int len) throws IOException {
                throw new IOException("disk on fire");
            }

            @Override
            public void close() {}
        };
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> XmlResolutionReader.create().read(failing))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("disk on fire");
    }

    @Test
    void unknownVersionIsAWarning() {
        ReadResult r = lenient(doc("").replace("version=\"1\"", "version=\"2\""));
        assertThat(codes(r)).containsExactly("XML-VERSION");
        assertThat(r.hasErrors()).isFalse();
    }
}

package org.resdom.io.akn;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.resdom.diagnostic.Diagnostic;
import org.resdom.diagnostic.Severity;
import org.resdom.io.ReadLimits;
import org.resdom.io.ReadResult;
import org.resdom.model.Inline;
import org.resdom.model.UnknownElement;

@org.junit.jupiter.api.Timeout(value = 120, unit = java.util.concurrent.TimeUnit.SECONDS)
class AknReaderSafetyTest {

    private final AknResolutionReader reader = AknResolutionReader.create();

    private static boolean error(ReadResult r, String code) {
        return r.diagnostics().stream()
                .anyMatch(d -> d.severity() == Severity.ERROR && d.code().equals(code));
    }

    @Test
    void doctypeIsRefused() {
        ReadResult r = reader.read("<?xml version=\"1.0\"?><!DOCTYPE akomaNtoso [<!ENTITY x \"boom\">]>"
                + "<akomaNtoso xmlns=\"" + Akn.NS + "\"><statement name=\"resolution\"/></akomaNtoso>");
        assertThat(error(r, "AKN-DOCTYPE")).as(r.diagnostics().toString()).isTrue();
    }

    @Test
    void externalEntityIsNeverFetched() {
        ReadResult r = reader.read("<?xml version=\"1.0\"?><!DOCTYPE a [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
                + "<akomaNtoso xmlns=\"" + Akn.NS + "\"><statement><preamble><formula><p>&xxe;</p></formula>"
                + "</preamble><mainBody/></statement></akomaNtoso>");
        assertThat(r.hasErrors()).isTrue();
        assertThat(r.resolution().toString()).doesNotContain("root:");
    }

    @Test
    void billionLaughsIsRefused() {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">");
        for (int i = 1; i < 10; i++) {
            sb.append("<!ENTITY lol").append(i).append(" \"");
            for (int j = 0; j < 10; j++) {
                sb.append("&lol").append(i == 1 ? "" : String.valueOf(i - 1)).append(';');
            }
            sb.append("\">");
        }
        sb.append("]><akomaNtoso xmlns=\"")
                .append(Akn.NS)
                .append("\"><statement><mainBody><p>&lol9;</p>")
                .append("</mainBody></statement></akomaNtoso>");
        ReadResult r = reader.read(sb.toString());
        assertThat(r.hasErrors()).isTrue();
        assertThat(r.resolution().operative()).isEmpty();
    }

    @Test
    void deepNestingStopsAtTheLimit() {
        StringBuilder sb =
                new StringBuilder("<akomaNtoso xmlns=\"" + Akn.NS + "\"><statement><mainBody><paragraph><content><p>");
        for (int i = 0; i < 10_000; i++) {
            sb.append("<span>");
        }
        ReadResult r = reader.read(sb.toString());
        Diagnostic d = r.diagnostics().stream()
                .filter(x -> x.code().equals("IO-LIMIT"))
                .findFirst()
                .orElseThrow();
        assertThat(d.line()).hasValue(1);
        assertThat(d.message()).contains("deeper than 288").contains("maxDepth 64");
    }

    @Test
    void sizeLimitIsEnforced() throws IOException {
        String xml = AknSchemaTest.resource("/fixtures/akn/A_HRC_RES_55_2E.xml");
        ReadResult r = AknResolutionReader.builder()
                .limits(ReadLimits.defaults().withMaxChars(5000))
                .build()
                .read(xml);
        assertThat(error(r, "IO-LIMIT")).as(r.diagnostics().toString()).isTrue();
    }

    @Test
    void wrongRootIsReported() {
        assertThat(error(reader.read("<html><body/></html>"), "AKN-ROOT")).isTrue();
        assertThat(error(reader.read("<akomaNtoso><statement/></akomaNtoso>"), "AKN-ROOT"))
                .isTrue();
        assertThat(error(reader.read(""), "AKN-MALFORMED")).isTrue();
    }

    @Test
    void malformedXmlGivesLineAndColumn() {
        ReadResult r = reader.read("<akomaNtoso xmlns=\"" + Akn.NS + "\">\n<statement>\n<mainBody></statement>");
        Diagnostic d = r.diagnostics().stream()
                .filter(x -> x.code().equals("AKN-MALFORMED"))
                .findFirst()
                .orElseThrow();
        assertThat(d.line()).hasValue(3);
        assertThat(d.column().orElse(0)).isPositive();
    }

    @Test
    void unknownElementsAreKeptWithADiagnostic() {
        ReadResult r = reader.read("<akomaNtoso xmlns=\"" + Akn.NS + "\"><statement name=\"resolution\"><mainBody>"
                + "<paragraph><num>1.</num><content><p>Decides <blink>now</blink> to act;</p></content></paragraph>"
                + "<tblock><p>odd block</p></tblock></mainBody></statement></akomaNtoso>");
        assertThat(r.resolution().find(UnknownElement.class).map(UnknownElement::name))
                .containsExactly("blink", "tblock", "p");
        assertThat(r.resolution().find(UnknownElement.class).map(u -> Inline.plainText(u.content())))
                .containsExactly("now", "odd block", "odd block");
        assertThat(r.diagnostics())
                .filteredOn(d -> d.code().equals("AKN-UNKNOWN-ELEMENT"))
                .hasSize(3);
    }

    @ParameterizedTest
    @ValueSource(strings = {"A_HRC_RES_55_2E.xml", "A_HRC_RES_55_5E.xml", "REFERENCE"})
    void everyPrefixReadsWithoutAnException(String name) throws IOException {
        String xml = name.equals("REFERENCE")
                ? AknResolutionWriter.create().write(Samples.reference())
                : AknSchemaTest.resource("/fixtures/akn/" + name);
        int step = Math.max(1, xml.length() / 1500);
        for (int i = 0; i < xml.length(); i += step) {
            ReadResult r = reader.read(xml.substring(0, i));
            assertThat(r.resolution()).isNotNull();
            assertThat(r.hasErrors()).as("prefix %d", i).isTrue();
        }
        assertThat(reader.read(xml).hasErrors()).isFalse();
    }
}

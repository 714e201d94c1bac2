package org.resdom.io.xml;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.resdom.io.Formats;
import org.resdom.io.ReadResult;
import org.resdom.model.Identity;
import org.resdom.model.Node;
import org.resdom.model.Resolution;
import org.resdom.model.SourceSpan;
import org.resdom.model.Text;
import org.resdom.testsupport.XsdSupport;

@org.junit.jupiter.api.Timeout(value = 120, unit = java.util.concurrent.TimeUnit.SECONDS)
class XmlRoundTripTest {

    private static final String GOLDEN = "/golden/xml/rich.resdom.xml";

    private static List<Optional<SourceSpan>> spans(Resolution r) {
        return r.stream().filter(n -> !(n instanceof Text)).map(Node::span).toList();
    }

    @ParameterizedTest
    @CsvSource({"true,true", "true,false", "false,true", "false,false"})
    void richDocumentRoundTripsInEverySetting(boolean pretty, boolean withSpans) {
        Resolution r = RichDocument.build();
        String xml = XmlResolutionWriter.builder()
                .pretty(pretty)
                .spans(withSpans)
                .build()
                .write(r);
        assertThat(XsdSupport.errors(xml)).isEmpty();
        ReadResult back = XmlResolutionReader.create().read(xml);
        assertThat(back.diagnostics()).isEmpty();
        assertThat(back.resolution()).isEqualTo(r);
        if (withSpans) {
            assertThat(spans(back.resolution())).isEqualTo(spans(r));
        } else {
            assertThat(spans(back.resolution())).allMatch(Optional::isEmpty);
        }
        assertThat(xml.contains("\n  <identity")).isEqualTo(pretty);
    }

    @Test
    void compactOutputIsOneLineAfterTheDeclarationExceptForTextLineBreaks() {
        Resolution r = Resolution.builder(Identity.unknown())
                .formula("A formula,")
                .preamble("considering", s -> s.item("a)", "text;"))
                .build();
        String xml = XmlResolutionWriter.builder().pretty(false).build().write(r);
        assertThat(xml.strip().lines()).hasSize(2);
        assertThat(XmlResolutionReader.create().read(xml).resolution()).isEqualTo(r);
    }

    @Test
    void goldenFileMatches() throws IOException {
        String xml = XmlResolutionWriter.create().write(RichDocument.build());
        if (Boolean.getBoolean("resdom.golden.update")) {
            Path file = Paths.get("src/test/resources" + GOLDEN);
            Files.createDirectories(file.getParent());
            Files.writeString(file, xml, StandardCharsets.UTF_8);
            return;
        }
        String golden;
        try (InputStream in = getClass().getResourceAsStream(GOLDEN)) {
            assertThat(in)
                    .as("golden file " + GOLDEN + " (regenerate with -Dresdom.golden.update=true)")
                    .isNotNull();
            golden = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(xml).isEqualTo(golden);
        ReadResult back = XmlResolutionReader.create().read(golden);
        assertThat(back.diagnostics()).isEmpty();
        assertThat(back.resolution()).isEqualTo(RichDocument.build());
    }

    @Test
    void everyPrefixOfTheGoldenFileIsReadWithoutAnException() throws IOException {
        String golden;
        try (InputStream in = getClass().getResourceAsStream(GOLDEN)) {
            golden = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        XmlResolutionReader reader = XmlResolutionReader.create();
        for (int i = 0; i < golden.length(); i += 7) {
            if (golden.substring(i).isBlank()) {
                break; // only the final line break is missing: a whole document
            }
            ReadResult r = reader.read(golden.substring(0, i));
            assertThat(r.hasErrors()).as("prefix of %d chars", i).isTrue();
            assertThat(r.diagnostics())
                    .allMatch(d -> d.code().startsWith("XML-") || d.code().startsWith("IO-"));
        }
    }

    @Test
    void bytesAndFormatsAgree() throws IOException {
        Resolution r = RichDocument.build();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Formats.writer("xml").write(r, out);
        ReadResult back = Formats.reader("xml").read(new ByteArrayInputStream(out.toByteArray()));
        assertThat(back.resolution()).isEqualTo(r);
        assertThat(Formats.detect(out.toString(StandardCharsets.UTF_8))
                        .orElseThrow()
                        .name())
                .isEqualTo("xml");
        assertThat(XmlResolutionWriter.create().format()).isEqualTo("xml");
        assertThat(XmlResolutionReader.create().format()).isEqualTo("xml");
    }

    @Test
    void awkwardCharactersAreWrittenAsDocumented() {
        String xml = XmlResolutionWriter.create().write(RichDocument.build());
        assertThat(xml)
                .contains("<char code=\"1\"/><char code=\"0\"/><char code=\"1F\"/>")
                .contains("<char code=\"FFFE\"/><char code=\"FFFF\"/>")
                .contains("<char code=\"D800\"/> lone<char code=\"DC00\"/>")
                .contains(",&#13;\nline&#13;end  ")
                .contains("separator=\"&#9;\"")
                .contains("key=\"odd key \\\\ &#9;\"")
                .contains("\uD83D\uDE00")
                .doesNotContain("\u0001");
    }
}

package org.resdom.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.resdom.diagnostic.Diagnostic;
import org.resdom.diagnostic.Severity;
import org.resdom.model.Identity;
import org.resdom.model.Paragraph;
import org.resdom.model.Resolution;
import org.resdom.model.Text;

/** Writers that change nothing, detection by the root element, messages (issue 9, items 2, 3, 14, 15). */
class FidelityIoTest {

    private static Resolution with(Paragraph p) {
        return Resolution.builder(Identity.unknown())
                .operative(Optional.empty(), s -> s.add(p))
                .build();
    }

    @Test
    void jsonEscapesLoneSurrogatesAndKeepsPairsAsTheyAre() throws Exception {
        Resolution r = with(Paragraph.of("1", "lone \uD800 and \uDFFF, pair \uD83D\uDE00;"));
        String json = Formats.writer("json").write(r);
        assertThat(json).contains("lone \\uD800 and \\uDFFF, pair \uD83D\uDE00;");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Formats.writer("json").write(r, bytes);
        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(json).doesNotContain("?");
        assertThat(Formats.reader("json").read(json).resolution()).isEqualTo(r);
        // a high surrogate at the very end of a string
        Resolution end = with(Paragraph.of("1", "end \uDBFF"));
        assertThat(Formats.reader("json")
                        .read(Formats.writer("json").write(end))
                        .resolution())
                .isEqualTo(end);
    }

    @Test
    void strictUtf8RefusesWhatItCannotCarryInsteadOfWritingAQuestionMark() {
        Resolution r = with(Paragraph.of("1", "lone \uD800;"));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        assertThatThrownBy(() -> Formats.writer("text").write(r, bytes))
                .isInstanceOf(CharacterCodingException.class)
                .hasMessageContaining("U+D800")
                .hasMessageContaining("lone surrogate");
        assertThat(bytes.toString(StandardCharsets.UTF_8)).doesNotContain("?");
        assertThat(Utf8Output.firstLoneSurrogate("a\uD83D\uDE00b")).isEmpty();
        assertThat(Utf8Output.firstLoneSurrogate("ab\uDE00")).hasValue(2);
        assertThat(Utf8Output.firstLoneSurrogate("ab\uD83D")).hasValue(2);
        for (String f : List.of("xml", "akn")) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try {
                Formats.writer(f).write(r, out);
            } catch (java.io.IOException e) {
                throw new AssertionError(f + " should escape the surrogate", e);
            }
            assertThat(Formats.reader(f)
                            .read(out.toString(StandardCharsets.UTF_8))
                            .resolution())
                    .isEqualTo(r);
        }
    }

    @Test
    void textRunsAreWrittenExactlyByEveryWriter() {
        Resolution split = with(Paragraph.of(List.of(Text.of("a "), Text.of("b"), Text.of(" c;"))));
        Resolution one = with(Paragraph.of(List.of(Text.of("a b c;"))));
        assertThat(split).isEqualTo(one);
        for (String f : List.of("text", "json", "xml", "akn")) {
            String written = Formats.writer(f).write(split);
            assertThat(written).as(f).contains("a b c;").doesNotContain("a  b");
            if (!"text".equals(f)) {
                assertThat(Formats.reader(f).read(written).resolution()).as(f).isEqualTo(one);
            }
        }
    }

    @Test
    void detectionReadsTheRootElement() {
        String akn = Formats.writer("akn").write(with(Paragraph.of("1", "text;")));
        String xml = Formats.writer("xml").write(with(Paragraph.of("1", "text;")));
        String longComment = "<!--" + "x".repeat(20_000) + "-->\n";
        String aknWithProlog = akn.replaceFirst("\\?>", "?>\n" + longComment + "<?pi data?>");
        assertThat(aknWithProlog).contains(longComment);
        assertThat(Formats.detect(aknWithProlog).orElseThrow().name()).isEqualTo("akn");
        assertThat(Formats.detect(java.nio.file.Path.of("doc.xml"), aknWithProlog)
                        .orElseThrow()
                        .name())
                .isEqualTo("akn");
        String xmlMentioningAkn = xml.replaceFirst("\\?>", "?>\n<!-- not <akomaNtoso> at all -->");
        assertThat(Formats.detect(xmlMentioningAkn).orElseThrow().name()).isEqualTo("xml");
        assertThat(Formats.detect(xml).orElseThrow().name()).isEqualTo("xml");
        assertThat(Formats.detect("\uFEFF  " + akn).orElseThrow().name()).isEqualTo("akn");
        assertThat(Formats.detect("<akomaNtoso/>").orElseThrow().name()).isEqualTo("akn");
        assertThat(Formats.detect("<a:akomaNtoso xmlns:a=\"http://docs.oasis-open.org/legaldocml/ns/akn/3.0\"/>")
                        .orElseThrow()
                        .name())
                .isEqualTo("akn");
        assertThat(Formats.detect("<akomaNtoso xmlns=\"urn:other\"/>")
                        .orElseThrow()
                        .name())
                .isEqualTo("xml");
        assertThat(Formats.detect(
                                "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><akomaNtoso>&e;</akomaNtoso>")
                        .orElseThrow()
                        .name())
                .isEqualTo("akn");
        assertThat(Formats.detect("<not well formed").orElseThrow().name()).isEqualTo("xml");
        assertThat(Formats.detect("{\"format\":\"resdom\"}").orElseThrow().name())
                .isEqualTo("json");
        assertThat(Formats.detect("RESOLUTION 1").orElseThrow().name()).isEqualTo("text");
    }

    /**
     * Names up to the limit are read; a longer one, however long (the parser stops counting at
     * its 8,192-character buffer), gets one message that states the limit and nothing else.
     */
    @Test
    void aHugeElementNameIsReportedAsSuchWithTheLimitItBreaks() {
        assertThat(org.resdom.io.internal.XmlNameLimit.MAX).isEqualTo(1_000);
        String expected = "an element, attribute or namespace name longer than 1,000 characters: XML names are read "
                + "up to 1,000 characters long";
        for (String f : List.of("xml", "akn")) {
            String atLimit = "n".repeat(1_000);
            assertThat(Formats.reader(f).read("<" + atLimit + "/>").diagnostics())
                    .as(f)
                    .noneMatch(d -> d.message().contains("name longer than"));
            for (int length : new int[] {1_001, 2_000, 8_192, 9_000, 100_000}) {
                String name = "n".repeat(length);
                for (String input :
                        List.of("<" + name + "/>", "<r " + name + "=\"1\"/>", "<r xmlns:" + name + "=\"urn:x\"/>")) {
                    ReadResult r = Formats.reader(f).read(input);
                    assertThat(r.diagnostics())
                            .as("%s, a name of %d", f, length)
                            .anySatisfy(d -> {
                                assertThat(d.severity()).isEqualTo(Severity.ERROR);
                                assertThat(d.message())
                                        .endsWith(expected)
                                        .doesNotContain("[xml]")
                                        .doesNotContain("jdk.xml")
                                        .doesNotContain("8,192")
                                        .doesNotContain(String.format(java.util.Locale.ROOT, "%,d", length));
                                assertThat(d.line()).hasValue(1);
                                assertThat(d.column().orElse(0)).isPositive();
                            });
                }
            }
        }
    }

    @Test
    void bindingErrorsPastTheBindingsOwnCapGiveNoLoggingAdvice() {
        StringBuilder sb = new StringBuilder("<resolution xmlns=\"urn:resdom:xml:1\" format=\"resdom\" version=\"1\">");
        for (int i = 0; i < 30; i++) {
            sb.append("<unknown").append(i).append("/>");
        }
        sb.append("</resolution>");
        ReadResult r = Formats.reader("xml").read(sb.toString());
        assertThat(r.diagnostics())
                .extracting(Diagnostic::message)
                .noneMatch(m -> m.contains("logger"))
                .noneMatch(m -> m.contains("FINEST"));
    }
}

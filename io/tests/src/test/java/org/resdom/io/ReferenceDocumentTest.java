package org.resdom.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.resdom.model.Citation;
import org.resdom.model.Resolution;
import org.resdom.testing.SeedFixture;
import org.resdom.testsupport.AknSchema;
import org.resdom.testsupport.SchemaSupport;
import org.resdom.testsupport.XsdSupport;

/**
 * The reference input (Resolution 71, French, as a Word extractor wrote it) through every
 * format: a golden file per format, schema-valid output, and a lossless way back.
 * Regenerate the golden files with {@code -Dresdom.golden.update=true} (run from {@code io/}).
 */
class ReferenceDocumentTest {

    private static final String FIXTURE = SeedFixture.RESOURCE;

    static Resolution reference() {
        try (InputStream in = ReferenceDocumentTest.class.getResourceAsStream(FIXTURE)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return Formats.reader("text").read(text).resolution();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static Stream<Arguments> formats() {
        return Stream.of(
                Arguments.of("json", "res71.json"),
                Arguments.of("xml", "res71.resdom.xml"),
                Arguments.of("akn", "res71.akn.xml"));
    }

    @ParameterizedTest
    @MethodSource("formats")
    void matchesTheGoldenFile(String format, String name) throws IOException {
        String written = Formats.writer(format).write(reference());
        Path golden = Path.of("src/test/resources/golden/reference", name);
        if (Boolean.getBoolean("resdom.golden.update")) {
            Files.createDirectories(golden.getParent());
            Files.writeString(golden, written, StandardCharsets.UTF_8);
        }
        assertThat(golden)
                .as("golden file %s (regenerate with -Dresdom.golden.update=true)", name)
                .exists();
        assertThat(written).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @MethodSource("formats")
    void isValidAgainstTheFormatsSchema(String format, String name) {
        String written = Formats.writer(format).write(reference());
        List<String> errors = switch (format) {
            case "json" -> SchemaSupport.violations(written);
            case "xml" -> XsdSupport.errors(written);
            case "akn" -> AknSchema.errors(written);
            default -> throw new IllegalArgumentException(name);
        };
        assertThat(errors).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("formats")
    void readsBackEqualWithTheSameCitations(String format, String name) {
        Resolution reference = reference();
        ReadResult back = Formats.reader(format).read(Formats.writer(format).write(reference));
        assertThat(back.hasErrors()).as("%s", back.diagnostics()).isFalse();
        assertThat(back.resolution()).isEqualTo(reference);
        assertThat(back.resolution().citations())
                .extracting(Citation::text)
                .containsExactlyElementsOf(
                        reference.citations().stream().map(Citation::text).toList());
        assertThat(Formats.writer("text").write(back.resolution()))
                .as("the text written from the %s copy is the reference input", name)
                .isEqualTo(Formats.writer("text").write(reference));
    }

    @Test
    void theHandBuiltSeedSurvivesEveryFormat() {
        Resolution seed = SeedFixture.resolution71();
        for (String format : List.of("json", "xml", "akn")) {
            ReadResult back = Formats.reader(format).read(Formats.writer(format).write(seed));
            assertThat(back.resolution()).as("%s", format).isEqualTo(seed);
        }
        assertThat(AknSchema.errors(Formats.writer("akn").write(seed))).isEmpty();
    }

    @Test
    void theReaderFindsTheSeedsStructure() {
        Resolution read = reference();
        Resolution seed = SeedFixture.resolution71();
        assertThat(read.preamble())
                .extracting(s -> s.phrase().kind())
                .containsExactlyElementsOf(
                        seed.preamble().stream().map(s -> s.phrase().kind()).toList());
        assertThat(read.operative())
                .extracting(s -> s.phrase().map(p -> p.action()).orElseThrow())
                .containsExactlyElementsOf(seed.operative().stream()
                        .map(s -> s.phrase().map(p -> p.action()).orElseThrow())
                        .toList());
        for (int i = 0; i < seed.sections().size(); i++) {
            assertThat(labels(read.sections().get(i).paragraphs()))
                    .as("labels of section %d", i + 1)
                    .containsExactlyElementsOf(labels(seed.sections().get(i).paragraphs()));
        }
    }

    private static List<String> labels(List<org.resdom.model.Paragraph> paragraphs) {
        return paragraphs.stream()
                .map(p -> p.label().map(l -> l.text()).orElse("-"))
                .toList();
    }

    @Test
    void bytesThatAreNotUtf8FailTheReadInsteadOfBeingReplaced() {
        byte[] bad = {'a', ')', '\t', (byte) 0xC3, (byte) 0x28, '\n'};
        for (String format : Formats.names()) {
            org.assertj.core.api.Assertions.assertThatThrownBy(
                            () -> Formats.reader(format).read(new java.io.ByteArrayInputStream(bad)))
                    .as("%s", format)
                    .isInstanceOf(java.nio.charset.CharacterCodingException.class);
        }
    }
}

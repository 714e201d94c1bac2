package org.resdom.io.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.resdom.diagnostic.Severity;
import org.resdom.io.ReadLimits;
import org.resdom.io.ReadResult;
import org.resdom.io.TextCodes;
import org.resdom.model.Resolution;
import org.resdom.testing.SeedFixture;

/** Every prefix of every fixture, hostile inputs and limits: always a document, never an exception. */
@org.junit.jupiter.api.Timeout(value = 120, unit = java.util.concurrent.TimeUnit.SECONDS)
class RobustnessTest {

    private static final TextResolutionReader READER = TextResolutionReader.create();
    private static final TextResolutionWriter WRITER = TextResolutionWriter.create();

    /** Reads, checks nothing went wrong inside, and checks the writer gives the input back. */
    static ReadResult lossless(String input) {
        ReadResult r = READER.read(input);
        assertThat(r.diagnostics()).noneMatch(d -> d.code().equals(TextCodes.INTERNAL));
        assertThat(r.diagnostics()).allSatisfy(d -> {
            assertThat(d.code())
                    .matches(c -> c.startsWith("TXT-") || c.equals(TextCodes.LIMIT), "a text code or IO-LIMIT");
            assertThat(d.span()).isPresent();
        });
        assertThat(WRITER.write(r.resolution())).isEqualTo(input);
        return r;
    }

    @ParameterizedTest
    @ValueSource(
            strings = {SeedFixture.NAME, "res71-en", "res71-es", "res71-fr-clean", "res71-ru", "res71-ar", "res71-zh"})
    void everyPrefixReadsAndWritesBack(String name) {
        String input = StructureDump.fixture(name);
        for (int i = 0; i <= input.length(); i++) {
            String prefix = input.substring(0, i);
            ReadResult r = READER.read(prefix);
            assertThat(r.diagnostics())
                    .as("prefix %d", i)
                    .noneMatch(d -> d.code().equals(TextCodes.INTERNAL));
            assertThat(WRITER.write(r.resolution())).as("prefix %d", i).isEqualTo(prefix);
        }
    }

    @Test
    void emptyAndBlank() {
        assertThat(lossless("").resolution().sections()).isEmpty();
        lossless("\n");
        lossless("\n\n \t\n");
        lossless(" ");
        lossless("\r\n");
    }

    @Test
    void binaryJunkAndControls() {
        Random random = new Random(42);
        byte[] bytes = new byte[20000];
        random.nextBytes(bytes);
        ReadResult r = lossless(new String(bytes, StandardCharsets.UTF_8));
        assertThat(r.diagnostics()).anyMatch(d -> d.code().equals(TextCodes.SUSPICIOUS_CHAR));
        lossless("\u0000\u0000a)\u0000\tb\u0000\n\u0000");
        lossless(new String(bytes, StandardCharsets.ISO_8859_1));
    }

    @Test
    void loneSurrogates() {
        ReadResult r = lossless("considering\na)\t\uD800 x \uDC00;\n\uDBFF");
        assertThat(r.diagnostics())
                .filteredOn(d -> d.code().equals(TextCodes.SUSPICIOUS_CHAR))
                .hasSize(2);
    }

    @Test
    void oneHugeLine() {
        // a bare 71/243 could be a page number: the word makes it a citation
        String line = "la Résolution 70 (Rév. Dubaï, 2018) [bookmark: x] {+y+} résolution 71/243 ".repeat(16_000);
        assertThat(line.length()).isGreaterThan(1_000_000);
        ReadResult r = lossless(line);
        assertThat(r.resolution().formula()).isPresent();
        assertThat(r.resolution().citations()).hasSize(32_000);
    }

    @Test
    void manyShortLines() {
        StringBuilder sb = new StringBuilder("considering\n");
        for (int i = 0; i < 100_000; i++) {
            sb.append(i % 3 == 0 ? "" : i % 3 == 1 ? "a)\tx;" : "– y").append('\n');
        }
        ReadResult r = lossless(sb.toString());
        assertThat(r.diagnostics().size())
                .isLessThanOrEqualTo(ReadLimits.defaults().maxDiagnostics() + 1);
    }

    @Test
    void deepNesting() {
        lossless("[".repeat(200_000));
        lossless("]".repeat(1000) + "[".repeat(1000));
        lossless("considering\na)\t" + "{+".repeat(5000) + "x" + "+}".repeat(5000));
        ReadResult r = lossless("considering\na)\t" + "{[".repeat(100) + "x" + "]}".repeat(100));
        assertThat(r.diagnostics()).anyMatch(d -> d.code().equals(TextCodes.LIMIT));
        lossless("[1:".repeat(3000) + "]".repeat(3000));
        StringBuilder items = new StringBuilder("resolves\n");
        String[] labels = {"1", "a)", "i)", "–", "•"};
        for (int i = 0; i < 5; i++) {
            items.append(labels[i]).append("\tintro:\n");
        }
        lossless(items.toString());
    }

    @Test
    void maxCharsStopsReading() throws java.io.IOException {
        String input = StructureDump.resource("/fixtures/res71-en.txt");
        TextResolutionReader small = TextResolutionReader.builder()
                .limits(ReadLimits.defaults().withMaxChars(100))
                .build();
        ReadResult r = small.read(input);
        assertThat(r.hasErrors()).isTrue();
        assertThat(r.diagnostics()).anySatisfy(d -> {
            assertThat(d.code()).isEqualTo(TextCodes.LIMIT);
            assertThat(d.severity()).isEqualTo(Severity.ERROR);
        });
        assertThat(WRITER.write(r.resolution())).isEqualTo(input.substring(0, 100));
        ReadResult fromStream = small.read(new java.io.ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
        assertThat(fromStream.resolution()).isEqualTo(r.resolution());
    }

    @Test
    void maxDiagnosticsCapsTheList() {
        TextResolutionReader reader = TextResolutionReader.builder()
                .limits(new ReadLimits(1_000_000, 64, 5))
                .build();
        ReadResult r = reader.read("considering\n" + "a)\tx\n".repeat(50));
        assertThat(r.diagnostics()).hasSize(6);
        assertThat(r.diagnostics().get(5).code()).isEqualTo(TextCodes.LIMIT);
        assertThat(r.diagnostics().get(5).message()).contains("44 more");
    }

    @Test
    void crlfIsKept() {
        String input = StructureDump.resource("/fixtures/res71-en.txt").replace("\n", "\r\n");
        ReadResult r = lossless(input);
        assertThat(r.resolution().hints().values()).containsEntry("text.newline", "CRLF");
        assertThat(r.resolution().preamble()).hasSize(4);
    }

    @Test
    void theSameTextWithOtherLineEndingsIsTheSameResolution() {
        String lf = StructureDump.resource("/fixtures/res71-en.txt");
        Resolution unix = lossless(lf).resolution();
        Resolution windows = lossless("\uFEFF" + lf.replace("\n", "\r\n")).resolution();
        // the layout is a source hint, not content: equal, and each still written back as it was read
        assertThat(windows).isEqualTo(unix).hasSameHashCodeAs(unix);
        assertThat(windows.metadata()).isEqualTo(unix.metadata());
        assertThat(windows.hints().get("text.newline")).contains("CRLF");
        assertThat(windows.hints().get("text.byte-order-mark")).contains("true");
        assertThat(unix.hints().get("text.newline")).isEmpty();
    }
}

package org.resdom.io.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.resdom.io.ReadResult;
import org.resdom.model.Node;
import org.resdom.model.Resolution;
import org.resdom.model.SourceSpan;
import org.resdom.testsupport.SchemaSupport;

/**
 * The reference document against its golden JSON. Regenerate with
 * {@code mvn test -pl io -Dtest=JsonGoldenTest -Dresdom.golden.update=true} (run from the
 * repository root), then review the diff.
 */
class JsonGoldenTest {

    private static final String GOLDEN = "golden/json/rich.json";

    private static String golden() throws IOException {
        try (InputStream in = JsonGoldenTest.class.getClassLoader().getResourceAsStream(GOLDEN)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void writesTheGoldenFile() throws IOException {
        String written = JsonResolutionWriter.create().write(JsonSamples.rich());
        if (Boolean.getBoolean("resdom.golden.update")) {
            Path target = Path.of("src/test/resources").resolve(GOLDEN);
            Files.createDirectories(target.getParent());
            Files.writeString(target, written, StandardCharsets.UTF_8);
            return;
        }
        String expected = golden();
        if (expected == null) {
            fail("missing " + GOLDEN + "; run with -Dresdom.golden.update=true");
        }
        assertThat(written).isEqualTo(expected);
    }

    @Test
    void readsTheGoldenFileBackLosslessly() throws IOException {
        ReadResult read = JsonResolutionReader.create().read(golden());
        assertThat(read.diagnostics()).isEmpty();
        assertThat(read.resolution()).isEqualTo(JsonSamples.rich());
        assertThat(spans(read.resolution())).isEqualTo(spans(JsonSamples.rich()));
    }

    @Test
    void goldenFileValidatesAgainstTheSchema() throws IOException {
        assertThat(SchemaSupport.violations(golden())).isEmpty();
    }

    @Test
    void goldenFileCoversEveryNodeTypeAndEveryOptionalValue() throws IOException {
        String json = golden();
        for (String type : JsonNames.TYPES.values()) {
            assertThat(json).contains("\"type\": \"" + type + "\"");
        }
        for (String property : List.of(
                "qualifier",
                "addressee",
                "suffix",
                "wrapUp",
                "items",
                "anchors",
                "revision",
                "history",
                "metadata",
                "title",
                "heading",
                "article",
                "paragraph",
                "appendix",
                "annex",
                "runIn\": true",
                "\"id\": \"hcontainer_1__para_1__list_1__point_i__ins_1\"")) {
            assertThat(json).contains(property);
        }
    }

    @Test
    void optionsLeaveOutSpansAndIds() {
        Resolution rich = JsonSamples.rich();
        String bare = JsonResolutionWriter.builder()
                .compact()
                .includeSpans(false)
                .includeIds(false)
                .build()
                .write(rich);
        assertThat(bare).doesNotContain("\"span\"").doesNotContain("\"id\"").doesNotContain("\n");
        ReadResult read = JsonResolutionReader.create().read(bare);
        assertThat(read.diagnostics()).isEmpty();
        assertThat(read.resolution()).isEqualTo(rich);
        assertThat(read.resolution().span()).isEmpty();
        assertThat(SchemaSupport.violations(bare)).isEmpty();
    }

    /** Every span in document order (spans are not part of equals). */
    static List<Optional<SourceSpan>> spans(Resolution r) {
        return r.stream().map(Node::span).toList();
    }
}

package org.resdom.io.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.resdom.testing.Theories.qt;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.resdom.diagnostic.Diagnostic;
import org.resdom.io.ReadResult;
import org.resdom.model.Resolution;
import org.resdom.model.Unrecognized;
import org.resdom.testing.Generators;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The reader takes members in any order (JSON objects are unordered): a document whose objects
 * have their members shuffled reads back as the same document, whether an inline node's
 * {@code type} comes first (as resdom writes it) or not, from a string or from bytes.
 */
class JsonMemberOrderTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonResolutionReader READER = JsonResolutionReader.create();

    /** Rebuilds every object with its members in a random order. */
    private static JsonNode shuffle(JsonNode node, Random random) {
        if (node.isObject()) {
            List<Map.Entry<String, JsonNode>> members = new ArrayList<>(node.properties());
            Collections.shuffle(members, random);
            ObjectNode out = MAPPER.createObjectNode();
            for (Map.Entry<String, JsonNode> m : members) {
                out.set(m.getKey(), shuffle(m.getValue(), random));
            }
            return out;
        }
        if (node.isArray()) {
            var out = MAPPER.createArrayNode();
            node.forEach(e -> out.add(shuffle(e, random)));
            return out;
        }
        return node;
    }

    private static ReadResult fromBytes(String json) {
        try {
            return READER.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void shuffledMembersReadBackTheSameDocument() {
        qt().withExamples(60)
                .forAll(Generators.arbitrary(new Generators.Options(true, true)))
                .checkAssert(r -> {
                    String json = JsonResolutionWriter.create().write(r);
                    Resolution expected = READER.read(json).resolution();
                    for (long seed = 0; seed < 3; seed++) {
                        String shuffled = MAPPER.writeValueAsString(shuffle(MAPPER.readTree(json), new Random(seed)));
                        ReadResult back = READER.read(shuffled);
                        assertThat(back.diagnostics())
                                .extracting(Diagnostic::code)
                                .doesNotContain(
                                        JsonFormat.SYNTAX,
                                        JsonFormat.TYPE,
                                        JsonFormat.MISSING,
                                        JsonFormat.UNKNOWN_PROPERTY);
                        assertThat(back.resolution()).isEqualTo(expected);
                        assertThat(fromBytes(shuffled).resolution()).isEqualTo(expected);
                    }
                });
    }

    @Test
    void theGoldenSampleReadsTheSameShuffled() {
        String json = JsonResolutionWriter.create().write(JsonSamples.rich());
        for (long seed = 0; seed < 20; seed++) {
            String shuffled = MAPPER.writeValueAsString(shuffle(MAPPER.readTree(json), new Random(seed)));
            ReadResult back = READER.read(shuffled);
            assertThat(back.diagnostics()).as("seed %d", seed).isEmpty();
            assertThat(back.resolution()).isEqualTo(JsonSamples.rich());
        }
    }

    @Test
    void anUnknownInlineTypeAfterOtherMembersIsStillKeptWhole() {
        String json = JsonResolutionWriter.builder()
                .compact()
                .build()
                .write(JsonSamples.rich())
                .replace(
                        "{\"type\":\"text\",\"text\":\"to keep \"}",
                        "{\"href\":\"https://itu.int\",\"type\":\"hyperlink\"}");
        ReadResult r = READER.read(json);
        assertThat(r.diagnostics()).extracting(Diagnostic::code).containsExactly(JsonFormat.UNKNOWN_TYPE);
        assertThat(r.resolution()
                        .operative()
                        .get(0)
                        .paragraphs()
                        .get(1)
                        .content()
                        .get(0))
                .isEqualTo(Unrecognized.of("{\"href\":\"https://itu.int\",\"type\":\"hyperlink\"}"));
    }
}

package org.resdom.io.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.resdom.testing.Theories.qt;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;
import org.resdom.io.ReadResult;
import org.resdom.model.Resolution;
import org.resdom.testing.Generators;
import org.resdom.testing.Spans;
import org.resdom.testsupport.SchemaSupport;

/** model → JSON → model is the identity, for random documents with hostile text. */
class JsonRoundTripPropertyTest {

    private static final int EXAMPLES = 200;

    private static final JsonResolutionReader READER = JsonResolutionReader.create();

    private static void roundTrips(JsonResolutionWriter writer, Resolution r) {
        String json = writer.write(r);
        ReadResult read = READER.read(json);
        assertThat(read.diagnostics()).as(json).isEmpty();
        assertThat(read.resolution()).as(json).isEqualTo(r);
        assertThat(Spans.of(read.resolution()))
                .as("spans survive (equals ignores them)")
                .isEqualTo(Spans.of(r));
        assertThat(read.resolution().hints())
                .as("hints survive (equals ignores them)")
                .isEqualTo(r.hints());
        assertThat(SchemaSupport.violations(json)).as(json).isEmpty();
        assertThat(writer.write(read.resolution())).isEqualTo(json);
    }

    @Test
    void prettyRoundTripsArbitraryDocuments() {
        JsonResolutionWriter writer = JsonResolutionWriter.create();
        qt().withExamples(EXAMPLES)
                .forAll(Generators.arbitrary(new Generators.Options(true, true)))
                .checkAssert(r -> roundTrips(writer, r));
    }

    @Test
    void compactRoundTripsArbitraryDocuments() {
        JsonResolutionWriter writer = JsonResolutionWriter.builder().compact().build();
        qt().withExamples(EXAMPLES)
                .forAll(Generators.arbitrary(new Generators.Options(true, true)))
                .checkAssert(r -> {
                    roundTrips(writer, r);
                    assertThat(writer.write(r)).doesNotContain("\n");
                });
    }

    @Test
    void withoutIdsRoundTripsWellFormedDocuments() {
        JsonResolutionWriter writer =
                JsonResolutionWriter.builder().includeIds(false).build();
        qt().withExamples(EXAMPLES).forAll(Generators.wellFormed()).checkAssert(r -> roundTrips(writer, r));
    }

    @Test
    void utf8StreamsRoundTrip() {
        JsonResolutionWriter writer = JsonResolutionWriter.builder().compact().build();
        qt().withExamples(100)
                .forAll(Generators.arbitrary(new Generators.Options(true, true)))
                .checkAssert(r -> {
                    try {
                        ByteArrayOutputStream out = new ByteArrayOutputStream();
                        writer.write(r, out);
                        ReadResult read = READER.read(new ByteArrayInputStream(out.toByteArray()));
                        assertThat(read.diagnostics()).isEmpty();
                        assertThat(read.resolution()).isEqualTo(r);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
    }
}

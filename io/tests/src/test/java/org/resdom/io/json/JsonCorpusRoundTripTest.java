package org.resdom.io.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.resdom.io.Positions;
import org.resdom.io.ReadResult;
import org.resdom.io.akn.AknResolutionReader;
import org.resdom.model.Resolution;

/**
 * Every Akoma Ntoso file of the development corpus, written as JSON (pretty with spans, and
 * compact without) and read back both ways, from bytes and from a string: the same document as
 * written, no diagnostics, the same JSON when written again; with document positions, the byte
 * reading and the character reading give the same model (every node's span in characters).
 */
class JsonCorpusRoundTripTest {

    private static final JsonResolutionWriter PRETTY = JsonResolutionWriter.create();
    private static final JsonResolutionWriter COMPACT =
            JsonResolutionWriter.builder().compact().includeSpans(false).build();
    private static final JsonResolutionReader READER = JsonResolutionReader.create();
    private static final JsonResolutionReader DOCUMENT =
            JsonResolutionReader.builder().positions(Positions.DOCUMENT).build();

    @Test
    void everyDevCorpusDocumentReadsBackFromItsJsonFromBytesAndFromAString() throws Exception {
        List<Path> files = akn();
        assertThat(files).hasSizeGreaterThan(200);
        AknResolutionReader akn = AknResolutionReader.create();
        for (Path f : files) {
            Resolution r = akn.read(f).resolution();
            String pretty = PRETTY.write(r);
            String compact = COMPACT.write(r);
            for (String json : List.of(pretty, compact)) {
                byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
                ReadResult fromBytes = READER.read(new ByteArrayInputStream(bytes));
                ReadResult fromString = READER.read(json);
                assertThat(fromBytes.diagnostics()).as(f.toString()).isEmpty();
                assertThat(fromString.diagnostics()).as(f.toString()).isEmpty();
                assertThat(fromBytes.resolution()).as(f.toString()).isEqualTo(fromString.resolution());
                JsonResolutionWriter w = json == pretty ? PRETTY : COMPACT;
                assertThat(w.write(fromBytes.resolution())).as(f.toString()).isEqualTo(json);
                if (json == pretty) {
                    assertThat(fromBytes.resolution()).as(f.toString()).isEqualTo(r);
                }
                ReadResult positionsFromBytes = DOCUMENT.read(new ByteArrayInputStream(bytes));
                ReadResult positionsFromString = DOCUMENT.read(json);
                assertThat(positionsFromBytes.resolution())
                        .as(f.toString())
                        .isEqualTo(positionsFromString.resolution());
                assertThat(positionsFromBytes.diagnostics())
                        .as(f.toString())
                        .isEqualTo(positionsFromString.diagnostics());
            }
        }
    }

    private static List<Path> akn() throws IOException, URISyntaxException {
        Path root =
                Path.of(JsonCorpusRoundTripTest.class.getResource("/corpus/dev").toURI());
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(p -> p.toString().endsWith(".xml")).sorted().collect(Collectors.toList());
        }
    }
}

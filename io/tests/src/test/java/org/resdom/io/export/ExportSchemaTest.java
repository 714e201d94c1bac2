package org.resdom.io.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.resdom.io.corpus.Corpus;
import org.resdom.io.corpus.CorpusDocument;
import org.resdom.model.Language;
import org.resdom.model.Resolution;

/** Every record of every unit exported from the whole development corpus validates against the shipped schemas. */
class ExportSchemaTest {

    static Schema schema(String resource) throws IOException {
        try (InputStream in = ExportJson.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                    .getSchema(new String(in.readAllBytes(), StandardCharsets.UTF_8), InputFormat.JSON);
        }
    }

    @Test
    void theDevCorpusExportValidatesAgainstTheRecordSchema() throws IOException {
        Schema schema = schema(ExportJson.RECORD_SCHEMA);
        Map<Unit, Integer> counts = new EnumMap<>(Unit.class);
        List<String> violations = new ArrayList<>();
        int documents;
        try (Stream<CorpusDocument> docs = Corpus.of(DevCorpus.root()).stream()) {
            List<CorpusDocument> all = docs.toList();
            documents = all.size();
            for (CorpusDocument d : all) {
                assertThat(d.readable()).as(d.name()).isTrue();
                for (Unit u : Unit.values()) {
                    for (ExportRecord r : Exporter.of(u).records(d.resolution().orElseThrow(), d.name())) {
                        String json = ExportJson.toJson(r);
                        assertThat(json).doesNotContain("\n");
                        schema.validate(json, InputFormat.JSON).forEach(e -> violations.add(d.name() + ": " + e));
                        counts.merge(u, 1, Integer::sum);
                    }
                }
            }
        }
        assertThat(violations).isEmpty();
        assertThat(documents).isGreaterThan(250);
        assertThat(counts.get(Unit.DOCUMENT)).isEqualTo(documents);
        assertThat(counts.get(Unit.PARAGRAPH)).isGreaterThan(10 * documents);
        assertThat(counts.get(Unit.CITATION)).isGreaterThan(100);
    }

    @Test
    void alignedRecordsValidateAgainstTheAlignedSchema() throws IOException {
        Schema aligned = schema(ExportJson.ALIGNED_SCHEMA);
        Schema record = schema(ExportJson.RECORD_SCHEMA);
        Map<String, Map<Language, Resolution>> groups = new TreeMap<>();
        try (Stream<CorpusDocument> docs = Corpus.of(DevCorpus.hrc54()).stream()) {
            docs.forEach(
                    d -> groups.computeIfAbsent(Aligner.groupKey(d.resolution().orElseThrow()), k -> new TreeMap<>())
                            .put(
                                    d.resolution().orElseThrow().identity().language(),
                                    d.resolution().orElseThrow()));
        }
        List<String> violations = new ArrayList<>();
        int n = 0;
        for (Map<Language, Resolution> g : groups.values()) {
            for (AlignedRecord a : Aligner.of().align(List.copyOf(g.values()))) {
                aligned.validate(ExportJson.toJson(a), InputFormat.JSON).forEach(e -> violations.add(e.toString()));
                for (ExportRecord v : a.versions()) {
                    record.validate(ExportJson.toJson(v), InputFormat.JSON).forEach(e -> violations.add(e.toString()));
                }
                assertThat(a.confidence()).isBetween(0.0, 1.0);
                n++;
            }
        }
        assertThat(violations).isEmpty();
        assertThat(n).isGreaterThan(1700);
    }

    @Test
    void recordsCarryPathTextCitationsAndPosition() {
        CorpusDocument d = Corpus.of(DevCorpus.hrc54().resolve("English/A_HRC_RES_54_10E.xml"))
                .read(DevCorpus.hrc54().resolve("English/A_HRC_RES_54_10E.xml"));
        List<ExportRecord> records =
                Exporter.of(Unit.PARAGRAPH).records(d.resolution().orElseThrow(), d.name());
        ExportRecord p2 = records.stream()
                .filter(r -> r.elementId().equals("hcontainer_1__para_2"))
                .findFirst()
                .orElseThrow();
        assertThat(p2.id()).isEqualTo("UNHRC/resolution/54/10/en#hcontainer_1__para_2");
        assertThat(p2.path().part()).isEqualTo("operative");
        assertThat(p2.path().labels()).containsExactly("2.");
        assertThat(p2.text()).startsWith("Decides to extend the mandate");
        assertThat(p2.span()).isPresent();
        assertThat(p2.span().get().line()).isEqualTo(206);
        ExportRecord point = records.stream()
                .filter(r -> r.elementId().endsWith("point_b"))
                .findFirst()
                .orElseThrow();
        assertThat(point.path().labels()).containsExactly("1.", "(b)");
        var unResolution = records.stream()
                .filter(r -> r.path().part().equals("preamble"))
                .flatMap(r -> r.citations().stream())
                .filter(c -> c.kind().equals("un-resolution"))
                .findFirst()
                .orElseThrow();
        assertThat(unResolution.numbers()).isNotEmpty();
    }

    @Test
    void idsJoinAcrossTwoVersionsOfADocument() {
        Resolution a = Corpus.of(DevCorpus.hrc54())
                .read(DevCorpus.hrc54().resolve("English/A_HRC_RES_54_10E.xml"))
                .resolution()
                .orElseThrow();
        // a later version: one operative paragraph dropped; the labelled ids of the others do not move
        var op = a.operative().get(0);
        var fewer = new ArrayList<>(op.paragraphs());
        fewer.remove(2);
        Resolution b = new Resolution(
                a.identity(),
                a.formula(),
                a.preamble(),
                List.of(new org.resdom.model.OperativeSection(op.phrase(), op.runIn(), fewer, op.span())),
                a.annexes(),
                a.metadata(),
                a.span());
        Map<String, String> before = new TreeMap<>();
        Exporter.of(Unit.PARAGRAPH).records(a).forEach(r -> before.put(r.id(), r.text()));
        List<ExportRecord> after = Exporter.of(Unit.PARAGRAPH).records(b);
        assertThat(after)
                .allSatisfy(r -> assertThat(before.get(r.id())).as(r.id()).isEqualTo(r.text()));
    }
}

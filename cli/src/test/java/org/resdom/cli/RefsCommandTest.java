package org.resdom.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.resdom.io.Formats;
import org.resdom.model.Citation;
import org.resdom.model.InstrumentCitation;
import org.resdom.model.Resolution;
import tools.jackson.databind.JsonNode;

class RefsCommandTest {

    @TempDir
    Path dir;

    private static List<JsonNode> parse(String out) {
        List<JsonNode> rows = new ArrayList<>();
        out.lines().forEach(l -> rows.add(Json.MAPPER.readTree(l)));
        return rows;
    }

    private static String s(JsonNode row, String field) {
        JsonNode v = row.get(field);
        return v == null || v.isNull() ? null : v.isNumber() ? String.valueOf(v.asInt()) : v.asString();
    }

    @Test
    void everyCitationIsOneJsonLineWithItsFields() throws IOException {
        Path in = Files.writeString(
                dir.resolve("res71.json"), Formats.writer("json").write(Cli.clean()));
        Cli.Result r = Cli.run("refs", in.toString());
        assertThat(r.code()).as(r.err()).isZero();
        List<JsonNode> rows = parse(r.out());
        assertThat(rows).hasSize(5); // four citations, one of them naming two resolutions
        assertThat(rows)
                .allSatisfy(row -> assertThat(row.propertyNames()).containsExactlyElementsOf(RefsCommand.FIELDS));
        assertThat(rows).allMatch(row -> s(row, "file").equals(in.toString()));

        JsonNode provision = rows.get(0);
        assertThat(s(provision, "kind")).isEqualTo("convention");
        assertThat(s(provision, "number")).isEqualTo("235");
        assertThat(s(provision, "article")).isEqualTo("19");
        assertThat(s(provision, "body")).isNull();
        assertThat(s(provision, "text")).isEqualTo("No. 235 of Article 19 of the Convention");
        assertThat(s(provision, "element")).isEqualTo("preamble__container_1__list_1__item_a");

        for (int i = 1; i <= 2; i++) {
            JsonNode res = rows.get(i);
            assertThat(s(res, "kind")).isEqualTo("resolution");
            assertThat(s(res, "body")).isEqualTo("ITU-PP");
            assertThat(s(res, "number")).isEqualTo(i == 1 ? "70" : "77");
            assertThat(s(res, "place")).isEqualTo("Dubai");
            assertThat(res.get("year").asInt()).isEqualTo(2018);
            assertThat(s(res, "text")).isEqualTo("Resolutions 70 and 77 (Rev. Dubai, 2018)");
            assertThat(s(res, "element")).isEqualTo("preamble__container_1__list_1__item_b");
        }

        JsonNode un = rows.get(3);
        assertThat(s(un, "kind")).isEqualTo("un-resolution");
        assertThat(s(un, "body")).isEqualTo("UNGA");
        assertThat(s(un, "number")).isEqualTo("71/243");
        assertThat(s(un, "place")).isNull();
        assertThat(s(un, "year")).isNull();

        JsonNode annex = rows.get(4);
        assertThat(s(annex, "kind")).isEqualTo("annex");
        assertThat(s(annex, "number")).isEqualTo("1");
        assertThat(s(annex, "element")).isEqualTo("hcontainer_1__para_1");
    }

    @Test
    void theSampleCitationsPointAtTheirExactSourceText() throws IOException {
        Path in = Files.writeString(dir.resolve(Cli.SAMPLE), Cli.sample());
        Resolution read = Formats.reader("text").read(Cli.sample()).resolution();
        Cli.Result r = Cli.run("refs", in.toString());
        assertThat(r.code()).as(r.err()).isIn(0, 1);
        List<JsonNode> rows = parse(r.out());
        int expected = read.citations().stream()
                .mapToInt(c -> c instanceof InstrumentCitation i ? i.numbers().size() : 1)
                .sum();
        assertThat(rows).hasSize(expected).isNotEmpty();
        List<String> source = Cli.sample().lines().toList();
        Set<String> ids = new java.util.HashSet<>();
        read.elements().forEach(l -> ids.add(l.id()));
        for (JsonNode row : rows) {
            assertThat(s(row, "kind"))
                    .isIn(
                            "resolution",
                            "decision",
                            "recommendation",
                            "opinion",
                            "un-resolution",
                            "un-decision",
                            "un-document",
                            "named-instrument",
                            "constitution",
                            "convention",
                            "annex",
                            "other");
            assertThat(s(row, "element")).isIn(ids);
            if (s(row, "line") != null) {
                String line = source.get(row.get("line").asInt() - 1);
                assertThat(line.substring(row.get("column").asInt() - 1)).startsWith(s(row, "text"));
            }
        }
        assertThat(rows)
                .extracting(row -> s(row, "text"))
                .containsAll(read.citations().stream().map(Citation::text).toList());
        assertThat(rows).anySatisfy(row -> {
            assertThat(s(row, "number")).isEqualTo("70");
            assertThat(s(row, "kind")).isEqualTo("resolution");
        });
    }
}

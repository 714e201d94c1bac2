package org.resdom.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

class ReportsAndExportTest {

    @TempDir
    Path dir;

    @AfterEach
    void restoreStdin() {
        StandardInput.source = System.in;
    }

    private Path sample() throws IOException {
        Path p = dir.resolve("res71.txt");
        Files.writeString(p, Cli.sample(), StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void sarifHasTheShapeCiSystemsRead() throws IOException {
        Cli.Result r = Cli.run("validate", "--format", "sarif", sample().toString());
        assertThat(r.code()).isEqualTo(1);
        JsonNode log = Json.MAPPER.readTree(r.out());
        assertThat(log.get("version").asString()).isEqualTo("2.1.0");
        assertThat(log.get("$schema").asString()).contains("sarif-2.1.0");
        JsonNode run = log.get("runs").get(0);
        assertThat(run.get("tool").get("driver").get("name").asString()).isEqualTo("resdom");
        List<String> ruleIds = run.get("tool")
                .get("driver")
                .get("rules")
                .valueStream()
                .map(n -> n.get("id").asString())
                .toList();
        JsonNode results = run.get("results");
        assertThat(results.size()).isGreaterThan(5);
        for (JsonNode res : results) {
            assertThat(ruleIds).contains(res.get("ruleId").asString());
            assertThat(res.get("level").asString()).isIn("error", "warning", "note");
            assertThat(res.get("message").get("text").asString()).isNotBlank();
            JsonNode phys = res.get("locations").get(0).get("physicalLocation");
            // the temporary folder is outside the working directory: an absolute file: URI, no base
            assertThat(phys.get("artifactLocation").get("uri").asString())
                    .endsWith("res71.txt")
                    .startsWith("file:///")
                    .doesNotContain("\\");
            assertThat(phys.get("artifactLocation").has("uriBaseId")).isFalse();
            if (phys.has("region")) {
                assertThat(phys.get("region").get("startLine").asInt()).isPositive();
            }
        }
        assertThat(results.valueStream()
                        .filter(n -> n.get("ruleId").asString().equals("RD-LABEL-DUPLICATE"))
                        .findFirst()
                        .orElseThrow()
                        .get("locations")
                        .get(0)
                        .get("physicalLocation")
                        .get("region")
                        .get("startLine")
                        .asInt())
                .isPositive();
    }

    @Test
    void sarifLocationsUnderTheWorkingDirectoryAreRelativeToSrcroot() throws IOException {
        // the tests run in the module's folder: a file under target/ is under the working directory
        Path here = Path.of("").toAbsolutePath();
        Path folder = Files.createDirectories(Path.of("target", "sarif uri"));
        Path file = Files.writeString(folder.resolve("res71 copy.txt"), Cli.sample(), StandardCharsets.UTF_8);
        for (String given : List.of(file.toString(), file.toAbsolutePath().toString(), "./" + file)) {
            Cli.Result r = Cli.run("validate", "--format", "sarif", given);
            JsonNode run = Json.MAPPER.readTree(r.out()).get("runs").get(0);
            assertThat(run.get("originalUriBaseIds").get("%SRCROOT%").get("uri").asString())
                    .isEqualTo(here.toUri().toString().replaceFirst("/?$", "/"));
            JsonNode artifact = run.get("results")
                    .get(0)
                    .get("locations")
                    .get(0)
                    .get("physicalLocation")
                    .get("artifactLocation");
            assertThat(artifact.get("uri").asString()).as(given).isEqualTo("target/sarif%20uri/res71%20copy.txt");
            assertThat(artifact.get("uriBaseId").asString()).isEqualTo("%SRCROOT%");
            // resolved against the base, the location is the file
            assertThat(Path.of(java.net
                            .URI
                            .create(run.get("originalUriBaseIds")
                                    .get("%SRCROOT%")
                                    .get("uri")
                                    .asString())
                            .resolve(artifact.get("uri").asString())))
                    .isEqualTo(file.toAbsolutePath());
        }
        StandardInput.source = new ByteArrayInputStream(Cli.sample().getBytes(StandardCharsets.UTF_8));
        JsonNode stdin = Json.MAPPER
                .readTree(Cli.run("validate", "--format", "sarif", "-").out())
                .get("runs")
                .get(0)
                .get("results")
                .get(0)
                .get("locations")
                .get(0)
                .get("physicalLocation")
                .get("artifactLocation");
        assertThat(stdin.get("uri").asString()).isEqualTo("-");
        assertThat(stdin.has("uriBaseId")).isFalse();
    }

    @Test
    void jsonlIsOneObjectPerDiagnostic() throws IOException {
        Cli.Result text = Cli.run("validate", sample().toString());
        Cli.Result jsonl = Cli.run("validate", "--format", "jsonl", sample().toString());
        assertThat(jsonl.outLines()).hasSameSizeAs(text.outLines());
        for (String line : jsonl.outLines()) {
            JsonNode n = Json.MAPPER.readTree(line);
            assertThat(n.get("code").asString()).matches("[A-Z]+(-[A-Z]+)+");
            assertThat(n.get("file").asString()).endsWith("res71.txt");
        }
    }

    @Test
    void disableAndFailOn() throws IOException {
        Path p = sample();
        Cli.Result all = Cli.run("validate", "--format", "jsonl", p.toString());
        assertThat(all.out()).contains("RD-LABEL-DUPLICATE").contains("RD-LABEL-GLUED");
        Cli.Result none = Cli.run("validate", "--disable", "RD-LABEL-DUPLICATE", "--format", "jsonl", p.toString());
        assertThat(none.out()).doesNotContain("RD-LABEL-DUPLICATE").contains("RD-LABEL-GLUED");
        assertThat(none.code()).isZero();
        Cli.Result strict =
                Cli.run("validate", "--disable", "RD-LABEL-DUPLICATE", "--fail-on", "warning", p.toString());
        assertThat(strict.code()).isEqualTo(1);
        // a misspelt code is a usage error, not a silently ignored option
        Cli.Result typo = Cli.run("validate", "--disable", "RD-LABEL-DUPLICATES", p.toString());
        assertThat(typo.code()).isEqualTo(2);
        assertThat(typo.err()).contains("--disable RD-LABEL-DUPLICATES: no such diagnostic code");
        assertThat(typo.out()).isEmpty();
    }

    @Test
    void statsJsonAndStandardInput() throws IOException {
        StandardInput.source = new ByteArrayInputStream(Cli.sample().getBytes(StandardCharsets.UTF_8));
        Cli.Result r = Cli.run("stats", "--format", "json", "-");
        JsonNode doc = Json.MAPPER.readTree(r.out()).get(0);
        assertThat(doc.get("file").asString()).isEqualTo("-");
        assertThat(doc.get("document").get("number").asString()).isEqualTo("71");
        assertThat(doc.get("preamble").get("sections").asInt()).isEqualTo(4);
        assertThat(doc.get("diagnostics").get("codes").has("RD-LABEL-DUPLICATE"))
                .isTrue();
    }

    @Test
    void exportOneRecordPerParagraphWithStableIds() throws IOException {
        Path p = sample();
        Cli.Result r = Cli.run("export", "--per", "paragraph", "--to", "jsonl", p.toString());
        assertThat(r.code()).isZero();
        List<JsonNode> records =
                r.outLines().stream().map(Json.MAPPER::readTree).toList();
        assertThat(records).hasSizeGreaterThan(30);
        assertThat(records).allSatisfy(n -> assertThat(n.get("id").asString()).startsWith("ITU-PP/resolution/71/fr#"));
        StandardInput.source = new ByteArrayInputStream(Cli.sample().getBytes(StandardCharsets.UTF_8));
        Cli.Result again = Cli.run("export", "-");
        assertThat(again.outLines().stream()
                        .map(l -> Json.MAPPER.readTree(l).get("id").asString())
                        .toList())
                .isEqualTo(records.stream().map(n -> n.get("id").asString()).toList());
        Cli.Result cites = Cli.run("export", "--per", "citation", p.toString());
        assertThat(cites.outLines())
                .isNotEmpty()
                .allSatisfy(
                        l -> assertThat(Json.MAPPER.readTree(l).get("citations").size())
                                .isEqualTo(1));
        assertThat(Cli.run("export", "--per", "word", p.toString()).code()).isEqualTo(2);
    }

    @Test
    void alignedExportOfTwoLanguages() throws IOException {
        org.resdom.model.Resolution en = Cli.clean();
        org.resdom.model.Resolution fr = en.withIdentity(en.identity().withLanguage(org.resdom.model.Language.FRENCH));
        try (var w = Files.newBufferedWriter(dir.resolve("en.json"))) {
            org.resdom.io.Formats.writer("json").write(en, w);
        }
        try (var w = Files.newBufferedWriter(dir.resolve("fr.json"))) {
            org.resdom.io.Formats.writer("json").write(fr, w);
        }
        Cli.Result r = Cli.run("export", "--aligned", dir.toString());
        assertThat(r.code()).isZero();
        List<JsonNode> records =
                r.outLines().stream().map(Json.MAPPER::readTree).toList();
        assertThat(records)
                .hasSize(org.resdom.io.export.Exporter.of(org.resdom.io.export.Unit.PARAGRAPH)
                        .records(en)
                        .size());
        assertThat(records).allSatisfy(n -> {
            assertThat(n.get("pivot").asString()).isEqualTo("en");
            assertThat(n.get("versions").has("en")).isTrue();
            assertThat(n.get("versions").has("fr")).isTrue();
            assertThat(n.get("confidence").asDouble()).isEqualTo(1.0);
            assertThat(n.get("versions").get("fr").get("element").asString())
                    .isEqualTo(n.get("versions").get("en").get("element").asString());
        });
        assertThat(Cli.run("export", "--aligned", "--per", "citation", dir.toString())
                        .code())
                .isEqualTo(2);
    }
}

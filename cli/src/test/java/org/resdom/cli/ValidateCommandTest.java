package org.resdom.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.resdom.diagnostic.Diagnostic;
import org.resdom.io.Formats;
import org.resdom.io.ReadResult;
import org.resdom.validation.Validator;
import tools.jackson.databind.JsonNode;

class ValidateCommandTest {

    private static final String LINE = "^(.+):(\\d+):(\\d+): (error|warning|info) ([A-Z][A-Z0-9-]*) (.+)$";

    @TempDir
    Path dir;

    @Test
    void aCleanDocumentPrintsNothingAndExitsWithZero() throws IOException {
        Path in = Files.writeString(
                dir.resolve("res71.json"), Formats.writer("json").write(Cli.clean()));
        Cli.Result r = Cli.run("validate", in.toString());
        assertThat(r.out()).as("diagnostics of the clean document").isEmpty();
        assertThat(r.code()).isZero();
        assertThat(r.err()).contains("validate: 1 file, 1 document, 0 errors, 0 skipped");
    }

    @Test
    void aReaderErrorIsPrintedInCompilerStyleAndExitsWithOne() throws IOException {
        Path in = Files.writeString(dir.resolve("broken.json"), "{\"identity\": [");
        Cli.Result r = Cli.run("validate", in.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.outLines())
                .isNotEmpty()
                .allMatch(l -> l.matches(LINE))
                .allMatch(l -> l.startsWith(in + ":"))
                .anyMatch(l -> l.contains(": error "));
        assertThat(r.err()).doesNotContain("\tat ");
    }

    @Test
    void theSamplePrintsTheReaderAndValidatorDiagnosticsInOrder() throws IOException {
        Path in = Files.writeString(dir.resolve(Cli.SAMPLE), Cli.sample());
        ReadResult read = Formats.reader("text").read(Cli.sample());
        List<Diagnostic> expected = new java.util.ArrayList<>(read.diagnostics());
        expected.addAll(Validator.standard().validate(read.resolution()));
        Cli.Result r = Cli.run("validate", in.toString());
        assertThat(r.outLines())
                .containsExactlyElementsOf(
                        expected.stream().map(d -> d.format(in.toString())).toList());
        assertThat(r.outLines()).allMatch(l -> l.matches(LINE));
        boolean errors = expected.stream().anyMatch(d -> d.severity().label().equals("error"));
        assertThat(r.code()).isEqualTo(errors ? 1 : 0);
    }

    @Test
    void jsonFormatPrintsOneArrayWithEveryField() throws IOException {
        Path broken = Files.writeString(dir.resolve("broken.json"), "{\"identity\": [");
        Path sample = Files.writeString(dir.resolve(Cli.SAMPLE), Cli.sample());
        Cli.Result text = Cli.run("validate", broken.toString(), sample.toString());
        Cli.Result r = Cli.run("validate", "--format", "json", broken.toString(), sample.toString());
        assertThat(r.code()).isEqualTo(1).isEqualTo(text.code());
        JsonNode array = Json.MAPPER.readTree(r.out());
        assertThat(array.isArray()).isTrue();
        assertThat(array.size()).isEqualTo(text.outLines().size());
        for (int i = 0; i < array.size(); i++) {
            JsonNode d = array.get(i);
            assertThat(d.propertyNames())
                    .containsExactly("file", "line", "column", "severity", "code", "message", "element");
            String line = text.outLines().get(i);
            String rebuilt = d.get("file").asString() + ":"
                    + (d.get("line").isNull() ? 0 : d.get("line").asInt()) + ":"
                    + (d.get("column").isNull() ? 0 : d.get("column").asInt()) + ": "
                    + d.get("severity").asString()
                    + " " + d.get("code").asString() + " " + d.get("message").asString();
            assertThat(rebuilt).isEqualTo(line);
        }
    }

    @Test
    void jsonFormatOfNothingIsAnEmptyArray() throws IOException {
        Path in = Files.writeString(
                dir.resolve("res71.json"), Formats.writer("json").write(Cli.clean()));
        Cli.Result r = Cli.run("validate", "--format=JSON", in.toString());
        assertThat(r.code()).isZero();
        assertThat(Json.MAPPER.readTree(r.out()).isArray()).isTrue();
        assertThat(Json.MAPPER.readTree(r.out()).size()).isZero();
    }

    @Test
    void fromOverridesDetection() throws IOException {
        Path in = Files.writeString(
                dir.resolve("res71.data"), Formats.writer("json").write(Cli.clean()));
        assertThat(Cli.run("validate", in.toString()).out()).isEmpty(); // detected as JSON by content
        Cli.Result asText = Cli.run("validate", "--from", "text", in.toString());
        assertThat(asText.out()).isNotEmpty(); // JSON read as plain text is no resolution
    }

    @Test
    void diagnosticsToJsonKeepsUnknownPositionsNull() {
        Diagnostic d = new Diagnostic(
                "RD-X",
                org.resdom.diagnostic.Severity.WARNING,
                "m",
                java.util.Optional.of("hcontainer_1"),
                java.util.Optional.empty());
        JsonNode o = ValidateCommand.toJson("f.txt", d);
        assertThat(o.get("line").isNull()).isTrue();
        assertThat(o.get("column").isNull()).isTrue();
        assertThat(o.get("severity").asString()).isEqualTo("warning");
        assertThat(o.get("element").asString()).isEqualTo("hcontainer_1");
    }

    @Test
    void positionsPointIntoTheFileGivenEvenWhenItCarriesTheTextsSpans() throws IOException {
        Path text = Files.writeString(dir.resolve(Cli.SAMPLE), Cli.sample());
        Path json = dir.resolve("res71.json");
        assertThat(Cli.run("convert", "--lenient", "-q", "--to", "json", "-o", json.toString(), text.toString())
                        .code())
                .isZero();
        assertThat(Files.readString(json)).as("the JSON keeps the text's spans").contains("\"span\"");
        List<String> jsonLines = Files.readAllLines(json);
        Cli.Result r = Cli.run("validate", json.toString());
        assertThat(r.outLines()).isNotEmpty().allMatch(l -> l.matches(LINE));
        for (String l : r.outLines()) {
            String[] parts = l.substring(json.toString().length() + 1).split(":");
            int line = Integer.parseInt(parts[0]);
            int column = Integer.parseInt(parts[1]);
            assertThat(line).as(l).isBetween(1, jsonLines.size());
            assertThat(jsonLines.get(line - 1).charAt(column - 1))
                    .as("%s points at a JSON object", l)
                    .isEqualTo('{');
        }
    }
}

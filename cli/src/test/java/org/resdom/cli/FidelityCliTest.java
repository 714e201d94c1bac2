package org.resdom.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.resdom.io.Formats;
import org.resdom.model.Identity;
import org.resdom.model.Paragraph;
import org.resdom.model.Resolution;

/** The command line's defects of issue 9: items 1, 2, 5, 9, 12, 13, 15. */
class FidelityCliTest {

    @TempDir
    Path dir;

    private static Resolution titled(String text) {
        return Resolution.builder(Identity.unknown())
                .operative(Optional.empty(), s -> s.add(Paragraph.of("1", text)))
                .build();
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** Item 1: a.json's output would be a.xml, another input; it is refused before anything is written. */
    @Test
    void convertingAFolderIntoItselfNeverWritesOverAnInput() throws IOException {
        Path d = Files.createDirectories(dir.resolve("d"));
        String aJson = Formats.writer("json").write(titled("from the JSON file;"));
        String aXml = Formats.writer("xml").write(titled("from the XML file;"));
        Files.writeString(d.resolve("a.json"), aJson);
        Files.writeString(d.resolve("a.xml"), aXml);
        Cli.Result r = Cli.run("convert", "--to", "xml", "-o", d.toString(), d.toString());
        assertThat(r.code()).as(r.err()).isEqualTo(ExitCode.FAILURE);
        assertThat(Files.readString(d.resolve("a.xml"))).isEqualTo(aXml);
        assertThat(Files.readString(d.resolve("a.json"))).isEqualTo(aJson);
        assertThat(names(d)).containsExactly("a.json", "a.xml");
        assertThat(r.err())
                .contains("a.json: not written: ")
                .contains("is another input of this run")
                .contains("a.xml: not written: ")
                .contains("is the input itself");
    }

    /** Item 1: two inputs with one output: the first is written, the second refused, up front. */
    @Test
    void twoInputsWithTheSameOutputKeepTheFirst() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("a.json"), Formats.writer("json").write(titled("one;")));
        Files.writeString(in.resolve("a.txt"), "1\ttwo;\n");
        Path out = dir.resolve("out");
        Cli.Result r = Cli.run("convert", "--lenient", "--to", "json", "-o", out.toString(), in.toString());
        assertThat(r.err()).contains("a.txt: not written: ").contains("is also the output of");
        assertThat(Formats.reader("json")
                        .read(Files.readString(out.resolve("a.json")))
                        .resolution())
                .isEqualTo(titled("one;"));
    }

    /** Item 5: a trailing separator names a folder, even for one input, and the folder is created. */
    @Test
    void aTrailingSeparatorNamesAFolderEvenForOneInput() throws IOException {
        Path in =
                Files.writeString(dir.resolve("x.json"), Formats.writer("json").write(titled("text;")));
        String out = dir.resolve("out") + "/";
        for (String to : List.of("text", "json", "xml", "akn")) {
            Cli.Result r = Cli.run("convert", "--to", to, "-o", out, in.toString());
            assertThat(r.code()).as(r.err()).isZero();
        }
        assertThat(Files.isDirectory(dir.resolve("out"))).isTrue();
        assertThat(names(dir.resolve("out"))).containsExactly("x.akn.xml", "x.json", "x.txt", "x.xml");
        Files.writeString(dir.resolve("file"), "");
        Cli.Result r = Cli.run("convert", "--to", "json", "-o", dir.resolve("file") + "/", in.toString());
        assertThat(r.code()).isNotZero();
        assertThat(r.err()).contains("is a file");
    }

    /** Item 2: the JSON reports (export, stats, refs) escape a lone surrogate instead of printing '?'. */
    @Test
    void jsonReportsOnStandardOutputEscapeALoneSurrogate() throws IOException {
        Identity id = new Identity(
                org.resdom.model.Body.ITU_PP,
                org.resdom.model.DocumentKind.RESOLUTION,
                Optional.of("71"),
                Optional.of("RESOLUTION 71"),
                Optional.of("Plan \uDC00 half"),
                org.resdom.model.Language.ENGLISH,
                List.of());
        Resolution r = Resolution.builder(id)
                .operative(Optional.empty(), s -> s.add(Paragraph.of("1", "broken \uD800 half;")))
                .build();
        Path in =
                Files.writeString(dir.resolve("s.json"), Formats.writer("json").write(r));
        Cli.Result export = Cli.run("export", in.toString());
        assertThat(export.code()).as(export.err()).isZero();
        assertThat(export.out())
                .contains("broken \\uD800 half;")
                .doesNotContain("?")
                .doesNotContain("\uFFFD");
        Cli.Result stats = Cli.run("stats", "--format", "json", in.toString());
        assertThat(stats.code()).as(stats.err()).isZero();
        assertThat(stats.out()).containsIgnoringCase("Plan \\udc00 half").doesNotContain("?");
        assertThat(tools.jackson.databind.json.JsonMapper.builder()
                        .build()
                        .readTree(stats.out())
                        .get(0)
                        .get("document")
                        .get("title")
                        .asString())
                .isEqualTo("Plan \uDC00 half");
        assertThat(Json.loneSurrogatesEscaped("[\"a\uD800b\uD83D\uDE00c\uDFFF\"]"))
                .isEqualTo("[\"a\\uD800b\uD83D\uDE00c\\uDFFF\"]");
    }

    /** Item 2: refs (JSON Lines through Jackson) escapes a lone surrogate in a citation's text. */
    @Test
    void refsEscapesALoneSurrogate() throws IOException {
        Resolution r = Resolution.builder(Identity.unknown())
                .operative(
                        Optional.empty(),
                        s -> s.item(
                                "1",
                                p -> p.text("recalling ")
                                        .cite(org.resdom.model.OtherCitation.of("the Plan \uD800 of Action"))
                                        .text(";")))
                .build();
        Path in =
                Files.writeString(dir.resolve("c.json"), Formats.writer("json").write(r));
        Cli.Result refs = Cli.run("refs", in.toString());
        assertThat(refs.code()).as(refs.err()).isZero();
        assertThat(refs.out())
                .contains("the Plan \\uD800 of Action")
                .doesNotContain("?")
                .doesNotContain("\uFFFD");
        for (String format : java.util.List.of("json", "tsv")) {
            Cli.Result other = Cli.run("refs", "--format", format, in.toString());
            assertThat(other.code()).as(other.err()).isZero();
            assertThat(other.out())
                    .as(format)
                    .contains("the Plan \\uD800 of Action")
                    .doesNotContain("?");
        }
    }

    /** Item 2: a lone surrogate survives JSON; plain text refuses it instead of writing '?'. */
    @Test
    void aLoneSurrogateIsEscapedInJsonAndRefusedInText() throws IOException {
        Resolution r = titled("broken \uD800 half;");
        Path in =
                Files.writeString(dir.resolve("s.json"), Formats.writer("json").write(r));
        assertThat(Files.readString(in)).contains("broken \\uD800 half;");
        Path out = Files.createDirectories(dir.resolve("out"));
        for (String to : List.of("json", "xml", "akn")) {
            Cli.Result c = Cli.run("convert", "--to", to, "-o", out.toString() + "/", in.toString());
            assertThat(c.code()).as(c.err()).isZero();
            Path written = out.resolve("s" + Formats.get(to).extensions().get(0));
            assertThat(Files.readString(written))
                    .doesNotContain("broken ? half")
                    .doesNotContain("\uFFFD");
            assertThat(Formats.reader(to)
                            .read(written)
                            .resolution()
                            .operative()
                            .get(0)
                            .paragraphs()
                            .get(0)
                            .plainText())
                    .isEqualTo("broken \uD800 half;");
        }
        Cli.Result text = Cli.run("convert", "--to", "text", "-o", out.toString() + "/", in.toString());
        assertThat(text.code()).isEqualTo(ExitCode.FAILURE);
        assertThat(text.err()).contains("U+D800").contains("lone surrogate").contains("nothing was substituted");
        assertThat(out.resolve("s.txt")).doesNotExist();
        assertThat(names(out)).noneMatch(n -> n.startsWith(AtomicFiles.TEMP_PREFIX));
        Cli.Result stdout = Cli.run("convert", "--to", "text", in.toString());
        assertThat(stdout.code()).isEqualTo(ExitCode.FAILURE);
        assertThat(stdout.out()).isEmpty();
        assertThat(stdout.err()).contains("U+D800");
    }

    /** A writer's documented refusal is the user's error, told plainly: no "internal error" line. */
    @Test
    void aWriterRefusalIsAUserFacingError() throws IOException {
        Path in =
                Files.writeString(dir.resolve("r.json"), Formats.writer("json").write(titled("a {/} b;")));
        Path out = Files.createDirectories(dir.resolve("refused"));
        Cli.Result c = Cli.run("convert", "--to", "text", "-o", out.toString() + "/", in.toString());
        assertThat(c.code()).as(c.err()).isEqualTo(ExitCode.FAILURE).isEqualTo(2);
        assertThat(c.err())
                .contains("the text writer refuses text holding the line break mark-up {/} itself")
                .doesNotContain("internal error")
                .doesNotContain("Exception");
        assertThat(out.resolve("r.txt")).doesNotExist();
    }

    /** Item 13: 1,200 warnings and no error: the cap is information, validate exits 0 for warnings only. */
    @Test
    void moreWarningsThanTheCapIsNotAnError() throws IOException {
        StringBuilder text = new StringBuilder("RESOLUTION 1\n\nresolves\n");
        for (int i = 0; i < 1_200; i++) {
            text.append("1\tthe same number again\u0001;\n");
        }
        Path in = Files.writeString(dir.resolve("many.txt"), text);
        var read = Formats.reader("text").read(text.toString());
        assertThat(read.diagnostics()).hasSizeGreaterThan(1_000);
        assertThat(read.hasErrors())
                .as(read.diagnostics().stream()
                        .filter(d -> d.severity() == org.resdom.diagnostic.Severity.ERROR)
                        .limit(3)
                        .toList()
                        .toString())
                .isFalse();
        // the note saying how many were left out is the one IO-LIMIT, and it is information
        assertThat(read.diagnostics())
                .filteredOn(d -> d.code().equals("IO-LIMIT"))
                .singleElement()
                .satisfies(d -> assertThat(d.severity()).isEqualTo(org.resdom.diagnostic.Severity.INFO));
        Cli.Result c = Cli.run("convert", "--to", "json", in.toString());
        assertThat(c.code()).as(c.err()).isEqualTo(ExitCode.OK);
        assertThat(Formats.reader("json").read(c.out()).resolution()).isEqualTo(read.resolution());
        // validate: the validator's own rules find errors in this text (1,200 paragraphs labelled 1), but the
        // reader's cap adds none: its one IO-LIMIT line is information
        Cli.Result v = Cli.run("validate", "--format", "jsonl", in.toString());
        assertThat(v.outLines())
                .filteredOn(l -> l.contains("\"IO-LIMIT\""))
                .singleElement()
                .satisfies(l -> assertThat(l).contains("\"severity\":\"info\""));
        // warnings do fail when asked to
        assertThat(Cli.run("validate", "--fail-on", "warning", in.toString()).code())
                .isEqualTo(ExitCode.ERRORS);
    }

    /** Item 15: an empty file is a warning, not a silent pass. */
    @Test
    void anEmptyFileValidatesWithAWarning() throws IOException {
        Path in = Files.writeString(dir.resolve("empty.txt"), "");
        Cli.Result r = Cli.run("validate", "--format", "jsonl", in.toString());
        assertThat(r.code()).as(r.err()).isEqualTo(ExitCode.OK);
        assertThat(r.outLines())
                .filteredOn(l -> l.contains("\"RD-EMPTY-DOCUMENT\""))
                .singleElement()
                .satisfies(l -> assertThat(l).contains("\"severity\":\"warning\""));
        Cli.Result strict = Cli.run("validate", "--fail-on", "warning", in.toString());
        assertThat(strict.code()).isEqualTo(ExitCode.ERRORS);
        assertThat(strict.out()).contains("warning RD-EMPTY-DOCUMENT");
        // a file that is not a resolution at all: the same warning
        Path prose = Files.writeString(dir.resolve("notes.txt"), "Some notes about the meeting.\n");
        Cli.Result notes = Cli.run("validate", "--fail-on", "warning", prose.toString());
        assertThat(notes.code()).isEqualTo(ExitCode.ERRORS);
        assertThat(notes.out()).contains("RD-EMPTY-DOCUMENT");
    }

    /** Item 15: a byte order mark survives text to text. */
    @Test
    void textToTextKeepsTheByteOrderMark() throws IOException {
        String body = "\uFEFFRESOLUTION 1\n\nresolves\n1\tto act.\n";
        Path in = Files.writeString(dir.resolve("bom.txt"), body);
        Cli.Result r = Cli.run("convert", "--to", "text", "-o", dir.resolve("out") + "/", in.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(Files.readString(dir.resolve("out/bom.txt"), StandardCharsets.UTF_8))
                .isEqualTo(body);
    }

    /** Item 15: a dangling symbolic link says so; permission denied names the folder and the reason. */
    @Test
    void messagesSayWhatIsWrong() throws IOException {
        Path link = dir.resolve("gone.txt");
        try {
            Files.createSymbolicLink(link, dir.resolve("nowhere.txt"));
        } catch (UnsupportedOperationException | IOException e) {
            return; // no symbolic links here
        }
        Cli.Result r = Cli.run("validate", link.toString());
        assertThat(r.err()).contains("broken symbolic link").contains("nowhere.txt");
        assertThat(Session.describe(new java.nio.file.AccessDeniedException(
                        dir.resolve(AtomicFiles.TEMP_PREFIX + "x.json.abc.tmp").toString())))
                .isEqualTo("permission denied (writing a file in folder " + dir + ")");
        assertThat(Session.describe(new java.nio.file.AccessDeniedException("/etc/x")))
                .isEqualTo("permission denied: /etc/x");
    }

    /** Item 9: decoding stops past the readers' limit, so a big file never sits in memory twice. */
    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void decodingIsBoundedByTheCharacterLimit() throws Exception {
        Path big = dir.resolve("big.txt");
        byte[] line = "1\tsome text of a paragraph that goes on;\n".getBytes(StandardCharsets.UTF_8);
        try (var out = Files.newOutputStream(big)) {
            for (int i = 0; i < 3_000_000 / line.length; i++) {
                out.write(line);
            }
        }
        String text = Loader.read(big, 1_000_001);
        assertThat(text).hasSize(1_000_001);
        assertThat(Loader.read(big, Long.MAX_VALUE)).hasSize((int) Files.size(big));
    }

    /** Item 9: under -Xmx256m a 60 MB text is one clear failure, and the next file is still converted. */
    @Test
    @Timeout(value = 180, unit = TimeUnit.SECONDS)
    void aHugeFileUnderLittleMemoryIsOneFailureAndTheBatchGoesOn() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Path huge = in.resolve("a-huge.txt");
        byte[] line = ("1\tthe Secretary-General shall report to the Council on the implementation of this"
                        + " resolution and on the \u00e9tat des travaux;\n")
                .getBytes(StandardCharsets.UTF_8);
        try (var out = new java.io.BufferedOutputStream(Files.newOutputStream(huge), 1 << 20)) {
            for (long written = 0; written < 60_000_000L; written += line.length) {
                out.write(line);
            }
        }
        Files.writeString(in.resolve("b-small.txt"), "RESOLUTION 1\n\nresolves\n1\tto act.\n");
        Path out = dir.resolve("out");
        Process p = java("-Xmx256m", "convert", "--to", "json", "-o", out.toString(), in.toString());
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(170, TimeUnit.SECONDS)).isTrue();
        assertThat(err).doesNotContain("OutOfMemoryError").doesNotContain("\tat ");
        assertThat(out.resolve("b-small.json")).exists();
        assertThat(err).contains("a-huge.txt");
    }

    /** Item 12: SIGTERM in the middle of a batch leaves no temporary file. */
    @Test
    @Timeout(value = 240, unit = TimeUnit.SECONDS)
    void stoppingTheProgramLeavesNoTemporaryFile() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        String json = Formats.writer("json").write(Cli.clean());
        for (int i = 0; i < 400; i++) {
            Files.writeString(in.resolve("r" + i + ".json"), json);
        }
        List<String> left = new ArrayList<>();
        for (int run = 0; run < 4; run++) {
            Path out = dir.resolve("out" + run);
            Process p = java("-Xmx128m", "convert", "--to", "akn", "-o", out.toString(), in.toString());
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            // stop it once it is writing: after a few outputs, a little later on each run
            while (p.isAlive() && System.nanoTime() < deadline && count(out) < 5 + run * 20) {
                Thread.sleep(5);
            }
            p.destroy(); // SIGTERM
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
            if (Files.isDirectory(out)) {
                try (Stream<Path> s = Files.list(out)) {
                    s.map(x -> x.getFileName().toString())
                            .filter(n -> n.startsWith(AtomicFiles.TEMP_PREFIX))
                            .forEach(left::add);
                }
            }
        }
        assertThat(left).isEmpty();
    }

    private static long count(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (Stream<Path> s = Files.list(folder)) {
            return s.count();
        }
    }

    private Process java(String heap, String... args) throws IOException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add(heap);
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add("org.resdom.cli.Main");
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
    }
}

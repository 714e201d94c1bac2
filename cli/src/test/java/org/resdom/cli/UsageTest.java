package org.resdom.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UsageTest {

    @TempDir
    Path dir;

    @Test
    void rootHelpListsEveryCommandAndTheExitCodes() {
        Cli.Result r = Cli.run("--help");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("Usage: resdom", "convert", "validate", "refs", "stats", "Exit codes:");
        assertThat(r.err()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"convert", "validate", "refs", "stats"})
    void everyCommandHasHelp(String command) {
        Cli.Result r = Cli.run(command, "--help");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("Usage: resdom " + command + " [").contains("INPUT...", "--from=FMT", "--debug");
        Cli.Result viaHelp = Cli.run("help", command);
        assertThat(viaHelp.code()).isZero();
        assertThat(viaHelp.out()).isEqualTo(r.out());
    }

    @Test
    void versionNamesTheProjectVersion() {
        Cli.Result r = Cli.run("--version");
        assertThat(r.code()).isZero();
        assertThat(r.out()).matches("(?s)resdom \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\\R.*");
    }

    @Test
    void noCommandIsAUsageError() {
        Cli.Result r = Cli.run();
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("missing command").contains("Usage: resdom");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void unknownCommandIsAUsageErrorWithAHint() {
        Cli.Result r = Cli.run("convrt", "x.txt");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err())
                .contains("resdom: Unmatched argument", "convrt", "Did you mean", "convert", "Try 'resdom --help'");
    }

    @Test
    void unknownFormatIsAUsageError() {
        Cli.Result r = Cli.run("convert", "--to", "nope", "x.txt");
        assertThat(r.code()).isEqualTo(2);
        // the formats found, sorted; this test module provides "toy" (see PluggedFormatTest)
        assertThat(r.err())
                .contains("unknown format 'nope' (expected akn, docx, html, json, pdf, text, toy, xml)")
                .contains("Try 'resdom convert --help'")
                .doesNotContain("\tat ");
        assertThat(Cli.run("validate", "--from", "pdf", "x.txt").code()).isEqualTo(2);
        assertThat(Cli.run("validate", "--format", "yaml", "x.txt").code()).isEqualTo(2);
    }

    @Test
    void unknownOptionIsAUsageError() {
        Cli.Result r = Cli.run("validate", "--frobnicate", "x.txt");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err())
                .contains("Unknown option: '--frobnicate'", "Try 'resdom validate --help'")
                .doesNotContain("\tat ");
    }

    @Test
    void missingInputOrTargetIsAUsageError() {
        assertThat(Cli.run("validate").err()).contains("Missing required parameter: 'INPUT'");
        assertThat(Cli.run("validate").code()).isEqualTo(2);
        Cli.Result r = Cli.run("convert", "x.txt");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("Missing required option: '--to=FMT'");
    }

    @Test
    void severalInputsWithoutAnOutputFolderIsAUsageError() throws Exception {
        Path a = Files.writeString(dir.resolve("a.txt"), "x");
        Path b = Files.writeString(dir.resolve("b.txt"), "y");
        Cli.Result r = Cli.run("convert", "--to", "json", a.toString(), b.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("need -o FOLDER");
        Cli.Result folder = Cli.run("convert", "--to", "json", dir.toString());
        assertThat(folder.code()).isEqualTo(2);
        assertThat(folder.err()).contains("need -o FOLDER");
    }

    @Test
    void anInputThatDoesNotExistIsReportedAndExitsWithTwo() {
        Cli.Result r = Cli.run("validate", dir.resolve("missing.txt").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err())
                .contains("missing.txt: no such file or folder")
                .contains("validate: 1 file, 0 documents, 0 errors, 1 skipped");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void debugShowsTheStackTraceOfAUsageErrorOnlyWhenAsked() {
        Cli.Result plain = Cli.run("convert", "--to", "nope", "x.txt");
        assertThat(plain.err()).doesNotContain("\tat picocli.");
        Cli.Result debug = Cli.run("--debug", "convert", "--to", "nope", "x.txt");
        assertThat(debug.code()).isEqualTo(2);
        assertThat(debug.err()).contains("unknown format 'nope'").contains("\tat picocli.");
    }

    @Test
    void quietDropsTheSummaryLine() {
        Cli.Result r = Cli.run("validate", "-q", dir.resolve("missing.txt").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("no such file").doesNotContain("skipped in");
    }

    @Test
    void aFailingStandardOutputIsAFailureNotASuccess() throws Exception {
        Path in = Files.writeString(dir.resolve(Cli.SAMPLE), Cli.sample());
        java.io.OutputStream broken = new java.io.OutputStream() {
            @Override
            public void write(int b) throws java.io.IOException {
                throw new java.io.IOException("No space left on device");
            }
        };
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        int code = Main.run(
                new String[] {"convert", "-q", "--lenient", "--to", "json", in.toString()},
                new java.io.PrintStream(broken, false, java.nio.charset.StandardCharsets.UTF_8),
                new java.io.PrintStream(err, true, java.nio.charset.StandardCharsets.UTF_8));
        assertThat(code).isEqualTo(ExitCode.FAILURE);
        assertThat(err.toString(java.nio.charset.StandardCharsets.UTF_8))
                .contains("could not write to standard output")
                .doesNotContain("\tat ");
    }

    /**
     * The descriptions of export and diff are paragraphs that picocli wraps: no line is longer than the usage width,
     * and a line that ends inside a sentence is full (the next word would not have fitted), so that no sentence is
     * broken where the source happened to break it.
     */
    @ParameterizedTest
    @ValueSource(strings = {"export", "diff"})
    void descriptionsAreWrappedByPicocli(String command) {
        Cli.Result r = Cli.run(command, "--help");
        assertThat(r.code()).isZero();
        java.util.List<String> lines = r.outLines();
        int from = 0;
        while (!lines.get(from).startsWith("Usage: ")) {
            from++;
        }
        while (!lines.get(from).isEmpty()
                        && !lines.get(from).startsWith(lines.get(from).strip().substring(0, 1))
                || lines.get(from).startsWith("Usage: ")
                || lines.get(from).startsWith(" ")) {
            from++; // the synopsis and its continuation lines
        }
        int to = from;
        while (to < lines.size()
                && !lines.get(to).startsWith("  ")
                && !lines.get(to).startsWith("      ")) {
            to++; // up to the first option
        }
        java.util.List<String> description = lines.subList(from, to);
        assertThat(description).as(r.out()).hasSizeGreaterThan(3);
        for (int i = 0; i < description.size(); i++) {
            String line = description.get(i);
            assertThat(line.length()).as("line %s", line).isLessThanOrEqualTo(80);
            if (i + 1 < description.size() && !line.endsWith(".") && !line.isEmpty()) {
                String next = description.get(i + 1).strip().split(" ")[0];
                // picocli fills lines to 79 columns of its 80
                assertThat(line.length() + 1 + next.length())
                        .as("a ragged break after: %s", line)
                        .isGreaterThanOrEqualTo(80);
            }
        }
    }
}

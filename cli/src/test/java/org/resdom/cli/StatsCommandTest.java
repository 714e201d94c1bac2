package org.resdom.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.resdom.io.Formats;

class StatsCommandTest {

    @TempDir
    Path dir;

    @Test
    void summarizesACleanDocument() throws IOException {
        Path in = Files.writeString(
                dir.resolve("res71.json"), Formats.writer("json").write(Cli.clean()));
        Cli.Result r = Cli.run("stats", in.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.outLines())
                .containsExactly(
                        in + " (json)",
                        "  document     ITU-PP resolution 71 ("
                                + Cli.clean().identity().latest().orElseThrow()
                                + "), language en: Strategic plan for the Union",
                        "  preamble     1 section: considering 1",
                        "  operative    1 section: resolves 1",
                        "  annexes      0",
                        "  paragraphs   5 (0 sub-items)",
                        "  footnotes    0",
                        "  citations    4: resolution 1, un-resolution 1, convention 1, annex 1",
                        "  diagnostics  0 errors, 0 warnings, 0 info (reader 0, validation 0)");
    }

    @Test
    void summarizesEachFileOfAFolder() throws IOException {
        Files.writeString(dir.resolve("a.json"), Formats.writer("json").write(Cli.clean()));
        Files.writeString(dir.resolve(Cli.SAMPLE), Cli.sample());
        Cli.Result r = Cli.run("stats", dir.toString());
        assertThat(r.out()).contains("a.json (json)").contains(Cli.SAMPLE + " (text)");
        assertThat(r.out().lines().filter(l -> l.startsWith("  citations"))).hasSize(2);
        assertThat(r.err()).contains("stats: 2 files, 2 documents");
    }
}

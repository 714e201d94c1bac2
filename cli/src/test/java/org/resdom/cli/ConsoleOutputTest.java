package org.resdom.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.resdom.io.Formats;
import org.resdom.model.Identity;
import org.resdom.model.Paragraph;
import org.resdom.model.Resolution;
import org.resdom.model.SourceHints;

/**
 * What the command line prints never turns a lone surrogate into {@code ?}; {@code -o -} is
 * standard output for convert and diff; convert says what the target format leaves out.
 */
class ConsoleOutputTest {

    @TempDir
    Path dir;

    private static Resolution doc(String text) {
        return Resolution.builder(Identity.unknown())
                .operative(Optional.empty(), s -> s.add(Paragraph.of("1", text)))
                .build();
    }

    private static String console(String... writes) throws IOException {
        StringWriter s = new StringWriter();
        ConsoleWriter w = new ConsoleWriter(s);
        for (String x : writes) {
            w.write(x);
        }
        w.flush();
        return s.toString();
    }

    @Test
    void loneSurrogatesArePrintedAsEscapesAndPairsAsThemselves() throws IOException {
        assertThat(console("a\uD800b\uD83D\uDE00c\uDFFF")).isEqualTo("a\\uD800b\uD83D\uDE00c\\uDFFF");
        // a pair split over two writes is still a pair; a high surrogate left at the end is lone
        assertThat(console("x\uD83D", "\uDE00y")).isEqualTo("x\uD83D\uDE00y");
        assertThat(console("x\uD800", "\uD800")).isEqualTo("x\\uD800\\uD800");
        assertThat(console("plain text, no surrogate")).isEqualTo("plain text, no surrogate");
    }

    @Test
    void aMessageQuotingALoneSurrogateNamesIt() throws IOException {
        // the text writer refuses the literal mark and quotes the line, which holds the lone surrogate
        Path in = Files.writeString(
                dir.resolve("broken.json"), Formats.writer("json").write(doc("LIT{+x+} \uD800 half;")));
        Cli.Result r = Cli.run("convert", "--to", "text", in.toString());
        assertThat(r.code()).as(r.err()).isEqualTo(ExitCode.FAILURE);
        assertThat(r.err()).contains("\\uD800").doesNotContain("?");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void dashIsStandardOutputForOneInput() throws IOException {
        Path in =
                Files.writeString(dir.resolve("a.json"), Formats.writer("json").write(doc("Decides;")));
        Cli.Result plain = Cli.run("convert", "--to", "text", in.toString());
        Cli.Result dash = Cli.run("convert", "--to", "text", "-o", "-", in.toString());
        assertThat(dash.code()).as(dash.err()).isZero();
        assertThat(dash.out()).isEqualTo(plain.out()).contains("Decides;");
        assertThat(Path.of("-")).doesNotExist();
        assertThat(dir.resolve("-")).doesNotExist();
        Path b = Files.writeString(dir.resolve("b.json"), Formats.writer("json").write(doc("Requests;")));
        Cli.Result many = Cli.run("convert", "--to", "text", "-o", "-", in.toString(), b.toString());
        assertThat(many.code()).isEqualTo(ExitCode.FAILURE);
        assertThat(many.err()).contains("-o -").contains("one input");
        assertThat(many.out()).isEmpty();
    }

    @Test
    void diffWritesToStandardOutputForDash() throws IOException {
        Path a = Files.writeString(
                dir.resolve("old.json"), Formats.writer("json").write(doc("Decides to act;")));
        Path b = Files.writeString(
                dir.resolve("new.json"), Formats.writer("json").write(doc("Decides to act now;")));
        Cli.Result plain = Cli.run("diff", "--to", "json", a.toString(), b.toString());
        Cli.Result dash = Cli.run("diff", "--to", "json", "-o", "-", a.toString(), b.toString());
        assertThat(dash.code()).as(dash.err()).isZero();
        assertThat(dash.out()).isEqualTo(plain.out()).contains("now");
        assertThat(Path.of("-")).doesNotExist();
    }

    @Test
    void convertSaysWhatTheTargetFormatLeavesOut() throws IOException {
        Resolution r = doc("Decides;")
                .withMetadata(Map.of("status", "final"))
                .withHints(SourceHints.of(Map.of("akn.coverPage.01", "Human Rights Council")));
        Path in =
                Files.writeString(dir.resolve("a.json"), Formats.writer("json").write(r));
        Cli.Result text =
                Cli.run("convert", "--to", "text", "-o", dir.resolve("a.txt").toString(), in.toString());
        assertThat(text.code()).as(text.err()).isZero();
        assertThat(text.err()
                        .lines()
                        .filter(l -> l.contains("WRITE-NOT-CARRIED"))
                        .toList())
                .hasSize(2)
                .allSatisfy(l -> assertThat(l).startsWith(in.toString()).contains("warning"));
        assertThat(text.err()).contains("akn.coverPage.01").contains("status");
        for (String format : List.of("json", "xml", "akn")) {
            Cli.Result kept = Cli.run(
                    "convert", "--to", format, "-o", dir.resolve("b." + format).toString(), in.toString());
            assertThat(kept.code()).as(kept.err()).isZero();
            assertThat(kept.err()).as(format).doesNotContain("WRITE-NOT-CARRIED");
        }
    }
}

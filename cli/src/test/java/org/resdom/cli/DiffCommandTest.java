package org.resdom.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.resdom.io.Formats;
import org.resdom.model.Resolution;

class DiffCommandTest {

    @TempDir
    Path dir;

    static final String OLD = String.join(
            "\n",
            "The Plenipotentiary Conference of the International Telecommunication Union (Dubai, 2018),",
            "resolves",
            "1\tto adopt the plan;",
            "2\tto report each year.");
    static final String NEW = String.join(
            "\n",
            "The Plenipotentiary Conference of the International Telecommunication Union (Bucharest, 2022),",
            "resolves",
            "1\tto adopt the strategic plan;",
            "2\tto report each year.");

    @Test
    void aWordDocumentIsReadThroughItsFormatProviderWithItsChangesAccepted() throws Exception {
        Path a = Files.writeString(dir.resolve("old.txt"), "resolves\n1\tto report.\n");
        // named .bin: found by its first bytes, not its name
        Path b = Files.write(dir.resolve("new.bin"), ConvertCommandTest.docx());
        Cli.Result r = Cli.run("diff", "--to", "json", a.toString(), b.toString());
        assertThat(r.code()).as(r.err()).isZero();
        Resolution marked = Formats.reader("json").read(r.out()).resolution();
        assertThat(marked.find(org.resdom.model.Inserted.class)
                        .map(m -> org.resdom.model.Inline.plainText(m.content()))
                        .toList())
                .containsExactly(" each year");
        assertThat(marked.find(org.resdom.model.Deleted.class)).isEmpty();
    }

    @Test
    void writesTheMarkedDocumentAsHtmlAknOrJson() throws Exception {
        Path a = Files.writeString(dir.resolve("old.txt"), OLD);
        Path b = Files.writeString(dir.resolve("new.txt"), NEW);
        Cli.Result html = Cli.run("diff", a.toString(), b.toString());
        assertThat(html.code()).isZero();
        assertThat(html.out())
                .contains("<del")
                .contains(">Dubai, 2018</del>")
                .contains(">Bucharest, 2022</ins>")
                .contains(">strategic </ins>");
        assertThat(html.err()).contains("2 insertions, 1 deletions");
        Cli.Result json = Cli.run("diff", "--to", "json", a.toString(), b.toString());
        Resolution marked = Formats.reader("json").read(json.out()).resolution();
        assertThat(marked.rejected().operative())
                .isEqualTo(Formats.reader("text").read(OLD).resolution().operative());
        Path akn = dir.resolve("d.akn.xml");
        assertThat(Cli.run("diff", "--to", "akn", "-o", akn.toString(), a.toString(), b.toString())
                        .code())
                .isZero();
        assertThat(Files.readString(akn)).contains("<del eId=").contains("<ins eId=");
    }

    @Test
    void aReaderErrorInEitherInputIsPrintedAndNothingIsCompared() throws Exception {
        Path a = Files.writeString(dir.resolve("old.txt"), OLD);
        Path bad = Files.writeString(dir.resolve("new.docx"), "not a zip package");
        Cli.Result r = Cli.run("diff", "--to", "json", a.toString(), bad.toString());
        assertThat(r.code()).as(r.err()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
        assertThat(r.err())
                .contains(bad + ":1:1: error DOCX-NOT-ZIP ")
                .contains("not compared")
                .doesNotContain("insertions")
                .doesNotContain("changed ");
        Path json = Files.writeString(dir.resolve("old.json"), "{\"identity\": [");
        Cli.Result j = Cli.run("diff", json.toString(), a.toString());
        assertThat(j.code()).as(j.err()).isEqualTo(1);
        assertThat(j.err()).containsPattern(java.util.regex.Pattern.quote(json.toString()) + ":\\d+:\\d+: error ");
        // --lenient compares all the same, and still says that the input was bad
        Cli.Result lenient = Cli.run("diff", "--lenient", "--to", "json", a.toString(), bad.toString());
        assertThat(lenient.code()).isEqualTo(1);
        assertThat(lenient.err()).contains("DOCX-NOT-ZIP").contains("insertions");
        assertThat(lenient.out()).startsWith("{");
    }

    @Test
    void changesOutsideTheTextAreListed() throws Exception {
        Path a = Files.writeString(dir.resolve("old.txt"), "RESOLUTION 71 (REV. DUBAI, 2018)\n\n" + OLD);
        Path b = Files.writeString(dir.resolve("new.txt"), "RESOLUTION 71 (REV. BUCHAREST, 2022)\n\n" + NEW);
        Cli.Result r = Cli.run("diff", "--to", "json", a.toString(), b.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err())
                .contains("resdom diff: changed heading: \"RESOLUTION 71 (REV. DUBAI, 2018)\" -> "
                        + "\"RESOLUTION 71 (REV. BUCHAREST, 2022)\"");
        Resolution marked = Formats.reader("json").read(r.out()).resolution();
        assertThat(marked.rejected().identity().heading()).contains("RESOLUTION 71 (REV. DUBAI, 2018)");
        assertThat(Cli.run("--quiet", "diff", a.toString(), b.toString()).err()).doesNotContain("changed");
    }

    @Test
    void aBadFormatOrAMissingFileIsAUsageError() {
        assertThat(Cli.run("diff", "--to", "pdf", "a", "b").code()).isEqualTo(2);
        assertThat(Cli.run(
                                "diff",
                                dir.resolve("missing.txt").toString(),
                                dir.resolve("none.txt").toString())
                        .code())
                .isEqualTo(2);
    }

    @Test
    void eitherInputMayBeStandardInputButNotBoth() throws Exception {
        Path a = Files.writeString(dir.resolve("old.txt"), OLD);
        Path b = Files.writeString(dir.resolve("new.txt"), NEW);
        String expected =
                Cli.run("diff", "--to", "json", a.toString(), b.toString()).out();
        try {
            StandardInput.source = new ByteArrayInputStream(NEW.getBytes(StandardCharsets.UTF_8));
            Cli.Result newer = Cli.run("diff", "--to", "json", a.toString(), "-");
            assertThat(newer.code()).as(newer.err()).isZero();
            assertThat(newer.out()).isEqualTo(expected);
            StandardInput.source = new ByteArrayInputStream(OLD.getBytes(StandardCharsets.UTF_8));
            Cli.Result older = Cli.run("diff", "--to", "json", "-", b.toString());
            assertThat(older.code()).as(older.err()).isZero();
            assertThat(older.out()).isEqualTo(expected);
            // reader errors in standard input are printed under its name, -
            StandardInput.source = new ByteArrayInputStream("{\"identity\": [".getBytes(StandardCharsets.UTF_8));
            Cli.Result bad = Cli.run("diff", a.toString(), "-");
            assertThat(bad.code()).isEqualTo(1);
            assertThat(bad.err()).containsPattern("(?m)^-:\\d+:\\d+: error ");
            StandardInput.source = new ByteArrayInputStream(new byte[] {'r', (byte) 0xFF, '\n'});
            Cli.Result notUtf8 = Cli.run("diff", a.toString(), "-");
            assertThat(notUtf8.code()).isEqualTo(2);
            assertThat(notUtf8.err())
                    .contains("resdom diff: cannot read standard input: ")
                    .contains("not UTF-8");
            // --from names the format of both (here JSON read from standard input, which a .txt name would not say)
            Path oldJson = Files.writeString(
                    dir.resolve("old.data"),
                    Formats.writer("json")
                            .write(Formats.reader("text").read(OLD).resolution()));
            StandardInput.source = new ByteArrayInputStream(Formats.writer("json")
                    .write(Formats.reader("text").read(NEW).resolution())
                    .getBytes(StandardCharsets.UTF_8));
            Cli.Result json = Cli.run("diff", "--from", "json", "--to", "json", oldJson.toString(), "-");
            assertThat(json.code()).as(json.err()).isZero();
            assertThat(json.err()).contains("2 insertions, 1 deletions");
            Cli.Result both = Cli.run("diff", "-", "-");
            assertThat(both.code()).isEqualTo(2);
            assertThat(both.out()).isEmpty();
            assertThat(both.err()).contains("standard input (-) can be only one of OLD and NEW");
        } finally {
            StandardInput.source = System.in;
        }
    }

    @Test
    void aFileThatCannotBeReadIsNamed() {
        Path missing = dir.resolve("missing.txt");
        Cli.Result r = Cli.run("diff", missing.toString(), missing.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("resdom diff: cannot read " + missing + ": no such file");
    }

    /** A lone surrogate cannot go into HTML (UTF-8 cannot carry it): refused, never written as '?'. */
    @Test
    void aLoneSurrogateIsRefusedInHtmlAndEscapedInJson() throws Exception {
        Path a = Files.writeString(dir.resolve("old.txt"), OLD);
        Resolution broken = Formats.reader("text")
                .read(NEW.replace("strategic", "strat\uD800egic"))
                .resolution();
        Path b = Files.writeString(
                dir.resolve("new.json"), Formats.writer("json").write(broken));
        Cli.Result html = Cli.run("diff", a.toString(), b.toString());
        assertThat(html.code()).isEqualTo(1);
        assertThat(html.out()).isEmpty();
        assertThat(html.err()).contains("resdom diff: not written:").doesNotContain("Input length");
        Path target = dir.resolve("d.html");
        assertThat(Cli.run("diff", "-o", target.toString(), a.toString(), b.toString())
                        .code())
                .isEqualTo(1);
        assertThat(target).doesNotExist();
        Cli.Result json = Cli.run("diff", "--to", "json", a.toString(), b.toString());
        assertThat(json.code()).isZero();
        assertThat(json.out()).contains("\\uD800").doesNotContain("?");
    }
}

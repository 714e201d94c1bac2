package org.resdom.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.resdom.io.Formats;
import org.resdom.io.ReadResult;
import org.resdom.model.Paragraph;
import org.resdom.model.Resolution;

class ConvertCommandTest {

    @TempDir
    Path dir;

    private Path json(String relative, Resolution r) throws IOException {
        Path p = dir.resolve(relative);
        Files.createDirectories(p.getParent());
        return Files.writeString(p, Formats.writer("json").write(r), StandardCharsets.UTF_8);
    }

    private static List<String> tree(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isRegularFile)
                    .map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
        }
    }

    @Test
    @org.junit.jupiter.api.Timeout(60)
    void aTargetThatIsANamedPipeIsWrittenIntoAndKeptNotReplacedByAFile() throws Exception {
        Resolution clean = Cli.clean();
        Path in = json("in/res71.json", clean);
        Path fifo = dir.resolve("pipe.xml");
        Process mk;
        try {
            mk = new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start();
        } catch (IOException e) {
            org.junit.jupiter.api.Assumptions.abort("mkfifo is not available: " + e.getMessage());
            return;
        }
        org.junit.jupiter.api.Assumptions.assumeTrue(mk.waitFor() == 0, "mkfifo failed");
        java.util.concurrent.CompletableFuture<byte[]> read = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            try {
                return Files.readAllBytes(fifo);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        Cli.Result r = Cli.run("convert", "--to", "xml", "-o", fifo.toString(), in.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(new String(read.get(), StandardCharsets.UTF_8))
                .isEqualTo(Formats.writer("xml").write(clean));
        assertThat(Files.isRegularFile(fifo)).as("the pipe is still a pipe").isFalse();
        assertThat(Files.exists(fifo)).isTrue();
        try (Stream<Path> s = Files.list(dir)) {
            assertThat(s.map(p -> p.getFileName().toString()))
                    .as("no temporary file")
                    .containsExactlyInAnyOrder("in", "pipe.xml");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"text", "json", "xml", "akn"})
    void oneInputGoesToStandardOutputInEachFormat(String to) throws IOException {
        Resolution clean = Cli.clean();
        Path in = json("in/res71.json", clean);
        Cli.Result r = Cli.run("convert", "--to", to, in.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).isEqualTo(Formats.writer(to).write(clean));
        ReadResult back = Formats.reader(to).read(r.out());
        if (to.equals("text")) {
            // plain text does not carry every fact of the model (the text reader recognizes citations
            // by its own patterns); the structure survives
            assertThat(back.resolution().find(Paragraph.class).count())
                    .isEqualTo(clean.find(Paragraph.class).count());
            assertThat(back.resolution().sections()).hasSameSizeAs(clean.sections());
            assertThat(r.out()).contains(clean.citations().get(1).text());
        } else {
            assertThat(back.resolution()).isEqualTo(clean);
        }
        assertThat(r.err()).contains("convert: 1 file, 1 document, 0 errors, 0 skipped");
    }

    @ParameterizedTest
    @ValueSource(strings = {"text", "json", "xml", "akn"})
    void aFolderConvertsToAFolderKeepingNamesAndSubFolders(String to) throws IOException {
        Resolution clean = Cli.clean();
        json("in/res71.json", clean);
        json("in/pp/res72.json", clean);
        Path out = dir.resolve("out");
        Cli.Result r = Cli.run(
                "convert", "--to", to, "-o", out.toString(), dir.resolve("in").toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).isEmpty();
        assertThat(tree(out))
                .containsExactly(
                        "pp/res72" + Formats.get(to).extension(),
                        "res71" + Formats.get(to).extension());
        String expected = Formats.writer(to).write(clean);
        assertThat(Files.readString(out.resolve("res71" + Formats.get(to).extension())))
                .isEqualTo(expected);
        assertThat(Files.readString(out.resolve("pp/res72" + Formats.get(to).extension())))
                .isEqualTo(expected);
    }

    @Test
    void convertsToHtmlThroughTheHtmlFormatProvider() throws IOException {
        Resolution clean = Cli.clean();
        Path in = json("in/res71.json", clean);
        Cli.Result r = Cli.run("convert", "--to", "html", in.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).isEqualTo(Formats.writer("html").write(clean)).startsWith("<!DOCTYPE html>");
        Path out = Files.createDirectories(dir.resolve("html"));
        assertThat(Cli.run("convert", "--to", "html", "-o", out.toString(), in.toString())
                        .code())
                .isZero();
        assertThat(tree(out)).containsExactly("res71.html");
        // HTML is written, never read: a folder walk leaves the pages alone
        Cli.Result again =
                Cli.run("convert", "--to", "json", "-o", dir.resolve("again").toString(), out.toString());
        assertThat(again.err()).doesNotContain("res71.html:");
    }

    /** A Word document: an operative phrase and a paragraph with one tracked insertion. */
    static byte[] docx() throws IOException {
        String w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
        String doc = "<w:document xmlns:w=\"" + w + "\"><w:body><w:p><w:r><w:t>resolves</w:t></w:r></w:p><w:p><w:r>"
                + "<w:t xml:space=\"preserve\">1\tto report</w:t></w:r><w:ins w:id=\"1\" w:author=\"ITU\" "
                + "w:date=\"2022-10-01T08:00:00Z\"><w:r><w:t xml:space=\"preserve\"> each year</w:t></w:r></w:ins>"
                + "<w:r><w:t>.</w:t></w:r></w:p></w:body></w:document>";
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream z = new java.util.zip.ZipOutputStream(bytes)) {
            z.putNextEntry(new java.util.zip.ZipEntry("[Content_Types].xml"));
            z.write("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"
                    .getBytes(StandardCharsets.UTF_8));
            z.closeEntry();
            z.putNextEntry(new java.util.zip.ZipEntry("word/document.xml"));
            z.write(doc.getBytes(StandardCharsets.UTF_8));
            z.closeEntry();
        }
        return bytes.toByteArray();
    }

    @Test
    void readsAWordDocumentThroughTheDocxFormatProvider() throws IOException {
        Files.createDirectories(dir.resolve("in"));
        Path docx = Files.write(dir.resolve("in/res71.docx"), docx());
        Resolution expected = Formats.reader("docx").read(docx).resolution();
        assertThat(expected.find(org.resdom.model.Inserted.class)
                        .findFirst()
                        .orElseThrow()
                        .author())
                .contains("ITU");
        Cli.Result r = Cli.run("convert", "--from", "docx", "--to", "akn", docx.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(Formats.reader("akn").read(r.out()).resolution()).isEqualTo(expected);
        // by its first bytes, whatever its name
        Path renamed = Files.write(dir.resolve("res71.bin"), docx());
        Cli.Result peeked = Cli.run("convert", "--to", "akn", renamed.toString());
        assertThat(peeked.out()).as(peeked.err()).isEqualTo(r.out());
        Cli.Result html = Cli.run("convert", "--from", "docx", "--to", "html", docx.toString());
        assertThat(html.code()).as(html.err()).isZero();
        assertThat(html.out()).contains("<ins").contains("each year");
        Path out = dir.resolve("out");
        assertThat(Cli.run(
                                "convert",
                                "--to",
                                "akn",
                                "-o",
                                out.toString(),
                                dir.resolve("in").toString())
                        .code())
                .isZero();
        assertThat(tree(out)).containsExactly("res71.akn.xml");
    }

    @Test
    void docxIsReadNotWrittenAndHtmlWrittenNotRead() throws IOException {
        Path in = json("in/res71.json", Cli.clean());
        Cli.Result r = Cli.run("convert", "--to", "docx", in.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("resdom reads docx but does not write it");
        Cli.Result h = Cli.run("convert", "--from", "html", "--to", "json", in.toString());
        assertThat(h.code()).isNotZero();
        assertThat(h.err()).contains("resdom writes html but does not read it");
    }

    @Test
    void theSampleConvertsToEveryFormatWithTheDetectedReader() throws IOException {
        Path in = Files.writeString(dir.resolve(Cli.SAMPLE), Cli.sample());
        for (String to : List.of("text", "json", "xml", "akn")) {
            Path out = Files.createDirectories(dir.resolve("out-" + to));
            Cli.Result r = Cli.run("convert", "--lenient", "--to", to, "-o", out.toString(), in.toString());
            assertThat(r.code()).as(r.err()).isIn(0, 1);
            Path written =
                    out.resolve("res71-fr-tracked-flattened" + Formats.get(to).extension());
            assertThat(written).isRegularFile();
            ReadResult back = Formats.detect(written, Files.readString(written))
                    .orElseThrow()
                    .readerBuilder()
                    .build()
                    .read(written);
            assertThat(back.resolution().citations())
                    .hasSameSizeAs(Formats.reader("text")
                            .read(Cli.sample())
                            .resolution()
                            .citations());
        }
    }

    @Test
    void oneInputWithOutputWritesThatFileOrIntoAnExistingFolder() throws IOException {
        Path in = json("res71.json", Cli.clean());
        Path file = dir.resolve("custom-name.xml");
        assertThat(Cli.run("convert", "--to", "akn", "-o", file.toString(), in.toString())
                        .code())
                .isZero();
        assertThat(Files.readString(file)).isEqualTo(Formats.writer("akn").write(Cli.clean()));
        Path folder = Files.createDirectories(dir.resolve("existing"));
        assertThat(Cli.run("convert", "--to", "akn", "-o", folder.toString(), in.toString())
                        .code())
                .isZero();
        assertThat(tree(folder)).containsExactly("res71.akn.xml");
    }

    @Test
    void anExistingOutputIsReplacedWholeAndNoTemporaryFileRemains() throws IOException {
        Path in = json("in/res71.json", Cli.clean());
        Path out = Files.createDirectories(dir.resolve("out"));
        Files.writeString(out.resolve("res71.xml"), "<stale/>\n".repeat(100_000));
        Cli.Result r = Cli.run(
                "convert",
                "--to",
                "xml",
                "-o",
                out.toString(),
                in.toString(),
                in.toString().replace("res71", "none"));
        assertThat(r.code()).isEqualTo(2);
        assertThat(Files.readString(out.resolve("res71.xml")))
                .isEqualTo(Formats.writer("xml").write(Cli.clean()));
        try (Stream<Path> s = Files.list(out)) {
            assertThat(s.map(p -> p.getFileName().toString())).containsExactly("res71.xml");
        }
    }

    @Test
    void aFolderWithABrokenFileGoesOnAndExitsWithTwo() throws IOException {
        json("in/a.json", Cli.clean());
        Files.write(dir.resolve("in/b.txt"), "consid\u00e9rant".getBytes(StandardCharsets.ISO_8859_1));
        json("in/c.json", Cli.clean());
        Path out = dir.resolve("out");
        Cli.Result r = Cli.run(
                "convert",
                "--to",
                "akn",
                "-o",
                out.toString(),
                dir.resolve("in").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err())
                .contains("b.txt: not UTF-8 text: invalid byte 0xE9 on line 1")
                .contains("convert: 3 files, 2 documents, 0 errors, 1 skipped")
                .doesNotContain("\tat ")
                .doesNotContain("Exception");
        assertThat(tree(out)).containsExactly("a.akn.xml", "c.akn.xml");
    }

    @Test
    void aDocumentWithReaderErrorsIsNotWrittenUnlessLenient() throws IOException {
        Path broken = Files.writeString(dir.resolve("broken.json"), "{\"identity\": {\"body\": ");
        Path out = Files.createDirectories(dir.resolve("out"));
        Cli.Result r = Cli.run("convert", "--to", "akn", "-o", out.toString(), broken.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err())
                .containsPattern("broken\\.json:\\d+:\\d+: error ")
                .contains("not converted: the reader reported")
                .contains("--lenient");
        assertThat(out).isEmptyDirectory();
        Cli.Result lenient = Cli.run("convert", "--lenient", "--to", "akn", "-o", out.toString(), broken.toString());
        assertThat(lenient.code()).isEqualTo(1);
        assertThat(out.resolve("broken.akn.xml")).isRegularFile();
    }

    @Test
    void twoInputsWithTheSameOutputNameDoNotOverwriteEachOther() throws IOException {
        Path a = json("x/res.json", Cli.clean());
        Path b = json("y/res.json", Cli.clean());
        Path out = dir.resolve("out");
        Cli.Result r = Cli.run("convert", "--to", "json", "-o", out.toString(), a.toString(), b.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err())
                .contains("y" + java.io.File.separator + "res.json: not written: ")
                .contains("is also the output of " + a);
        assertThat(tree(out)).containsExactly("res.json");
    }

    @Test
    void theInputIsNeverOverwritten() throws IOException {
        Path a = json("res.json", Cli.clean());
        String before = Files.readString(a);
        Cli.Result r = Cli.run("convert", "--to", "json", "-o", a.toString(), a.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("is the input itself");
        assertThat(Files.readString(a)).isEqualTo(before);
    }

    @Test
    void anOutputThatCannotBeWrittenIsReportedAndDebugShowsTheStackTrace() throws IOException {
        Path a = json("res.json", Cli.clean());
        Path blocker = Files.writeString(dir.resolve("blocker"), "a file, not a folder");
        String target = blocker.resolve("res.json").toString();
        Cli.Result r = Cli.run("convert", "--to", "json", "-o", target, a.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("res.json: cannot write " + target).doesNotContain("\tat ");
        Cli.Result debug = Cli.run("convert", "--debug", "--to", "json", "-o", target, a.toString());
        assertThat(debug.code()).isEqualTo(2);
        assertThat(debug.err()).contains("cannot write").contains("\tat java.");
        assertThat(Files.readString(blocker)).isEqualTo("a file, not a folder");
    }
}

package org.resdom.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line and revisions: the formats the help names, versions of a Word document, marked and empty inputs. */
class RevisionCliTest {

    @TempDir
    Path dir;

    @Test
    void theHelpNamesTheFormatsOfTheRegistry() {
        // "toy" is provided by this test module only: the lists come from the registry, never a fixed text
        assertThat(Cli.run("--help").out())
                .contains("Formats found: akn, docx (read), html (write), json, pdf (read), text, toy, xml.");
        String convert = Cli.run("convert", "--help").out();
        assertThat(convert)
                .contains("Format to write: akn, html, json, text, toy, xml.")
                .contains("Format of the inputs: akn, docx, json, pdf, text, toy,")
                .doesNotContain("text, json, xml and akn");
        assertThat(Cli.run("diff", "--help").out()).contains("Format to write: akn, html, json, text, toy, xml");
    }

    @Test
    void convertWritesTheAcceptedOrTheRejectedVersionOfAWordDocument() throws IOException {
        Path docx = Files.write(dir.resolve("res.docx"), ConvertCommandTest.docx());
        Cli.Result marked = Cli.run("convert", "--to", "text", docx.toString());
        Cli.Result reject = Cli.run("convert", "--to", "text", "--changes", "reject", docx.toString());
        Cli.Result accept = Cli.run("convert", "--to", "text", "--changes", "accept", docx.toString());
        assertThat(marked.code()).isZero();
        assertThat(marked.out()).contains("to report{+ each year+}.");
        assertThat(reject.code()).isZero();
        assertThat(reject.out())
                .contains("to report.")
                .doesNotContain("each year")
                .doesNotContain("{+");
        assertThat(accept.out()).contains("to report each year.").doesNotContain("{+");
        assertThat(Cli.run("convert", "--to", "text", "--changes", "nope", docx.toString())
                        .code())
                .isEqualTo(2);
    }

    @Test
    void textOpeningWithMarksIsReadAsText() throws IOException {
        // no extension: the format is found from the content, and "{+" opens no JSON object
        Path marked = Files.writeString(dir.resolve("marked"), "{+..+}", StandardCharsets.UTF_8);
        Cli.Result r = Cli.run("convert", "--to", "json", marked.toString());
        assertThat(r.code()).isZero();
        assertThat(r.err()).doesNotContain("JSON-SYNTAX").doesNotContain("internal");
        assertThat(r.out()).contains("\"inserted\"");
        // and compared with another version: no internal error
        Path revised = Files.writeString(
                dir.resolve("revised.txt"), "{-considering-}{+noting+}\na)\tthe report;\n", StandardCharsets.UTF_8);
        Path plain = Files.writeString(dir.resolve("plain.txt"), "considering\na)\tthe report;\n");
        for (String[] pair :
                new String[][] {{revised.toString(), plain.toString()}, {plain.toString(), revised.toString()}}) {
            Cli.Result d = Cli.run("diff", "--to", "json", pair[0], pair[1]);
            assertThat(d.code()).as(d.err()).isZero();
            assertThat(d.err()).doesNotContain("must not be empty");
        }
    }

    @Test
    void anEmptyWordDocumentIsWrittenWithAWarning() throws IOException {
        String w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
        Path empty = dir.resolve("empty.docx");
        try (var z = new java.util.zip.ZipOutputStream(Files.newOutputStream(empty))) {
            z.putNextEntry(new java.util.zip.ZipEntry("word/document.xml"));
            z.write(("<w:document xmlns:w=\"" + w + "\"><w:body/></w:document>").getBytes(StandardCharsets.UTF_8));
            z.closeEntry();
        }
        Cli.Result r = Cli.run("convert", "--to", "text", empty.toString());
        assertThat(r.code()).isZero();
        assertThat(r.err()).contains("warning DOCX-EMPTY");
    }
}

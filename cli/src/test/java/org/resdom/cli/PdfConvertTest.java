package org.resdom.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code resdom convert --from pdf --to akn resolution.pdf}, and PDF detected by name. */
class PdfConvertTest {

    @TempDir
    Path dir;

    private Path pdf() throws IOException {
        Path file = dir.resolve("resolution.pdf");
        try (InputStream in = PdfConvertTest.class.getResourceAsStream("/pdf/A_HRC_RES_54_10E.pdf")) {
            Files.write(file, in.readAllBytes());
        }
        return file;
    }

    @Test
    void convertsAPdfToAkomaNtoso() throws IOException {
        Path in = pdf();
        Path out = dir.resolve("out.akn.xml");
        Cli.Result r = Cli.run("convert", "--from", "pdf", "--to", "akn", "-o", out.toString(), in.toString());
        assertThat(r.code()).as(r.err()).isZero();
        String akn = Files.readString(out);
        assertThat(akn).contains("Recalling").contains("54/10").contains("href=\"https://undocs.org/A/76/207\"");
        // the page of each paragraph and the date of adoption reach the Akoma Ntoso
        assertThat(akn)
                .contains("<rd:position eId=\"preamble__container_1\" page=\"1\"")
                .contains(" page=\"3\" line=")
                .contains("<FRBRdate date=\"2023-10-11\" name=\"adoption\"/>")
                .doesNotContain("0001-01-01");
    }

    @Test
    void detectsPdfByNameAndRefusesToWriteIt() throws IOException {
        Path in = pdf();
        Cli.Result r =
                Cli.run("convert", "--to", "json", "-o", dir.resolve("o.json").toString(), in.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(Files.readString(dir.resolve("o.json"))).contains("Takes note");
        Cli.Result w = Cli.run("convert", "--to", "pdf", in.toString());
        assertThat(w.code()).isNotZero();
        assertThat(w.err()).contains("does not write");
    }

    @Test
    void refsOfAPdfGiveThePageAndLineOfEachCitation() throws IOException {
        Path in = pdf();
        Cli.Result r = Cli.run("refs", "--format", "tsv", in.toString());
        assertThat(r.code()).as(r.err()).isZero();
        String[] rows = r.out().split("\n");
        assertThat(rows.length).isGreaterThan(5);
        assertThat(rows[0]).startsWith("file\tline\tcolumn\t");
        for (int i = 1; i < rows.length; i++) {
            String[] f = rows[i].split("\t", -1);
            // line is the page (a resolution of a few pages), column the line on that page
            assertThat(Integer.parseInt(f[1])).as(rows[i]).isBetween(1, 9);
            assertThat(Integer.parseInt(f[2])).as(rows[i]).isBetween(1, 80);
        }
        // a citation on the third page is placed there, not at a line of the text stage
        assertThat(rows).anyMatch(x -> x.split("\t", -1)[1].equals("3"));
    }
}

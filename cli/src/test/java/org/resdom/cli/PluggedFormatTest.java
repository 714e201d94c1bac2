package org.resdom.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.resdom.diagnostic.DiagnosticCode;
import org.resdom.diagnostic.Severity;
import org.resdom.io.FormatProvider;
import org.resdom.io.Formats;
import org.resdom.model.Paragraph;
import org.resdom.model.Resolution;
import org.resdom.model.SourceHints;
import org.resdom.spi.Vocabulary;

/**
 * A format provided by a jar (here: this test module, {@code org.resdom.cli.toy}) works in the
 * command line with no change to io or the command line.
 */
class PluggedFormatTest {
    @TempDir
    Path dir;

    private Path json(Resolution r) throws IOException {
        return Files.writeString(
                dir.resolve("res71.json"), Formats.writer("json").write(r), StandardCharsets.UTF_8);
    }

    @Test
    void theProvidedFormatIsFoundBesideResdomsOwn() {
        assertThat(Formats.names()).containsExactly("akn", "docx", "html", "json", "pdf", "text", "toy", "xml");
        assertThat(Formats.get("TOY").extension()).isEqualTo(".toy");
        assertThat(Formats.detect(Path.of("a.toy"), "").orElseThrow().name()).isEqualTo("toy");
        assertThat(Formats.detect("toy ITU-PP 71 en\n").orElseThrow().name()).isEqualTo("toy");
    }

    @Test
    void convertWritesItToStandardOutput() throws IOException {
        Resolution clean = Cli.clean();
        Cli.Result r = Cli.run("convert", "--to", "toy", json(clean).toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).isEqualTo(Formats.writer("toy").write(clean));
        assertThat(r.out().lines())
                .hasSize(1 + (int) clean.find(Paragraph.class).count());
        assertThat(r.out()).startsWith("toy " + clean.identity().body().code() + " ");
    }

    @Test
    void convertWritesItIntoAFolderWithItsExtension() throws IOException {
        Path in = json(Cli.clean());
        Path out = dir.resolve("out");
        Cli.Result r = Cli.run("convert", "--to", "toy", "-o", out.toString(), in.toString(), in.toString());
        assertThat(r.code()).as(r.err()).isEqualTo(2); // the second copy would overwrite the first
        assertThat(Files.readString(out.resolve("res71.toy")))
                .isEqualTo(Formats.writer("toy").write(Cli.clean()));
    }

    @Test
    void convertReadsItWithFromAndWritesItBackTheSame() throws IOException {
        String toy = Formats.writer("toy").write(Cli.clean());
        Path in = Files.writeString(dir.resolve("in.txt"), toy, StandardCharsets.UTF_8);
        Cli.Result r = Cli.run("convert", "--from", "toy", "--to", "toy", in.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).isEqualTo(toy);
        Cli.Result json = Cli.run("convert", "--from", "toy", "--to", "json", in.toString());
        assertThat(json.code()).as(json.err()).isZero();
        Resolution back = Formats.reader("json").read(json.out()).resolution();
        assertThat(back.identity().number()).hasValue("71");
        assertThat(back.find(Paragraph.class).map(Paragraph::plainText))
                .containsExactlyElementsOf(Cli.clean()
                        .find(Paragraph.class)
                        .map(Paragraph::plainText)
                        .toList());
    }

    @Test
    void itsFilesAreDetectedByNameAndItsDiagnosticsReported() throws IOException {
        Path good = Files.writeString(
                dir.resolve("a.toy"), Formats.writer("toy").write(Cli.clean()), StandardCharsets.UTF_8);
        Cli.Result ok = Cli.run("convert", "--to", "toy", good.toString());
        assertThat(ok.code()).as(ok.err()).isZero();
        assertThat(ok.out()).isEqualTo(Files.readString(good));
        Path bad = Files.writeString(dir.resolve("b.toy"), "toy NOWHERE 1 en\n", StandardCharsets.UTF_8);
        Cli.Result r = Cli.run("validate", bad.toString());
        assertThat(r.code()).isNotZero();
        assertThat(r.out() + r.err()).contains("b.toy").contains("TOY-HEADER");
    }

    @Test
    void itsHintNamespaceIsAHintNamespaceWithNoChangeToCore() {
        assertThat(Vocabulary.problems()).isEmpty();
        assertThat(Vocabulary.owners()).containsExactly("resdom", "toy");
        assertThat(SourceHints.namespaces()).contains("toy", "text");
        assertThat(SourceHints.of(Map.of("toy.newline", "crlf")).get("toy.newline"))
                .hasValue("crlf");
        Resolution withFact = Cli.clean().withMetadata(Map.of("toy.newline", "crlf", "place", "Bucharest"));
        assertThat(withFact.metadata()).containsOnlyKeys("place");
        assertThat(withFact.hints().get("toy.newline")).hasValue("crlf");
        // JSON keeps a hint among its metadata and gives it back as a hint
        Resolution back = Formats.reader("json")
                .read(Formats.writer("json").write(withFact))
                .resolution();
        assertThat(back.hints().get("toy.newline")).hasValue("crlf");
        assertThat(back.metadata()).doesNotContainKey("toy.newline");
    }

    @Test
    void itsDiagnosticCodesAreDocumentedAndCanBeDisabled() throws IOException {
        assertThat(DiagnosticCode.of("TOY-HEADER")).hasValueSatisfying(c -> {
            assertThat(c.format()).isEqualTo("toy");
            assertThat(c.severities()).containsExactly(Severity.ERROR);
        });
        assertThat(DiagnosticCode.all()).extracting(DiagnosticCode::code).contains("TOY-EMPTY", "IO-LIMIT");
        Path bad = Files.writeString(dir.resolve("b.toy"), "toy ITU-PP 71 en\n1\t\n", StandardCharsets.UTF_8);
        Cli.Result reported = Cli.run("validate", bad.toString());
        assertThat(reported.out() + reported.err()).contains("TOY-EMPTY");
        Cli.Result disabled = Cli.run("validate", "--disable", "TOY-EMPTY", bad.toString());
        assertThat(disabled.err()).doesNotContain("no such diagnostic code");
        assertThat(disabled.code()).as(disabled.err()).isNotEqualTo(2);
        assertThat(disabled.out() + disabled.err()).doesNotContain("TOY-EMPTY");
        Cli.Result unknown = Cli.run("validate", "--disable", "TOY-NOPE", bad.toString());
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err()).contains("--disable TOY-NOPE: no such diagnostic code");
    }

    @Test
    void aWriteOnlyFormatIsRefusedAsInputWithAReason() throws IOException {
        Path in = Files.writeString(dir.resolve("a.toy"), "toy ITU-PP 71 en\n", StandardCharsets.UTF_8);
        Cli.Result r = Cli.run("validate", "--from", "html", in.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("a.toy").contains("html format cannot be read");
    }

    @Test
    void everyFormatSaysWhetherItReadsAndWritesAndKeepsItsWord() {
        assertThat(Formats.all().stream().filter(f -> !f.canRead()).map(FormatProvider::name))
                .containsExactly("html");
        assertThat(Formats.all().stream().filter(f -> !f.canWrite()).map(FormatProvider::name))
                .containsExactly("docx", "pdf");
        for (FormatProvider f : Formats.all()) {
            if (f.canRead()) {
                assertThat(f.readerBuilder().build().format()).isEqualTo(f.name());
            } else {
                assertThatThrownBy(f::readerBuilder).isInstanceOf(UnsupportedOperationException.class);
            }
            if (f.canWrite()) {
                assertThat(f.writer().format()).isEqualTo(f.name());
            } else {
                assertThatThrownBy(f::writer).isInstanceOf(UnsupportedOperationException.class);
            }
        }
    }

    @Test
    void aReadOnlyFormatIsRefusedAsOutputWithAReason() throws IOException {
        Cli.Result r = Cli.run("convert", "--to", "pdf", json(Cli.clean()).toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--to pdf: resdom reads pdf but does not write it");
    }

    @Test
    void anUnknownFormatListsTheKnownOnesIncludingTheProvidedOne() {
        Cli.Result r = Cli.run("convert", "--to", "nope", "x.txt");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("unknown format 'nope'").contains("toy");
    }
}

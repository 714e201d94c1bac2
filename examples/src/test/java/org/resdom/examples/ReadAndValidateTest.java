package org.resdom.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.resdom.model.ActionKind;
import org.resdom.model.Language;
import org.resdom.model.PreambleKind;
import org.resdom.model.Resolution;

class ReadAndValidateTest {

    private static String print(String path, ReadAndValidate.Outcome outcome) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ReadAndValidate.print(path, outcome, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void theSampleIsReadAsAFrenchResolution() {
        Resolution r = ReadAndValidate.readAndValidate(Sample.text()).resolution();
        assertThat(r.identity().language()).isEqualTo(Language.FRENCH);
        assertThat(r.formula()).isPresent();
        assertThat(r.preamble()).first().satisfies(s -> {
            assertThat(s.phrase().kind()).isEqualTo(PreambleKind.CONSIDERING);
            assertThat(s.paragraphs()).isNotEmpty();
        });
        assertThat(r.operative())
                .extracting(s -> s.headingText().orElse(""))
                .containsSubsequence(
                        "décide",
                        "charge le Secrétaire général et les Directeurs des Bureaux",
                        "charge le Conseil de l'UIT",
                        "invite les États Membres",
                        "invite les Membres des Secteurs");
        assertThat(r.operative())
                .extracting(s -> s.phrase().orElseThrow().action())
                .containsSubsequence(
                        ActionKind.RESOLVES, ActionKind.INSTRUCTS, ActionKind.INSTRUCTS, ActionKind.INVITES);
    }

    @Test
    void everyDiagnosticHasACodeAndTheReaderOnesAPosition() {
        ReadAndValidate.Outcome outcome = ReadAndValidate.readAndValidate(Sample.text());
        assertThat(outcome.readerDiagnostics()).allSatisfy(d -> {
            assertThat(d.code()).isNotBlank();
            assertThat(d.line().orElse(0)).isBetween(1, 53);
        });
        assertThat(outcome.validatorDiagnostics())
                .allSatisfy(d -> assertThat(d.elementId()).isPresent());
    }

    @Test
    void printsASummaryAndEveryDiagnostic() {
        ReadAndValidate.Outcome outcome = ReadAndValidate.readAndValidate(Sample.text());
        String out = print("res71.txt", outcome);
        Resolution r = outcome.resolution();
        assertThat(out.lines().toList().get(0))
                .startsWith("res71.txt: ITU-PP ")
                .contains("(fr): " + r.preamble().size() + " preamble sections, "
                        + r.operative().size() + " operative sections");
        assertThat(out)
                .contains(
                        "reader: " + outcome.readerDiagnostics().size() + " diagnostic(s)",
                        "validator: " + outcome.validatorDiagnostics().size() + " diagnostic(s)");
        outcome.readerDiagnostics().forEach(d -> assertThat(out).contains("  " + d.format("res71.txt")));
        outcome.validatorDiagnostics().forEach(d -> assertThat(out).contains("  " + d.format("res71.txt")));
        assertThat(out.lines())
                .hasSize(3
                        + outcome.readerDiagnostics().size()
                        + outcome.validatorDiagnostics().size());
    }

    @Test
    void badInputGivesDiagnosticsNotExceptions() {
        ReadAndValidate.Outcome outcome = ReadAndValidate.readAndValidate("\u0000\u0001 nothing here\n\t\t[[[\n");
        assertThat(outcome.resolution()).isNotNull();
        assertThat(outcome.readerDiagnostics()).isNotEmpty();
        assertThat(print("bad.txt", outcome)).contains("bad.txt:");
    }

    @Test
    void mainReadsTheSampleWhenGivenNoFile() throws Exception {
        String out = StdoutCapture.run(() -> ReadAndValidate.main(new String[0]));
        assertThat(out).startsWith(Sample.RESOURCE + ": ").containsPattern("(?m)^[0-9]+ error\\(s\\), [0-9]+ warning");
    }
}

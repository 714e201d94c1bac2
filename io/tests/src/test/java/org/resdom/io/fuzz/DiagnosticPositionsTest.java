package org.resdom.io.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.resdom.diagnostic.Diagnostic;
import org.resdom.io.Formats;
import org.resdom.io.ReadLimits;
import org.resdom.io.ReadResult;
import org.resdom.io.ResolutionReader;
import org.resdom.validation.Validator;

/**
 * Every diagnostic a reader or the validator gives carries a real position: a 1-based line and
 * column, never the {@code 0:0} of an unknown one (a whole-document finding points at the
 * start, 1:1, or at the thing it is about). Checked over every fixture and seed document, hostile
 * inputs, mutations of the seeds, and readers with tight limits, for every reader.
 */
class DiagnosticPositionsTest {

    private static final String AKN = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0";

    /** Inputs that are empty, truncated, malformed, too deep or too noisy. */
    static List<String> hostile() {
        List<String> out = new ArrayList<>(List.of(
                "",
                " ",
                "\n\n\n",
                "\uFEFF",
                "\u0000",
                "\uD800",
                "x",
                "<",
                "<a",
                "<?xml version=\"1.0\"?>",
                "<!-- only a comment -->",
                "<akomaNtoso",
                "<akomaNtoso xmlns=\"" + AKN + "\"/>",
                "<akomaNtoso xmlns=\"" + AKN + "\"><statement name=\"resolution\"><mainBody></mainBody></statement>"
                        + "</akomaNtoso>",
                "<akomaNtoso xmlns=\"" + AKN + "\">\n<statement>\n<mainBody></statement>",
                "<resolution xmlns=\"urn:resdom:xml:1\" format=\"resdom\" version=\"1\"/>",
                "<resolution xmlns=\"urn:resdom:xml:1\" format=\"resdom\" version=\"1\"><identity/></resolution>",
                "<resolution xmlns=\"urn:resdom:xml:1\"",
                "<!DOCTYPE x [<!ENTITY e \"e\">]><x>&e;</x>",
                "<" + "n".repeat(9_000) + "/>",
                "{",
                "[",
                "null",
                "{}",
                "{\"format\":\"resdom\"",
                "{\"format\":\"resdom\"," + "\"version\":1}",
                "{\"format\":\"resdom\",\"version\":1,\"identity\":{}}",
                "\"text\"",
                "1e999",
                "RESOLUTION",
                "RESOLUTION 1\n\nconsidering\n\n",
                "considering\na)\tthat;\nresolves\n1\tto act.",
                "{+" + "x".repeat(10) + "+}",
                "{+".repeat(100) + "deep" + "+}".repeat(100),
                "[".repeat(5_000),
                "{\"a\":".repeat(2_000),
                "<a>".repeat(3_000),
                "<akomaNtoso xmlns=\"" + AKN + "\"><statement name=\"resolution\"><mainBody>"
                        + "<paragraph><content><p>".repeat(200) + "</mainBody></statement></akomaNtoso>"));
        // one cheap mistake many times over: the diagnostics cap and its note
        out.add("considering\n" + "a)\tx\n".repeat(3_000));
        out.add("resolves\n" + "1\tto act\n".repeat(3_000));
        out.add("{\"format\":\"resdom\",\"version\":1," + "\"x\":1,".repeat(3_000) + "\"identity\":{}}");
        return out;
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.MINUTES)
    void everyDiagnosticOfEveryReaderAndOfTheValidatorHasALineAndAColumn() {
        List<String> inputs = new ArrayList<>(hostile());
        Random random = new Random(20_261_202L);
        for (String name : FuzzTest.SEEDS) {
            String text = FuzzTest.resource(name);
            inputs.add(text);
            inputs.add(text.substring(0, text.length() / 2));
            for (int i = 0; i < 4; i++) {
                inputs.add(FuzzTest.mutate(text, random).text());
            }
        }
        ReadLimits tight = ReadLimits.defaults().withMaxChars(300).withMaxDepth(3);
        Set<String> bad = new LinkedHashSet<>();
        int checked = 0;
        for (String format : List.of("text", "json", "xml", "akn")) {
            List<ResolutionReader> readers = List.of(
                    Formats.reader(format),
                    Formats.get(format).readerBuilder().limits(tight).build(),
                    Formats.get(format)
                            .readerBuilder()
                            .limits(new ReadLimits(1L << 24, 64, 3))
                            .build());
            for (String input : inputs) {
                for (ResolutionReader reader : readers) {
                    ReadResult r = reader.read(input);
                    List<Diagnostic> all = new ArrayList<>(r.diagnostics());
                    all.addAll(Validator.standard().validate(r.resolution()));
                    for (Diagnostic d : all) {
                        checked++;
                        if (d.line().orElse(0) < 1 || d.column().orElse(0) < 1) {
                            bad.add(format + " " + d.code() + " at " + d.line().orElse(0) + ":"
                                    + d.column().orElse(0) + " ("
                                    + d.message()
                                            .substring(
                                                    0, Math.min(80, d.message().length())) + ")");
                        }
                    }
                }
            }
        }
        System.out.printf("diagnostic positions: %d diagnostics of %d inputs checked%n", checked, inputs.size());
        assertThat(checked).isGreaterThan(1_000);
        assertThat(bad).as("diagnostics without a position").isEmpty();
    }
}

package org.resdom.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.resdom.model.AnnexCitation;
import org.resdom.model.Body;
import org.resdom.model.Brackets;
import org.resdom.model.DocumentKind;
import org.resdom.model.Identity;
import org.resdom.model.Instrument;
import org.resdom.model.InstrumentCitation;
import org.resdom.model.Language;
import org.resdom.model.ProvisionCitation;
import org.resdom.model.Resolution;
import org.resdom.model.Revision;
import org.resdom.model.UnResolutionCitation;

/** Runs the command line in-process, and builds the documents tests feed it. */
final class Cli {
    static final String SAMPLE = org.resdom.testing.SeedFixture.FILE_NAME;

    private Cli() {}

    /** What a run printed and returned. */
    record Result(int code, String out, String err) {
        List<String> outLines() {
            return out.lines().toList();
        }
    }

    static Result run(String... args) {
        return run(false, args);
    }

    static Result run(boolean terminal, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(
                args,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                terminal);
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static String sample() {
        return org.resdom.testing.SeedFixture.text();
    }

    /**
     * A small, correct ITU resolution in English with one citation of each kind.
     *
     * @return the document
     */
    static Resolution clean() {
        Identity id = new Identity(
                Body.ITU_PP,
                DocumentKind.RESOLUTION,
                Optional.of("71"),
                Optional.of("RESOLUTION 71 (REV. BUCHAREST, 2022)"),
                Optional.of("Strategic plan for the Union"),
                Language.ENGLISH,
                List.of(Revision.rev("Bucharest", 2022)));
        InstrumentCitation two = InstrumentCitation.of(
                DocumentKind.RESOLUTION,
                Optional.of(Body.ITU_PP),
                List.of("70", "77"),
                Optional.of(Revision.rev("Dubai", 2018)),
                Brackets.ROUND,
                "Resolutions 70 and 77 (Rev. Dubai, 2018)");
        UnResolutionCitation un =
                UnResolutionCitation.of(Body.UN_GA, "71/243", "United Nations General Assembly resolution 71/243");
        ProvisionCitation no235 = ProvisionCitation.of(
                Instrument.CONVENTION,
                Optional.of("19"),
                Optional.of("235"),
                Optional.empty(),
                "No. 235 of Article 19 of the Convention");
        AnnexCitation annex = AnnexCitation.of(Optional.of("1"), Optional.empty(), "Annex 1 to this resolution");
        return Resolution.builder(id)
                .formula(
                        "The Plenipotentiary Conference of the International Telecommunication Union (Bucharest, 2022),")
                .preamble(
                        "considering",
                        s -> s.item(
                                        "a)",
                                        p -> p.text("the relevant provisions of ")
                                                .cite(no235)
                                                .text(";"))
                                .item("b)", p -> p.cite(two).text(" of the Plenipotentiary Conference;"))
                                .item("c)", p -> p.cite(un).text(" on the quadrennial review,")))
                .operative(
                        "resolves",
                        s -> s.item(
                                        "1",
                                        p -> p.text("to adopt the strategic plan in ")
                                                .cite(annex)
                                                .text(";"))
                                .item("2", "to review the plan every four years."))
                .build();
    }
}

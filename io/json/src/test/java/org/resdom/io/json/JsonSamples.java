package org.resdom.io.json;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.resdom.model.Anchor;
import org.resdom.model.Annex;
import org.resdom.model.AnnexCitation;
import org.resdom.model.Body;
import org.resdom.model.Bracketed;
import org.resdom.model.Brackets;
import org.resdom.model.Deleted;
import org.resdom.model.DocumentKind;
import org.resdom.model.Footnote;
import org.resdom.model.FootnoteRef;
import org.resdom.model.Identity;
import org.resdom.model.Inline;
import org.resdom.model.Inserted;
import org.resdom.model.Instrument;
import org.resdom.model.InstrumentCitation;
import org.resdom.model.Label;
import org.resdom.model.Language;
import org.resdom.model.NamedInstrumentCitation;
import org.resdom.model.OpeningFormula;
import org.resdom.model.OperativePhrase;
import org.resdom.model.OperativeSection;
import org.resdom.model.OtherCitation;
import org.resdom.model.Paragraph;
import org.resdom.model.PreamblePhrase;
import org.resdom.model.PreambleSection;
import org.resdom.model.ProvisionCitation;
import org.resdom.model.Resolution;
import org.resdom.model.Revision;
import org.resdom.model.SourceSpan;
import org.resdom.model.Text;
import org.resdom.model.UnDocumentCitation;
import org.resdom.model.UnResolutionCitation;
import org.resdom.model.UnknownElement;
import org.resdom.model.Unrecognized;

/**
 * A hand-built reference document for the JSON tests: every node type, every optional value
 * present somewhere and absent somewhere else, spans on most nodes, awkward characters.
 */
final class JsonSamples {

    private JsonSamples() {}

    private static Optional<SourceSpan> at(int start, int end, int line, int column) {
        return Optional.of(SourceSpan.of(start, end, line, column));
    }

    static Resolution rich() {
        Identity identity = new Identity(
                Body.ITU_PP,
                DocumentKind.RESOLUTION,
                Optional.of("71"),
                Optional.of("RESOLUTION 71 (REV. BUCHAREST, 2022)"),
                Optional.of("Strategic plan for the Union for 2024-2027"),
                Language.ENGLISH,
                List.of(Revision.adopted("Kyoto", 1994), Revision.rev("Bucharest", 2022)));
        OpeningFormula formula = new OpeningFormula(
                List.of(
                        Text.of(
                                "The Plenipotentiary Conference of the International Telecommunication Union (Bucharest, 2022),")),
                at(60, 155, 4, 1));

        InstrumentCitation res71 = new InstrumentCitation(
                DocumentKind.RESOLUTION,
                Optional.of(Body.ITU_PP),
                List.of("71"),
                Optional.of(Revision.rev("Dubai", 2018)),
                Brackets.ROUND,
                "Resolution 71 (Rev. Dubai, 2018)",
                at(200, 232, 8, 28));
        UnResolutionCitation unga = UnResolutionCitation.of(Body.UN_GA, "70/1", "A/RES/70/1");
        UnResolutionCitation linked = new UnResolutionCitation(
                Body.UN_SC,
                DocumentKind.DECISION,
                "2626 (2022)",
                Optional.of("http://undocs.org/en/S/RES/2626(2022)"),
                "resolution 2626 (2022)",
                Optional.empty());
        UnDocumentCitation symbol = new UnDocumentCitation(
                "A/HRC/55/2", Optional.of("https://undocs.org/A/HRC/55/2"), "A/HRC/55/2", Optional.empty());
        NamedInstrumentCitation named = NamedInstrumentCitation.of("udhr", Language.ENGLISH);
        ProvisionCitation article = new ProvisionCitation(
                Instrument.CONSTITUTION,
                Optional.of("19"),
                Optional.of("238"),
                Optional.of("2"),
                "No. 238 of Article 19 of the Constitution",
                Optional.empty());
        AnnexCitation annex = AnnexCitation.of(Optional.of("1"), Optional.of("A"), "Appendix A to Annex 1");
        OtherCitation other = OtherCitation.of("Report of the Council \u201CC22/INF/1\u201D");
        InstrumentCitation decisions = InstrumentCitation.of(
                DocumentKind.DECISION,
                Optional.empty(),
                List.of("5", "11"),
                Optional.empty(),
                Brackets.SQUARE,
                "Decisions 5 and 11 [Rev. Dubai, 2018]");

        Paragraph a = new Paragraph(
                List.of(new Anchor("_Toc1234", at(240, 240, 9, 1))),
                Optional.of(Label.of("a)")),
                List.of(
                        Text.of("the relevant provisions of "),
                        res71,
                        Text.of(" and of "),
                        unga,
                        Text.of(", "),
                        linked,
                        Text.of(", "),
                        symbol,
                        Text.of(", "),
                        named,
                        Text.of(";"),
                        new FootnoteRef("1", at(300, 301, 9, 61))),
                List.of(),
                List.of(),
                at(240, 310, 9, 1));
        Paragraph b = new Paragraph(
                List.of(),
                Optional.of(Label.of("b)", " ")),
                List.of(Text.of("that "), article, Text.of(" applies <\u00A0& \"quoted\"\u2019 \uD83D\uDE00 \t tab;")),
                List.of(),
                List.of(),
                Optional.empty());
        PreambleSection considering =
                new PreambleSection(PreamblePhrase.of("considering"), false, List.of(a, b), at(160, 400, 7, 1));
        PreambleSection recalling = new PreambleSection(
                PreamblePhrase.of("recalling further"),
                true,
                List.of(Paragraph.of(List.of(
                        Text.of("its "),
                        decisions,
                        Text.of(","),
                        new Footnote("1", List.of(Text.of("See also "), other, Text.of(".")), at(900, 950, 30, 1))))),
                Optional.empty());

        Paragraph item1 = new Paragraph(
                List.of(),
                Optional.of(Label.of("i)")),
                List.of(
                        Text.of("to report "),
                        new Inserted(List.of(Text.of("each year")), at(500, 509, 14, 20)),
                        Text.of(" "),
                        Deleted.of(List.of(Text.of("every four years"))),
                        Text.of(";")),
                List.of(),
                List.of(),
                Optional.empty());
        Paragraph item2 = new Paragraph(
                List.of(),
                Optional.of(Label.of("\u2013")),
                List.of(Text.of("to consult "), Bracketed.of(List.of(Text.of("all Member States"))), Text.of(";")),
                List.of(),
                List.of(),
                Optional.empty());
        Paragraph one = new Paragraph(
                List.of(),
                Optional.of(Label.of("1")),
                List.of(Text.of("to implement the plan, and in particular:")),
                List.of(item1, item2),
                List.of(Text.of("in accordance with "), annex, Text.of(".")),
                at(450, 700, 13, 1));
        Paragraph two = new Paragraph(
                List.of(),
                Optional.of(Label.of("[2 bis")),
                List.of(
                        Text.of("to keep "),
                        new Unrecognized("\u0001{\\field}\u0001", at(720, 731, 20, 9)),
                        Text.of(" "),
                        new UnknownElement(
                                "urn:example:ext",
                                "term",
                                List.of(
                                        UnknownElement.Attribute.of("class", "x\uD800"),
                                        new UnknownElement.Attribute("urn:example:attr", "ref", "t1")),
                                List.of(Text.of("as "), Inserted.of(List.of(Text.of("found")))),
                                at(732, 740, 20, 21)),
                        Text.of(" unchanged.")),
                List.of(),
                List.of(),
                Optional.empty());
        OperativeSection instructs = new OperativeSection(
                Optional.of(OperativePhrase.of("instructs the Secretary-General")),
                false,
                List.of(one, two),
                at(420, 740, 12, 1));
        OperativeSection unStyle = new OperativeSection(
                Optional.empty(),
                false,
                List.of(Paragraph.of("3.", "Decides to remain seized of the matter.")),
                Optional.empty());
        OperativeSection runIn = new OperativeSection(
                Optional.of(new OperativePhrase(
                        "invites Member States",
                        org.resdom.model.ActionKind.INVITES,
                        Optional.empty(),
                        Optional.of("Member States"))),
                true,
                List.of(Paragraph.of(List.<Inline>of(Text.of("to contribute.")))),
                Optional.empty());

        Annex annex1 = new Annex(
                Optional.of("1"),
                "ANNEX 1 TO RESOLUTION 71 (REV. BUCHAREST, 2022)",
                Optional.of("Strategic plan"),
                List.of(Paragraph.of("1", "The plan covers four years.")),
                at(1000, 1200, 40, 1));
        Annex annex2 = new Annex(Optional.empty(), "ATTACHMENT", Optional.empty(), List.of(), Optional.empty());

        return new Resolution(
                identity,
                Optional.of(formula),
                List.of(considering, recalling),
                List.of(instructs, unStyle, runIn),
                List.of(annex1, annex2),
                Map.of("text.source", "R71.docx", "akn.FRBRdate", "2022-10-14", "empty", ""),
                at(0, 1200, 1, 1));
    }
}

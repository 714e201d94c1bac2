package org.resdom.io.xml;

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
 * A hand-built document with every node type, spans, and the awkward characters of issue 4
 * (CR, leading and trailing spaces, controls, U+FFFE, a lone surrogate, backslashes, markup).
 */
final class RichDocument {
    private RichDocument() {}

    static Resolution build() {
        Identity identity = new Identity(
                Body.ITU_PP,
                DocumentKind.RESOLUTION,
                Optional.of("71"),
                Optional.of("RESOLUTION 71 (REV. BUCHAREST, 2022)"),
                Optional.of("Strategic plan for the Union, 2024-2027"),
                Language.ENGLISH,
                List.of(Revision.adopted("Kyoto", 1994), Revision.rev("Bucharest", 2022)));
        OpeningFormula formula = new OpeningFormula(
                List.of(
                        Text.of(
                                "The Plenipotentiary Conference of the International Telecommunication Union (Bucharest, 2022),")),
                Optional.of(SourceSpan.of(40, 133, 3, 1)));
        Paragraph a = new Paragraph(
                List.of(Anchor.of("_Toc165351524")),
                Optional.of(Label.of("a)")),
                List.of(
                        Text.of("the relevant provisions of the "),
                        ProvisionCitation.of(
                                Instrument.CONSTITUTION,
                                Optional.of("19"),
                                Optional.empty(),
                                Optional.empty(),
                                "Article 19 of the Constitution"),
                        Text.of(" and "),
                        ProvisionCitation.of(
                                Instrument.CONVENTION,
                                Optional.empty(),
                                Optional.of("235"),
                                Optional.of("2"),
                                "No. 235 of the Convention"),
                        Text.of(";")),
                List.of(),
                List.of(),
                Optional.of(SourceSpan.of(140, 230, 6, 1)));
        Paragraph b = new Paragraph(
                List.of(),
                Optional.of(Label.of("b)", " ")),
                List.of(
                        Text.of("  Resolution\u00A0"),
                        InstrumentCitation.of(
                                DocumentKind.RESOLUTION,
                                Optional.of(Body.ITU_PP),
                                List.of("70", "77"),
                                Optional.of(Revision.rev("Dubai", 2018)),
                                Brackets.ROUND,
                                "Resolutions 70 and 77 (Rev. Dubai, 2018)"),
                        Text.of(" and UNGA "),
                        UnResolutionCitation.of(Body.UN_GA, "71/243", "A/RES/71/243"),
                        Text.of(", "),
                        new UnResolutionCitation(
                                Body.UN_HRC,
                                DocumentKind.DECISION,
                                "S-31/1",
                                Optional.of("http://undocs.org/en/A/HRC/DEC/S-31/1"),
                                "decision S-31/1",
                                Optional.empty()),
                        Text.of(", "),
                        new UnDocumentCitation(
                                "A/AC.105/1137",
                                Optional.of("https://undocs.org/A/AC.105/1137"),
                                "A/AC.105/1137",
                                Optional.empty()),
                        Text.of(" and the "),
                        NamedInstrumentCitation.of("un-charter", Language.ENGLISH),
                        FootnoteRef.of("1"),
                        Text.of(" \"<quoted>\" & 'single' \u201Ccurly\u201D,\r\nline\rend  "),
                        Footnote.of(
                                "1",
                                List.of(
                                        Text.of("See "),
                                        OtherCitation.of("Report of the Council (C22/1)"),
                                        Text.of(".")))),
                List.of(),
                List.of(),
                Optional.empty());
        Paragraph c = new Paragraph(
                List.of(),
                Optional.of(Label.of("[c)")),
                List.of(Text.of("items follow:")),
                List.of(
                        new Paragraph(
                                List.of(),
                                Optional.of(Label.of("i)")),
                                List.of(
                                        Text.of("first "),
                                        new Inserted(
                                                List.of(Text.of("new")),
                                                java.util.Optional.of("ITU"),
                                                java.util.Optional.of("2022-10-14T09:30:00Z"),
                                                java.util.Optional.of("move1"),
                                                java.util.Optional.empty()),
                                        Text.of(" "),
                                        Deleted.of(List.of(Text.of("old")), "ITU", "2022-10-14"),
                                        Text.of(";")),
                                List.of(),
                                List.of(),
                                Optional.empty()),
                        new Paragraph(
                                List.of(),
                                Optional.of(Label.of("\u2013")),
                                List.of(
                                        Text.of("second "),
                                        Bracketed.of(
                                                List.of(Text.of("under "), Anchor.of("bm1"), Text.of("negotiation"))),
                                        Text.of(",")),
                                List.of(),
                                List.of(),
                                Optional.empty())),
                List.of(Text.of("and wrap-up.")),
                Optional.empty());
        PreambleSection considering = new PreambleSection(
                PreamblePhrase.of("considering"), false, List.of(a, b, c), Optional.of(SourceSpan.at(5, 1)));
        PreambleSection recalling = new PreambleSection(
                PreamblePhrase.of("recalling further"),
                true,
                List.of(Paragraph.of(List.of(
                        Text.of("its resolution "),
                        AnnexCitation.of(Optional.of("1"), Optional.of("A"), "Appendix A to Annex 1"),
                        Text.of(",")))),
                Optional.empty());
        OperativeSection instructs = new OperativeSection(
                Optional.of(OperativePhrase.of("instructs the Secretary-General")),
                false,
                List.of(
                        new Paragraph(
                                List.of(),
                                Optional.of(Label.of("1")),
                                List.of(Text.of("to report;")),
                                List.of(),
                                List.of(),
                                Optional.empty()),
                        new Paragraph(
                                List.of(),
                                Optional.of(Label.of("2bis")),
                                List.of(
                                        Text.of("ctrl\u0001\u0000\u001F tab\t "),
                                        Unrecognized.of("raw \u0007 \uFFFE\uFFFF \uD800 lone\uDC00 back\\slash"),
                                        Text.of(" "),
                                        UnknownElement.of(
                                                "urn:example:ext",
                                                "term",
                                                List.of(
                                                        UnknownElement.Attribute.of(
                                                                "class", "ctrl\u0001 back\\slash \uD800"),
                                                        new UnknownElement.Attribute("urn:example:attr", "ref", "t1")),
                                                List.of(
                                                        Text.of("kept \u0007"),
                                                        Bracketed.of(List.of(Text.of("whole"))))),
                                        Text.of(".")),
                                List.of(),
                                List.of(),
                                Optional.empty())),
                Optional.empty());
        OperativeSection un = new OperativeSection(
                Optional.empty(),
                false,
                List.of(
                        Paragraph.of(
                                List.of(
                                        Text.of(
                                                "Decides to remain seized of the matter \uD83D\uDE00 \u4E2D\u6587 \u0627\u0644\u0639\u0631\u0628\u064A\u0629.")))),
                Optional.empty());
        Annex annex = new Annex(
                Optional.of("1"),
                "ANNEX 1 TO RESOLUTION 71",
                Optional.of("Strategic plan"),
                List.of(Paragraph.of("1", "Vision: an enabling environment.")),
                Optional.of(SourceSpan.at(40, 1)));
        return new Resolution(
                identity,
                Optional.of(formula),
                List.of(considering, recalling),
                List.of(instructs, un),
                List.of(annex),
                Map.of("text.source", "res71.txt", "odd key \\ \t", "value\u0002\r\n with <markup> & \u00A0"),
                Optional.of(SourceSpan.of(0, 5000, 1, 1)));
    }
}

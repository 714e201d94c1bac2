package org.resdom.io.akn;

import java.util.List;
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
import org.resdom.model.OperativePhrase;
import org.resdom.model.OperativeSection;
import org.resdom.model.OtherCitation;
import org.resdom.model.Paragraph;
import org.resdom.model.PreambleKind;
import org.resdom.model.PreamblePhrase;
import org.resdom.model.PreambleSection;
import org.resdom.model.ProvisionCitation;
import org.resdom.model.Resolution;
import org.resdom.model.Revision;
import org.resdom.model.Text;
import org.resdom.model.UnResolutionCitation;
import org.resdom.model.Unrecognized;

/** A hand-built reference document holding every node type and every AKN device. */
final class Samples {

    private Samples() {}

    private static Paragraph p(Optional<Label> label, List<Inline> content) {
        return new Paragraph(List.of(), label, content, List.of(), List.of(), Optional.empty());
    }

    static Resolution reference() {
        Identity identity = new Identity(
                Body.ITU_PP,
                DocumentKind.RESOLUTION,
                Optional.of("71"),
                Optional.of("RESOLUTION 71 (REV. BUCHAREST, 2022)"),
                Optional.of("Strategic plan for the Union"),
                Language.ENGLISH,
                List.of(Revision.adopted("Kyoto", 1994), Revision.rev("Bucharest", 2022)));
        InstrumentCitation res70 = InstrumentCitation.of(
                DocumentKind.RESOLUTION,
                Optional.of(Body.ITU_PP),
                List.of("70"),
                Optional.of(Revision.rev("Dubai", 2018)),
                Brackets.ROUND,
                "Resolution 70 (Rev. Dubai, 2018)");
        InstrumentCitation two = InstrumentCitation.of(
                DocumentKind.RESOLUTION,
                Optional.empty(),
                List.of("70", "77"),
                Optional.of(Revision.rev("Bucharest", 2022)),
                Brackets.SQUARE,
                "Resolutions 70 and 77 [Rev. Bucharest, 2022]");
        Paragraph a = p(
                Optional.of(Label.of("a)")),
                List.of(
                        Text.of("the relevant provisions of "),
                        res70,
                        Text.of(" and of "),
                        ProvisionCitation.of(
                                Instrument.CONSTITUTION,
                                Optional.of("19"),
                                Optional.empty(),
                                Optional.empty(),
                                "Article 19 of the Constitution"),
                        Text.of(";")));
        Paragraph b = p(
                Optional.of(Label.of("b)")),
                List.of(
                        Text.of("that developing countries"),
                        FootnoteRef.of("1"),
                        Footnote.of("1", List.of(Text.of("These include the least developed countries."))),
                        Text.of(" face particular  challenges\u00A0& <risks>,")));
        Paragraph c = new Paragraph(
                List.of(Anchor.of("_Toc165351524")),
                Optional.of(Label.of("c)", " ")),
                List.of(
                        Text.of("the results of "),
                        UnResolutionCitation.of(Body.UN_GA, "70/1", "A/RES/70/1"),
                        Text.of(", including:")),
                List.of(Paragraph.of("i)", "the first point;"), Paragraph.of("ii)", "the second point,")),
                List.of(Text.of("all of which remain valid,")),
                Optional.empty());
        PreambleSection considering =
                new PreambleSection(PreamblePhrase.of("considering"), false, List.of(a, b, c), Optional.empty());
        PreambleSection recalling = new PreambleSection(
                PreamblePhrase.of("recalling"),
                true,
                List.of(Paragraph.of(List.of(Text.of("its "), two, Text.of(",")))),
                Optional.empty());
        PreambleSection odd = new PreambleSection(
                new PreamblePhrase("having heard", PreambleKind.OTHER, Optional.empty()),
                false,
                List.of(Paragraph.of(List.of(Text.of("the reports\twith\ttabs\r\nand lines,")))),
                Optional.empty());
        PreambleSection runInLabelled = new PreambleSection(
                PreamblePhrase.of("noting"),
                true,
                List.of(Paragraph.of("a)", "that the text is labelled,"), Paragraph.of("b)", "twice,")),
                Optional.empty());

        Paragraph r1 = p(
                Optional.of(Label.of("1")),
                List.of(
                        Text.of("that the "),
                        Deleted.of(List.of(Text.of("Secretary-General"))),
                        Inserted.of(List.of(Text.of("Council"))),
                        Text.of(" shall review "),
                        Bracketed.of(List.of(Text.of("each year"))),
                        Text.of(" the matter"),
                        FootnoteRef.of("2"),
                        Text.of(";"),
                        Anchor.of("bm1"),
                        Footnote.of(
                                "2",
                                List.of(Text.of("See "), OtherCitation.of("Report of the Council"), Text.of(".")))));
        Paragraph r2 = new Paragraph(
                List.of(),
                Optional.of(Label.of("2")),
                List.of(Text.of("that the review shall take into account:")),
                List.of(
                        Paragraph.of("i)", "the contributions of Member States;"),
                        new Paragraph(
                                List.of(),
                                Optional.of(Label.of("ii)")),
                                List.of(
                                        Text.of("the results in "),
                                        AnnexCitation.of(
                                                Optional.of("1"), Optional.empty(), "Annex 1 to this resolution"),
                                        Text.of(":")),
                                List.of(Paragraph.of("–", "first;"), Paragraph.of("–", "second,")),
                                List.of(),
                                Optional.empty())),
                List.of(),
                Optional.empty());
        OperativeSection resolves = new OperativeSection(
                Optional.of(OperativePhrase.of("resolves")), false, List.of(r1, r2), Optional.empty());
        OperativeSection instructs = new OperativeSection(
                Optional.of(OperativePhrase.of("instructs the Secretary-General")),
                true,
                List.of(
                        Paragraph.of(List.of(
                                Text.of("to report "),
                                Unrecognized.of("{{field}}"),
                                Text.of(" to the Council"),
                                FootnoteRef.of("3"),
                                Text.of(","))),
                        Paragraph.of(List.of(
                                Footnote.of("4", List.of(Text.of("A body without call-out."))),
                                Text.of("and to publish it,")))),
                Optional.empty());
        OperativeSection empty = new OperativeSection(
                Optional.of(OperativePhrase.of("invites Member States")), false, List.of(), Optional.empty());
        OperativeSection bare = new OperativeSection(
                Optional.empty(),
                false,
                List.of(
                        Paragraph.of("3", "Decides to remain seized of the matter."),
                        Paragraph.of("[4", "Also decides to continue.]")),
                Optional.empty());
        Annex annex = new Annex(
                Optional.of("1"),
                "ANNEX 1 TO RESOLUTION 71 (REV. BUCHAREST, 2022)",
                Optional.of("Strategic plan for the Union for 2024-2027"),
                List.of(Paragraph.of("1", "Introduction."), Paragraph.of(List.of(Text.of("Unnumbered text.")))),
                Optional.empty());
        Annex annex2 = new Annex(Optional.empty(), "ANNEX 2", Optional.empty(), List.of(), Optional.empty());
        return new Resolution(
                identity,
                Optional.of(
                        org.resdom.model.OpeningFormula.of(
                                "The Plenipotentiary Conference of the International Telecommunication Union (Bucharest, 2022),")),
                List.of(considering, recalling, odd, runInLabelled),
                List.of(resolves, instructs, empty, bare),
                List.of(annex, annex2),
                java.util.Map.of("akn.date", "2022-10-14", "source.note", "hand-built\treference"),
                Optional.empty());
    }
}

package org.resdom.io.akn;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.resdom.diagnostic.Severity;
import org.resdom.io.ReadResult;
import org.resdom.model.ActionKind;
import org.resdom.model.Anchor;
import org.resdom.model.Annex;
import org.resdom.model.AnnexCitation;
import org.resdom.model.Body;
import org.resdom.model.Bracketed;
import org.resdom.model.Brackets;
import org.resdom.model.DocumentKind;
import org.resdom.model.Footnote;
import org.resdom.model.FootnoteRef;
import org.resdom.model.Identity;
import org.resdom.model.Inline;
import org.resdom.model.Inserted;
import org.resdom.model.Instrument;
import org.resdom.model.InstrumentCitation;
import org.resdom.model.Label;
import org.resdom.model.LabelStyle;
import org.resdom.model.Language;
import org.resdom.model.OpeningFormula;
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
import org.resdom.testsupport.AknSchema;

/** Characters XML 1.0 cannot carry, in text and in attribute values, and the escapes that carry them. */
class AknCharsTest {

    private static final String ESCAPES = "escapes=\"backslash\"";

    private final AknResolutionWriter writer = AknResolutionWriter.create();
    private final AknResolutionReader reader = AknResolutionReader.create();

    private static Identity identity() {
        return new Identity(
                Body.ITU_PP,
                DocumentKind.RESOLUTION,
                Optional.of("71"),
                Optional.empty(),
                Optional.empty(),
                Language.ENGLISH,
                List.of());
    }

    private static Resolution doc(Paragraph p) {
        return new Resolution(
                identity(),
                Optional.empty(),
                List.of(),
                List.of(new OperativeSection(Optional.empty(), false, List.of(p), Optional.empty())),
                List.of(),
                Map.of(),
                Optional.empty());
    }

    private static Resolution doc(List<Inline> content) {
        return doc(Paragraph.of(content));
    }

    /** Writes (schema-valid), reads back (equal, no warning) and returns the document written. */
    private String roundTrip(Resolution r) {
        String xml = writer.write(r);
        assertThat(AknSchema.errors(xml)).as(xml).isEmpty();
        ReadResult back = reader.read(xml);
        assertThat(back.diagnostics()).as(xml).noneMatch(d -> d.severity() != Severity.INFO);
        assertThat(back.resolution()).as(xml).isEqualTo(r);
        assertThat(writer.write(back.resolution())).isEqualTo(xml);
        return xml;
    }

    @ParameterizedTest
    @ValueSource(ints = {0x0, 0x1, 0x8, 0xB, 0xC, 0x1B, 0x1F, 0xFFFE, 0xFFFF, 0xD800, 0xDBFF, 0xDC00, 0xDFFF})
    void eachCharacterInTextBecomesAnInline(int code) {
        char c = (char) code;
        String xml = roundTrip(doc(List.of(Text.of("a" + c + "b"))));
        String title = String.format(java.util.Locale.ROOT, "U+%04X", code);
        assertThat(xml).contains("a<inline name=\"resdomChar\" title=\"" + title + "\"/>b");
        assertThat(xml).doesNotContain(ESCAPES);
    }

    @Test
    void textMadeOnlyOfSuchCharactersAndSurrogateEdgeCases() {
        // a lone high before a pair, a pair, a lone low after a pair, a lone low first, a lone high last
        String s = "\uDC00\uD800\uD83D\uDE00\uDC01x\u0000\uD83D\uDE00\uDBFF";
        String xml = roundTrip(doc(List.of(Text.of(s))));
        assertThat(xml)
                .contains("<inline name=\"resdomChar\" title=\"U+DC00\"/><inline name=\"resdomChar\" "
                        + "title=\"U+D800\"/>\uD83D\uDE00<inline name=\"resdomChar\" title=\"U+DC01\"/>x");
        roundTrip(doc(List.of(Text.of("\u0001\u0002\u0003"))));
        roundTrip(doc(List.of(Text.of("\u001F"))));
    }

    @Test
    void charactersInFootnotesMarkupAndEveryTextPosition() {
        String bad = "\u0001\uFFFF";
        Paragraph p = new Paragraph(
                List.of(),
                Optional.of(Label.of("1" + bad)),
                List.of(
                        Text.of("see" + bad),
                        FootnoteRef.of("1"),
                        Footnote.of("1", List.of(Text.of("note " + bad))),
                        Text.of(" and "),
                        OtherCitation.of("Report" + bad),
                        Text.of(" "),
                        Unrecognized.of(bad),
                        Text.of(" "),
                        Inserted.of(List.of(Text.of("in" + bad))),
                        Bracketed.of(List.of(Text.of(bad)))),
                List.of(),
                List.of(),
                Optional.empty());
        Identity id = new Identity(
                Body.ITU_PP,
                DocumentKind.RESOLUTION,
                Optional.of("71"),
                Optional.of("RESOLUTION" + bad + " 71 (REV." + bad + ")"),
                Optional.of("Title " + bad),
                Language.ENGLISH,
                List.of());
        Resolution r = new Resolution(
                id,
                Optional.of(new OpeningFormula(List.of(Text.of("The" + bad)), Optional.empty())),
                List.of(new PreambleSection(
                        PreamblePhrase.of("considering" + bad),
                        true,
                        List.of(Paragraph.of(List.of(Text.of(bad + " run in")))),
                        Optional.empty())),
                List.of(new OperativeSection(
                        Optional.of(OperativePhrase.of("resolves" + bad)), false, List.of(p), Optional.empty())),
                List.of(new Annex(
                        Optional.of("1"),
                        "ANNEX" + bad,
                        Optional.of(bad),
                        List.of(Paragraph.of(List.of(Text.of(bad)))),
                        Optional.empty())),
                Map.of(),
                Optional.empty());
        String xml = roundTrip(r);
        assertThat(xml).contains("<p>note <inline name=\"resdomChar\" title=\"U+0001\"/>");
        // only the title holds such characters among attribute values (FRBRname): escapes are declared
        assertThat(xml).contains(ESCAPES).contains("FRBRname value=\"Title \\u0001\\uFFFF\"");
    }

    @Test
    void attributeValuesFromTheModelAreEscaped() {
        String bad = "\u0002\\\uFFFE";
        Paragraph p = new Paragraph(
                List.of(Anchor.of("_Toc" + bad)),
                Optional.of(new Label("(x)", LabelStyle.OTHER, "v" + bad, Optional.of(")" + bad), "\u001F")),
                List.of(
                        Text.of("text "),
                        Anchor.of("bm" + bad),
                        FootnoteRef.of("*" + bad),
                        Footnote.of("*" + bad, List.of(Text.of("body"))),
                        Text.of(" "),
                        InstrumentCitation.of(
                                DocumentKind.RESOLUTION,
                                Optional.of(Body.ITU_PP),
                                List.of("70" + bad, "71"),
                                Optional.of(Revision.rev("Dubai" + bad, 2018)),
                                Brackets.ROUND,
                                "Resolution 70"),
                        Text.of(" "),
                        UnResolutionCitation.of(Body.UN_GA, "70/1" + bad, "resolution 70/1"),
                        Text.of(" "),
                        ProvisionCitation.of(
                                Instrument.CONSTITUTION,
                                Optional.of("1" + bad),
                                Optional.of("2" + bad),
                                Optional.of("3" + bad),
                                "Article 1"),
                        Text.of(" "),
                        AnnexCitation.of(Optional.of("A" + bad), Optional.of("B" + bad), "Annex A"),
                        Text.of(" "),
                        FootnoteRef.of("\u0003"),
                        Footnote.of("\u0004", List.of(Text.of("alone")))),
                List.of(),
                List.of(),
                Optional.empty());
        Identity id = new Identity(
                Body.ITU_PP,
                DocumentKind.RESOLUTION,
                Optional.of("71" + bad),
                Optional.empty(),
                Optional.empty(),
                Language.ENGLISH,
                List.of(Revision.adopted("Kyoto" + bad, 1994)));
        Resolution r = new Resolution(
                id,
                Optional.empty(),
                List.of(new PreambleSection(
                        new PreamblePhrase("noting", PreambleKind.OTHER, Optional.of("q" + bad)),
                        false,
                        List.of(Paragraph.of(List.of(Text.of("x")))),
                        Optional.empty())),
                List.of(new OperativeSection(
                        Optional.of(new OperativePhrase(
                                "asks", ActionKind.OTHER, Optional.of("q" + bad), Optional.of("a" + bad))),
                        false,
                        List.of(p),
                        Optional.empty())),
                List.of(),
                Map.of("k" + bad, "v" + bad, "path", "C:\\docs\\res71.txt"),
                Optional.empty());
        String xml = roundTrip(r);
        assertThat(xml)
                .contains(ESCAPES)
                .contains("title=\"_Toc\\u0002\\\\\\uFFFE\"")
                .contains("marker=\"*\\u0002\\\\\\uFFFE\"")
                .contains("separator=\"\\u001F\"")
                .contains("key=\"path\" value=\"C:\\\\docs\\\\res71.txt\"")
                .doesNotContain("\u0002")
                .doesNotContain("\uFFFE");
    }

    @Test
    void aBackslashWithoutSuchCharactersIsWrittenAsBefore() {
        Paragraph p = new Paragraph(
                List.of(Anchor.of("a\\b")),
                Optional.empty(),
                List.of(
                        Text.of("back\\slash \\u0001 "),
                        FootnoteRef.of("\\"),
                        Footnote.of("\\", List.of(Text.of("n")))),
                List.of(),
                List.of(),
                Optional.empty());
        Resolution r = doc(p).withMetadata(Map.of("text.source", "C:\\docs\\res71.txt", "odd", "\\u0041\\\\"));
        String xml = roundTrip(r);
        assertThat(xml)
                .doesNotContain(ESCAPES)
                .contains("title=\"a\\b\"")
                .contains("marker=\"\\\"")
                .contains("value=\"C:\\docs\\res71.txt\"")
                .contains("value=\"\\u0041\\\\\"");
    }

    @Test
    void textThatLooksLikeTheDevicesIsNotMisread() {
        String lookalike = "<inline name=\"resdomChar\" title=\"U+0001\"/> U+0001 \\u0001 \\\\ resdom-char";
        Resolution r =
                doc(List.of(Text.of(lookalike), Unrecognized.of(lookalike))).withMetadata(Map.of("key", lookalike));
        String xml = roundTrip(r);
        assertThat(xml).doesNotContain(ESCAPES).doesNotContain("<inline name=\"resdomChar\"");
        // the same text in a document that does use escapes
        Resolution e = doc(List.of(Text.of(lookalike), Anchor.of(lookalike + "\u0001")))
                .withMetadata(Map.of("key", lookalike, "bad", "\u0001"));
        String xml2 = roundTrip(e);
        assertThat(xml2).contains(ESCAPES).contains("\\\\u0001 \\\\\\\\ resdom-char\\u0001\"");
    }

    private static String foreign(String body) {
        return "<akomaNtoso xmlns=\"" + Akn.NS + "\"><statement name=\"resolution\"><mainBody>" + body
                + "</mainBody></statement></akomaNtoso>";
    }

    @Test
    void foreignFilesIgnoreTheDevices() {
        ReadResult r = reader.read(foreign("<paragraph eId=\"p1\"><content><p>a<inline name=\"resdomChar\" "
                + "title=\"U+0001\"/>b <authorialNote marker=\"\\u0031\"><p>n</p></authorialNote></p></content>"
                + "</paragraph>"));
        assertThat(r.resolution().operative().get(0).paragraphs().get(0).content())
                .containsExactly(
                        Text.of("ab "), FootnoteRef.of("\\u0031"), Footnote.of("\\u0031", List.of(Text.of("n"))));
    }

    @Test
    void resdomFilesWithoutTheDeclarationKeepBackslashes() {
        String xml = writer.write(doc(List.of(Text.of("x"), Anchor.of("\\u0041"))));
        assertThat(xml).doesNotContain(ESCAPES);
        assertThat(reader.read(xml)
                        .resolution()
                        .operative()
                        .get(0)
                        .paragraphs()
                        .get(0)
                        .content())
                .containsExactly(Text.of("x"), Anchor.of("\\u0041"));
    }

    @Test
    void badEscapesAndCodesAreReportedAndKept() {
        String xml = writer.write(doc(List.of(Text.of("a\u0001b"), Anchor.of("n\u0001"))));
        assertThat(xml).contains(ESCAPES);
        String broken = xml.replace("title=\"n\\u0001\"", "title=\"n\\x\\u00G1\\\"")
                .replace("title=\"U+0001\"", "title=\"U+00G1\"");
        ReadResult r = reader.read(broken);
        assertThat(r.diagnostics())
                .anyMatch(d -> d.code().equals("AKN-BAD-ESCAPE"))
                .anyMatch(d -> d.code().equals("AKN-RESDOM") && d.message().contains("U+00G1"));
        assertThat(r.resolution().operative().get(0).paragraphs().get(0).content())
                .containsExactly(Text.of("ab"), Anchor.of("n\\x\\u00G1\\"));
    }
}

package org.resdom.io.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.resdom.io.ReadResult;
import org.resdom.model.Anchor;
import org.resdom.model.Deleted;
import org.resdom.model.Footnote;
import org.resdom.model.FootnoteRef;
import org.resdom.model.Inline;
import org.resdom.model.Inserted;
import org.resdom.model.Paragraph;
import org.resdom.model.PreambleSection;
import org.resdom.model.Resolution;
import org.resdom.model.Unrecognized;
import org.resdom.testsupport.DocxFixtures;

/**
 * Word markup that a stranger's review found read wrongly: hidden bookmarks before a run-in
 * phrase, marks in text kept unrecognized, changes around footnote calls, footnotes of a
 * deleted or inserted call.
 */
class DocxReviewFixesTest {

    private static final String W = DocxFixtures.W;
    private static final String FORMULA =
            "The Plenipotentiary Conference of the International Telecommunication Union (Bucharest, 2022),";

    static ReadResult read(byte[] docx) {
        return DocxResolutionReader.create().read(docx);
    }

    private static String bookmarked(String name, String text) {
        return "<w:p><w:bookmarkStart w:id=\"7\" w:name=\"" + name + "\"/>" + DocxFixtures.runs(text, false)
                + "<w:bookmarkEnd w:id=\"7\"/></w:p>";
    }

    @Test
    void aHiddenBookmarkBeforeARunInPhraseKeepsThePhraseAndTheBookmark() {
        for (String name : List.of("_Hlk120553611", "_Toc4711", "_Ref98765", "plain_name")) {
            byte[] docx = new DocxFixtures()
                    .paragraph(FORMULA)
                    .raw(bookmarked(name, "considering that the Convention applies,"))
                    .paragraph("resolves")
                    .paragraph("to adopt the plan.")
                    .build();
            Resolution r = read(docx).resolution();
            assertThat(r.preamble()).as(name).hasSize(1);
            PreambleSection s = r.preamble().get(0);
            assertThat(s.phrase().text()).as(name).isEqualTo("considering");
            assertThat(s.runIn()).as(name).isTrue();
            Paragraph p = s.paragraphs().get(0);
            assertThat(p.plainText().strip()).as(name).isEqualTo("that the Convention applies,");
            assertThat(p.anchors()).as(name).extracting(Anchor::name).containsExactly(name);
        }
    }

    @Test
    void aBookmarkBeforeAPhraseOnItsOwnLineGoesToTheSectionsFirstParagraph() {
        byte[] docx = new DocxFixtures()
                .paragraph(FORMULA)
                .paragraph("considering")
                .paragraph("that the Convention applies,")
                .raw(bookmarked("_Toc1", "resolves"))
                .paragraph("to adopt the plan.")
                .build();
        Resolution r = read(docx).resolution();
        assertThat(r.operative()).hasSize(1);
        assertThat(r.operative().get(0).phrase().orElseThrow().text()).isEqualTo("resolves");
        Paragraph p = r.operative().get(0).paragraphs().get(0);
        assertThat(p.plainText().strip()).isEqualTo("to adopt the plan.");
        assertThat(p.anchors()).extracting(Anchor::name).containsExactly("_Toc1");
    }

    @Test
    void aChangedRunInPhraseAfterABookmarkStartsItsOwnSectionInBothVersions() {
        for (String lead : List.of("", "[bookmark: _Toc9999]")) {
            byte[] docx = new DocxFixtures()
                    .paragraph("The Human Rights Council,")
                    .paragraph("Guided by the purposes and principles of the Charter of the United Nations,")
                    .fromMarked(lead + "{-Reaffirming-}{+Recalling+} the Universal Declaration of Human Rights,")
                    .paragraph("Noting the Vienna Declaration and Programme of Action,")
                    .paragraph("1.\tDecides to continue its consideration of the matter.")
                    .build();
            Resolution r = read(docx).resolution();
            assertThat(phrases(r.accepted())).as(lead).containsExactly("Guided", "Recalling", "Noting");
            assertThat(phrases(r.rejected())).as(lead).containsExactly("Guided", "Reaffirming", "Noting");
            Paragraph p = r.accepted().preamble().get(1).paragraphs().get(0);
            assertThat(p.plainText().strip()).as(lead).isEqualTo("the Universal Declaration of Human Rights,");
            if (!lead.isEmpty()) {
                assertThat(p.anchors()).extracting(Anchor::name).containsExactly("_Toc9999");
            }
        }
    }

    @Test
    void aChangeToTheFirstPhraseOfThePreambleKeepsThePreambleInBothVersions() {
        byte[] itu = new DocxFixtures()
                .paragraph(FORMULA)
                .fromMarked("{-considering-}{+recognizing+}")
                .paragraph("a)\tthat the Convention applies;")
                .paragraph("b)\tthat the plan is adopted,")
                .paragraph("resolves")
                .paragraph("to adopt the plan.")
                .build();
        ReadResult read = read(itu);
        assertThat(DocxSafetyAndFeaturesTest.codes(read)).doesNotContain("TXT-UNRECOGNIZED");
        Resolution r = read.resolution();
        for (Resolution v : List.of(r.accepted(), r.rejected())) {
            assertThat(v.formula().orElseThrow().content()).noneMatch(i -> i instanceof Unrecognized);
            assertThat(v.preamble()).hasSize(1);
            assertThat(v.preamble().get(0).paragraphs())
                    .extracting(q -> q.label().orElseThrow().text())
                    .containsExactly("a)", "b)");
            assertThat(v.operative())
                    .singleElement()
                    .satisfies(o -> assertThat(o.phrase().orElseThrow().text()).isEqualTo("resolves"));
        }
        assertThat(phrases(r.accepted())).containsExactly("recognizing");
        assertThat(phrases(r.rejected())).containsExactly("considering");
        // the text resdom writes of it reads back to the same document, and again to the same text
        org.resdom.io.text.TextResolutionWriter writer = org.resdom.io.text.TextResolutionWriter.create();
        String text = writer.write(r);
        Resolution back =
                org.resdom.io.text.TextResolutionReader.create().read(text).resolution();
        assertThat(writer.write(back)).isEqualTo(text);
        assertThat(phrases(back.accepted())).containsExactly("recognizing");
        assertThat(writer.write(r.accepted())).startsWith(FORMULA + "\nrecognizing\na)");

        byte[] un = new DocxFixtures()
                .paragraph("The Human Rights Council,")
                .fromMarked("{-Guided-}{+Recalling+} the purposes and principles of the Charter of the United Nations,")
                .paragraph("Noting the Vienna Declaration and Programme of Action,")
                .paragraph("1.\tDecides to continue its consideration of the matter.")
                .build();
        Resolution u = read(un).resolution();
        assertThat(phrases(u.accepted())).containsExactly("Recalling", "Noting");
        assertThat(phrases(u.rejected())).containsExactly("Guided", "Noting");
        assertThat(u.accepted()
                        .preamble()
                        .get(0)
                        .paragraphs()
                        .get(0)
                        .plainText()
                        .strip())
                .isEqualTo("the purposes and principles of the Charter of the United Nations,");
    }

    private static List<String> phrases(Resolution r) {
        return r.preamble().stream().map(s -> s.phrase().text()).toList();
    }

    @Test
    void acceptAndRejectResolveMarksInTextKeptUnrecognized() {
        String who = " w:id=\"9\" w:author=\"ITU Secretariat\" w:date=\"2022-10-01T08:00:00Z\"";
        byte[] docx = new DocxFixtures()
                .paragraph(FORMULA)
                .raw("<w:p><w:r><w:t xml:space=\"preserve\">Note by the </w:t></w:r><w:ins" + who + ">"
                        + DocxFixtures.runs("General ", false) + "</w:ins><w:del" + who.replace("9", "10") + ">"
                        + DocxFixtures.runs("Deputy ", true) + "</w:del>"
                        + DocxFixtures.runs("Secretary {x}", false) + "</w:p>")
                .paragraph("considering")
                .paragraph("that the Convention applies,")
                .build();
        ReadResult read = read(docx);
        assertThat(DocxSafetyAndFeaturesTest.codes(read)).doesNotContain("DOCX-CHANGE-UNPLACED");
        Resolution r = read.resolution();
        assertThat(unrecognized(r.accepted())).isEqualTo("Note by the General Secretary {x}");
        assertThat(unrecognized(r.rejected())).isEqualTo("Note by the Deputy Secretary {x}");
    }

    private static final String WHO = " w:author=\"Editorial Committee\" w:date=\"2022-10-02T09:00:00Z\"";

    /** Paragraph {@code text} with a call-out of footnote {@code id} inside {@code tag} (w:ins, w:del, or none). */
    private static String withCallOut(String text, String tag, String id) {
        String ref = "<w:r><w:rPr><w:rStyle w:val=\"FootnoteReference\"/></w:rPr><w:footnoteReference w:id=\"" + id
                + "\"/></w:r>";
        String call = tag.isEmpty() ? ref : "<" + tag + " w:id=\"5" + id + "\"" + WHO + ">" + ref + "</" + tag + ">";
        return "<w:p>" + DocxFixtures.runs(text, false) + call + "</w:p>";
    }

    private static byte[] callOuts() {
        return new DocxFixtures()
                .paragraph(FORMULA)
                .paragraph("resolves")
                .raw(withCallOut("to adopt the plan;", "w:ins", "1"))
                .raw(withCallOut("to review it;", "w:del", "2"))
                .raw(withCallOut("to report.", "", "3"))
                .footnote(
                        "1", "<w:ins w:id=\"61\"" + WHO + ">" + DocxFixtures.runs(" The new plan.", false) + "</w:ins>")
                .footnote(
                        "2",
                        "<w:del w:id=\"62\"" + WHO + ">" + DocxFixtures.runs(" The old review.", true) + "</w:del>")
                .footnote("3", DocxFixtures.runs(" The report.", false))
                .build();
    }

    @Test
    void anInsertedOrDeletedFootnoteCallOutIsAMarkWithAuthorAndDate() {
        ReadResult read = read(callOuts());
        assertThat(DocxSafetyAndFeaturesTest.codes(read)).doesNotContain("DOCX-CHANGE-UNPLACED");
        Resolution r = read.resolution();
        List<Paragraph> ps = r.operative().get(0).paragraphs();
        Inserted ins = (Inserted) ps.get(0).content().stream()
                .filter(i -> i instanceof Inserted)
                .findFirst()
                .orElseThrow();
        assertThat(ins.content()).singleElement().isInstanceOf(FootnoteRef.class);
        assertThat(ins.author()).contains("Editorial Committee");
        assertThat(ins.date()).contains("2022-10-02T09:00:00Z");
        Deleted del = (Deleted) ps.get(1).content().stream()
                .filter(i -> i instanceof Deleted)
                .findFirst()
                .orElseThrow();
        assertThat(del.content()).singleElement().isInstanceOf(FootnoteRef.class);
        assertThat(del.author()).contains("Editorial Committee");
        assertThat(r.find(Inserted.class).toList())
                .allSatisfy(m -> assertThat(m.date()).isPresent());
        assertThat(r.find(Deleted.class).toList())
                .allSatisfy(m -> assertThat(m.date()).isPresent());
    }

    @Test
    void acceptAndRejectDropTheBodyOfAFootnoteWhoseCallOutIsNotInTheirVersion() {
        Resolution r = read(callOuts()).resolution();
        assertThat(notes(r.accepted())).containsExactly("1 The new plan.", "3 The report.");
        assertThat(notes(r.rejected())).containsExactly("2 The old review.", "3 The report.");
        assertThat(refs(r.accepted())).containsExactly("1", "3");
        assertThat(refs(r.rejected())).containsExactly("2", "3");
    }

    private static List<String> notes(Resolution r) {
        return r.find(Footnote.class)
                .map(f -> f.marker() + " " + Inline.plainText(f.content()).strip())
                .toList();
    }

    private static List<String> refs(Resolution r) {
        return r.find(FootnoteRef.class).map(FootnoteRef::marker).toList();
    }

    @Test
    void aFootnoteBodyDoesNotStartWithTheSpaceWordPutsAfterTheNotesNumber() {
        Resolution r = read(callOuts()).resolution();
        assertThat(r.find(Footnote.class).toList())
                .hasSize(3)
                .allSatisfy(f -> assertThat(Inline.plainText(f.content())).doesNotStartWith(" "));
        assertThat(r.find(Footnote.class)
                        .map(f -> Inline.plainText(f.content()))
                        .toList())
                .contains("The report.");
    }

    @Test
    void aTableRowInsertedOrDeletedHasItsParagraphsInsertedOrDeletedWhole() {
        String ins = "<w:ins w:id=\"71\"" + WHO + "/>";
        String del = "<w:del w:id=\"72\"" + WHO + "/>";
        byte[] docx = new DocxFixtures()
                .paragraph(FORMULA)
                .paragraph("resolves")
                .raw("<w:tbl><w:tr><w:tc>" + "<w:p>" + DocxFixtures.runs("to keep the table;", false)
                        + "</w:p></w:tc></w:tr><w:tr><w:trPr>" + ins + "</w:trPr><w:tc><w:p>"
                        + DocxFixtures.runs("to add a row;", false) + "</w:p></w:tc></w:tr><w:tr><w:trPr>" + del
                        + "</w:trPr><w:tc><w:p>" + DocxFixtures.runs("to drop a row.", true)
                        + "</w:p></w:tc></w:tr></w:tbl>")
                .build();
        ReadResult read = read(docx);
        assertThat(DocxSafetyAndFeaturesTest.codes(read)).doesNotContain("DOCX-CHANGE-UNPLACED");
        Resolution r = read.resolution();
        assertThat(texts(r.accepted())).containsExactly("to keep the table;", "to add a row;");
        assertThat(texts(r.rejected())).containsExactly("to keep the table;", "to drop a row.");
        assertThat(r.find(Inserted.class).toList())
                .singleElement()
                .satisfies(m -> assertThat(m.author()).contains("Editorial Committee"));
        assertThat(r.find(Deleted.class).toList())
                .singleElement()
                .satisfies(m -> assertThat(m.date()).contains("2022-10-02T09:00:00Z"));
    }

    private static List<String> texts(Resolution r) {
        return r.operative().get(0).paragraphs().stream()
                .map(p -> p.plainText().strip())
                .toList();
    }

    @Test
    void aSymbolIsItsCharacterWhereTheFontIsKnownElseKeptAndReported() {
        byte[] docx = new DocxFixtures()
                .paragraph(FORMULA)
                .paragraph("resolves")
                .raw("<w:p>" + DocxFixtures.runs("to keep it at ", false)
                        + "<w:r><w:sym w:font=\"Symbol\" w:char=\"F0B1\"/></w:r>"
                        + DocxFixtures.runs("2 ", false) + "<w:r><w:sym w:font=\"Symbol\" w:char=\"61\"/></w:r>"
                        + DocxFixtures.runs(" and ", false)
                        + "<w:r><w:sym w:font=\"Wingdings\" w:char=\"F0FC\"/></w:r>"
                        + DocxFixtures.runs(".", false) + "</w:p>")
                .build();
        ReadResult read = read(docx);
        assertThat(texts(read.resolution())).containsExactly("to keep it at \u00B12 \u03B1 and \uF0FC.");
        assertThat(read.diagnostics())
                .filteredOn(d -> d.code().equals("DOCX-SYMBOL-UNMAPPED"))
                .singleElement()
                .satisfies(d -> assertThat(d.message()).contains("Wingdings").contains("U+F0FC"));
    }

    @Test
    void theTextOfAWordDocumentEndsWithANewline() {
        Resolution r = read(new DocxFixtures()
                        .paragraph(FORMULA)
                        .paragraph("resolves")
                        .paragraph("to adopt the plan.")
                        .build())
                .resolution();
        String text = org.resdom.io.text.TextResolutionWriter.create().write(r);
        assertThat(text).endsWith("to adopt the plan.\n");
    }

    @Test
    void aRenumberedParagraphIsCreditedWithAChangeOfItsLevelNotOfASubItem() {
        byte[] docx = new DocxFixtures()
                .list(1, "decimal", "%1", "lowerLetter", "%2)")
                .paragraph(FORMULA)
                .paragraph("resolves")
                .numbered(1, 0, "to adopt the plan;")
                .numberedChanged('+', 1, 0, "to review it:") // the first change: 2022-10-01T08:00:00Z
                .numberedChanged('+', 1, 1, "in detail;") // the second: 2022-10-01T09:01:00Z
                .numbered(1, 0, "to report.") // 3, was 2: shifted by the first
                .build();
        Resolution r = read(docx).resolution();
        Paragraph last = r.operative().get(0).paragraphs().get(2);
        assertThat(last.plainText()).contains("to report.");
        Inserted three = (Inserted) last.content().get(0);
        assertThat(Inline.plainText(three.content())).isEqualTo("3");
        assertThat(three.date()).contains("2022-10-01T08:00:00Z");
        assertThat(((Deleted) last.content().get(1)).date()).contains("2022-10-01T08:00:00Z");
    }

    @Test
    void aMoveWithoutRangeNamesIsLinkedAndARangesNameEndsWithTheRange() {
        String who = WHO;
        byte[] docx = new DocxFixtures()
                .paragraph(FORMULA)
                .paragraph("resolves")
                .raw("<w:p><w:moveFromRangeStart w:id=\"80\" w:name=\"named\"" + who + "/><w:moveFrom w:id=\"81\"" + who
                        + ">" + DocxFixtures.runs("to consult;", true)
                        + "</w:moveFrom><w:moveFromRangeEnd w:id=\"80\"/></w:p>")
                .raw("<w:p><w:moveFrom w:id=\"82\"" + who + ">" + DocxFixtures.runs("to report;", true)
                        + "</w:moveFrom></w:p>")
                .paragraph("to adopt the plan;")
                .raw("<w:p><w:moveToRangeStart w:id=\"83\" w:name=\"named\"" + who + "/><w:moveTo w:id=\"84\"" + who
                        + ">" + DocxFixtures.runs("to consult;", false)
                        + "</w:moveTo><w:moveToRangeEnd w:id=\"83\"/></w:p>")
                .raw("<w:p><w:moveTo w:id=\"85\"" + who + ">" + DocxFixtures.runs("to report.", false)
                        + "</w:moveTo></w:p>")
                .build();
        Resolution r = read(docx).resolution();
        List<String> from =
                r.find(Deleted.class).map(d -> d.move().orElse("none")).toList();
        List<String> to =
                r.find(Inserted.class).map(d -> d.move().orElse("none")).toList();
        assertThat(from).hasSize(2).doesNotHaveDuplicates().doesNotContain("none");
        assertThat(to).isEqualTo(from);
        assertThat(from.get(0)).isEqualTo("named");
    }

    @Test
    void aDocumentTooShortToTellItsLanguageTakesTheLanguageWordDeclares() {
        String run = "<w:r><w:rPr><w:lang w:val=\"en-GB\"/></w:rPr><w:t>%s</w:t></w:r>";
        byte[] declared = new DocxFixtures()
                .raw("<w:p>" + String.format(run, "The plan") + "</w:p>")
                .raw("<w:p>" + String.format(run, "The report") + "</w:p>")
                .build();
        byte[] plain =
                new DocxFixtures().paragraph("The plan").paragraph("The report").build();
        assertThat(read(plain).resolution().identity().language()).isEqualTo(org.resdom.model.Language.UNDETERMINED);
        assertThat(read(declared).resolution().identity().language()).isEqualTo(org.resdom.model.Language.ENGLISH);
        // a language the text shows wins over the one Word declares
        byte[] french = new DocxFixtures()
                .paragraph("La Conférence de plénipotentiaires de l'Union internationale des télécommunications"
                        + " (Bucarest, 2022),")
                .raw("<w:p>" + String.format(run, "considérant") + "</w:p>")
                .paragraph("que le plan stratégique de l'Union est adopté,")
                .build();
        assertThat(read(french).resolution().identity().language()).isEqualTo(org.resdom.model.Language.FRENCH);
    }

    private static String unrecognized(Resolution r) {
        List<Inline> content = r.formula().orElseThrow().content();
        StringBuilder sb = new StringBuilder();
        for (Inline i : content) {
            if (i instanceof Unrecognized u) {
                sb.append(u.raw());
            }
        }
        assertThat(r.find(Inserted.class).count() + r.find(Deleted.class).count())
                .isZero();
        return sb.toString();
    }
}

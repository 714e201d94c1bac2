package org.resdom.io.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.resdom.io.ReadResult;
import org.resdom.model.Deleted;
import org.resdom.model.Inline;
import org.resdom.model.Inserted;
import org.resdom.model.Paragraph;
import org.resdom.model.Resolution;
import org.resdom.testsupport.DocxFixtures;

/**
 * Tracked changes that are not runs of text: numbering computed per version, paragraph marks
 * inserted or deleted (splits and merges), numbering changed with {@code w:pPrChange}; and text
 * that only looks like marks, text boxes, Strict OOXML.
 */
class DocxRevisionStructureTest {

    private static final String W = DocxFixtures.W;
    private static final String FORMULA =
            "The Plenipotentiary Conference of the International Telecommunication Union (Bucharest, 2022),";

    private static Resolution read(byte[] docx) {
        ReadResult r = DocxResolutionReader.create().read(docx);
        assertThat(DocxSafetyAndFeaturesTest.codes(r)).doesNotContain("DOCX-CHANGE-UNPLACED");
        return r.resolution();
    }

    private static String flat(byte[] docx) throws IOException {
        return DocxResolutionReader.create()
                .flatten(new ByteArrayInputStream(docx))
                .orElseThrow();
    }

    /** Each paragraph of the operative part as {@code LABEL|text}. */
    private static List<String> ops(Resolution r) {
        return r.operative().get(0).paragraphs().stream()
                .map(p -> p.label().map(l -> l.text()).orElse("") + "|"
                        + p.plainText().strip())
                .toList();
    }

    @Test
    void automaticNumbersAreComputedInEachVersionAndTheirChangesAreLabelMarks() throws IOException {
        byte[] docx = new DocxFixtures()
                .list(1, "decimal", "%1")
                .paragraph(FORMULA)
                .paragraph("resolves")
                .numbered(1, 0, "to adopt the plan;")
                .numberedChanged('+', 1, 0, "to review it;")
                .numbered(1, 0, "to report;")
                .numberedChanged('-', 1, 0, "to consult;")
                .numbered(1, 0, "to close.")
                .build();
        Resolution r = read(docx);
        assertThat(ops(r.accepted()))
                .containsExactly("1|to adopt the plan;", "2|to review it;", "3|to report;", "4|to close.");
        assertThat(ops(r.rejected()))
                .containsExactly("1|to adopt the plan;", "2|to report;", "3|to consult;", "4|to close.");
        // in the marked document: the inserted and deleted paragraphs hold their labels; "to report" was 2, is 3
        List<Paragraph> marked = r.operative().get(0).paragraphs();
        assertThat(marked.get(2).label()).isEmpty();
        assertThat(marked.get(2).content().get(0)).isInstanceOf(Inserted.class);
        assertThat(Inline.plainText(((Inserted) marked.get(2).content().get(0)).content()))
                .isEqualTo("3");
        assertThat(Inline.plainText(((Deleted) marked.get(2).content().get(1)).content()))
                .isEqualTo("2");
        assertThat(Inline.plainText(((Inserted) marked.get(1).content().get(0)).content()))
                .isEqualTo("2\tto review it;");
        // the last paragraph is 4 in both versions: a plain label
        assertThat(marked.get(4).label().orElseThrow().text()).isEqualTo("4");
        // every mark, label marks included, carries an author and a date
        assertThat(r.find(Inserted.class).toList())
                .allSatisfy(m -> assertThat(m.date()).isPresent());
        assertThat(r.find(Deleted.class).toList())
                .allSatisfy(m -> assertThat(m.author()).isPresent());
        assertThat(flat(docx))
                .contains(
                        "\n1\tto adopt the plan;\n2\tto review it;\n32\tto report;\n3\tto consult;\n" + "4\tto close.");
    }

    @Test
    void theOldNumberingOfAPropertiesChangeAppliesToTheRejectedVersionOnly() {
        String change = "<w:pPrChange w:id=\"900\" w:author=\"Editorial Committee\" w:date=\"2022-10-01T10:00:00Z\">"
                + "<w:pPr>%s</w:pPr></w:pPrChange>";
        byte[] docx = new DocxFixtures()
                .list(1, "decimal", "%1")
                .list(2, "lowerLetter", "%1)")
                .paragraph(FORMULA)
                .paragraph("resolves")
                .numbered(1, 0, "to adopt the plan;")
                // numbered now, typed without a number before
                .raw("<w:p><w:pPr><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr>"
                        + String.format(change, "") + "</w:pPr><w:r><w:t>to review it;</w:t></w:r></w:p>")
                // in list 1 now, in the lettered list 2 before
                .raw("<w:p><w:pPr><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr>"
                        + String.format(change, "<w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"2\"/></w:numPr>")
                        + "</w:pPr><w:r><w:t>to report.</w:t></w:r></w:p>")
                .build();
        Resolution r = read(docx);
        assertThat(ops(r.accepted())).containsExactly("1|to adopt the plan;", "2|to review it;", "3|to report.");
        assertThat(ops(r.rejected())).containsExactly("1|to adopt the plan;", "|to review it;", "a)|to report.");
        assertThat(r.find(Inserted.class).toList())
                .allSatisfy(m -> assertThat(m.author()).contains("Editorial Committee"));
    }

    @Test
    void aParagraphMarkInsertedOrDeletedSplitsOrMergesParagraphs() throws IOException {
        String ins =
                "<w:rPr><w:ins w:id=\"901\" w:author=\"ITU Secretariat\" w:date=\"2022-10-02T10:00:00Z\"/></w:rPr>";
        String del =
                "<w:rPr><w:del w:id=\"902\" w:author=\"ITU Secretariat\" w:date=\"2022-10-02T11:00:00Z\"/></w:rPr>";
        byte[] docx = new DocxFixtures()
                .paragraph(FORMULA)
                .paragraph("resolves")
                // split: one paragraph before, two now
                .raw("<w:p><w:pPr>" + ins + "</w:pPr><w:r><w:t>1</w:t></w:r><w:r><w:tab/></w:r>"
                        + "<w:r><w:t xml:space=\"preserve\">to adopt the plan </w:t></w:r></w:p>")
                .raw(
                        "<w:p><w:ins w:id=\"903\" w:author=\"ITU Secretariat\" w:date=\"2022-10-02T10:00:00Z\">"
                                + "<w:r><w:t>2</w:t></w:r><w:r><w:tab/></w:r></w:ins><w:r><w:t>and to report it;</w:t></w:r></w:p>")
                // merge: two paragraphs before, one now
                .raw("<w:p><w:pPr>" + del + "</w:pPr><w:r><w:t>3</w:t></w:r><w:r><w:tab/></w:r>"
                        + "<w:r><w:t xml:space=\"preserve\">to consult </w:t></w:r></w:p>")
                .raw("<w:p><w:del w:id=\"904\" w:author=\"ITU Secretariat\" w:date=\"2022-10-02T11:00:00Z\">"
                        + "<w:r><w:delText>4</w:delText></w:r><w:r><w:tab/></w:r></w:del>"
                        + "<w:r><w:t>the Member States.</w:t></w:r></w:p>")
                .build();
        Resolution r = read(docx);
        assertThat(ops(r.accepted()))
                .containsExactly("1|to adopt the plan", "2|and to report it;", "3|to consult the Member States.");
        assertThat(ops(r.rejected()))
                .containsExactly("1|to adopt the plan and to report it;", "3|to consult", "4|the Member States.");
        assertThat(r.find(Inserted.class)
                        .filter(m -> Inline.plainText(m.content()).equals("\u00B6"))
                        .toList())
                .singleElement()
                .satisfies(m -> assertThat(m.author()).contains("ITU Secretariat"));
        // an extractor writes no paragraph mark
        assertThat(flat(docx)).doesNotContain("\u00B6").contains("\n1\tto adopt the plan \n2\tand to report it;\n");
    }

    @Test
    void wordTextThatLooksLikeMarksStaysLiteral() throws IOException {
        String text =
                "to write {+this+} and {-that-} and {[the other]}, [bookmark: x] and [footnoteRef:1] as they are;";
        byte[] docx = new DocxFixtures()
                .paragraph(FORMULA)
                .paragraph("resolves")
                .paragraph("1\t" + text)
                .build();
        Resolution r = read(docx);
        assertThat(r.find(Inserted.class)).isEmpty();
        assertThat(r.find(Deleted.class)).isEmpty();
        assertThat(ops(r)).containsExactly("1|" + text);
        assertThat(r.accepted()).isEqualTo(r);
        assertThat(r.find(org.resdom.model.Anchor.class)).isEmpty();
        assertThat(r.find(org.resdom.model.FootnoteRef.class)).isEmpty();
        assertThat(flat(docx)).endsWith("1\t" + text);
    }

    @Test
    void aTextBoxIsReadOnceInPlace() throws IOException {
        String box = "<w:txbxContent><w:p><w:r><w:t>Box one.</w:t></w:r></w:p><w:p><w:r><w:t>Box two.</w:t></w:r>"
                + "</w:p></w:txbxContent>";
        String para = "<w:p><w:r><w:t xml:space=\"preserve\">to note </w:t></w:r><w:r>"
                + "<mc:AlternateContent xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\">"
                + "<mc:Choice Requires=\"wps\"><w:drawing><wps:wsp xmlns:wps=\"http://schemas.microsoft.com/office/"
                + "word/2010/wordprocessingShape\"><wps:txbx>" + box + "</wps:txbx></wps:wsp></w:drawing></mc:Choice>"
                + "<mc:Fallback><w:pict><v:shape xmlns:v=\"urn:schemas-microsoft-com:vml\"><v:textbox>" + box
                + "</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>"
                + "<w:r><w:t xml:space=\"preserve\"> the boxes.</w:t></w:r></w:p>";
        byte[] docx = new DocxFixtures()
                .paragraph(FORMULA)
                .paragraph("resolves")
                .raw(para)
                .build();
        String flat = flat(docx);
        assertThat(flat).endsWith("\nto note Box one. Box two. the boxes.");
        assertThat(flat.split("Box one", -1)).hasSize(2);
    }

    @Test
    @org.junit.jupiter.api.Timeout(20)
    void aParagraphNestedVeryDeepIsReadInLinearTime() throws IOException {
        int n = 100_000;
        StringBuilder open = new StringBuilder();
        java.util.Random random = new java.util.Random(7);
        for (int i = 0; i < n; i++) {
            // ids that do not repeat: the part must not look like a zip bomb to the package limits
            open.append("<w:sdt w:id=\"")
                    .append(random.nextInt(Integer.MAX_VALUE))
                    .append("\">");
        }
        String para = "<w:p><w:pPr><w:rPr><w:ins w:id=\"1\" w:author=\"A\" w:date=\"2022\"/></w:rPr></w:pPr>" + open
                + "<w:r><w:t>deep</w:t></w:r>" + "</w:sdt>".repeat(n) + "</w:p>";
        byte[] docx = new DocxFixtures().paragraph(FORMULA).raw(para).build();
        ReadResult r = DocxResolutionReader.create().read(docx);
        assertThat(r.diagnostics()).noneMatch(d -> d.code().startsWith("DOCX-"));
        assertThat(flat(docx)).endsWith("\ndeep");
    }

    @Test
    void strictOoxmlIsReadLikeTransitional() throws IOException {
        String strict = "http://purl.oclc.org/ooxml/wordprocessingml/main";
        String doc = "<w:document xmlns:w=\"" + strict + "\"><w:body><w:p><w:r><w:t>" + FORMULA + "</w:t></w:r></w:p>"
                + "<w:p><w:r><w:t>resolves</w:t></w:r></w:p><w:p><w:pPr><w:numPr><w:ilvl w:val=\"0\"/>"
                + "<w:numId w:val=\"1\"/></w:numPr></w:pPr><w:ins w:id=\"1\" w:author=\"A\" w:date=\"2022-10-03\">"
                + "<w:r><w:t>to report.</w:t></w:r></w:ins></w:p></w:body></w:document>";
        String numbering = "<w:numbering xmlns:w=\"" + strict + "\"><w:abstractNum w:abstractNumId=\"1\">"
                + "<w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"%1\"/>"
                + "</w:lvl></w:abstractNum><w:num w:numId=\"1\"><w:abstractNumId w:val=\"1\"/></w:num></w:numbering>";
        byte[] docx = DocxFixtures.zip(List.<String[]>of(
                new String[] {"word/document.xml", doc}, new String[] {"word/numbering.xml", numbering}));
        assertThat(flat(docx)).endsWith("\nresolves\n1\tto report.");
        Resolution r = read(docx);
        assertThat(r.find(Inserted.class).toList())
                .singleElement()
                .satisfies(m -> assertThat(m.author()).contains("A"));
        assertThat(ops(r.accepted())).containsExactly("1|to report.");
    }

    private static final String INS_A =
            "<w:ins w:id=\"910\" w:author=\"ITU Secretariat\" w:date=\"2022-10-03T10:00:00Z\">";
    private static final String DEL_B =
            "<w:del w:id=\"911\" w:author=\"Editorial Committee\" w:date=\"2022-10-04T10:00:00Z\">";

    @Test
    void textDeletedInsideAnInsertionIsInNeitherVersion() throws IOException {
        // "the new draft " inserted by one author, "draft " of it deleted again by another
        byte[] docx = new DocxFixtures()
                .paragraph(FORMULA)
                .paragraph("resolves")
                .raw("<w:p><w:r><w:t xml:space=\"preserve\">1</w:t></w:r><w:r><w:tab/></w:r>"
                        + "<w:r><w:t xml:space=\"preserve\">to adopt </w:t></w:r>" + INS_A
                        + "<w:r><w:t xml:space=\"preserve\">the new </w:t></w:r>" + DEL_B
                        + "<w:r><w:delText xml:space=\"preserve\">draft </w:delText></w:r></w:del></w:ins>"
                        + "<w:r><w:t>plan;</w:t></w:r></w:p>")
                .raw("<w:p><w:r><w:t xml:space=\"preserve\">2</w:t></w:r><w:r><w:tab/></w:r>"
                        + "<w:r><w:t xml:space=\"preserve\">to report </w:t></w:r>" + INS_A + DEL_B
                        + "<w:r><w:delText>twice</w:delText></w:r></w:del><w:r><w:t>once</w:t></w:r></w:ins>"
                        + "<w:r><w:t>.</w:t></w:r></w:p>")
                .build();
        Resolution r = read(docx);
        assertThat(ops(r.accepted())).containsExactly("1|to adopt the new plan;", "2|to report once.");
        assertThat(ops(r.rejected())).containsExactly("1|to adopt plan;", "2|to report .");
        // the deletion is inside the insertion, each with its own author
        Inserted outer = r.find(Inserted.class).findFirst().orElseThrow();
        assertThat(outer.author()).contains("ITU Secretariat");
        assertThat(outer.content())
                .anySatisfy(i -> assertThat(i)
                        .isInstanceOfSatisfying(
                                Deleted.class, d -> assertThat(d.author()).contains("Editorial Committee")));
        // an extractor keeps all the text
        assertThat(flat(docx)).endsWith("1\tto adopt the new draft plan;\n2\tto report twiceonce.");
    }

    @Test
    void aParagraphInsertedThenDeletedIsInNeitherVersion() {
        String both = "<w:pPr><w:rPr>" + INS_A.replace(">", "/>") + DEL_B.replace(">", "/>") + "</w:rPr></w:pPr>";
        byte[] docx = new DocxFixtures()
                .paragraph(FORMULA)
                .paragraph("resolves")
                .paragraph("1\tto adopt the plan;")
                // a whole paragraph inserted by one author and deleted by another, its typed label too
                .raw("<w:p>" + both + INS_A + DEL_B + "<w:r><w:delText>2</w:delText></w:r><w:r><w:tab/></w:r>"
                        + "<w:r><w:delText>to review it;</w:delText></w:r></w:del></w:ins></w:p>")
                .paragraph("2\tto report;")
                // a paragraph mark inserted and deleted, its text kept: joined to the next in both versions
                .raw("<w:p>" + both + "<w:r><w:t>3</w:t></w:r><w:r><w:tab/></w:r>"
                        + "<w:r><w:t xml:space=\"preserve\">to consult </w:t></w:r></w:p>")
                .paragraph("the Member States.")
                .build();
        Resolution r = read(docx);
        List<String> both2 = List.of("1|to adopt the plan;", "2|to report;", "3|to consult the Member States.");
        assertThat(ops(r.accepted())).isEqualTo(both2);
        assertThat(ops(r.rejected())).isEqualTo(both2);
        for (Resolution v : List.of(r.accepted(), r.rejected())) {
            assertThat(org.resdom.validation.Validator.standard().validate(v))
                    .noneMatch(d -> d.code().equals("RD-LABEL-DUPLICATE"));
        }
    }
}

package org.resdom.io.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.resdom.diagnostic.Diagnostic;
import org.resdom.io.ReadResult;
import org.resdom.model.Deleted;
import org.resdom.model.Footnote;
import org.resdom.model.Inserted;
import org.resdom.model.Paragraph;
import org.resdom.model.Resolution;
import org.resdom.testsupport.DocxFixtures;

/** Hostile packages are refused with a diagnostic; numbering, footnotes and moves are read. */
@org.junit.jupiter.api.Timeout(value = 120, unit = java.util.concurrent.TimeUnit.SECONDS)
class DocxSafetyAndFeaturesTest {

    static List<String> codes(ReadResult r) {
        return r.diagnostics().stream().map(Diagnostic::code).toList();
    }

    @Test
    @Timeout(20)
    void aZipBombIsRefusedWhileItInflates() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(bytes)) {
            z.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 300; i++) {
                z.write(zeros); // 300 MiB of zeros: a few hundred KiB compressed
            }
            z.closeEntry();
        }
        assertThat(bytes.size()).isLessThan(2 << 20);
        ReadResult r = DocxResolutionReader.create().read(bytes.toByteArray());
        assertThat(codes(r)).containsExactly("DOCX-LIMIT");
        assertThat(r.diagnostics().get(0).message()).contains("inflates more than");
    }

    @Test
    void packageDiagnosticsAreBoundedWithTheTextsAndEndWithOneLimitNote() {
        DocxFixtures f = new DocxFixtures()
                .paragraph(
                        "The Plenipotentiary Conference of the International Telecommunication Union (Bucharest, 2022),")
                .paragraph("resolves");
        for (int i = 0; i < 12; i++) {
            f.numbered(9, 0, "to act " + i + ";"); // list 9 is not defined: DOCX-NUMBERING-UNKNOWN each
        }
        byte[] docx = f.build();
        List<Diagnostic> all = DocxResolutionReader.create().read(docx).diagnostics();
        assertThat(codes(DocxResolutionReader.create().read(docx)))
                .as("a package diagnostic per paragraph")
                .filteredOn("DOCX-NUMBERING-UNKNOWN"::equals)
                .hasSizeGreaterThanOrEqualTo(12);
        assertThat(codes(DocxResolutionReader.create().read(docx))).doesNotContain("IO-LIMIT");

        ReadResult few = DocxResolutionReader.builder()
                .limits(new org.resdom.io.ReadLimits(
                        org.resdom.io.ReadLimits.defaults().maxChars(),
                        org.resdom.io.ReadLimits.defaults().maxDepth(),
                        3))
                .build()
                .read(docx);
        assertThat(few.diagnostics()).hasSize(4);
        assertThat(few.diagnostics().subList(0, 3)).isEqualTo(all.subList(0, 3));
        Diagnostic note = few.diagnostics().get(3);
        assertThat(note.code()).isEqualTo("IO-LIMIT");
        assertThat(note.message()).startsWith((all.size() - 3) + " more diagnostics left out");
    }

    @Test
    @Timeout(20)
    void tooManyEntriesAndTooLargePartsAreRefused() {
        byte[] small = DocxFixtures.reference();
        assertThat(codes(DocxResolutionReader.builder()
                        .docxLimits(DocxLimits.defaults().withMaxEntries(3))
                        .build()
                        .read(small)))
                .containsExactly("DOCX-LIMIT");
        assertThat(codes(DocxResolutionReader.builder()
                        .docxLimits(DocxLimits.defaults().withMaxPartBytes(1000))
                        .build()
                        .read(small)))
                .containsExactly("DOCX-LIMIT");
    }

    @Test
    void anEmptyBodyIsReportedAsAnEmptyDocument() {
        String empty = "<w:document xmlns:w=\"" + DocxFixtures.W + "\"><w:body><w:p/><w:sectPr/></w:body></w:document>";
        ReadResult r = DocxResolutionReader.create()
                .read(DocxFixtures.zip(List.<String[]>of(new String[] {"word/document.xml", empty})));
        assertThat(codes(r)).contains("DOCX-EMPTY");
        assertThat(r.diagnostics())
                .filteredOn(d -> d.code().equals("DOCX-EMPTY"))
                .singleElement()
                .satisfies(d -> assertThat(d.severity()).isEqualTo(org.resdom.diagnostic.Severity.WARNING));
        // a document with text has none
        assertThat(codes(DocxResolutionReader.create().read(DocxFixtures.reference())))
                .doesNotContain("DOCX-EMPTY");
    }

    @Test
    @Timeout(20)
    void notAZipAndNoDocumentAndADtdAreReportedNeverThrown() {
        assertThat(codes(DocxResolutionReader.create().read("plain text".getBytes())))
                .containsExactly("DOCX-NOT-ZIP");
        assertThat(codes(DocxResolutionReader.create()
                        .read(DocxFixtures.zip(List.<String[]>of(new String[] {"other.xml", "<a/>"})))))
                .containsExactly("DOCX-NO-DOCUMENT");
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<w:document xmlns:w=\"" + DocxFixtures.W + "\"><w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p>"
                + "</w:body></w:document>";
        ReadResult r = DocxResolutionReader.create()
                .read(DocxFixtures.zip(List.<String[]>of(new String[] {"word/document.xml", xxe})));
        assertThat(codes(r)).containsExactly("DOCX-BAD-XML");
        assertThat(r.resolution().toString()).doesNotContain("root:");
    }

    @Test
    void externalRelationshipsAreNotFollowedButReported() {
        String doc = "<w:document xmlns:w=\"" + DocxFixtures.W + "\"><w:body><w:p><w:r><w:t>considering</w:t></w:r>"
                + "</w:p></w:body></w:document>";
        String rels = "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId9\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
                + "attachedTemplate\" Target=\"http://127.0.0.1:9/x.dotm\" TargetMode=\"External\"/></Relationships>";
        ReadResult r = DocxResolutionReader.create()
                .read(DocxFixtures.zip(List.<String[]>of(
                        new String[] {"word/document.xml", doc}, new String[] {"word/_rels/document.xml.rels", rels})));
        assertThat(codes(r)).contains("DOCX-EXTERNAL-IGNORED");
    }

    @Test
    void automaticNumberingGivesRealLabels() throws IOException {
        byte[] docx = DocxFixtures.numberingFootnotesMove();
        String flat = DocxResolutionReader.create()
                .flatten(new java.io.ByteArrayInputStream(docx))
                .orElseThrow();
        assertThat(flat)
                .contains("\na)\tthe Constitution;\nb)\tthe Convention,\n")
                .contains(
                        "\n1\tto adopt the plan, in particular:\ni)\tfirst sub-item;\nii)\tsecond sub-item;\n2\tto report.");
        Resolution r = DocxResolutionReader.create().read(docx).resolution();
        assertThat(r.preamble().get(0).paragraphs())
                .extracting(p -> p.label().orElseThrow().text())
                .containsExactly("a)", "b)");
        List<Paragraph> ops = r.operative().get(0).paragraphs();
        assertThat(ops).extracting(p -> p.label().orElseThrow().text()).containsExactly("1", "2");
        assertThat(ops.get(0).items())
                .extracting(p -> p.label().orElseThrow().text())
                .containsExactly("i)", "ii)");
    }

    @Test
    void footnotesAndMovesWithTheirAuthors() {
        DocxFixtures f = new DocxFixtures();
        f.fromMarked("The Plenipotentiary Conference of the International Telecommunication Union (Bucharest, 2022),");
        f.fromMarked("resolves");
        f.fromMarked("{<1\tto report each year;<}");
        f.fromMarked("1\tto adopt the plan[footnoteRef:1]{+ and the budget+}; [1: \tSee the {-old-}{+new+} report.] ");
        f.fromMarked("{>2\tto report each year;>}");
        ReadResult read = DocxResolutionReader.create().read(f.build());
        Resolution r = read.resolution();
        assertThat(codes(read)).doesNotContain("DOCX-CHANGE-UNPLACED");
        List<Deleted> del = r.find(Deleted.class).toList();
        List<Inserted> ins = r.find(Inserted.class).toList();
        assertThat(del).extracting(d -> d.move().orElse("-")).containsExactly("move1", "-");
        assertThat(ins).extracting(d -> d.move().orElse("-")).containsExactly("-", "-", "move1");
        assertThat(ins).allSatisfy(i -> assertThat(i.author()).isPresent());
        Footnote note = r.find(Footnote.class).findFirst().orElseThrow();
        assertThat(note.marker()).isEqualTo("1");
        assertThat(org.resdom.model.Inline.plainText(note.content())).contains("See the oldnew report.");
        Resolution after = r.accepted();
        assertThat(after.operative().get(0).paragraphs())
                .extracting(p -> p.plainText().strip())
                .containsExactly("to adopt the plan and the budget;", "to report each year;");
        assertThat(org.resdom.model.Inline.plainText(
                        after.find(Footnote.class).findFirst().orElseThrow().content()))
                .contains("See the new report.");
        assertThat(r.rejected().operative().get(0).paragraphs())
                .extracting(p -> p.plainText().strip())
                .containsExactly("to report each year;", "to adopt the plan;");
    }

    @Test
    void wordListLevelsGiveTheNestingWhereTheTextRulesDoNot() {
        byte[] docx = new DocxFixtures()
                .list(1, "decimal", "%1", "lowerLetter", "%2)", "lowerRoman", "%3)")
                .paragraph(
                        "The Plenipotentiary Conference of the International Telecommunication Union (Bucharest, 2022),")
                .paragraph("resolves")
                .numbered(1, 0, "to adopt the plan;")
                .numbered(1, 1, "the first part of it;")
                .numbered(1, 2, "a detail of the first part;")
                .numbered(1, 1, "the second part of it;")
                .numbered(1, 0, "to report.")
                .build();
        List<Paragraph> ops = DocxResolutionReader.create()
                .read(docx)
                .resolution()
                .operative()
                .get(0)
                .paragraphs();
        assertThat(ops).extracting(p -> p.label().orElseThrow().text()).containsExactly("1", "2");
        assertThat(ops.get(0).items())
                .extracting(p -> p.label().orElseThrow().text())
                .containsExactly("a)", "b)");
        assertThat(ops.get(0).items().get(0).items())
                .extracting(p -> p.label().orElseThrow().text())
                .containsExactly("i)");
        assertThat(ops.get(1).items()).isEmpty();
        // the plain text (no list levels) reads them side by side: the nesting comes from Word's levels
        assertThat(org.resdom.io.text.TextResolutionReader.create()
                        .read("resolves\n1\tto adopt the plan;\n" + "a)\tthe first part of it;\n2\tto report.")
                        .resolution()
                        .operative()
                        .get(0)
                        .paragraphs())
                .hasSize(3);
    }

    @Test
    void itIsAResolutionReaderOfBytes() throws IOException {
        org.resdom.io.ResolutionReader reader = DocxResolutionReader.create();
        assertThat(reader.format()).isEqualTo("docx");
        byte[] docx = DocxFixtures.reference();
        assertThat(reader.read(new java.io.ByteArrayInputStream(docx)).resolution())
                .isEqualTo(DocxResolutionReader.create().read(docx).resolution());
        assertThat(codes(reader.read("resolves\n1\tto report."))).containsExactly("DOCX-NOT-BYTES");
        assertThat(codes(reader.read(new java.io.StringReader("resolves")))).containsExactly("DOCX-NOT-BYTES");
        assertThat(reader.read("resolves").resolution().operative()).isEmpty();
    }
}

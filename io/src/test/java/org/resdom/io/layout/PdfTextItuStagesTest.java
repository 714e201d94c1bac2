package org.resdom.io.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.resdom.diagnostic.Diagnostic;
import org.resdom.io.ReadResult;
import org.resdom.lang.PhraseBook;
import org.resdom.model.Inline;
import org.resdom.model.Language;
import org.resdom.model.Resolution;

/**
 * The rules for pdftotext's text of ITU-layout PDFs, each on its own and through the reader: a
 * running head that abbreviates the heading, phrase headings wrapped over lines, items after
 * "; and", a wrapped title, a blank line inside a body at a page's foot, annex headings at a
 * page's top.
 */
class PdfTextItuStagesTest {

    private static final PhraseBook EN = PhraseBook.of(Language.ENGLISH);

    private static List<LayoutLine> paged(String... pages) {
        List<LayoutLine> out = new ArrayList<>();
        for (int p = 0; p < pages.length; p++) {
            String[] ls = pages[p].split("\n", -1);
            for (int i = 0; i < ls.length; i++) {
                out.add(LayoutLine.onPage(ls[i], p + 1, i + 1));
            }
        }
        return out;
    }

    @Test
    void aRunningHeadThatAbbreviatesTheHeadingIsFurnitureOnItsOwnPageOnly() {
        List<LayoutLine> lines = paged(
                "RESOLUTION 176 (REV. DUBAI, 2018)\n\nA title\nRes. 176 of the Council,\ntext,",
                "Res. 176\n\nresolves to act,\nRes. 175\ntext");
        List<LineKind> kinds = LineClassifier.classify(lines, EN);
        List<Diagnostic> diags = new ArrayList<>();
        RunningHeads.mark(lines, kinds, diags);
        assertThat(kinds.get(5)).isEqualTo(LineKind.RUNNING_HEAD);
        // on the first page, another number, further down the page: text
        assertThat(kinds.get(3)).isNotEqualTo(LineKind.RUNNING_HEAD);
        assertThat(kinds.get(8)).isNotEqualTo(LineKind.RUNNING_HEAD);
        assertThat(diags).extracting(Diagnostic::code).containsExactly(LayoutCodes.RECURRING_LINE);
    }

    @Test
    void noHeadingNoRunningHeadTaken() {
        List<LayoutLine> lines = paged("The Council,\ntext,", "Res. 176\ntext");
        List<LineKind> kinds = LineClassifier.classify(lines, EN);
        List<Diagnostic> diags = new ArrayList<>();
        RunningHeads.mark(lines, kinds, diags);
        assertThat(kinds.get(2)).isNotEqualTo(LineKind.RUNNING_HEAD);
        assertThat(diags).isEmpty();
    }

    @Test
    void aPhraseHeadingWrappedOverLinesBeforeAListIsOneHeading() {
        List<LayoutLine> lines = paged("2 to work with all organizations,\n"
                + "instructs the Director of the Telecommunication Development Bureau, in collaboration with the\n"
                + "Director of the Radiocommunication Bureau\n"
                + "1 to conduct seminars;");
        Set<LayoutLine> heads = WrappedHeadings.set();
        List<Diagnostic> diags = new ArrayList<>();
        List<LayoutLine> out = WrappedHeadings.join(lines, EN, heads, diags);
        assertThat(out)
                .extracting(LayoutLine::text)
                .containsExactly(
                        "2 to work with all organizations,",
                        "instructs the Director of the Telecommunication Development Bureau, in collaboration with the"
                                + " Director of the Radiocommunication Bureau",
                        "1 to conduct seminars;");
        assertThat(heads).containsExactly(out.get(1));
        assertThat(diags).extracting(Diagnostic::code).containsExactly(LayoutCodes.WRAPPED_HEADING);
        List<LineKind> kinds = LineClassifier.classify(out, EN);
        WrappedHeadings.mark(out, kinds, heads);
        assertThat(kinds.get(1)).isEqualTo(LineKind.PHRASE_HEAD);
    }

    @Test
    void noHeadingWithoutAListAfterItOrInsideASentence() {
        // the run is followed by an unlabelled line; the line before goes on; a line of the run ends a clause
        for (String text : List.of(
                "text,\ninstructs the Director of the Bureau, in collaboration with the\nDirector\nto participate,",
                "text and\ninstructs the Director of the Bureau, in collaboration with the\nDirector\n1 to act;",
                "text,\ninstructs the Director of the Bureau to act;\n1 to act;",
                "text,\nInstructs the Director of the Bureau\n1 to act;")) {
            List<LayoutLine> lines = paged(text);
            Set<LayoutLine> heads = WrappedHeadings.set();
            assertThat(WrappedHeadings.join(lines, EN, heads, new ArrayList<>()))
                    .as(text)
                    .isSameAs(lines);
            assertThat(heads).as(text).isEmpty();
        }
    }

    @Test
    void theReaderKeepsAWrappedHeadingApartFromTheParagraphsAroundIt() {
        String text = "RESOLUTION 1 (DUBAI, 2018)\n\nA title\n"
                + "The Plenipotentiary Conference of the International Telecommunication Union (Dubai, 2018),\n"
                + "resolves\n1 to act,\n"
                + "instructs the Director of the Telecommunication Development Bureau, in collaboration with the\n"
                + "Director of the Radiocommunication Bureau\n1 to conduct seminars;\n2 to report.\n";
        Resolution r =
                LayoutResolutionReader.create().readText(text, "pdf-text").resolution();
        assertThat(r.operative()).hasSize(2);
        assertThat(r.operative().get(1).phrase().orElseThrow().text())
                .isEqualTo("instructs the Director of the Telecommunication Development Bureau, in collaboration with"
                        + " the Director of the Radiocommunication Bureau");
        assertThat(r.operative().get(0).paragraphs()).hasSize(1);
        assertThat(r.operative().get(1).paragraphs()).hasSize(2);
    }

    @Test
    void anItemAfterASemicolonAndAConjunctionOpensItsOwnParagraph() {
        assertThat(ConjoinedItems.conjoined("\u2013 maintain or establish CWGs; and", Set.of("and", "or")))
                .isTrue();
        assertThat(ConjoinedItems.conjoined("\u2013 maintain or establish CWGs;  or ", Set.of("and", "or")))
                .isTrue();
        assertThat(ConjoinedItems.conjoined("\u2013 maintain or establish CWGs and", Set.of("and", "or")))
                .isFalse();
        assertThat(ConjoinedItems.conjoined("\u2013 maintain or establish CWGs; band", Set.of("and", "or")))
                .isFalse();
        assertThat(ConjoinedItems.conjoined("and", Set.of("and"))).isFalse();
        String text = "RESOLUTION 1 (DUBAI, 2018)\n\nA title\n"
                + "The Plenipotentiary Conference of the International Telecommunication Union (Dubai, 2018),\n"
                + "decides\n1 that the Council shall:\n\u2013 maintain, terminate or establish CWGs; and\n"
                + "\u2013 modify the terms of reference of CWGs, as appropriate, and in accordance with relevant\n"
                + "decisions, as applicable;\n2 to report.\n";
        Resolution r =
                LayoutResolutionReader.create().readText(text, "pdf-text").resolution();
        List<String> texts = new ArrayList<>();
        r.operative().forEach(s -> s.paragraphs().forEach(p -> flatten(p, texts)));
        assertThat(texts)
                .contains(
                        "maintain, terminate or establish CWGs; and",
                        "modify the terms of reference of CWGs, as appropriate, and in accordance with relevant"
                                + " decisions, as applicable;");
    }

    private static void flatten(org.resdom.model.Paragraph p, List<String> out) {
        out.add(Inline.plainText(p.content()));
        p.items().forEach(i -> flatten(i, out));
    }

    @Test
    void aTitleWithoutFontSizesGoesOnOnTheNextShortLineOnly() {
        LayoutLine title =
                LayoutLine.onPage("Measurement and assessment concerns related to human exposure to electro", 1, 3);
        assertThat(TitleWraps.goesOn(title, title.text(), LayoutLine.onPage("fields", 1, 4), "fields", false))
                .isTrue();
        // text without pages (a web page's, a Word extract's) is not read by the shape
        assertThat(TitleWraps.goesOn(
                        LayoutLine.of(title.text(), 3), title.text(), LayoutLine.of("fields", 4), "fields", false))
                .isFalse();
        assertThat(TitleWraps.goesOn(title, title.text(), LayoutLine.onPage("fields", 1, 4), "fields", true))
                .isFalse();
        assertThat(TitleWraps.goesOn(title, title.text(), LayoutLine.onPage("fields.", 1, 4), "fields.", false))
                .isFalse();
        String longer = "a line of text that is longer than the title's first line and so no part of the title";
        assertThat(TitleWraps.goesOn(title, title.text(), LayoutLine.onPage(longer, 1, 4), longer, false))
                .isFalse();
        String text = "RESOLUTION 176 (REV. DUBAI, 2018)\n\n"
                + "Measurement and assessment concerns related to human exposure to electromagnetic\nfields\n"
                + "The Plenipotentiary Conference of the International Telecommunication Union (Dubai, 2018),\n"
                + "resolves\n1 to act.\n\f";
        Resolution r =
                LayoutResolutionReader.create().readText(text, "pdf-text").resolution();
        assertThat(r.identity().title())
                .contains("Measurement and assessment concerns related to human exposure to electromagnetic fields");
        assertThat(r.identity().body()).isEqualTo(org.resdom.model.Body.ITU_PP);
    }

    @Test
    void aBlankLineInsideAFootnoteBodyAtThePageFootKeepsTheBodyWhole() {
        String text = "RESOLUTION 1 (DUBAI, 2018)\n\nA title\n"
                + "The Plenipotentiary Conference of the International Telecommunication Union (Dubai, 2018),\n"
                + "considering\na) the needs of developing countries1 and of ICNIRP2,\n\n"
                + "1 These include the least developed countries, small island developing states\n\n"
                + "and countries with economies in transition.\n2 Guidelines of 1998.\n\n1\n\f"
                + "resolves\n1 to act.\n";
        ReadResult rr = LayoutResolutionReader.create().readText(text, "pdf-text");
        Resolution r = rr.resolution();
        assertThat(r.footnotes()).hasSize(2);
        assertThat(Inline.plainText(r.footnotes().get(0).content()))
                .isEqualTo("These include the least developed countries, small island developing states and countries"
                        + " with economies in transition.");
    }

    @Test
    void aBlankLineAfterABodyThatEndsItsSentenceEndsTheNotes() {
        // "1 …states." ends; the text after the blank line is no part of it, and 1 is not taken
        String text = "RESOLUTION 1 (DUBAI, 2018)\n\nA title\n"
                + "The Plenipotentiary Conference of the International Telecommunication Union (Dubai, 2018),\n"
                + "considering\na) the needs of developing countries1 and of ICNIRP2,\n\n"
                + "1 These include the least developed countries.\n\n"
                + "and countries with economies in transition.\n2 Guidelines of 1998.\n\n1\n\f"
                + "resolves\n1 to act.\n";
        Resolution r =
                LayoutResolutionReader.create().readText(text, "pdf-text").resolution();
        assertThat(r.footnotes()).extracting(org.resdom.model.Footnote::marker).containsExactly("2");
    }

    @Test
    void annexHeadingsOfOneShapeAtPageTopsAreHeadingsNotRunningHeads() {
        String text = "RESOLUTION 208 (DUBAI, 2018)\n\nA title\n"
                + "The Plenipotentiary Conference of the International Telecommunication Union (Dubai, 2018),\n"
                + "resolves\n1 to act.\n\f"
                + "ANNEX 1 TO RESOLUTION 208 (DUBAI, 2018)\n\nProcedure\n1 A text.\n\f"
                + "ANNEX 2 TO RESOLUTION 208 (DUBAI, 2018)\n\nQualifications\n1 A text.\n\f"
                + "ANNEX 3 TO RESOLUTION 208 (DUBAI, 2018)\n\nGuidelines\n1 A text.\n";
        Resolution r =
                LayoutResolutionReader.create().readText(text, "pdf-text").resolution();
        assertThat(r.annexes())
                .extracting(a -> a.title().orElse(""))
                .containsExactly("Procedure", "Qualifications", "Guidelines");
    }

    @Test
    void aHeadingRepeatedWordForWordAtPageTopsIsARunningHead() {
        String text = "RESOLUTION 208 (DUBAI, 2018)\n\nA title\n"
                + "The Plenipotentiary Conference of the International Telecommunication Union (Dubai, 2018),\n"
                + "resolves\n1 to act;\n\f"
                + "ANNEX\n\n2 to act;\n\f"
                + "ANNEX\n\n3 to act;\n\f"
                + "ANNEX\n\n4 to act.\n";
        Resolution r =
                LayoutResolutionReader.create().readText(text, "pdf-text").resolution();
        assertThat(r.annexes()).isEmpty();
        assertThat(r.operative().get(0).paragraphs()).hasSize(4);
    }
}

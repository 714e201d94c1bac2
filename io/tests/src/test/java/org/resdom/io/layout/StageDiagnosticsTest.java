package org.resdom.io.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.resdom.diagnostic.Diagnostic;
import org.resdom.diagnostic.Severity;
import org.resdom.io.ReadResult;
import org.resdom.io.TextCodes;
import org.resdom.io.text.TextResolutionReader;
import org.resdom.lang.PhraseBook;
import org.resdom.model.Language;

/**
 * The diagnostics of the line classification (stage 1) and footnote-area (stage 1b) stages: each
 * decision a user may need to know of leaves one, with its code, severity, message and the line it
 * concerns; a text with none of these shapes leaves none of these codes.
 */
class StageDiagnosticsTest {

    private static final PhraseBook EN = PhraseBook.of(Language.ENGLISH);

    private static List<LayoutLine> page(int page, String... text) {
        List<LayoutLine> out = new ArrayList<>();
        for (int i = 0; i < text.length; i++) {
            out.add(LayoutLine.onPage(text[i], page, i + 1));
        }
        return out;
    }

    private static List<Diagnostic> classify(List<LayoutLine> l) {
        List<Diagnostic> d = new ArrayList<>();
        LineClassifier.classify(l, EN, d);
        return d;
    }

    @Test
    void aDocumentSymbolInsideAPageIsReportedAsKeptText() {
        List<LayoutLine> l = page(
                2,
                "A/HRC/RES/54/12",
                "Recalling its resolution 5/1,",
                "Taking note of the report of the Special Rapporteur contained in document",
                "A/HRC/54/12.",
                "Noting the report,",
                "Noting the study,",
                "2/5");
        List<Diagnostic> d = classify(l);
        assertThat(d).extracting(Diagnostic::code).containsExactly(LayoutCodes.SYMBOL_IN_TEXT);
        assertThat(d.get(0).severity()).isEqualTo(Severity.INFO);
        assertThat(d.get(0).message()).contains("'A/HRC/54/12.'");
        // page 2, line 4
        assertThat(d.get(0).span().orElseThrow().line()).isEqualTo(2);
        assertThat(d.get(0).span().orElseThrow().column()).isEqualTo(4);
    }

    @Test
    void aLineTakenForFurnitureByItsRecurrenceIsReportedOncePerShape() {
        String text = "The General Assembly,\nRecalling its resolution 76/1,\n\nAdvance unedited version\n\f"
                + "Noting the report,\n\nAdvance unedited version\n\fWelcoming the plan,\n\nAdvance unedited version\n";
        ReadResult r = LayoutResolutionReader.create().readText(text, "pdf-text");
        assertThat(r.diagnostics())
                .filteredOn(x -> x.code().equals(LayoutCodes.RECURRING_LINE))
                .singleElement()
                .satisfies(x -> {
                    assertThat(x.message())
                            .contains("'Advance unedited version'")
                            .contains("3 lines");
                    assertThat(x.span().orElseThrow().line()).isEqualTo(1); // page 1
                    assertThat(x.span().orElseThrow().column()).isEqualTo(4); // its line 4
                });
    }

    @Test
    void notesAtAPagesFootWithNoRuleAreReportedPerPage() {
        String text = "The Human Rights Council,\nRecalling its resolution,2 and\nits work,\n\n2 A/76/207.\n\n2\n\f"
                + "A/HRC/RES/54/10\n\nNoting the report,\n";
        ReadResult r = LayoutResolutionReader.create().readText(text, "pdf-text");
        assertThat(r.diagnostics())
                .filteredOn(x -> x.code().equals(LayoutCodes.NOTES_AT_FOOT))
                .singleElement()
                .satisfies(x -> {
                    assertThat(x.message()).startsWith("1 footnote read at the foot of page 1");
                    assertThat(x.span().orElseThrow().column()).isEqualTo(5);
                });
        // a wrapped line opening with a number that nothing calls is text: no such diagnostic
        String wrapped =
                "The General Assembly,\nRecalling its resolution 76/1 and the meeting held from 28 November to\n"
                        + "1 December 2022, in which the participants agreed,\n\n2/5\n\f"
                        + "A/RES/77/1\n\nNoting the report,\n";
        assertThat(LayoutResolutionReader.create().readText(wrapped, "pdf-text").diagnostics())
                .noneMatch(x ->
                        x.code().equals(LayoutCodes.NOTES_AT_FOOT) || x.code().equals(LayoutCodes.ENDNOTES));
    }

    @Test
    void endnotesAreReportedOnce() {
        String text = "The Human Rights Council,\nRecalling its resolution 5/1 of the session,2 and\n"
                + "the report of the group,3\n\n1.\n\nDecides to continue its work.\n\n1/2\n\f"
                + "1. 2 A/76/207.\n2. 3 A/77/183, paras. 3\u20135, and the report of the\nSecretary-General.\n\n2/2\n";
        ReadResult r = LayoutResolutionReader.create().readText(text, "pdf-text");
        assertThat(r.diagnostics())
                .filteredOn(x -> x.code().equals(LayoutCodes.ENDNOTES))
                .singleElement()
                .satisfies(x -> {
                    assertThat(x.message()).startsWith("2 endnotes");
                    assertThat(x.span().orElseThrow().line()).isEqualTo(2); // page 2, its first line
                    assertThat(x.span().orElseThrow().column()).isEqualTo(1);
                });
    }

    @Test
    void markersOnLinesOfTheirOwnAreReportedWhenGivenToTheirBodiesAndWhenNot() {
        List<LayoutLine> l = page(
                1,
                "Recalling the report,2 the study,3 and the plan,4",
                "__________",
                "2",
                "3",
                "4",
                "A/1.",
                "A/2.",
                "A/3.");
        List<LineKind> k = LineClassifier.classify(l, EN);
        List<Diagnostic> d = new ArrayList<>();
        NoteAreas.arrange(l, k, d);
        assertThat(d).singleElement().satisfies(x -> {
            assertThat(x.code()).isEqualTo(LayoutCodes.NOTE_MARKERS);
            assertThat(x.severity()).isEqualTo(Severity.INFO);
            assertThat(x.message()).startsWith("3 footnote markers on lines of their own (2, 3, 4)");
            assertThat(x.span().orElseThrow().column()).isEqualTo(3);
        });
        // three markers, two bodies: nothing is guessed, and the user is told
        List<LayoutLine> two = l.subList(0, 7);
        List<LineKind> k2 = LineClassifier.classify(two, EN);
        List<Diagnostic> d2 = new ArrayList<>();
        assertThat(NoteAreas.arrange(two, k2, d2)).isSameAs(two);
        assertThat(d2).singleElement().satisfies(x -> {
            assertThat(x.code()).isEqualTo(LayoutCodes.NOTE_MARKERS_UNMATCHED);
            assertThat(x.severity()).isEqualTo(Severity.WARNING);
            assertThat(x.message()).startsWith("3 footnote markers on lines of their own and 2 bodies");
            assertThat(x.span().orElseThrow().column()).isEqualTo(2); // the rule
        });
    }

    @Test
    void plainWrappedTextLeavesNoneOfTheseCodes() {
        List<LayoutLine> l = page(
                1,
                "The General Assembly,",
                "Recalling its resolution 76/1 and the meeting held from 28 November",
                "to 1 December 2022,",
                "1. Decides to act.");
        assertThat(classify(l)).isEmpty();
        List<Diagnostic> d = new ArrayList<>();
        NoteAreas.arrange(l, LineClassifier.classify(l, EN), d);
        assertThat(d).isEmpty();
    }

    private static long count(ReadResult r, String code) {
        return r.diagnostics().stream().filter(d -> d.code().equals(code)).count();
    }

    @Test
    void oneUnpairedFootnoteIsReportedOnceOnEachPath() {
        // plain text, line per paragraph: the text stages own the check
        String plain = "The General Assembly,\nRecalling its resolution 76/1,[3: A/76/207.]\n1.\tDecides to act.\n";
        ReadResult exact = TextResolutionReader.builder()
                .mode(TextResolutionReader.Mode.EXACT)
                .build()
                .read(plain);
        assertThat(exact.resolution().footnotes()).hasSize(1);
        assertThat(count(exact, TextCodes.FOOTNOTE_UNPAIRED)).isEqualTo(1);
        assertThat(count(exact, LayoutCodes.FOOTNOTE_UNPAIRED)).isZero();
        ReadResult auto = TextResolutionReader.create().read(plain);
        assertThat(auto.resolution().hints().values()).doesNotContainKey(LayoutResolutionReader.META_INPUT);
        assertThat(count(auto, TextCodes.FOOTNOTE_UNPAIRED)).isEqualTo(1);
        assertThat(count(auto, LayoutCodes.FOOTNOTE_UNPAIRED)).isZero();
        // extracted text: the footnote stage pairs bodies with call-outs and owns the check
        String pdf = "The General Assembly,\nRecalling its resolution 76/1 of the session and\nits work,\n"
                + "__________\n3 A/76/207.\n\n2/5\n\fA/RES/77/1\n\nNoting the report,\n";
        for (ReadResult r : List.of(
                LayoutResolutionReader.create().readText(pdf, "pdf-text"),
                TextResolutionReader.create().read(pdf))) {
            assertThat(r.resolution().footnotes()).hasSize(1);
            assertThat(count(r, LayoutCodes.FOOTNOTE_UNPAIRED)).isEqualTo(1);
            assertThat(count(r, TextCodes.FOOTNOTE_UNPAIRED)).isZero();
        }
        // a call-out without a body the layout stages never make: the text stages still report it
        ReadResult ref = LayoutResolutionReader.create()
                .readText(
                        "The General Assembly,\nRecalling its resolution 76/1[footnoteRef:4] of the session and\n"
                                + "its work,\n\n2/5\n\fA/RES/77/1\n\nNoting the report,\n",
                        "pdf-text");
        assertThat(count(ref, TextCodes.FOOTNOTE_UNPAIRED)).isEqualTo(1);
        assertThat(count(ref, LayoutCodes.FOOTNOTE_UNPAIRED)).isZero();
    }

    @Test
    void aCallOutGluedToAYearIsPairedAndSaid() {
        List<LayoutLine> l = new ArrayList<>();
        String[] text = {
            "The Human Rights Council,",
            "Recalling the cases counted in 2014 and its report,7",
            "Noting the work done in 20148 and its study,9",
            "__________",
            "7 A/HRC/54/1.",
            "8 A/HRC/54/2.",
            "9 A/HRC/54/3."
        };
        for (int i = 0; i < text.length; i++) {
            l.add(LayoutLine.of(text[i], i + 1));
        }
        ReadResult r = LayoutResolutionReader.create().read(l, "pdf-text");
        // 7 and 9 glued to a word or mark say nothing; 8, glued to a year, is said
        assertThat(r.diagnostics())
                .filteredOn(x -> x.code().equals(LayoutCodes.FOOTNOTE_WEAK_CALL))
                .singleElement()
                .satisfies(x -> {
                    assertThat(x.severity()).isEqualTo(Severity.INFO);
                    assertThat(x.message())
                            .startsWith("footnote 8 paired with a call-out glued to a number")
                            .contains("'done in 20148 and'");
                    assertThat(x.span().orElseThrow().line()).isEqualTo(3);
                });
    }
}

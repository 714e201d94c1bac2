package org.resdom.io.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.resdom.diagnostic.Diagnostic;
import org.resdom.diagnostic.Severity;
import org.resdom.model.SourceSpan;

/** Stage 1's diagnostics on their own: codes, messages and positions. */
class ClassifierDiagnosticsTest {

    private static Diagnostic info(String code, String message, int line, int column) {
        return Diagnostic.at(code, Severity.INFO, message, SourceSpan.at(line, column));
    }

    @Test
    void aSymbolKeptAsTextIsReportedAtItsPageAndLine() {
        List<Diagnostic> diags = new ArrayList<>();
        ClassifierDiagnostics.symbolKept(LayoutLine.onPage("\f  A/HRC/54/67.  ", 3, 14), diags);
        assertThat(diags)
                .containsExactly(info(
                        LayoutCodes.SYMBOL_IN_TEXT,
                        "document symbol 'A/HRC/54/67.' inside a page kept as text, not as a running head",
                        3,
                        14));
    }

    @Test
    void aLongLineIsCutAtSixtyCharactersAndAnUnpagedLineIsAtItsLine() {
        String line = "A/HRC/54/67 ".repeat(8);
        List<Diagnostic> diags = new ArrayList<>();
        ClassifierDiagnostics.symbolKept(LayoutLine.of(line, 7), diags);
        assertThat(diags)
                .containsExactly(info(
                        LayoutCodes.SYMBOL_IN_TEXT,
                        "document symbol '" + line.substring(0, 60) + "…' inside a page kept as text, not as a"
                                + " running head",
                        7,
                        1));
    }

    @Test
    void recurringShapesAreReportedOnceEachAtTheirFirstLineInTheOrderFound() {
        List<LayoutLine> lines = StageLines.paged(
                "12/3/26, 8:54 PM", "text", "1/2", "\f", "12/3/26, 8:54 PM", "text", "file:///tmp/a.html");
        Map<String, List<Integer>> recurring = new LinkedHashMap<>();
        recurring.put("#/#", List.of(2));
        recurring.put("#/#/#, #:# PM", List.of(0, 3));
        List<Diagnostic> diags = new ArrayList<>();
        ClassifierDiagnostics.recurring(lines, recurring, diags);
        assertThat(diags)
                .containsExactly(
                        info(
                                LayoutCodes.RECURRING_LINE,
                                "'1/2' recurs at the edge of the pages: 1 line of its shape taken for page furniture",
                                1,
                                3),
                        info(
                                LayoutCodes.RECURRING_LINE,
                                "'12/3/26, 8:54 PM' recurs at the edge of the pages: 2 lines of its shape taken for"
                                        + " page furniture",
                                1,
                                1));
    }

    @Test
    void notesAtAPagesFootAreReportedOncePerPageAndCountOnlyTheirBodies() {
        List<LayoutLine> lines = StageLines.paged(
                "text,1", "1 A/HRC/54/67,", "and A/HRC/54/71.", "\f", "text,2", "2 A/79/200.", "3 A/79/300.");
        List<LineKind> before = StageLines.text(lines.size());
        List<LineKind> after = new ArrayList<>(before);
        after.set(1, LineKind.FOOTNOTE_START);
        after.set(2, LineKind.FOOTNOTE_MORE);
        after.set(4, LineKind.FOOTNOTE_START);
        after.set(5, LineKind.FOOTNOTE_START);
        List<Diagnostic> diags = new ArrayList<>();
        ClassifierDiagnostics.notes(lines, before, after, false, diags);
        assertThat(diags)
                .containsExactly(
                        info(
                                LayoutCodes.NOTES_AT_FOOT,
                                "1 footnote read at the foot of page 1 with no rule above (their numbers count up and"
                                        + " are called on the page)",
                                1,
                                2),
                        info(
                                LayoutCodes.NOTES_AT_FOOT,
                                "2 footnotes read at the foot of page 2 with no rule above (their numbers count up"
                                        + " and are called on the page)",
                                2,
                                2));
    }

    @Test
    void endnotesOverPagesAreOneDiagnosticAtTheirFirstLine() {
        List<LayoutLine> lines =
                StageLines.paged("text,2 and,3", "", "2 A/HRC/54/67.", "\f", "3 A/HRC/54/71.", "and more.", "4/4");
        List<LineKind> before = StageLines.kinds(lines);
        before.set(5, LineKind.PAGE_NUMBER);
        List<LineKind> after = new ArrayList<>(before);
        after.set(2, LineKind.FOOTNOTE_START);
        after.set(3, LineKind.ENDNOTE_START);
        after.set(4, LineKind.FOOTNOTE_MORE);
        List<Diagnostic> diags = new ArrayList<>();
        ClassifierDiagnostics.notes(lines, before, after, true, diags);
        assertThat(diags)
                .containsExactly(info(
                        LayoutCodes.ENDNOTES,
                        "2 endnotes read at the end of the document (their markers count up and are called in the"
                                + " text)",
                        1,
                        3));
    }

    @Test
    void linesUnchangedOrMadeOtherThanNotesSayNothingAndAnUnpagedFootIsAPage() {
        List<LayoutLine> lines = StageLines.plain("text,1", "1 A/76/207.", "A/76/207.");
        List<LineKind> before = new ArrayList<>(List.of(LineKind.TEXT, LineKind.FOOTNOTE_START, LineKind.TEXT));
        List<LineKind> after = new ArrayList<>(List.of(LineKind.TEXT, LineKind.FOOTNOTE_START, LineKind.RUNNING_HEAD));
        List<Diagnostic> diags = new ArrayList<>();
        ClassifierDiagnostics.notes(lines, before, after, false, diags);
        assertThat(diags).isEmpty();

        before = StageLines.text(3);
        after = new ArrayList<>(List.of(LineKind.TEXT, LineKind.FOOTNOTE_START, LineKind.FOOTNOTE_MORE));
        ClassifierDiagnostics.notes(lines, before, after, false, diags);
        assertThat(diags)
                .containsExactly(info(
                        LayoutCodes.NOTES_AT_FOOT,
                        "1 footnote read at the foot of a page with no rule above (their numbers count up and are"
                                + " called on the page)",
                        2,
                        1));
    }
}

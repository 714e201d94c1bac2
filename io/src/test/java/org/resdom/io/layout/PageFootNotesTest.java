package org.resdom.io.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Stage 1, notes at a page's foot on their own: numbered lines there are notes when the page calls them. */
class PageFootNotesTest {

    @Test
    void numberedLinesAtAPagesFootThatThePageCallsAreFootnoteBodies() {
        List<LayoutLine> lines = StageLines.paged(
                "The Human Rights Council,",
                "Recalling its resolution,2 and",
                "its work,3",
                "",
                "2 A/76/207.",
                "3 A/77/183, and the report",
                "of the group.",
                "\f",
                "Noting the report,");
        List<LineKind> kinds = StageLines.kinds(lines);
        assertThat(PageFootNotes.called(lines, kinds, 0, 3, "2")).isTrue();
        assertThat(PageFootNotes.called(lines, kinds, 0, 3, "4")).isFalse();
        PageFootNotes.mark(lines, kinds);
        assertThat(kinds.subList(4, 7))
                .containsExactly(LineKind.FOOTNOTE_START, LineKind.FOOTNOTE_START, LineKind.FOOTNOTE_MORE);
        assertThat(kinds.get(1)).isEqualTo(LineKind.TEXT);
        assertThat(kinds.get(7)).isEqualTo(LineKind.TEXT);
    }

    @Test
    void aWrappedLineOpeningWithANumberThatNothingCallsIsText() {
        List<LayoutLine> lines = StageLines.paged(
                "Recalling the meeting held from 28 November to",
                "",
                "1 December 2022, in which the participants agreed,",
                "\f",
                "Noting the report,");
        List<LineKind> kinds = StageLines.kinds(lines);
        PageFootNotes.mark(lines, kinds);
        assertThat(kinds).doesNotContain(LineKind.FOOTNOTE_START, LineKind.FOOTNOTE_MORE);
    }
}

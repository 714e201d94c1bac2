package org.resdom.io.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Stage 1, endnotes on their own: notes printed as a list after the text, told from numbered paragraphs. */
class EndnotesTest {

    @Test
    void aListOfCalledMarkersAtTheEndIsEndnotesItsListNumbersApart() {
        List<LayoutLine> lines = StageLines.plain(
                "The Human Rights Council,",
                "Recalling its resolution 5/1 of the session,2 and",
                "the report of the group,3",
                "",
                "1. 2 A/76/207.",
                "2. 3 A/77/183, and the report of the",
                "Secretary-General.");
        List<LineKind> kinds = StageLines.kinds(lines);
        Endnotes.mark(lines, kinds);
        assertThat(kinds.subList(4, 7))
                .containsExactly(LineKind.ENDNOTE_START, LineKind.ENDNOTE_START, LineKind.FOOTNOTE_MORE);
        assertThat(kinds.subList(0, 4)).doesNotContain(LineKind.ENDNOTE_START, LineKind.FOOTNOTE_MORE);
    }

    @Test
    void numberedParagraphsAtTheEndThatNothingCallsStayText() {
        List<LayoutLine> lines = StageLines.plain(
                "The General Assembly,", "Recalling its work,", "1. Decides to act;", "2. Requests a report.");
        List<LineKind> kinds = StageLines.kinds(lines);
        Endnotes.mark(lines, kinds);
        assertThat(kinds).containsOnly(LineKind.TEXT);
    }
}

package org.resdom.io.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.resdom.diagnostic.Diagnostic;

/** Stage 1, page edges on their own: running heads and feet by repetition, symbols inside a page. */
class PageEdgesTest {

    private static final String[] THREE_PAGES = {
        "A/RES/77/12",
        "The General Assembly,",
        "Recalling its work,",
        "Noting the report,",
        "Page 1",
        "\f",
        "A/RES/77/12",
        "Welcoming the plan,",
        "Decides to act,",
        "Requests a report,",
        "Page 2",
        "\f",
        "A/RES/77/12",
        "Invites the States,",
        "Urges them to act,",
        "Decides to go on.",
        "Page 3"
    };

    @Test
    void aShapeIsTheTextWithDigitsAsOneMarkAndSpacesAsOne() {
        assertThat(PageEdges.shape("  A/RES/77/12 ")).isEqualTo("A/RES/#/#");
        assertThat(PageEdges.shape("Page  12 of 3")).isEqualTo("Page # of #");
    }

    @Test
    void linesAtTheEdgeOfPagesRecurAndTheTextBetweenDoesNot() {
        List<LayoutLine> lines = StageLines.paged(THREE_PAGES);
        assertThat(PageEdges.repeated(lines)).containsExactlyInAnyOrder("A/RES/#/#", "Page #");
        assertThat(PageEdges.edge(lines, 0)).isTrue();
        assertThat(PageEdges.edge(lines, 2)).isFalse();
        assertThat(PageEdges.edge(lines, 4)).isTrue();
        // unpaged text has no edges
        assertThat(PageEdges.repeated(StageLines.plain("A/RES/77/12", "A/RES/77/12")))
                .isEmpty();
    }

    @Test
    void aRecurringLineBecomesARunningHeadOncePerPageAndASymbolInsideAPageBecomesText() {
        List<LayoutLine> lines = StageLines.paged(THREE_PAGES);
        List<LineKind> kinds = StageLines.kinds(lines);
        List<Diagnostic> diags = new ArrayList<>();
        PageEdges.recurring(lines, kinds, Set.of("Page #"), diags);
        assertThat(kinds.get(4)).isEqualTo(LineKind.RUNNING_HEAD);
        assertThat(kinds.get(9)).isEqualTo(LineKind.RUNNING_HEAD);
        assertThat(kinds.get(14)).isEqualTo(LineKind.RUNNING_HEAD);
        assertThat(kinds.get(1)).isEqualTo(LineKind.TEXT);
        assertThat(diags).extracting(Diagnostic::code).contains(LayoutCodes.RECURRING_LINE);

        List<LayoutLine> inside = StageLines.paged("Head", "Recalling", "A/HRC/54/12", "its work,", "Foot");
        List<LineKind> k = StageLines.kinds(inside);
        k.set(2, LineKind.RUNNING_HEAD);
        k.set(0, LineKind.RUNNING_HEAD);
        List<Diagnostic> d = new ArrayList<>();
        PageEdges.symbolsInText(inside, k, d);
        assertThat(k.get(2)).isEqualTo(LineKind.TEXT);
        assertThat(k.get(0)).isEqualTo(LineKind.RUNNING_HEAD);
        assertThat(d).extracting(Diagnostic::code).containsExactly(LayoutCodes.SYMBOL_IN_TEXT);
    }
}

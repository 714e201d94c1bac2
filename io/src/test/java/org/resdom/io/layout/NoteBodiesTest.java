package org.resdom.io.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Footnote bodies collected on their own. */
class NoteBodiesTest {

    private static List<String> texts(NoteBodies n) {
        return n.notes().stream().map(x -> x.marker() + "|" + x.text()).toList();
    }

    @Test
    void aBodyTakesTheLinesThatGoOnWithItUntilItCloses() {
        NoteBodies n = new NoteBodies(false);
        List<Unwrapper.Furniture> furniture = new ArrayList<>();
        LayoutLine first = LayoutLine.onPage("2 A/76/207 and", 1, 9);
        n.open(LineKind.FOOTNOTE_START, first.text(), first, 8, furniture);
        assertThat(n.more("A/77/1.", LayoutLine.onPage("A/77/1.", 1, 10))).isTrue();
        n.close();
        n.close();
        assertThat(texts(n)).containsExactly("2|A/76/207 and A/77/1.");
        assertThat(n.notes().get(0).at()).isEqualTo(8);
        assertThat(furniture).isEmpty();
        // with nothing open, a line on the body's page is text; on a later page it goes on with the last body
        assertThat(n.more("text", LayoutLine.onPage("text", 1, 11))).isFalse();
        assertThat(n.more("(continued).", LayoutLine.onPage("(continued).", 2, 30)))
                .isTrue();
        assertThat(texts(n)).containsExactly("2|A/76/207 and A/77/1. (continued).");
    }

    @Test
    void anEndnotesListNumberIsFurnitureAndAMarkerWithADotIsRead() {
        NoteBodies n = new NoteBodies(false);
        List<Unwrapper.Furniture> furniture = new ArrayList<>();
        LayoutLine a = LayoutLine.of("1. 2 A/76/207.", 5);
        n.open(LineKind.ENDNOTE_START, a.text(), a, 4, furniture);
        LayoutLine b = LayoutLine.of("3. Ibid.", 6);
        n.open(LineKind.FOOTNOTE_START, b.text(), b, 5, furniture);
        n.close();
        assertThat(texts(n)).containsExactly("2|A/76/207.", "3|Ibid.");
        assertThat(furniture).extracting(Unwrapper.Furniture::text).containsExactly("1.");
        assertThat(furniture).extracting(Unwrapper.Furniture::kind).containsExactly(LineKind.NOTE_NUMBER);
    }

    @Test
    void bodiesAfterARuleInsideALineAreTakenOutAndCutAtTheNextNumber() {
        NoteBodies n = new NoteBodies(false);
        String t = "Decides to act. _____ 1 These include x. 2 Africa, Americas. 4 Not cut.";
        assertThat(n.inline(t, LayoutLine.of(t, 1), 0)).isEqualTo("Decides to act.");
        assertThat(texts(n)).containsExactly("1|These include x.", "2|Africa, Americas. 4 Not cut.");
        assertThat(n.inline("no rule here", LayoutLine.of("x", 2), 1)).isEqualTo("no rule here");
    }

    @Test
    void ideographicBodiesJoinWithoutASpace() {
        NoteBodies n = new NoteBodies(true);
        LayoutLine a = LayoutLine.of("1 \u89c1 A/75/", 1);
        n.open(LineKind.FOOTNOTE_START, a.text(), a, 0, new ArrayList<>());
        n.more("174\u3002", LayoutLine.of("174\u3002", 2));
        n.close();
        assertThat(texts(n)).containsExactly("1|\u89c1 A/75/174\u3002");
    }
}

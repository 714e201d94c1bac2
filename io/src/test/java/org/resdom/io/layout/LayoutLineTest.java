package org.resdom.io.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** What a layout line knows is present, what it does not is empty: no 0 page, no NaN measure. */
class LayoutLineTest {

    private static LayoutLine pdfLine(OptionalInt page, OptionalDouble x) {
        return new LayoutLine(
                "1. Decides",
                page,
                3,
                x,
                OptionalDouble.of(12),
                OptionalDouble.empty(),
                OptionalInt.of(0),
                LayoutLine.Zone.BODY);
    }

    @Test
    void aPartOfALineKeepsTheSuperscriptsInsideIt() {
        // "in 20146 recalling": the call-out 6 after the year, and a heading glued at 10
        LayoutLine l = new LayoutLine(
                "in 20146 recalling",
                OptionalInt.of(1),
                4,
                OptionalDouble.of(72),
                OptionalDouble.of(12),
                OptionalDouble.empty(),
                OptionalInt.empty(),
                LayoutLine.Zone.BODY,
                java.util.List.of(new LayoutLine.Span(7, 8)));
        assertThat(l.superscriptsIn(0, 9)).containsExactly(new LayoutLine.Span(7, 8));
        assertThat(l.superscriptsIn(9, l.text().length())).isEmpty();
        assertThat(l.superscriptsIn(3, 9)).containsExactly(new LayoutLine.Span(4, 5));
    }

    @Test
    void plainAndPagedTextKnowNoMeasures() {
        LayoutLine plain = LayoutLine.of("considering", 12);
        assertThat(plain.page()).isEmpty();
        assertThat(plain.x()).isEmpty();
        assertThat(plain.fontSize()).isEmpty();
        assertThat(plain.gapBefore()).isEmpty();
        assertThat(plain.italicEnd()).isEmpty();
        assertThat(plain.zone()).isEqualTo(LayoutLine.Zone.UNKNOWN);
        LayoutLine paged = LayoutLine.onPage("1. Decides", 2, 7);
        assertThat(paged.page()).hasValue(2);
        assertThat(paged.line()).isEqualTo(7);
        assertThat(paged.x()).isEmpty();
    }

    @Test
    void samePageComparesPagesAndCountsTwoUnpagedLinesAsOne() {
        assertThat(LayoutLine.onPage("a", 2, 1).samePage(LayoutLine.onPage("b", 2, 9)))
                .isTrue();
        assertThat(LayoutLine.onPage("a", 2, 1).samePage(LayoutLine.onPage("b", 3, 1)))
                .isFalse();
        assertThat(LayoutLine.of("a", 1).samePage(LayoutLine.of("b", 2))).isTrue();
        assertThat(LayoutLine.of("a", 1).samePage(LayoutLine.onPage("b", 1, 1))).isFalse();
    }

    @Test
    void refusesTheOldSentinels() {
        assertThatThrownBy(() -> pdfLine(OptionalInt.of(0), OptionalDouble.empty()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("page");
        assertThatThrownBy(() -> pdfLine(OptionalInt.of(1), OptionalDouble.of(Double.NaN)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("x must be a finite number");
        assertThatThrownBy(() -> pdfLine(OptionalInt.of(1), OptionalDouble.of(Double.POSITIVE_INFINITY)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(pdfLine(OptionalInt.of(1), OptionalDouble.of(72)).x()).hasValue(72);
    }
}

package org.resdom.io.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** Measures of the whole document, on their own. */
class WrapMeasuresTest {

    @Test
    void aFullLineIsThe80thPercentileOfTextLinesAndTooFewLinesTellNothing() {
        List<LayoutLine> lines = new ArrayList<>();
        for (int i = 1; i <= 20; i++) {
            lines.add(LayoutLine.of("x".repeat(i), i));
        }
        assertThat(WrapMeasures.typicalLength(lines, StageLines.kinds(lines))).isEqualTo(17);
        assertThat(WrapMeasures.typicalLength(lines.subList(0, 19), StageLines.text(19)))
                .isZero();
    }

    @Test
    void theUsualGapIsTheMedianOfTextLinesGapsAndNoneWithoutGaps() {
        List<LayoutLine> lines = new ArrayList<>();
        double[] gaps = {12, 14, 30, 12, 13};
        for (int i = 0; i < gaps.length; i++) {
            lines.add(new LayoutLine(
                    "text",
                    OptionalInt.of(1),
                    i + 1,
                    OptionalDouble.of(72),
                    OptionalDouble.of(10),
                    OptionalDouble.of(gaps[i]),
                    OptionalInt.empty(),
                    LayoutLine.Zone.BODY));
        }
        assertThat(WrapMeasures.typicalGap(lines, StageLines.kinds(lines))).isEqualTo(13f);
        assertThat(WrapMeasures.typicalGap(StageLines.plain("a", "b"), StageLines.text(2)))
                .isNaN();
    }

    @Test
    void phrasesAreWrittenInLowerCaseWhenMoreLowerCaseThanCapitalisedOnesFollowAnEnd() {
        List<LayoutLine> lines = StageLines.plain("a,", "признавая b", "c,", "ссылаясь d", "e,", "Recalling f");
        List<LineKind> kinds = new ArrayList<>(List.of(
                LineKind.TEXT,
                LineKind.PHRASE_LOWER,
                LineKind.TEXT,
                LineKind.PHRASE_LOWER,
                LineKind.TEXT,
                LineKind.PHRASE_START));
        assertThat(WrapMeasures.lowerPhrases(lines, kinds, 0)).isTrue();
        kinds.set(3, LineKind.PHRASE_START);
        assertThat(WrapMeasures.lowerPhrases(lines, kinds, 0)).isFalse();
        // one is not enough
        assertThat(WrapMeasures.count(lines, kinds, 0, LineKind.PHRASE_LOWER, LineKind.TEXT))
                .isFalse();
    }
}

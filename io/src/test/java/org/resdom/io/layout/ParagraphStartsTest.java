package org.resdom.io.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** Whether a line opens a paragraph, on its own. */
class ParagraphStartsTest {

    private static Unwrapper.Block block(String text) {
        Unwrapper.Block b = new Unwrapper.Block(LayoutLine.of(text, 1), 0, false);
        b.text.append(text);
        return b;
    }

    private static boolean opens(String before, LineKind kind, String line, boolean blank) {
        return ParagraphStarts.startsNew(
                block(before),
                kind,
                line,
                LayoutLine.of(line, 2),
                blank,
                false,
                Float.NaN,
                OptionalDouble.empty(),
                false,
                false,
                false);
    }

    @Test
    void aSentenceThatHasNotEndedGoesOnWhateverTheNextLineLooksLike() {
        assertThat(opens("Recalling its resolution 5/1 and", LineKind.PHRASE_START, "Recalling also", false))
                .isFalse();
        assertThat(opens("Recalling its resolution 5/1 and", LineKind.LABELLED, "1. Decides", false))
                .isFalse();
        // unless a blank line says so and the line is no lower-case wrap
        assertThat(opens("Recalling its resolution 5/1 and", LineKind.TEXT, "Noting", true))
                .isTrue();
        assertThat(opens("Recalling its resolution 5/1 and", LineKind.TEXT, "noting", true))
                .isFalse();
    }

    @Test
    void afterAnEndALabelOrPhraseOpensAParagraphAndABareNumberAfterACommaDoesNot() {
        assertThat(opens("its work,", LineKind.LABELLED, "1. Decides", false)).isTrue();
        assertThat(opens("its work,", LineKind.PHRASE_START, "Noting the report,", false))
                .isTrue();
        assertThat(opens("articles 7,", LineKind.LABELLED, "14 (para. 3) and 6", false))
                .isFalse();
        assertThat(opens("its work,", LineKind.TEXT, "the plan", false)).isFalse();
        assertThat(opens("its work,", LineKind.TEXT, "the plan", true)).isTrue();
    }

    @Test
    void aHeadingAlwaysOpensAndALabelAloneTakesTheNextLine() {
        assertThat(opens("the plan", LineKind.HEADING, "ANNEX", false)).isTrue();
        assertThat(opens("1.", LineKind.TEXT, "Decides to act,", false)).isFalse();
        assertThat(ParagraphStarts.lowerCase("\u200f  acknowledging")).isTrue();
        assertThat(ParagraphStarts.lowerCase("Acknowledging")).isFalse();
    }
}

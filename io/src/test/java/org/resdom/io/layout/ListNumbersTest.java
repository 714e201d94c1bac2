package org.resdom.io.layout;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** List numbers apart from their text, on their own. */
class ListNumbersTest {

    @Test
    void twoLabelsAloneOnALineAreFoundAndALabelWithTextIsNot() {
        assertThat(ListNumbers.twoLabels("(a) (b)")).isEqualTo(3);
        assertThat(ListNumbers.twoLabels("1. 2.")).isEqualTo(2);
        assertThat(ListNumbers.twoLabels("1. Decides")).isEqualTo(-1);
        assertThat(ListNumbers.twoLabels("1.")).isEqualTo(-1);
    }
}

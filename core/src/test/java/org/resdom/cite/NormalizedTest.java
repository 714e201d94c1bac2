package org.resdom.cite;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The normalising of a text gives, for every code unit, its table form (the fast paths included). */
class NormalizedTest {

    @Test
    void everyCodeUnitNormalisesAsTheTableSays() {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            char ch = (char) c;
            Normalized t = Normalized.of("a" + ch + "b");
            char m = Normalized.map(ch);
            if (m == 0) {
                assertThat(t.length).as("U+%04X", c).isEqualTo(2);
            } else {
                assertThat(t.length).as("U+%04X", c).isEqualTo(3);
                assertThat(t.n[1]).as("U+%04X", c).isEqualTo(m);
                assertThat(t.srcStart(1)).isEqualTo(1);
            }
            assertThat(t.hasDigit).as("U+%04X", c).isEqualTo(m >= '0' && m <= '9');
        }
    }

    @Test
    void offsetsMapBackWhetherOrNotACharacterWasDropped() {
        // nothing dropped: normalised indices are source indices
        Normalized same = Normalized.of("Resolution 60/251");
        assertThat(same.srcStart(11)).isEqualTo(11);
        assertThat(same.srcEnd(17)).isEqualTo(17);
        assertThat(same.srcStart(17)).isEqualTo(17);
        assertThat(same.source(11, 17)).isEqualTo("60/251");
        // a run of spaces and a soft hyphen dropped: the indices after them shift
        Normalized shifted = Normalized.of("a  b\u00ADc 60/251");
        assertThat(new String(shifted.n, 0, shifted.length)).isEqualTo("a bc 60/251");
        assertThat(shifted.srcStart(2)).isEqualTo(3);
        assertThat(shifted.srcStart(3)).isEqualTo(5);
        assertThat(shifted.sourceChar(3)).isEqualTo('c');
        assertThat(shifted.source(5, 11)).isEqualTo("60/251");
        assertThat(shifted.srcEnd(11)).isEqualTo(13);
        assertThat(shifted.srcStart(11)).isEqualTo(13);
        // dropped at the very start, and a supplementary character ending after its low surrogate
        assertThat(Normalized.of("\u00ADab").srcStart(0)).isEqualTo(1);
        assertThat(Normalized.of("x\uD835\uDC00").srcEnd(2)).isEqualTo(3);
    }

    @Test
    void theTableFoldsCaseSpacesDashesAndArabicMarks() {
        assertThat(Normalized.map('A')).isEqualTo('a');
        assertThat(Normalized.map('\u00A0')).isEqualTo(' ');
        assertThat(Normalized.map('\u2011')).isEqualTo('-');
        assertThat(Normalized.map('\u064B')).isEqualTo((char) 0);
        assertThat(Normalized.map('\u0663')).isEqualTo('3');
        assertThat(Normalized.map('\uFF21')).isEqualTo('a');
        assertThat(Normalized.map('\u4e00')).isEqualTo('\u4e00');
        assertThat(Normalized.map('\u0416')).isEqualTo('\u0436');
    }
}

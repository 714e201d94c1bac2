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
                assertThat(t.src[1]).isEqualTo(1);
            }
            assertThat(t.hasDigit).as("U+%04X", c).isEqualTo(m >= '0' && m <= '9');
        }
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

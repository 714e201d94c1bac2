package org.resdom.io.layout;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The unwrapper's test for characters of ideographic writing, against the JDK's Unicode data for every char. */
class IdeographsTest {

    @Test
    void everyCharIsAnIdeographExactlyWhenUnicodeSaysSo() {
        int differ = 0;
        int ideographic = 0;
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            char ch = (char) c;
            Character.UnicodeScript s = Character.UnicodeScript.of(c);
            boolean expected = Character.isIdeographic(ch)
                    || c >= 0x3000 && c <= 0x30ff
                    || c >= 0xff01 && c <= 0xff60
                    || s == Character.UnicodeScript.HAN
                    || s == Character.UnicodeScript.HIRAGANA
                    || s == Character.UnicodeScript.KATAKANA;
            if (Scripts.isIdeographic(ch) != expected) {
                differ++;
            }
            if (expected) {
                ideographic++;
            }
        }
        assertThat(differ).isZero();
        assertThat(ideographic).isGreaterThan(20_000);
        assertThat(Scripts.isIdeographic('\u4e2d')).isTrue();
        assertThat(Scripts.isIdeographic('\u3001')).isTrue();
        assertThat(Scripts.isIdeographic('a')).isFalse();
        assertThat(Scripts.isIdeographic('\u0416')).isFalse();
    }
}

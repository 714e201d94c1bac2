package org.resdom.io.xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.strings;
import static org.resdom.testing.Theories.qt;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.resdom.io.xml.bind.XChar;
import org.resdom.io.xml.bind.XmlChars;

class XmlCharsTest {

    @Test
    void attributeEscapesRoundTripForAnyCodeUnits() {
        qt().withExamples(2000)
                .forAll(strings().betweenCodePoints(0, 0xFFFF).ofLengthBetween(0, 12))
                .checkAssert(s -> {
                    for (boolean list : new boolean[] {false, true}) {
                        String e = XmlChars.escape(s, list);
                        for (int i = 0; i < e.length(); i++) {
                            assertThat(XmlChars.carriable(e, i)).isTrue();
                        }
                        if (list) {
                            assertThat(e).doesNotContain(" ", "\t", "\n", "\r");
                        }
                        assertThat(XmlChars.unescape(e, () -> {
                                    throw new AssertionError("bad escape in " + e);
                                }))
                                .isEqualTo(s);
                    }
                });
    }

    @Test
    void mixedTextSplitsOnlyWhatXmlCannotCarry() {
        List<Object> mixed = XmlChars.toMixed("a\u0001b\uFFFF\uD83D\uDE00\uDC00\t\r\n");
        assertThat(mixed).hasSize(7);
        assertThat(mixed.get(6)).isEqualTo("\t\r\n");
        assertThat(mixed.get(0)).isEqualTo("a");
        assertThat(((XChar) mixed.get(1)).code).isEqualTo("1");
        assertThat(mixed.get(2)).isEqualTo("b");
        assertThat(((XChar) mixed.get(3)).code).isEqualTo("FFFF");
        assertThat(mixed.get(4)).isEqualTo("\uD83D\uDE00");
        assertThat(((XChar) mixed.get(5)).code).isEqualTo("DC00");
        assertThat(XmlChars.toMixed("x\uDC00\t\r\n").get(2)).isEqualTo("\t\r\n");
    }

    @Test
    void malformedEscapesAreKeptAndReported() {
        int[] bad = {0};
        assertThat(XmlChars.unescape("a\\qb\\u12", () -> bad[0]++)).isEqualTo("a\\qb\\u12");
        assertThat(bad[0]).isEqualTo(2);
        assertThat(XmlChars.code("FFFF")).isEqualTo(0xFFFF);
        assertThat(XmlChars.code("10000")).isEqualTo(-1);
        assertThat(XmlChars.code("g")).isEqualTo(-1);
        assertThat(XmlChars.code(null)).isEqualTo(-1);
    }
}

package org.resdom.cite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/** The scanners that replaced per-call regular expressions give the answers of those expressions. */
class ScannersTest {

    private static final Gen<String> TEXTS = SourceDSL.lists()
            .of(Generate.pick(List.of(
                    "0", "1", "9", "1989", "/", "64", "a", "A", " ", "\n", "\r", "\u0085", "\u2028", "\u0661", "\uff11",
                    "-", ".")))
            .ofSizeBetween(0, 10)
            .map(l -> String.join("", l));

    @Test
    void yearNumberedIsTheOldPattern() {
        qt().withExamples(3000)
                .forAll(TEXTS)
                .checkAssert(s -> assertThat(Recognizer.yearNumbered(s)).as(s).isEqualTo(s.matches("\\d{4}/.*")));
        assertThat(Recognizer.yearNumbered("1989/64")).isTrue();
        assertThat(Recognizer.yearNumbered("54/1")).isFalse();
    }

    @Test
    void digitsIsTheOldPattern() {
        qt().withExamples(3000)
                .forAll(TEXTS)
                .checkAssert(s -> assertThat(CitationMatch.digits(s)).as(s).isEqualTo(s.matches("\\d{1,6}")));
        assertThat(CitationMatch.digits("123456")).isTrue();
        assertThat(CitationMatch.digits("1234567")).isFalse();
    }
}

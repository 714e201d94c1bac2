package org.resdom.io.akn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** {@code AknParser.hasToken}, the scanner that replaced {@code classes.trim().split("\\s+")}, answers as the regex did. */
class ClassTokenPropertyTest {

    /** Few letters (so that classes often match), every kind of white space and some control characters. */
    private static final List<Character> ALPHABET = List.of(
            'a', 'b', 'I', '-', ' ', ' ', '\t', '\n', '\r', '\f', '\u000B', '\u0001', '\u001F', '\u00A0', '\u2003',
            'é');

    private static Gen<String> strings(int max) {
        return lists().of(arbitrary().pick(ALPHABET))
                .ofSizeBetween(0, max)
                .map(l -> l.stream().map(String::valueOf).collect(Collectors.joining()));
    }

    private static boolean byRegex(String classes, String cls) {
        return Arrays.asList(classes.trim().split("\\s+")).contains(cls);
    }

    @Test
    void answersAsTheRegexSplit() {
        qt().withFixedSeed(13)
                .withExamples(20_000)
                .forAll(strings(14), strings(3))
                .checkAssert((classes, cls) -> assertThat(AknParser.hasToken(classes, cls))
                        .as("hasToken(%s, %s)", classes, cls)
                        .isEqualTo(byRegex(classes, cls)));
    }

    @Test
    void examples() {
        assertThat(AknParser.hasToken("italic", "italic")).isTrue();
        assertThat(AknParser.hasToken("  rd-empty\tbold ", "bold")).isTrue();
        assertThat(AknParser.hasToken("rd-empty bold", "rd")).isFalse();
        assertThat(AknParser.hasToken("bold\u00A0italic", "italic")).isFalse(); // a no-break space is not \s
        assertThat(AknParser.hasToken("", "")).isTrue();
        assertThat(AknParser.hasToken("a", "")).isFalse();
    }
}

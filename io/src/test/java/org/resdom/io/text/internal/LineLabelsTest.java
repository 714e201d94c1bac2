package org.resdom.io.text.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.quicktheories.generators.SourceDSL;

class LineLabelsTest {

    private static Optional<String> label(String line) {
        return LineLabels.at(line, 0, line.length())
                .map(f -> line.substring(0, f.labelEnd()) + "|" + line.substring(f.labelEnd(), f.separatorEnd()) + "|"
                        + line.substring(f.separatorEnd()));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = ';',
            value = {
                "1\tthat;1|\t|that",
                "2.\tthat;2.|\t|that",
                "a)\tthat;a)|\t|that",
                "(b) that;(b)| |that",
                "iv)\tthat;iv)|\t|that",
                "1.2\tthat;1.2|\t|that",
                "9.3.8\tthat;9.3.8|\t|that",
                "1bis.1\tthat;1bis.1|\t|that",
                "2 bis\tthat;2 bis|\t|that",
                "b)bis\tthat;b)bis|\t|that",
                "–\tthat;–|\t|that",
                "•\tthat;•|\t|that",
                "[c)\tthat;[c)|\t|that",
                "一、\tthat;一、|\t|that",
                "（一）\tthat;（一）|\t|that",
                "١.\tthat;١.|\t|that"
            })
    void findsTheLabelAndItsSeparator(String line, String expected) {
        assertThat(label(line)).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Recalling",
                "1234\tthat",
                "Decides.",
                "ab.\tthat",
                "(a.\tthat",
                "1                 that",
                "一、that",
                "a)that",
                ""
            })
    void noLabel(String line) {
        assertThat(label(line)).isEmpty();
    }

    @Test
    void aLabelAloneOnItsLine() {
        assertThat(label("3.")).contains("3.||");
    }

    @Test
    void startsAtTheOffsetGiven() {
        String s = "[bookmark: x]2.\tthat";
        assertThat(LineLabels.at(s, 13, s.length())).contains(new LineLabels.Found(15, 16));
    }

    /** Any text from the label alphabet: the label and its separator lie inside the line, the separator after the label. */
    @Test
    void foundOffsetsStayInTheLine() {
        String alphabet = "1234567890abivxl.()[]–•- \t٠（）一、bister‏";
        qt().withExamples(3000)
                .forAll(SourceDSL.lists()
                        .of(SourceDSL.integers().between(0, alphabet.length() - 1))
                        .ofSizeBetween(0, 24))
                .checkAssert(codes -> {
                    StringBuilder sb = new StringBuilder("x");
                    codes.forEach(c -> sb.append(alphabet.charAt(c)));
                    String s = sb.append('y').toString();
                    int end = s.length() - 1;
                    LineLabels.at(s, 1, end).ifPresent(f -> {
                        assertThat(f.labelEnd()).isBetween(2, end);
                        assertThat(f.separatorEnd()).isBetween(f.labelEnd(), end);
                        assertThat(s.substring(f.labelEnd(), f.separatorEnd())).matches("[ \t]*");
                    });
                });
    }
}

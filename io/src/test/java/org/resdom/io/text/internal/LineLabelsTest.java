package org.resdom.io.text.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

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
}

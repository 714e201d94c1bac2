package org.resdom.io.text.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextLinesTest {

    @Test
    void cutsLinesAndTellsBlankOnes() {
        String s = "one\n\n \t\ntwo\n";
        TextLines lines = TextLines.of(s);
        assertThat(lines.count()).isEqualTo(5);
        assertThat(lines.crlf()).isFalse();
        assertThat(lines.lastContent()).isEqualTo(3);
        assertThat(s.substring(lines.starts()[3], lines.ends()[3])).isEqualTo("two");
        assertThat(lines.nextContent(0)).isEqualTo(3);
        assertThat(lines.nextContent(3)).isEqualTo(-1);
        // the blank lines 2 and 3 (a space and a TAB); the ending is one newline, the default
        assertThat(lines.hints(s))
                .containsOnly(org.assertj.core.api.Assertions.entry(TextParser.META_BLANK_LINES, "2,3:st"));
    }

    @Test
    void crlfOnlyWhenEveryLineEndsSo() {
        String both = "a\r\nb\r\n";
        TextLines crlf = TextLines.of(both);
        assertThat(crlf.crlf()).isTrue();
        assertThat(both.substring(crlf.starts()[0], crlf.ends()[0])).isEqualTo("a");
        assertThat(crlf.hints(both))
                .containsEntry(TextParser.META_NEWLINE, "CRLF")
                .hasSize(1);
        String mixed = "a\r\nb\n";
        TextLines lf = TextLines.of(mixed);
        assertThat(lf.crlf()).isFalse();
        assertThat(mixed.substring(lf.starts()[0], lf.ends()[0])).isEqualTo("a\r");
    }

    @Test
    void endingOtherThanOneNewlineIsKept() {
        assertThat(TextLines.of("a").hints("a")).containsEntry(TextParser.META_ENDING, "");
        assertThat(TextLines.of("a\n\n").hints("a\n\n")).containsEntry(TextParser.META_ENDING, "\n\n");
        assertThat(TextLines.of("").lastContent()).isEqualTo(-1);
        assertThat(TextLines.of("  ").hints("  ")).containsEntry(TextParser.META_ENDING, "  ");
    }
}

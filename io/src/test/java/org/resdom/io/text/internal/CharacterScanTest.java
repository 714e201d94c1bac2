package org.resdom.io.text.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.resdom.diagnostic.Diagnostic;
import org.resdom.io.TextCodes;

class CharacterScanTest {

    private static List<Diagnostic> scan(String line) {
        Source source = new Source(new int[] {0}, 1, line.length());
        Sink sink = new Sink(100, source);
        new CharacterScan(line, sink).line(0, line.length());
        return sink.finish(line.length());
    }

    @Test
    void cleanTextSaysNothing() {
        assertThat(scan("Recalling Resolution 71 (Rev. Dubai, 2018) and 73/3,")).isEmpty();
    }

    @Test
    void suspiciousCharacterOnceALine() {
        List<Diagnostic> d = scan("a\u0001b\uFFFDc");
        assertThat(d).extracting(Diagnostic::code).containsExactly(TextCodes.SUSPICIOUS_CHAR);
        assertThat(d.get(0).message()).contains("U+0001");
        assertThat(d.get(0).span().get().startOffset()).hasValue(1);
    }

    @Test
    void loneSurrogate() {
        assertThat(scan("x\uD800y")).extracting(Diagnostic::code).containsExactly(TextCodes.SUSPICIOUS_CHAR);
        assertThat(scan("x\uD83D\uDE00y")).isEmpty();
    }

    @Test
    void yearIntoWordIsAGluedRevision() {
        List<Diagnostic> d = scan("(Rev. Dubai, 2018)Geneva");
        assertThat(d).extracting(Diagnostic::code).containsExactly(TextCodes.GLUED_REVISION);
        assertThat(d.get(0).message()).contains("2018").contains("Geneva");
    }

    @Test
    void gluedYearsAndGluedUnNumbers() {
        assertThat(scan("Kyoto, 19942002")).extracting(Diagnostic::code).containsExactly(TextCodes.GLUED_NUMBER);
        assertThat(scan("resolutions 71/24375/233"))
                .extracting(Diagnostic::code)
                .containsExactly(TextCodes.GLUED_NUMBER);
        assertThat(scan("A/RES/71/24375/233")).isEmpty();
    }
}

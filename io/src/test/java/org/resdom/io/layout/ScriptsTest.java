package org.resdom.io.layout;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The script of a document, on its own. */
class ScriptsTest {

    @Test
    void ideographsKanaAndFullWidthMarksAreIdeographicLettersAreNot() {
        assertThat(Scripts.isIdeographic('\u4e2d')).isTrue();
        assertThat(Scripts.isIdeographic('\u3042')).isTrue();
        assertThat(Scripts.isIdeographic('\uff0c')).isTrue();
        assertThat(Scripts.isIdeographic('a')).isFalse();
        assertThat(Scripts.isIdeographic('\u0430')).isFalse();
    }

    @Test
    void aDocumentIsIdeographicWhenMostOfItsLettersAre() {
        var zh = StageLines.plain("\u5927\u4f1a\uff0c", "\u56de\u987e\u5176 A/RES/70/1 \u53f7\u51b3\u8bae\uff0c");
        assertThat(Scripts.ideographic(zh, StageLines.kinds(zh), 0)).isTrue();
        var en = StageLines.plain("The General Assembly,", "Recalling \u5927\u4f1a,");
        assertThat(Scripts.ideographic(en, StageLines.kinds(en), 0)).isFalse();
    }
}

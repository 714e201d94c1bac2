package org.resdom.io.layout;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.resdom.io.text.internal.Vocabulary;
import org.resdom.model.Language;

/** Stage 1, headings on their own: document and annex headings, the opening formula. */
class HeadingLinesTest {

    private static final Vocabulary EN = Vocabulary.of(Language.ENGLISH);

    @Test
    void aDocumentHeadingIsCapitalisedWithItsNumberAndAnAnnexHeadingIsItsWordAndAShortNumber() {
        assertThat(HeadingLines.heading("RESOLUTION 101 (REV. DUBAI, 2018)", EN))
                .isTrue();
        assertThat(HeadingLines.heading("ANNEX", EN)).isTrue();
        assertThat(HeadingLines.heading("Annex 2", EN)).isTrue();
        // a sentence that begins with the word is no heading, nor a line that ends a sentence part
        assertThat(HeadingLines.heading("Resolution 101 of the Conference", EN)).isFalse();
        assertThat(HeadingLines.heading("Annex to resolution 5/1", EN)).isFalse();
        assertThat(HeadingLines.heading("ANNEX 2:", EN)).isFalse();
    }

    @Test
    void theOpeningFormulaNamesABodyAndEndsWithAComma() {
        assertThat(HeadingLines.formula("The General Assembly,", EN)).isTrue();
        assertThat(HeadingLines.formula("The General Assembly", EN)).isFalse();
        assertThat(HeadingLines.formula("the General Assembly,", EN)).isFalse();
        assertThat(HeadingLines.formula("Recalling its earlier work,", EN)).isFalse();
    }
}

package org.resdom.io.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.resdom.model.Language;

/**
 * Language detection counts the lines each language's phrase table opens and stops once the
 * leader cannot be overtaken by the lines left: the answer is that of counting every line.
 */
class LanguageDetectionTest {

    private static Language detected(String text) {
        return TextResolutionReader.create().read(text).resolution().identity().language();
    }

    private static String lines(String line, int n) {
        return (line + "\n\n").repeat(n);
    }

    @Test
    void aLanguageThatLeadsEarlyLosesToOneWithMoreLinesLater() {
        String french = "Considérant que la paix est nécessaire,";
        String english = "Recognizing that peace is necessary,";
        assertThat(detected(lines(french, 3) + lines(english, 4))).isEqualTo(Language.ENGLISH);
        assertThat(detected(lines(french, 4) + lines(english, 3))).isEqualTo(Language.FRENCH);
        assertThat(detected(lines(english, 5) + lines(french, 5) + lines(english, 1)))
                .isEqualTo(Language.ENGLISH);
        assertThat(detected(lines(french, 50) + lines(english, 49))).isEqualTo(Language.FRENCH);
    }

    @Test
    void aLeadThatTheLinesLeftCouldStillCatchUpIsNotFinal() {
        String spanish = "Reconociendo que la paz es necesaria,";
        String english = "Recognizing that peace is necessary,";
        // Spanish leads by two after four lines, with four left: English ends ahead by two
        assertThat(detected(lines(spanish, 3) + lines(english, 1) + lines(english, 4)))
                .isEqualTo(Language.ENGLISH);
    }
}

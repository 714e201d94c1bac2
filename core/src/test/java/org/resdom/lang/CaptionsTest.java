package org.resdom.lang;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.resdom.model.Language;

class CaptionsTest {

    @Test
    void everyCaptionIsGivenInTheSixLanguages() {
        assertThat(Captions.keys()).contains("changes", "inserted", "deleted", "RESOLUTION");
        for (String key : Captions.keys()) {
            for (Language l : Language.official()) {
                String own = Captions.of(l).get(key);
                assertThat(own).as(key + " " + l).isNotBlank();
                if (l != Language.ENGLISH && !key.equals("notes")) {
                    assertThat(own)
                            .as(key + " " + l + " is translated")
                            .isNotEqualTo(Captions.of(Language.ENGLISH).get(key));
                }
            }
        }
        assertThat(Captions.of(Language.FRENCH).get("inserted")).isEqualTo("inséré");
        assertThat(Captions.of(Language.UNDETERMINED).get("inserted")).isEqualTo("inserted");
        assertThat(Captions.of(Language.FRENCH).get("no-such-key")).isEqualTo("no-such-key");
    }
}

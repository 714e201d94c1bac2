package org.resdom.io.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.resdom.lang.PhraseBook;
import org.resdom.model.ActionKind;
import org.resdom.model.Language;
import org.resdom.model.PreambleKind;
import org.resdom.testing.SeedFixture;

/** Phrase matching and reading must not depend on the default locale (the Turkish dotless i). */
class LocaleTest {

    @Test
    void turkishLocaleChangesNothing() {
        String input = StructureDump.resource(SeedFixture.RESOURCE);
        String english = StructureDump.resource("/fixtures/res71-en.txt");
        String expected = StructureDump.dump(TextResolutionReader.create().read(input));
        String expectedEn = StructureDump.dump(TextResolutionReader.create().read(english));
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(new Locale("tr", "TR"));
            assertThat(StructureDump.dump(TextResolutionReader.create().read(input)))
                    .isEqualTo(expected);
            assertThat(StructureDump.dump(TextResolutionReader.create().read(english)))
                    .isEqualTo(expectedEn);
            PhraseBook en = PhraseBook.of(Language.ENGLISH);
            assertThat(en.matchAction("INVITES Member States").get().kind()).isEqualTo(ActionKind.INVITES);
            assertThat(en.matchPreamble("RECOGNIZING").get().kind()).isEqualTo(PreambleKind.RECOGNIZING);
            assertThat(en.matchAction("INSTRUCTS the Council").get().kind()).isEqualTo(ActionKind.INSTRUCTS);
            assertThat(TextResolutionReader.create()
                            .read("RESOLUTION 1\nSubject\nThe Council,\nRECALLING\na)\tx,\n")
                            .resolution()
                            .preamble()
                            .get(0)
                            .phrase()
                            .kind())
                    .isEqualTo(PreambleKind.RECALLING);
        } finally {
            Locale.setDefault(saved);
        }
    }
}

package org.resdom.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.resdom.cite.CitationMatch;
import org.resdom.cite.Recognizer;
import org.resdom.internal.DataTable;

/**
 * {@code NamedInstrumentCitation.of(instrument, language)} derives the text from the table of
 * instruments, so key and text agree: the recogniser of that language reads every derived text
 * back, whole, as a citation of the same instrument.
 */
class NamedInstrumentCitationFactoryTest {

    private static Set<String> keys() {
        Set<String> keys = new LinkedHashSet<>();
        for (DataTable.Row row : DataTable.read(Recognizer.class, "instruments.tsv", 3)) {
            if (!row.get(0).equals("-") && !row.get(0).startsWith("^")) {
                keys.add(row.get(0));
            }
        }
        return keys;
    }

    @Test
    void everyDerivedTextReadsBackAsTheSameInstrument() {
        List<String> wrong = new ArrayList<>();
        int derived = 0;
        for (Language language : Language.values()) {
            Recognizer recognizer = Recognizer.of(language, Body.OTHER);
            for (String key : keys()) {
                NamedInstrumentCitation c;
                try {
                    c = NamedInstrumentCitation.of(key, language);
                } catch (IllegalArgumentException noWrittenName) {
                    continue;
                }
                derived++;
                assertThat(c.instrument()).isEqualTo(key);
                assertThat(c.span()).isEmpty();
                List<CitationMatch> found = recognizer.find(c.text());
                boolean whole = found.size() == 1
                        && found.get(0).start() == 0
                        && found.get(0).end() == c.text().length()
                        && found.get(0).citation().equals(c);
                if (!whole) {
                    wrong.add(language + " " + key + " «" + c.text() + "» read as " + found);
                }
            }
        }
        assertThat(wrong).as("derived texts the recogniser does not read back").isEmpty();
        // English, French, Spanish, Arabic and Chinese write every instrument; Russian's names are mostly stems
        assertThat(derived).isGreaterThan(5 * 40);
    }

    @Test
    void aReferenceBackToTheInstrumentJustCitedIsNoInstrumentOfItsOwn() {
        // "^protocol" rows read "the Protocol thereto": the key they give depends on the instrument before
        assertThatThrownBy(() -> NamedInstrumentCitation.of("^protocol", Language.ENGLISH))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theTextIsTheTablesFirstNameInThatLanguage() {
        assertThat(NamedInstrumentCitation.of("un-charter", Language.ENGLISH))
                .isEqualTo(NamedInstrumentCitation.of("un-charter", "Charter of the United Nations"));
        assertThat(NamedInstrumentCitation.of("udhr", Language.FRENCH).text())
                .isEqualTo("Déclaration universelle des droits de l'homme");
        assertThat(NamedInstrumentCitation.of("udhr", Language.CHINESE).text()).isEqualTo("世界人权宣言");
    }

    @Test
    void anUnknownInstrumentOrAStemOnlyNameIsRefused() {
        assertThatThrownBy(() -> NamedInstrumentCitation.of("no-such-treaty", Language.ENGLISH))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no-such-treaty");
        // the table matches the Russian name of the Declaration by stems (Всеобщ* деклараци*)
        assertThatThrownBy(() -> NamedInstrumentCitation.of("udhr", Language.RUSSIAN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("RUSSIAN")
                .hasMessageContaining("ENGLISH");
        assertThatThrownBy(() -> NamedInstrumentCitation.of("-", Language.ENGLISH))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

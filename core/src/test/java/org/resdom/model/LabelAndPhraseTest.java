package org.resdom.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LabelAndPhraseTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "a)      | LETTER | a    | 1",
                "(b)     | LETTER | b    | 2",
                "h)      | LETTER | h    | 8",
                "aa)     | LETTER | aa   | 27",
                "B.      | LETTER | B    | 2",
                "1       | NUMBER | 1    | 1",
                "12.     | NUMBER | 12   | 12",
                "(3)     | NUMBER | 3    | 3",
                "1.2.3   | NUMBER | 1.2.3| 3",
                "i)      | ROMAN  | i    | 1",
                "iv)     | ROMAN  | iv   | 4",
                "(xii)   | ROMAN  | xii  | 12",
                "IX)     | ROMAN  | IX   | 9",
                "[c)     | LETTER | c    | 3",
                "أ)      | LETTER | أ    | 1",
                "ج)      | LETTER | ج    | 3",
                // the UN's fifth Arabic letter, lengthened by a tatweel so that it does not look like the digit ٥
                "(هـ)    | LETTER | ه    | 5",
                "هـ)     | LETTER | ه    | 5",
                "(و)     | LETTER | و    | 6",
                "б)      | LETTER | б    | 2",
                "г)      | LETTER | г    | 4",
            })
    void classifiesAndOrdersLabels(String text, LabelStyle style, String value, int ordinal) {
        Label l = Label.of(text);
        assertThat(l.text()).isEqualTo(text);
        assertThat(l.style()).isEqualTo(style);
        assertThat(l.value()).isEqualTo(value);
        assertThat(l.ordinal()).isEqualTo(OptionalInt.of(ordinal));
        assertThat(l.separator()).isEqualTo("\t");
        assertThat(l.bracketed()).isEqualTo(text.startsWith("["));
    }

    @Test
    void dashesBulletsSuffixesAndOthers() {
        assertThat(Label.of("–").style()).isEqualTo(LabelStyle.DASH);
        assertThat(Label.of("-").style()).isEqualTo(LabelStyle.DASH);
        assertThat(Label.of("•").style()).isEqualTo(LabelStyle.BULLET);
        assertThat(Label.of("–").ordinal()).isEmpty();
        Label bis = Label.of("b)bis");
        assertThat(bis.style()).isEqualTo(LabelStyle.LETTER);
        assertThat(bis.value()).isEqualTo("b");
        assertThat(bis.suffix()).contains("bis");
        assertThat(Label.of("1ter").suffix()).contains("ter");
        // ITU inserts: a suffix inside the number (1bis.1), after it (1.1bis), after a space (2 bis)
        assertThat(Label.of("1bis.1").style()).isEqualTo(LabelStyle.NUMBER);
        assertThat(Label.of("1bis.1").value()).isEqualTo("1bis.1");
        assertThat(Label.of("1bis.1").levels()).isEqualTo(2);
        assertThat(Label.of("1.1bis").value()).isEqualTo("1.1");
        assertThat(Label.of("1.1bis").suffix()).contains("bis");
        assertThat(Label.of("2 bis").style()).isEqualTo(LabelStyle.NUMBER);
        assertThat(Label.of("2 bis").suffix()).contains("bis");
        assertThat(Label.of("3septies").suffix()).contains("septies");
        assertThat(Label.suffixes()).startsWith("quinquies").contains("bis", "ter", "quater", "sexies");
        assertThat(Label.of("ab)").style()).isEqualTo(LabelStyle.OTHER);
        assertThat(Label.of("Annex:").style()).isEqualTo(LabelStyle.OTHER);
        assertThat(Label.of("1.2.3").levels()).isEqualTo(3);
        assertThat(Label.of("a)", " ").separator()).isEqualTo(" ");
    }

    @Test
    void numbersAsArabicAndChineseTextsWriteThem() {
        // Arabic UN texts close a number with a hyphen; digits may be Arabic-Indic or full-width
        for (String t : new String[] {"1-", "\u0661-", "\u0661.", "\uff11\uff0e", "12-"}) {
            assertThat(Label.of(t).style()).as(t).isEqualTo(LabelStyle.NUMBER);
        }
        assertThat(Label.of("12-").ordinal()).isEqualTo(OptionalInt.of(12));
        assertThat(Label.of("\u0663-").ordinal()).isEqualTo(OptionalInt.of(3));
        assertThat(Label.of("\uff12\uff0e").ordinal()).isEqualTo(OptionalInt.of(2));
        assertThat(Label.of("1--").style()).isEqualTo(LabelStyle.OTHER);
        assertThat(Label.of("-1").style()).isEqualTo(LabelStyle.OTHER);
    }

    @Test
    void singleIVXAreRomanButKeepTheirPlaceInTheAlphabet() {
        assertThat(Label.of("i)").style()).isEqualTo(LabelStyle.ROMAN);
        assertThat(Label.of("i)").letterOrdinal()).isEqualTo(OptionalInt.of(9));
        assertThat(Label.of("v)").letterOrdinal()).isEqualTo(OptionalInt.of(22));
        assertThat(Label.of("x)").ordinal()).isEqualTo(OptionalInt.of(10));
        assertThat(Label.of("iv)").letterOrdinal()).isEmpty();
        assertThat(Label.romanValue("mcmxciv")).hasValue(1994);
        assertThat(Label.romanValue("xiz")).isEmpty();
        assertThat(Label.romanValue("")).isEmpty();
        assertThat(Label.toRoman(2022)).isEqualTo("mmxxii");
        for (int n = 1; n < 400; n++) {
            assertThat(Label.romanValue(Label.toRoman(n))).hasValue(n);
        }
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "considering                 | CONSIDERING |",
                "considering further         | CONSIDERING | further",
                "considérant en outre        | CONSIDERING | en outre",
                "notant                      | NOTING      |",
                "reconnaissant               | RECOGNIZING |",
                "considerando                | CONSIDERING |",
                "recordando                  | RECALLING   |",
                "учитывая                    | CONSIDERING |",
                "признавая                   | RECOGNIZING |",
                "إذ يضع في اعتباره           | CONSIDERING |",
                "إذ يعترف                    | RECOGNIZING |",
                "考虑到                       | CONSIDERING |",
                "认识到                       | RECOGNIZING |",
                "bearing in mind             | BEARING_IN_MIND |",
            })
    void classifiesPreamblePhrasesInSixLanguages(String text, PreambleKind kind, String qualifier) {
        PreamblePhrase p = PreamblePhrase.of(text);
        assertThat(p.text()).isEqualTo(text);
        assertThat(p.kind()).isEqualTo(kind);
        assertThat(p.qualifier()).isEqualTo(Optional.ofNullable(qualifier));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "resolves                                            | RESOLVES   |",
                "instructs the Secretary-General                     | INSTRUCTS  | the Secretary-General",
                "décide                                              | RESOLVES   |",
                "charge le Secrétaire général et les Directeurs des Bureaux | INSTRUCTS | le Secrétaire général et les Directeurs des Bureaux",
                "invite les États Membres                            | INVITES    | les États Membres",
                "resuelve                                            | RESOLVES   |",
                "encarga al Secretario General                       | INSTRUCTS  | al Secretario General",
                "решает                                              | RESOLVES   |",
                "поручает Генеральному секретарю                     | INSTRUCTS  | Генеральному секретарю",
                "يقرر                                                | RESOLVES   |",
                "做出决议                                             | RESOLVES   |",
            })
    void classifiesOperativePhrasesInSixLanguages(String text, ActionKind action, String addressee) {
        OperativePhrase p = OperativePhrase.of(text);
        assertThat(p.text()).isEqualTo(text);
        assertThat(p.action()).isEqualTo(action);
        assertThat(p.addressee()).isEqualTo(Optional.ofNullable(addressee));
    }

    @Test
    void theClassIsThatOfTheTablePhraseThatOpensTheText() {
        // what follows a phrase does not change its class, as in the text and Akoma Ntoso readers
        assertThat(PreamblePhrase.of("considering whatever else").kind()).isEqualTo(PreambleKind.CONSIDERING);
        assertThat(PreamblePhrase.of("Expressing deep concern").kind()).isEqualTo(PreambleKind.CONCERNED);
        assertThat(PreamblePhrase.of("Expressing deep concern").kind())
                .isEqualTo(org.resdom.lang.PhraseBook.of(Language.ENGLISH)
                        .matchPreamble("Expressing deep concern at")
                        .get()
                        .kind());
        assertThat(PreamblePhrase.of("Expressing its thanks").kind()).isEqualTo(PreambleKind.EXPRESSING);
    }

    @Test
    void unknownPhrasesAreKeptAsOther() {
        assertThat(PreamblePhrase.of("having heard the delegates").kind()).isEqualTo(PreambleKind.OTHER);
        assertThat(PreamblePhrase.of("sings considering").kind()).isEqualTo(PreambleKind.OTHER);
        assertThat(OperativePhrase.of("sings").action()).isEqualTo(ActionKind.OTHER);
        assertThat(OperativePhrase.of("sings").addressee()).isEmpty();
    }
}

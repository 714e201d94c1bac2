package org.resdom.lang;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.resdom.model.Language;

/**
 * The opener shapes of the six tables ({@code opener} entries): the run-in phrases of the UN
 * HRC 54 resolutions they were made from open, the words capitalised or set at a line's start
 * inside the same texts do not. The corpus-wide counts are in {@code OpenerShapesCorpusTest}.
 */
class OpenersTest {

    /** Per language: lines that open with an opener, and the text of the opener. */
    static final Map<Language, String[][]> OPEN = Map.of(
            Language.ENGLISH,
            new String[][] {
                {"Reiterating its commitment", "Reiterating"},
                {"  Deeply deploring the suffering", "  Deeply deploring"},
                {"Gravely concerned by", "Gravely concerned"},
                {"Further reiterating that", "Further reiterating"}
            },
            Language.FRENCH,
            new String[][] {
                {"Réitérant son attachement", "Réitérant"}, {"Profondément préoccupé par", "Profondément préoccupé"}
            },
            Language.SPANISH,
            new String[][] {
                {"Recalcando la importancia", "Recalcando"},
                {"Muy alarmado por", "Muy alarmado"},
                {"Sumamente preocupado", "Sumamente preocupado"}
            },
            Language.RUSSIAN,
            new String[][] {
                {"ссылаясь на", "ссылаясь"}, {"высоко оценивая работу", "высоко оценивая"}, {"сожалея о", "сожалея"}
            },
            Language.ARABIC,
            new String[][] {{"وإذ يتعجب من", "وإذ"}, {"واقتناعاً منه بأن", "واقتناعاً"}},
            Language.CHINESE,
            new String[][] {{"深感震惊的是，", "深感震惊的是"}, {"还表示关切的是，", "还表示关切的是"}, {"欣慰地注意到理事会", "欣慰地注意到"}});

    /** Per language: line starts of the same texts that open no preamble paragraph. */
    static final Map<Language, String[]> NOT = Map.of(
            Language.ENGLISH,
            new String[] {"Working Group on", "During the session", "United Nations", "Beijing Declaration", "Cuba"},
            Language.FRENCH,
            new String[] {"Représentant spécial", "Pendant la session", "Comité", "Gouvernement fédéral"},
            Language.SPANISH,
            new String[] {"Cuando", "Organización de las Naciones Unidas"},
            Language.RUSSIAN,
            new String[] {"включая", "Генеральная Ассамблея", "справедливая", "международная", "необходимая"},
            Language.ARABIC,
            new String[] {"وفقاً للقرار", "وثيقاً", "إذ إن"},
            Language.CHINESE,
            new String[] {"目的是", "各地注意到", "回顾"});

    @ParameterizedTest
    @EnumSource(value = Language.class, names = "UNDETERMINED", mode = EnumSource.Mode.EXCLUDE)
    void runInPhrasesOpenAndOtherWordsDoNot(Language language) {
        PhraseBook book = PhraseBook.of(language);
        for (String[] o : OPEN.get(language)) {
            OptionalInt end = book.matchOpener(o[0]);
            assertThat(end).as(o[0]).isPresent();
            assertThat(o[0].substring(0, end.getAsInt())).as(o[0]).isEqualTo(o[1]);
        }
        for (String n : NOT.get(language)) {
            assertThat(book.matchOpener(n)).as(n).isEmpty();
        }
    }

    @Test
    void caseIsIgnoredAndAWordMustEnd() {
        PhraseBook en = PhraseBook.of(Language.ENGLISH);
        assertThat(en.matchOpener("reiterating")).hasValue(11);
        assertThat(en.matchOpener("Reiteratingly")).isEmpty();
        assertThat(en.matchOpener("Reiterating,")).hasValue(11);
        // a stem of three letters at least: "Bring" is no participle
        assertThat(en.matchOpener("Bring")).isEmpty();
        assertThat(en.matchOpener("")).isEmpty();
        assertThat(en.matchOpener("x".repeat(10_000) + "ing")).isEmpty();
    }

    @Test
    void compoundsOfTheTablesAndTheirNeighbouringParts() {
        PhraseBook en = PhraseBook.of(Language.ENGLISH);
        assertThat(en.compound("ill", "treatment")).isTrue();
        assertThat(en.compound("Ill", "Treatment")).isTrue();
        assertThat(en.compound("by", "case")).isTrue(); // case-by-case
        assertThat(en.compound("case", "case")).isFalse();
        assertThat(en.compound("develop", "ment")).isFalse();
        assertThat(PhraseBook.of(Language.FRENCH).compound("bien", "être")).isTrue();
        assertThat(PhraseBook.of(Language.RUSSIAN).compound("какой", "либо")).isTrue();
        assertThat(PhraseBook.of(Language.CHINESE).compound("ill", "treatment")).isFalse();
    }
}

package org.resdom.cite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;
import org.resdom.model.Body;
import org.resdom.model.Language;

/**
 * Title reading ({@link Titles}) on arbitrary text of short words: the densest text there is
 * ("a b c", "d'a-b"), where a word array sized for long words would overflow. Neither the title
 * reader nor the recogniser throws, and titles stay inside the text, in order.
 */
class TitlesPropertiesTest {

    /** Short words, title heads and the marks between words, in the scripts of the six languages. */
    private static final List<String> PIECES = List.of(
            "a",
            "b",
            "I",
            "Z",
            "of",
            "the",
            "and",
            "d'",
            "l'",
            "'",
            "-",
            " ",
            " ",
            " ",
            ",",
            ".",
            ";",
            "(",
            ")",
            "1",
            "é",
            "É",
            "и",
            "Я",
            "к",
            "و",
            "ب",
            "ال",
            "《",
            "》",
            "宣言",
            "和",
            "Declaration",
            "Convention",
            "Protocol",
            "Programme of Action",
            "Déclaration",
            "Конвенция",
            "декларации",
            "إعلان",
            "الاتفاقية",
            "Agenda",
            "Conectar",
            "2030",
            "\u00a0",
            "\u2011");

    /** Texts made of the pieces, mostly of one or two characters each. */
    private static final Gen<String> TEXTS =
            SourceDSL.lists().of(Generate.pick(PIECES)).ofSizeBetween(1, 40).map(l -> String.join("", l));

    /** Texts of one-letter words and single separators only: the most words a text of its length can have. */
    private static final Gen<String> DENSE = SourceDSL.lists()
            .of(Generate.pick(List.of("a", "B", "d'", "é", "я", "ب", " ", "-", "'", ".")))
            .ofSizeBetween(1, 60)
            .map(l -> String.join("", l));

    private static final Gen<Language> LANGUAGES = Generate.pick(List.of(
            Language.ENGLISH,
            Language.FRENCH,
            Language.SPANISH,
            Language.RUSSIAN,
            Language.ARABIC,
            Language.CHINESE,
            Language.UNDETERMINED));

    @Test
    void titlesNeverThrowOnShortWords() {
        qt().withShrinkCycles(100).withExamples(600).forAll(TEXTS, LANGUAGES).checkAssert(TitlesPropertiesTest::check);
        qt().withShrinkCycles(100).withExamples(600).forAll(DENSE, LANGUAGES).checkAssert(TitlesPropertiesTest::check);
    }

    private static void check(String text, Language l) {
        Normalized t = Normalized.of(text);
        int last = 0;
        for (Titles.Found f : Titles.find(Vocabulary.of(l), t)) {
            assertThat(f.start()).isGreaterThanOrEqualTo(last);
            assertThat(f.end()).isGreaterThan(f.start()).isLessThanOrEqualTo(t.length);
            last = f.end();
        }
        for (Body b : List.of(Body.UN_HRC, Body.ITU_PP)) {
            int end = 0;
            for (CitationMatch m : Recognizer.of(l, b).find(text)) {
                assertThat(m.start()).isGreaterThanOrEqualTo(end);
                assertThat(m.citation().text()).isEqualTo(text.substring(m.start(), m.end()));
                end = m.end();
            }
        }
    }

    /** The text that overflowed the word array: three one-letter words in five characters. */
    @Test
    void threeLetterWordsInFiveCharacters() {
        for (Language l : List.of(Language.ENGLISH, Language.FRENCH, Language.RUSSIAN, Language.ARABIC)) {
            Normalized t = Normalized.of("a b c");
            assertThat(Titles.find(Vocabulary.of(l), t)).isEmpty();
            assertThat(Recognizer.of(l, Body.UN_HRC).find("a b c d e f g")).isEmpty();
            assertThat(Recognizer.of(l, Body.UN_HRC).find("d'd'd'd'a")).isEmpty();
        }
    }
}

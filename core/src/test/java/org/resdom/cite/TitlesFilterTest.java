package org.resdom.cite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;
import org.resdom.internal.DataTable;
import org.resdom.model.Language;

/**
 * The title reader skips a text with no word that opens a head and finds heads by their first
 * word instead of trying each in turn; these tests hold that neither changes what is found: texts
 * made of the title grammar's own rows (as written, lower case, capitals, Arabic prefixes before
 * them), ordinary words and separators, in every language, read with and without the shortcuts.
 */
class TitlesFilterTest {

    private static final List<Language> LANGUAGES = List.of(
            Language.ENGLISH,
            Language.FRENCH,
            Language.SPANISH,
            Language.RUSSIAN,
            Language.ARABIC,
            Language.CHINESE,
            Language.UNDETERMINED);

    private static List<String> pieces(Language language) {
        List<String> out = new ArrayList<>();
        List<Language> tables = language == Language.UNDETERMINED ? List.of(Language.official()) : List.of(language);
        for (Language l : tables) {
            for (DataTable.Row row : DataTable.read(Vocabulary.class, "words-" + l.code() + ".tsv", 3)) {
                if (row.get(1).startsWith(Titles.KEY_PREFIX) && !row.get(1).equals("TITLE_STYLE")) {
                    String p = row.get(2).replace("*", "ии");
                    out.add(p);
                    out.add(p.toLowerCase(Locale.ROOT));
                    out.add(p.toUpperCase(Locale.ROOT));
                    out.add("\u0648" + p);
                    out.add(p.substring(0, (p.length() + 1) / 2));
                }
            }
        }
        out.addAll(List.of(
                " ",
                " ",
                " ",
                " ",
                ", ",
                ".",
                ";",
                ":",
                "?",
                "!",
                "(",
                ")",
                "-",
                "'",
                "d'",
                "《",
                "》",
                "和",
                "United",
                "Nations",
                "Rights",
                "the",
                "of",
                "on",
                "Human",
                "des",
                "la",
                "Nations Unies",
                "прав",
                "человека",
                "الأمم",
                "المتحدة",
                "国际",
                "2030"));
        return out;
    }

    @Test
    void shortcutsNeverChangeTheTitles() {
        for (Language l : LANGUAGES) {
            Vocabulary v = Vocabulary.of(l);
            Gen<String> texts = SourceDSL.lists()
                    .of(Generate.pick(pieces(l)))
                    .ofSizeBetween(1, 30)
                    .map(p -> String.join("", p));
            qt().withShrinkCycles(100).withExamples(800).forAll(texts).checkAssert(text -> {
                Normalized t = Normalized.of(text);
                assertThat(Titles.find(v, t)).as(l + ": " + text).isEqualTo(Titles.findPlain(v, t));
            });
        }
    }

    /** A text with a head only after an Arabic prefix, and one with none, in every language. */
    @Test
    void prefixedHeadsAndNone() {
        Vocabulary ar = Vocabulary.of(Language.ARABIC);
        Normalized prefixed = Normalized.of("وبرنامج عمل المؤتمر الدولي للسكان والتنمية");
        assertThat(Titles.find(ar, prefixed)).isEqualTo(Titles.findPlain(ar, prefixed));
        for (Language l : LANGUAGES) {
            Normalized none = Normalized.of("no head at all, nothing here; rien ici");
            assertThat(Titles.find(Vocabulary.of(l), none)).isEmpty();
        }
    }
}

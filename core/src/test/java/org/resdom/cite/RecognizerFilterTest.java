package org.resdom.cite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;
import org.resdom.internal.DataTable;
import org.resdom.model.Body;
import org.resdom.model.Language;
import org.resdom.model.NamedInstrumentCitation;

/**
 * The recogniser skips a text that has no digit and no start of a phrase that cites without a
 * number; these tests hold that the skip never changes what is found: texts made of the
 * vocabulary's own phrases (named instruments, annexes, bodies, keywords), ordinary words,
 * punctuation, spaces of every kind and, sometimes, digits, in every language.
 */
class RecognizerFilterTest {

    private static final Body[] BODIES = {Body.OTHER, Body.UN_HRC, Body.UN_GA, Body.ITU_PP, Body.ITU_WTSA};

    /** The pieces texts are made of, for one language: its phrases, some words, separators. */
    private static List<String> pieces(Language language) {
        List<String> out = new ArrayList<>();
        List<Language> tables = language == Language.UNDETERMINED ? List.of(Language.official()) : List.of(language);
        for (Language l : tables) {
            for (DataTable.Row row : DataTable.read(Vocabulary.class, "words-" + l.code() + ".tsv", 3)) {
                out.add(row.get(2).replace("*", "ы"));
            }
        }
        for (DataTable.Row row : DataTable.read(Vocabulary.class, "instruments.tsv", 3)) {
            if (language == Language.UNDETERMINED || row.get(1).equals(language.code())) {
                String name = row.get(2).replace("*", "ом");
                out.add(name);
                out.add(name.toUpperCase(java.util.Locale.ROOT));
                out.add(name.substring(0, name.length() / 2)); // a name cut short
            }
        }
        out.addAll(List.of(
                " ",
                " ",
                " ",
                "\u00a0",
                "\t",
                "\n",
                ", ",
                ",",
                ";",
                ".",
                "(",
                ")",
                "[",
                "]",
                "/",
                "-",
                "\u2011",
                "\u00ad",
                "«",
                "»",
                "\"",
                "'",
                "\u2019",
                "I",
                "IV",
                "A",
                "B",
                "x",
                "the",
                "of",
                "and",
                "Council",
                "Assembly",
                "Conference",
                "بال",
                "وال",
                "ال",
                "和",
                "第",
                "号",
                "决议",
                "年",
                "“",
                "”",
                "Rev.",
                "Dubai",
                "bis",
                "S-",
                "ES-",
                "A/HRC/",
                "RES/",
                "X.",
                "CCPR/C/"));
        return out;
    }

    private static String text(List<String> pieces, List<Integer> picks, boolean digits, int digitSeed) {
        StringBuilder sb = new StringBuilder();
        for (int p : picks) {
            sb.append(pieces.get(p % pieces.size()));
            if (digits && (p + digitSeed) % 7 == 0) {
                sb.append((p + digitSeed) % 3 == 0 ? "60/251" : (p + digitSeed) % 3 == 1 ? "7" : "\u0661\u0662");
            }
        }
        return sb.toString();
    }

    @Test
    @Timeout(120)
    void theFilterNeverChangesWhatIsFound() {
        List<Language> languages = new ArrayList<>(List.of(Language.official()));
        languages.add(Language.UNDETERMINED);
        for (Language language : languages) {
            List<String> pieces = pieces(language);
            Gen<List<Integer>> picks = SourceDSL.lists()
                    .of(SourceDSL.integers().between(0, 100_000))
                    .ofSizeBetween(0, 40);
            qt().withShrinkCycles(100)
                    .withExamples(400)
                    .forAll(
                            picks,
                            SourceDSL.booleans().all(),
                            SourceDSL.integers().between(0, BODIES.length - 1))
                    .checkAssert((p, digits, b) -> {
                        Recognizer r = Recognizer.of(language, BODIES[b]);
                        String s = text(pieces, p, digits, b);
                        assertThat(r.find(s))
                                .as("%s %s: %s", language, BODIES[b], s)
                                .isEqualTo(r.findTokenizing(s));
                    });
        }
    }

    @Test
    void aTextWithNoDigitAndNoCitingPhraseIsSkipped() {
        Vocabulary en = Vocabulary.of(Language.ENGLISH);
        assertThat(en.mayCite(Normalized.of("Reaffirming the importance of international cooperation,")))
                .isFalse();
        assertThat(en.mayCite(Normalized.of("Recalling its resolution 5/1,"))).isTrue();
        assertThat(en.mayCite(Normalized.of("Guided by the Charter of the United Nations,")))
                .isTrue();
        assertThat(en.mayCite(Normalized.of("as set out in annex I"))).isTrue();
        // a phrase starts at a word start only: "mannex" holds no annex
        assertThat(en.mayCite(Normalized.of("a mannexed text"))).isFalse();
        // Arabic phrases also follow a prefixed conjunction or preposition
        assertThat(Vocabulary.of(Language.ARABIC).mayCite(Normalized.of("وبميثاق الأمم المتحدة")))
                .isTrue();
    }

    @Test
    void aNamedInstrumentWithNoDigitIsStillFound() {
        Recognizer r = Recognizer.of(Language.ENGLISH, Body.UN_HRC);
        assertThat(r.find("Guided by the purposes and principles of the Charter of the United Nations,"))
                .singleElement()
                .satisfies(m -> assertThat(m.citation()).isInstanceOf(NamedInstrumentCitation.class));
        assertThat(r.find("Guided by the purposes and principles of cooperation,"))
                .isEmpty();
    }
}

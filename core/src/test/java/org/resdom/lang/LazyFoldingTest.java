package org.resdom.lang;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.resdom.model.Body;

/**
 * Phrase matching folds a {@code String} lazily, only as far as the matchers look, and keeps the
 * folding for the next question about the same text; any other {@code CharSequence} is folded
 * whole at once. Both must give the same answers: every matcher of every table, asked about the
 * lines of {@link LanguagesOpeningTest} (a sample) and about long lines (past the 200 characters looked at)
 * with spaces, marks, Cyrillic look-alikes and inserted clauses, as a {@code String} and as a
 * {@code StringBuilder}, in an order that reuses and replaces the kept folding.
 */
class LazyFoldingTest {

    static List<String> longLines() {
        List<String> out = new ArrayList<>();
        Random r = new Random(20261203L);
        String[] words = {
            "considering",
            "also",
            "further",
            "Recalling",
            "notes",
            "with",
            "concern",
            ",",
            ", in this regard,",
            "\u0441",
            "c",
            "a",
            "\u043e\u0442\u043c\u0435\u0447\u0430\u044f",
            "\u043f\u0440\u0438\u0437\u043d\u0430\u0432\u0430\u044f",
            "\u0648",
            "\u064a\u0639\u0631\u0628",
            "\u060c",
            "\u0639\u0646",
            "\u5bf9",
            "\u8868\u793a\u5173\u5207",
            "\uff0c",
            "\u3002",
            "e\u0301",
            "d\u00e9cide",
            "  ",
            "\u00a0",
            "\u200f",
            "\t",
            "decides",
            "resolves",
            ";",
            ":",
            "x"
        };
        for (int i = 0; i < 2000; i++) {
            StringBuilder sb = new StringBuilder();
            int n = 1 + r.nextInt(r.nextBoolean() ? 8 : 90);
            for (int k = 0; k < n; k++) {
                if (k > 0 && r.nextInt(3) > 0) {
                    sb.append(' ');
                }
                sb.append(words[r.nextInt(words.length)]);
            }
            out.add(sb.toString());
        }
        return out;
    }

    @Test
    void lazyAndWholeFoldingAgree() {
        List<String> lines = new ArrayList<>();
        List<String> opening = LanguagesOpeningTest.lines();
        for (int i = 0; i < opening.size(); i += 29) {
            lines.add(opening.get(i)); // a sample: every form and context of the phrases still comes up
        }
        lines.addAll(longLines());
        int matched = 0;
        int longMatched = 0;
        for (String l : lines) {
            StringBuilder whole = new StringBuilder(l);
            for (PhraseBook b : PhraseBook.all()) {
                var p = b.matchPreamble(l);
                assertThat(p).as("[%s]", l).isEqualTo(b.matchPreamble(whole));
                assertThat(b.matchAction(l)).as("[%s]", l).isEqualTo(b.matchAction(whole));
                assertThat(b.matchPreamble(l, Body.UN_HRC))
                        .as("[%s]", l)
                        .isEqualTo(b.matchPreamble(whole, Body.UN_HRC));
                assertThat(b.matchActionPrefix(l)).as("[%s]", l).isEqualTo(b.matchActionPrefix(whole));
                assertThat(b.matchPreamblePrefix(l)).as("[%s]", l).isEqualTo(b.matchPreamblePrefix(whole));
                // a second question about the same String reuses its folding, partly folded
                assertThat(b.matchPreamble(l)).isEqualTo(p);
                if (p.isPresent()) {
                    matched++;
                    if (l.length() > 200) {
                        longMatched++;
                    }
                }
            }
            assertThat(PhraseBook.languagesOpening(l)).isEqualTo(PhraseBook.languagesOpening(whole));
        }
        assertThat(matched).isGreaterThan(1000);
        assertThat(longMatched).isGreaterThan(50); // 70 with this seed
    }
}

package org.resdom.lang;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.resdom.model.Language;

/**
 * {@link PhraseBook#languagesOpening(CharSequence)} and its prefix form give, for every table,
 * exactly what the table's own matchers say, on lines built from every phrase of every table
 * (as entered, capitalised, upper case, decomposed, behind spaces, modifiers, a glued
 * conjunction or a label, cut short, followed by text) and on random lines from a fixed seed.
 */
class LanguagesOpeningTest {

    static Set<Language> slow(CharSequence text, boolean prefix) {
        Set<Language> out = EnumSet.noneOf(Language.class);
        for (PhraseBook b : PhraseBook.all()) {
            boolean hit = prefix
                    ? b.matchPreamblePrefix(text).isPresent()
                            || b.matchActionPrefix(text).isPresent()
                    : b.matchPreamble(text).isPresent() || b.matchAction(text).isPresent();
            if (hit) {
                out.add(b.language());
            }
        }
        return out;
    }

    static List<String> lines() {
        List<String> out = new ArrayList<>();
        String[] before = {"", "  ", "\u00a0", "also ", "Also further ", "\u0648", "a) ", "\u200f", "1\t", "\u0444"};
        String[] after = {"", " that the Union", ",", "x", " \u0645\u0646", "\u7684", " further noting"};
        for (PhraseBook b : PhraseBook.all()) {
            for (List<String> phrases : b.describe().values()) {
                for (String p : phrases) {
                    List<String> forms = List.of(
                            p,
                            p.toUpperCase(Locale.ROOT),
                            p.isEmpty() ? p : p.substring(0, 1).toUpperCase(Locale.ROOT) + p.substring(1),
                            Normalizer.normalize(p, Normalizer.Form.NFD),
                            p.substring(0, p.length() / 2),
                            p.replace('\u0441', 'c').replace('\u0430', 'a'));
                    for (String f : forms) {
                        for (String x : before) {
                            for (String y : after) {
                                out.add(x + f + y);
                            }
                        }
                    }
                }
            }
        }
        Random r = new Random(20261202L);
        String alphabet = "aeiouctnrsxAC \u00e9\u0301\u0441\u0430\u043e\u0648\u0627\u064e\u4e00\u53c8\u56de\u987e,;1)";
        for (int i = 0; i < 20000; i++) {
            StringBuilder sb = new StringBuilder();
            int n = r.nextInt(30);
            for (int k = 0; k < n; k++) {
                sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
            }
            out.add(sb.toString());
        }
        return out;
    }

    @Test
    void sameAnswerAsEveryTableAsked() {
        List<String> lines = lines();
        int hits = 0;
        for (String l : lines) {
            Set<Language> fast = PhraseBook.languagesOpening(l);
            assertThat(fast).as("[%s]", l).isEqualTo(slow(l, false));
            assertThat(PhraseBook.languagesOpeningPrefix(l))
                    .as("prefix [%s]", l)
                    .isEqualTo(slow(l, true));
            hits += fast.isEmpty() ? 0 : 1;
        }
        // the material exercises both answers
        assertThat(hits).isGreaterThan(lines.size() / 4).isLessThan(lines.size());
    }
}

package org.resdom.io.text.internal;

import java.util.List;
import java.util.Set;
import org.resdom.diagnostic.Severity;
import org.resdom.io.TextCodes;
import org.resdom.lang.PhraseBook;
import org.resdom.model.Language;

/**
 * Stage 2, language: when none is given, the language whose phrase tables open the most
 * unlabelled lines (a bounded sample: it stops once the lead cannot change), else the script
 * the text is mostly written in. Diagnostic: {@link TextCodes#LANGUAGE} when neither tells.
 */
final class LanguageDetection {

    private static final int DETECT_LINES = 4000;
    /**
     * Language detection stops once one language leads every other by more than this many lines
     * (a sample: each line adds at most one to a language's score, and the rest of a long text
     * is in the language of its first phrases).
     */
    private static final int DETECT_MARGIN = 8;

    private LanguageDetection() {}

    /**
     * @param s the input
     * @param lines its lines
     * @param sink where the diagnostic goes
     * @return the language detected, {@link Language#UNDETERMINED} when none is
     */
    static Language detect(String s, TextLines lines, Sink sink) {
        int[] starts = lines.starts();
        int[] ends = lines.ends();
        boolean[] content = lines.content();
        int lastContent = lines.lastContent();
        List<PhraseBook> books = PhraseBook.all();
        int[] score = new int[books.size()];
        int seen = 0;
        int count = 0;
        for (int k = 0; k <= lastContent; k++) {
            if (content[k]) {
                count++;
            }
        }
        int left = Math.min(count, DETECT_LINES); // lines still to be looked at
        for (int k = 0; k <= lastContent && seen < DETECT_LINES; k++) {
            if (!content[k]) {
                continue;
            }
            seen++;
            left--;
            if (decided(score, Math.min(left + 1, DETECT_MARGIN))) {
                break; // the lines left cannot change the answer, or the lead is wide enough
            }
            int from = starts[k];
            if (LineLabels.at(s, from, ends[k]).isPresent()) {
                continue;
            }
            Set<Language> opening =
                    PhraseBook.languagesOpening(s.substring(from, Math.min(ends[k], from + TextParser.MAX_HEADING)));
            if (opening.isEmpty()) {
                continue;
            }
            for (int b = 0; b < books.size(); b++) {
                if (opening.contains(books.get(b).language())) {
                    score[b]++;
                }
            }
        }
        int best = -1;
        for (int b = 0; b < books.size(); b++) {
            if (score[b] > 0 && (best < 0 || score[b] > score[best])) {
                best = b;
            }
        }
        if (best >= 0) {
            return books.get(best).language();
        }
        Language byScript = byScript(s);
        if (byScript == Language.UNDETERMINED && lastContent >= 0) {
            sink.report(
                    TextCodes.LANGUAGE,
                    Severity.WARNING,
                    "no phrase table recognizes the text; language undetermined (give it with language(…))",
                    0,
                    0);
        }
        return byScript;
    }

    /**
     * Whether the language with the highest score (the first of them), scored at least once,
     * keeps the lead whatever {@code left} more lines score: it is ahead of every other by more
     * than that (a line adds at most one to each).
     */
    private static boolean decided(int[] score, int left) {
        int best = 0;
        for (int b = 1; b < score.length; b++) {
            if (score[b] > score[best]) {
                best = b;
            }
        }
        if (score[best] == 0) {
            return false;
        }
        for (int b = 0; b < score.length; b++) {
            if (b != best && score[best] - score[b] <= left) {
                return false;
            }
        }
        return true;
    }

    private static Language byScript(String s) {
        int cyr = 0;
        int arab = 0;
        int han = 0;
        int limit = Math.min(s.length(), 20000);
        for (int i = 0; i < limit; i++) {
            Character.UnicodeScript sc = Character.UnicodeScript.of(s.charAt(i));
            if (sc == Character.UnicodeScript.CYRILLIC) {
                cyr++;
            } else if (sc == Character.UnicodeScript.ARABIC) {
                arab++;
            } else if (sc == Character.UnicodeScript.HAN) {
                han++;
            }
        }
        int max = Math.max(cyr, Math.max(arab, han));
        if (max < 20) {
            return Language.UNDETERMINED;
        }
        return max == cyr ? Language.RUSSIAN : max == arab ? Language.ARABIC : Language.CHINESE;
    }
}

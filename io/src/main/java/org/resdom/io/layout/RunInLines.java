package org.resdom.io.layout;

import java.util.Set;
import org.resdom.io.text.internal.Vocabulary;
import org.resdom.lang.PhraseBook;
import org.resdom.model.Language;

/**
 * Stage 0, the kind of input: whether a text written one paragraph a line is a Word extract that
 * ran paragraphs into each other, by the evidence the run-in stages look for
 * ({@link RunIns}, {@link GluedHeadings#spacedCut}, {@link TrailingHeadings}): a line of prose that one of them
 * would cut. Such a text is read as {@value #KIND} (the stages of {@code word-text} without its
 * footnote rules); a text with no such line is read line per paragraph, as resdom writes it.
 */
final class RunInLines {

    /** The input kind of a Word extract with run-in paragraphs and no footnote rule. */
    static final String KIND = "run-in-text";

    /** The lines looked at, as {@link InputKinds} does. */
    private static final int LINES = 4000;

    /** Marks that open a dash or bullet item, as {@link RunIns} takes them. */
    private static final String MARKS = "-\u2013\u2014\u2022";

    /** Every language with phrase tables: a label or item mark needs none, an annex heading its language's words. */
    private static final Set<Language> ALL = PhraseBook.all().stream()
            .map(PhraseBook::language)
            .collect(java.util.stream.Collectors.toCollection(() -> java.util.EnumSet.noneOf(Language.class)));

    private RunInLines() {}

    /**
     * @param text the text
     * @return whether a line of the first {@value #LINES} is one a run-in stage cuts
     */
    static boolean found(CharSequence text) {
        String s = text.toString();
        int start = 0;
        int n = 0;
        String line = null;
        while (start <= s.length() && n <= LINES) {
            int e = s.indexOf('\n', start);
            int end = e < 0 ? s.length() : e;
            String next = s.substring(start, end > start && s.charAt(end - 1) == '\r' ? end - 1 : end);
            if (line != null && cut(line, next)) {
                return true;
            }
            line = next;
            n++;
            if (e < 0) {
                break;
            }
            start = e + 1;
        }
        return line != null && n <= LINES && cut(line, "");
    }

    /** Whether a run-in stage cuts the line, in the tables of a language a phrase in it may be of. */
    static boolean cut(String t, String next) {
        if (!prose(t)) {
            return false;
        }
        Set<Language> langs = candidates(t);
        if (langs.isEmpty()) {
            return false;
        }
        for (Language lang : langs) {
            PhraseBook book = PhraseBook.of(lang);
            if (!RunIns.cuts(t, book, Vocabulary.of(lang).words("ANNEX_HEADING"))
                            .isEmpty()
                    || TrailingHeadings.cut(t, next, book) >= 0
                    || TrailingHeadings.opensList(next) && GluedHeadings.spacedCut(t, book) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** The fewest words a line that runs paragraphs together holds. */
    private static final int WORDS = 15;

    /**
     * Whether a line reads as prose: at least {@value #WORDS} words of two letters or more, and
     * letters at least four in five of its characters other than spaces (a paragraph of a Word
     * extract; not a line of labels, marks and numbers).
     */
    static boolean prose(String t) {
        int letters = 0;
        int other = 0;
        int words = 0;
        int run = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (++run == 2) {
                    words++;
                }
            } else {
                run = 0;
                if (c != ' ' && c != '\t') {
                    other++;
                }
            }
        }
        return words >= WORDS && letters >= 4 * other;
    }

    /**
     * The languages to try a line in, by a cheap look at it: what every run-in cut needs (a
     * label after a semicolon, an item mark after a colon, capitals after a full stop, or a
     * phrase of some table after a comma or a full stop); empty when the line has none of them.
     */
    static Set<Language> candidates(String t) {
        int len = t.length();
        if (len < 20) {
            return Set.of();
        }
        Set<Language> out = null;
        boolean any = false;
        for (int i = 0; i + 2 < len; i++) {
            char c = t.charAt(i);
            if (c != ';' && c != ':' && c != ',' && c != '.') {
                continue;
            }
            char d = t.charAt(i + 1);
            int w = d == ' ' ? i + 2 : c == ',' && Character.isLowerCase(d) ? i + 1 : -1;
            if (w < 0) {
                continue;
            }
            char x = t.charAt(w);
            if (c == ';' && d == ' ') {
                any |= label(t, w);
            } else if (c == ':') {
                any |= MARKS.indexOf(x) >= 0 && w + 1 < len && t.charAt(w + 1) == ' ';
            } else if (c == '.' && Character.isUpperCase(x) && w + 1 < len && Character.isUpperCase(t.charAt(w + 1))) {
                any = true;
            } else if (Character.isLowerCase(x)) {
                Set<Language> opening = PhraseBook.languagesOpeningPrefix(t.subSequence(w, Math.min(len, w + 60)));
                if (!opening.isEmpty()) {
                    if (out == null) {
                        out = java.util.EnumSet.noneOf(Language.class);
                    }
                    out.addAll(opening);
                }
            }
        }
        if (out != null) {
            return out;
        }
        return any ? ALL : Set.of();
    }

    /** Whether a label may start at {@code i}: a digit, an opening bracket, or up to five letters and a closing one. */
    private static boolean label(String t, int i) {
        char x = t.charAt(i);
        if (Character.isDigit(x) || x == '(') {
            return true;
        }
        int k = i;
        while (k < t.length() && k - i < 5 && Character.isLetter(t.charAt(k))) {
            k++;
        }
        return k > i && k < t.length() && t.charAt(k) == ')';
    }
}

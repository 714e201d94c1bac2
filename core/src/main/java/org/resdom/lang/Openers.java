package org.resdom.lang;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The shapes of the words that open a preamble paragraph in one language when no phrase of the
 * table does: the {@code opener} entries of a phrase table. A shape is a word with {@code *}
 * standing for a stem ({@code *ing}, {@code *ant}, {@code *ясь}, {@code و*اً}, {@code *的是}):
 * at least three letters in an alphabetic script, two to six ideographs in Chinese. Classes:
 * {@code WORD} opens a paragraph alone ("Reiterating"), {@code ADVERB} opens one before a
 * {@code WORD} or an {@code AFTER} word ("Gravely concerned"), {@code NOT} lists the words of a
 * {@code WORD} shape that open none ("During", "Working Group"). Matched on the text lower-cased
 * one character at a time ({@link PhraseBook#normalize}), so that marks such as the Arabic
 * tanween, which the phrase folding drops, still count. Immutable and thread-safe.
 */
final class Openers {

    /** Characters looked at: an adverb and a participle fit, a line does not. */
    private static final int LOOK = 80;

    private static final String LETTER = "[\\p{L}\\p{M}]";
    private static final String HAN = "\\p{IsHan}";

    private final Pattern pattern;

    private Openers(Pattern pattern) {
        this.pattern = pattern;
    }

    /** No shapes: nothing opens. */
    static final Openers NONE = new Openers(null);

    /**
     * @param words the {@code WORD} shapes
     * @param adverbs the {@code ADVERB} shapes
     * @param after the {@code AFTER} shapes
     * @param not the {@code NOT} words
     * @param prefixes the table's {@code prefix} modifiers, as written, which may stand before an opener
     * @param where the table, for messages
     * @return the openers
     */
    static Openers of(
            List<String> words,
            List<String> adverbs,
            List<String> after,
            List<String> not,
            List<String> prefixes,
            String where) {
        if (words.isEmpty()) {
            if (!adverbs.isEmpty() || !after.isEmpty() || !not.isEmpty()) {
                throw new IllegalStateException(where + ": opener ADVERB, AFTER or NOT entries without a WORD");
            }
            return NONE;
        }
        // a word of the NOT list is no opener, even when a WORD shape fits it
        String word = (not.isEmpty() ? "" : "(?!" + alternation(not, where) + ")") + alternation(words, where);
        List<String> afterAll = new ArrayList<>(after);
        afterAll.addAll(words);
        List<String> pre = new ArrayList<>();
        for (String p : prefixes) {
            String n = PhraseBook.normalize(p);
            boolean han = Character.UnicodeScript.of(n.codePointBefore(n.length())) == Character.UnicodeScript.HAN;
            pre.add(Pattern.quote(n) + (han ? "" : "\\s+"));
        }
        String adverb = adverbs.isEmpty()
                ? ""
                : "(?:" + alternation(adverbs, where) + ")\\s+(?:" + alternation(afterAll, where) + ")|";
        String regex =
                "\\s*" + (pre.isEmpty() ? "" : "(?:" + String.join("|", pre) + "){0,2}") + "(?:" + adverb + word + ")";
        return new Openers(Pattern.compile(regex));
    }

    private static String alternation(List<String> shapes, String where) {
        List<String> parts = new ArrayList<>();
        for (String s : shapes) {
            parts.add(shape(PhraseBook.normalize(s), where));
        }
        return "(?:" + String.join("|", parts) + ")";
    }

    /** One shape as a regular expression: literal text, {@code *} a stem, ending at a word's end. */
    private static String shape(String s, String where) {
        if (s.isBlank() || s.indexOf(' ') >= 0 || s.indexOf("**") >= 0) {
            throw new IllegalStateException(where + ": an opener is one word, with at most one * per stem: " + s);
        }
        boolean han = s.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
        StringBuilder sb = new StringBuilder();
        int from = 0;
        for (int i = s.indexOf('*'); i >= 0; i = s.indexOf('*', from)) {
            if (i > from) {
                sb.append(Pattern.quote(s.substring(from, i)));
            }
            sb.append(han ? HAN + "{2,6}?" : LETTER + "{3,}?");
            from = i + 1;
        }
        if (from < s.length()) {
            sb.append(Pattern.quote(s.substring(from)));
        }
        // an alphabetic word ends where its letters end; ideographs are not spaced into words
        return sb + (han ? "" : "\\p{M}*(?!" + LETTER + ")");
    }

    /**
     * @param text the text
     * @return the end of the opener the text starts with (after leading spaces), if any
     */
    OptionalInt match(CharSequence text) {
        if (pattern == null) {
            return OptionalInt.empty();
        }
        String s = PhraseBook.normalize(text.length() > LOOK ? text.subSequence(0, LOOK) : text);
        Matcher m = pattern.matcher(s);
        if (!m.lookingAt()) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(m.end());
    }

    @Override
    public String toString() {
        return "Openers[" + (pattern == null ? "" : pattern.pattern()) + "]";
    }
}

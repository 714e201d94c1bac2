package org.resdom.io.layout;

import java.util.regex.Pattern;
import org.resdom.io.text.internal.Vocabulary;
import org.resdom.lang.PhraseBook;

/**
 * Stage 1, headings: whether a line is a document or annex heading
 * ({@code RESOLUTION 101 (REV. DUBAI, 2018)}, {@code ANNEX}, {@code Annex 2}) or the opening
 * formula before the document's text ("The Plenipotentiary Conference of the ITU (Dubai, 2018),"),
 * from the language's phrase tables. Looks at one line; the classifier decides where to ask.
 */
final class HeadingLines {

    private HeadingLines() {}

    /**
     * Whether a line is a document or annex heading: a heading word of the language's tables
     * ({@code DOC_HEADING} followed by a number, {@code ANNEX_HEADING}) written in capitals, or
     * an annex word ({@code ANNEX}, {@code APPENDIX}) with at most a short number and nothing
     * else; never a line that ends a sentence part.
     */
    static boolean heading(String t, Vocabulary vocab) {
        String s = LineClassifier.stripMarks(t);
        if (s.isEmpty() || s.length() > 200 || SentenceEnds.ENDS.indexOf(s.charAt(s.length() - 1)) >= 0) {
            return false;
        }
        String n = PhraseBook.normalize(s);
        if (n.length() != s.length()) {
            return false;
        }
        int e = vocab.match(n, 0, "DOC_HEADING");
        boolean doc = e > 0;
        if (e < 0) {
            e = vocab.match(n, 0, "ANNEX_HEADING");
        }
        String word = e > 0 ? s.substring(0, e) : "";
        boolean cased = !word.toUpperCase(java.util.Locale.ROOT).equals(word.toLowerCase(java.util.Locale.ROOT));
        if (e > 0 && cased && word.equals(word.toUpperCase(java.util.Locale.ROOT))) {
            return !doc
                    || e + 1 < s.length() && Character.isWhitespace(s.charAt(e)) && Character.isDigit(s.charAt(e + 1));
        }
        if (e > 0 && !cased && doc) {
            // a script without case: nothing but the number and a parenthesis, "قرار 71 (دبي، 2018)"
            return CASELESS_HEADING.matcher(s.substring(e)).matches();
        }
        int a = vocab.match(n, 0, "ANNEX");
        if (a < 0) {
            a = vocab.match(n, 0, "APPENDIX");
        }
        if (a <= 0) {
            return false;
        }
        String rest = s.substring(a).strip();
        return rest.length() <= 4 && rest.chars().allMatch(Character::isLetterOrDigit);
    }

    private static final Pattern CASELESS_HEADING =
            Pattern.compile("\\s+\\d{1,4}(?:/\\d{1,4})?\\s*(?:\\([^)]{1,60}\\))?");

    /** Whether a line is an opening formula: capitalised, names a body, ends with a comma. */
    static boolean formula(String t, Vocabulary vocab) {
        String s = LineClassifier.stripMarks(t);
        return s.length() > 10
                && s.length() < 240
                && Character.isUpperCase(s.charAt(0))
                && ",\u060c\uff0c".indexOf(s.charAt(s.length() - 1)) >= 0
                && vocab.bodyNamedInStems(PhraseBook.normalize(s)) != null;
    }
}

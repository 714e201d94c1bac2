package org.resdom.io.layout;

import java.util.List;

/**
 * Stage 2, wrap joining: puts the next line of a paragraph after the text before it — a word
 * broken at the line's end is one word again (its hyphen dropped or kept as {@link Hyphens} tells,
 * a soft hyphen always dropped, a space kept before "and"/"or" after a suspended compound), a slash
 * or en dash glued to a word joins the next word without a space, and ideographic text joins
 * without a space. Counts what it did to hyphens.
 */
final class WrapJoins {

    private final List<LayoutLine> lines;
    private final List<LineKind> kinds;
    private final int from;
    private final boolean ideographic;
    private final java.util.Set<String> conjunctions;
    private final java.util.function.BiPredicate<String, String> compound;
    private final int[] hyphens;
    private java.util.Map<String, Integer> words;
    private Boolean hyphenates;

    /**
     * @param ideographic whether the document is written in ideographs
     * @param conjunctions the language's words for "and" and "or", lower case
     * @param compound whether two words joined by a hyphen are a known compound of the language
     * @param hyphens where the counts go: {@code [dropped, kept, restored]}
     */
    WrapJoins(
            List<LayoutLine> lines,
            List<LineKind> kinds,
            int from,
            boolean ideographic,
            java.util.Set<String> conjunctions,
            java.util.function.BiPredicate<String, String> compound,
            int[] hyphens) {
        this.lines = lines;
        this.kinds = kinds;
        this.from = from;
        this.ideographic = ideographic;
        this.conjunctions = conjunctions;
        this.compound = compound;
        this.hyphens = hyphens;
    }

    /** Appends the line {@code t} to a paragraph's text {@code text}, the way the wrap between them asks. */
    void join(StringBuilder text, String t) {
        int e = text.length() - 1;
        if (e >= 0 && text.charAt(e) == '\u00ad') {
            text.setLength(e);
        } else if (e > 0
                && text.charAt(e) == '-'
                && Character.isLetter(text.charAt(e - 1))
                && !t.isEmpty()
                && Character.isLetter(t.charAt(0))) {
            // a word broken at the line's end is one word again, its hyphen kept unless the
            // document writes the word without it elsewhere ("develop-" + "ment")
            if (words == null) {
                words = Hyphens.words(lines, kinds, from);
                hyphenates = Hyphens.hyphenates(lines, kinds, from, words);
            }
            if (conjunctions.contains(firstWord(t))) {
                text.append(' '); // "burden-" + "and information-sharing": a suspended compound
                hyphens[1]++;
            } else if (Hyphens.dropHyphen(text, e, t, words, hyphenates, compound)) {
                text.setLength(e);
                hyphens[0]++;
            } else {
                hyphens[1]++;
            }
        } else if (e > 0
                && (text.charAt(e) == '/' || text.charAt(e) == '\u2013')
                && Character.isLetterOrDigit(text.charAt(e - 1))
                && !t.isEmpty()
                && Character.isLetterOrDigit(t.charAt(0))) {
            // a slash or an en dash glued to the word before it joins the next line's word
            // ("и/" + "или", "2022–" + "2024"): no space between them
        } else if (!(ideographic
                || e >= 0
                        && (Scripts.isIdeographic(text.charAt(e))
                                || !t.isEmpty() && Scripts.isIdeographic(t.charAt(0))))) {
            text.append(' ');
        }
        text.append(t);
    }

    /** @return the first word of a line, lower case */
    static String firstWord(String t) {
        int a = 0;
        while (a < t.length() && Character.isLetter(t.charAt(a))) {
            a++;
        }
        return a < t.length() && t.charAt(a) == '-' ? "" : t.substring(0, a).toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * Whether two wrapped lines of a footnote body are joined with a space: not where either
     * side is ideographic (nor anywhere in an ideographic document, as for its paragraphs), nor
     * after a slash or en dash glued to the word before it.
     */
    static boolean spaced(CharSequence before, String t) {
        int e = before.length() - 1;
        if (e < 0 || t.isEmpty()) {
            return e >= 0;
        }
        char b = before.charAt(e);
        if (Scripts.isIdeographic(b)
                || Scripts.isIdeographic(t.charAt(0))
                || "\u3001\u3002\uff0c\uff1b\uff1a".indexOf(b) >= 0) {
            return false;
        }
        return !(e > 0
                && (b == '/' || b == '\u2013')
                && Character.isLetterOrDigit(before.charAt(e - 1))
                && Character.isLetterOrDigit(t.charAt(0)));
    }
}

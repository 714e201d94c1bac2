package org.resdom.io.layout;

import java.util.regex.Pattern;

/**
 * Stage 2, paragraph starts: whether a line opens a new block or goes on with the one before it,
 * from the block's end, the line's kind, its case and what the layout says (a blank line, a page
 * break, a larger gap, an indent, italics). A sentence that has not ended goes on whatever the
 * next line looks like, unless the layout itself says a new paragraph begins.
 */
final class ParagraphStarts {

    private ParagraphStarts() {}

    /** A number alone before a space, with neither dot nor bracket: {@code 14 (…)}. */
    private static final Pattern BARE_NUMBER = Pattern.compile("\\d{1,3}[\\s\u00a0]");

    /** @return whether the line's first letter is lower case */
    static boolean lowerCase(String t) {
        String u = LineClassifier.stripMarks(t);
        return !u.isEmpty() && Character.isLowerCase(u.charAt(0));
    }

    /**
     * @param prevShort whether the line before was short of a full line
     * @return whether the line opens a new block after {@code cur}
     */
    static boolean startsNew(
            Unwrapper.Block cur,
            LineKind kind,
            String t,
            LayoutLine l,
            boolean blank,
            boolean pageBreak,
            float typicalGap,
            java.util.OptionalDouble prevX,
            boolean prevShort,
            boolean lowerPhrases,
            boolean spacedPhrases) {
        if (cur.head || kind == LineKind.HEADING || kind == LineKind.FORMULA) {
            return true;
        }
        if (kind != LineKind.LABELLED && LineClassifier.bareLabel(cur.text.toString())) {
            return false; // a label alone on its line: its text is this line
        }
        char end = SentenceEnds.last(cur.text);
        boolean ended = SentenceEnds.ENDS.indexOf(end) >= 0;
        LineKind k = kind;
        if (kind == LineKind.OPENER) {
            k = prevShort ? LineKind.PHRASE_START : LineKind.TEXT;
        } else if (kind == LineKind.ACTION_START) {
            k = SentenceEnds.CLAUSE_ENDS.indexOf(end) >= 0 && prevShort ? LineKind.PHRASE_START : LineKind.TEXT;
        } else if (kind == LineKind.PHRASE_GLUED) {
            k = !spacedPhrases || SentenceEnds.CLAUSE_ENDS.indexOf(end) >= 0 || prevShort
                    ? LineKind.PHRASE_START
                    : LineKind.TEXT;
        }
        String u = LineClassifier.stripMarks(t);
        char c = u.isEmpty() ? ' ' : u.charAt(0);
        // in a document that writes its phrases in lower case, a lower-case phrase is no sign of a wrap
        boolean lower = Character.isLowerCase(c) && !(lowerPhrases && k == LineKind.PHRASE_START);
        if (!ended) {
            // a sentence goes on: the next line is a continuation, whatever it looks like,
            // unless the layout itself says a new paragraph begins
            if (k == LineKind.PHRASE_HEAD && blank && !pageBreak) {
                return true;
            }
            if (!lower && blank && !pageBreak && l.x().isEmpty()) {
                return true;
            }
            return l.startsItalic() && !lower && !pageBreak;
        }
        if (k == LineKind.LABELLED
                && ",\u060c\uff0c".indexOf(end) >= 0
                && BARE_NUMBER.matcher(u).lookingAt()) {
            // a number with neither dot nor bracket after a comma goes on with a list of numbers
            // ("articles 7," + "14 (para. 3 (g)) and 6 of the Covenant"): no paragraph's label
            return false;
        }
        if (k == LineKind.LABELLED || k == LineKind.PHRASE_HEAD || k == LineKind.PHRASE_START) {
            return true;
        }
        if (l.startsItalic() && !SentenceEnds.afterInitial(cur.text)) {
            return true;
        }
        if (blank && !pageBreak) {
            return true;
        }
        if (!lower && prevShort && !pageBreak) {
            return true;
        }
        // the stages compute in float, as the PDF reader measures (a float is a double exactly)
        if (l.gapBefore().isPresent()
                && !Float.isNaN(typicalGap)
                && !pageBreak
                && (float) l.gapBefore().getAsDouble() > typicalGap * 1.35f) {
            return true;
        }
        if (l.x().isPresent()
                && prevX.isPresent()
                && (float) l.x().getAsDouble() > (float) prevX.getAsDouble() + 8
                && !lower) {
            return true;
        }
        return false;
    }
}

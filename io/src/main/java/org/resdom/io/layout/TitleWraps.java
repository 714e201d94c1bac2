package org.resdom.io.layout;

/**
 * Whether a title under a document or annex heading goes on on the next line. A PDF tells by
 * the font size: the line set in the title's size goes on with it. Text that lost the sizes
 * and indents but kept its pages ({@code pdftotext}) tells by the shape: the next line follows with no blank line between, ends
 * no sentence part, as a title does not, and is no longer than the title's first line (the rest
 * of a wrapped phrase: "… human exposure to electromagnetic" / "fields"). The caller has checked
 * that the line is plain text (no formula, phrase or label) and that the title ends no sentence part.
 */
final class TitleWraps {

    private TitleWraps() {}

    /**
     * @param title the title's first line
     * @param sofar the title as read so far
     * @param l the next line
     * @param t its text, stripped
     * @param blank whether a blank line stands between them
     * @return whether the line goes on with the title
     */
    static boolean goesOn(LayoutLine title, CharSequence sofar, LayoutLine l, String t, boolean blank) {
        if (l.fontSize().isPresent() || title.fontSize().isPresent()) {
            return l.fontSize().isPresent()
                    && title.fontSize().isPresent()
                    && Math.abs(l.fontSize().getAsDouble() - title.fontSize().getAsDouble()) < 0.1;
        }
        return !blank
                && l.page().isPresent()
                && l.x().isEmpty()
                && title.x().isEmpty()
                && !t.isEmpty()
                && SentenceEnds.ENDS.indexOf(SentenceEnds.last(t)) < 0
                && t.length() <= title.text().strip().length()
                && sofar.length() <= 2 * title.text().strip().length();
    }
}

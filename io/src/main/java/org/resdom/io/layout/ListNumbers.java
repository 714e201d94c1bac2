package org.resdom.io.layout;

/**
 * Stage 2, list numbers that come out apart from their text: a label alone on its line, or two
 * labels together on one line, as {@code pdftotext} gives the numbers of a browser's list. Each
 * waits for the next text in turn.
 */
final class ListNumbers {

    private ListNumbers() {}

    /**
     * @return where the second of two list numbers on one line begins ({@code "1. 2."}, {@code "(a) (b)"}),
     *     or -1 when the line is not two labels and nothing else
     */
    static int twoLabels(String t) {
        int sp = t.indexOf(' ');
        if (sp <= 0 || t.length() > 16) {
            return -1;
        }
        String a = t.substring(0, sp);
        String b = t.substring(sp).strip();
        return LineClassifier.bareLabel(a) && LineClassifier.bareLabel(b) ? sp : -1;
    }
}

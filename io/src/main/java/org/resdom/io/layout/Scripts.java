package org.resdom.io.layout;

import java.util.List;

/**
 * The script of a document: whether it is written in ideographs, whose lines are wrapped between
 * characters and joined without a space, and whether a character is one.
 */
final class Scripts {

    private Scripts() {}

    /**
     * Whether the document is written in ideographs (Chinese, Japanese), whose lines are wrapped
     * between characters rather than at spaces: more than half of the letters of its text lines
     * are ideographs or kana. Such lines are joined without a space.
     */
    static boolean ideographic(List<LayoutLine> lines, List<LineKind> kinds, int from) {
        long ideographs = 0;
        long letters = 0;
        for (int i = from; i < lines.size() && letters < 20_000; i++) {
            if (kinds.get(i).furniture() || kinds.get(i) == LineKind.BLANK) {
                continue;
            }
            String t = lines.get(i).text();
            for (int j = 0; j < t.length(); j++) {
                char c = t.charAt(j);
                if (c < 0x80) {
                    letters += (c | 0x20) >= 'a' && (c | 0x20) <= 'z' ? 1 : 0; // the ASCII letters, no ideograph
                } else if (Character.isLetter(c)) {
                    letters++;
                    if (isIdeographic(c)) {
                        ideographs++;
                    }
                }
            }
        }
        return letters > 0 && ideographs * 2 > letters;
    }

    /** @return whether the character is an ideograph, kana, or a CJK or full-width punctuation mark */
    static boolean isIdeographic(char c) {
        if (c < '\u2e80') {
            return false; // below the CJK radicals no character is an ideograph, kana or CJK mark (checked for all)
        }
        if (Character.isIdeographic(c) || c >= '\u3000' && c <= '\u30ff' || c >= '\uff01' && c <= '\uff60') {
            return true;
        }
        Character.UnicodeScript s = Character.UnicodeScript.of(c);
        return s == Character.UnicodeScript.HAN
                || s == Character.UnicodeScript.HIRAGANA
                || s == Character.UnicodeScript.KATAKANA;
    }
}

package org.resdom.io.layout;

import java.util.Optional;
import org.resdom.io.text.internal.Vocabulary;
import org.resdom.model.Language;

/**
 * Stage 0, the kind of input: whether a plain text was extracted from a PDF, a web page or Word
 * (and so is read for its structure by the layout stages) or written one paragraph a line.
 */
final class InputKinds {

    private static final Vocabulary ALL = Vocabulary.of(Language.UNDETERMINED);

    private InputKinds() {}

    /**
     * Tells whether a plain text looks extracted from a PDF, a web page or Word rather than
     * written one paragraph a line: form feeds between pages with page furniture, a UN adoption
     * line, job numbers with running heads,
     * bullets indented as a browser renders them, footnote rules inside lines, many lines
     * broken inside a sentence, or a line of prose that runs paragraphs together ({@link RunInLines}). Text with more than one control character in 200 (binary junk)
     * is never taken for extracted. Looks at the first {@code 4000} lines; cheap (one scan).
     *
     * @param text the text
     * @return {@code pdf-text}, {@code web-text}, {@code word-text} or {@code run-in-text}; empty for
     *     line-per-paragraph text
     */
    static Optional<String> of(CharSequence text) {
        int lines = 0;
        int bullets = 0;
        int jobs = 0;
        int symbols = 0;
        int notes = 0;
        int pageNumbers = 0;
        int formFeeds = 0;
        int controls = 0;
        long scanned = 0;
        int wraps = 0;
        int longLines = 0;
        boolean adopted = false;
        int start = 0;
        int prevLen = 0;
        char prevLast = ' ';
        int len = text.length();
        char[] a = new char[256]; // the current line, copied: every character of it is looked at
        while (start < len && lines < 4000) {
            int end = lineEnd(text, start);
            if (end - start > a.length) {
                a = new char[Math.max(end - start, 2 * a.length)];
            }
            copy(text, start, end, a);
            boolean rule = false; // five underscores in a row: what NoteBodies.INLINE_NOTE needs before it can match
            int run = 0;
            for (int k = 0; k < end - start; k++) {
                char c = a[k];
                if (c == '_') {
                    rule |= ++run >= 5;
                    continue;
                }
                run = 0;
                if (c >= 0x20 && c < 0x7f) {
                    continue; // printable ASCII: neither a form feed nor a control
                }
                if (c == '\f') {
                    formFeeds++;
                } else if (c < 0x20 && c != '\t' && c != '\r'
                        || c == '\ufffd'
                        || Character.isSurrogate(c)
                        || c >= 0x7f && c < 0xa0) {
                    controls++;
                }
            }
            scanned += end - start;
            int e = end > start && text.charAt(end - 1) == '\r' ? end - 1 : end;
            lines++;
            int s = start;
            while (s < e && (text.charAt(s) == ' ' || text.charAt(s) == '\t')) {
                s++;
            }
            if (s < e) {
                char c = text.charAt(s);
                if (s > start && s + 1 < e && "\u2022\u25aa\u25e6\u00b7".indexOf(c) >= 0) {
                    bullets++;
                }
                int n = e - s;
                if (n < 40) {
                    CharSequence t = text.subSequence(s, e);
                    if (LineClassifier.JOB.matcher(t).matches()) {
                        jobs++;
                    } else if (LineClassifier.SYMBOL.matcher(t).matches()) {
                        symbols++;
                    } else if (LineClassifier.PAGE.matcher(t).matches()) {
                        pageNumbers++;
                    }
                }
                if (!adopted
                        && n > 10
                        && n < 240
                        && Character.isLetter(c)
                        && Masthead.adoption(text.subSequence(s, e).toString(), ALL) != null) {
                    adopted = true; // an adoption line in any of the six languages, from the phrase tables
                }
                if (n > 10
                        && rule
                        && NoteBodies.INLINE_NOTE
                                .matcher(text.subSequence(s, e))
                                .find()) {
                    notes++;
                }
                if (prevLen >= 50) {
                    longLines++;
                    if (Character.isLetter(prevLast)
                            && Character.isLowerCase(c)
                            && LineClassifier.labelEnd(text.subSequence(s, Math.min(e, s + 20))
                                            .toString())
                                    < 0) {
                        wraps++;
                    }
                }
                prevLen = n;
                prevLast = text.charAt(e - 1);
            }
            start = end + 1;
        }
        if (controls * 200L > scanned) {
            return Optional.empty();
        }
        boolean wrapped = wraps >= 5 && wraps * 4 >= longLines;
        if (formFeeds > 0 && (jobs + symbols + pageNumbers > 0 || wraps >= 3)) {
            return Optional.of("pdf-text");
        }
        if (adopted || (jobs > 0 && symbols > 0) || wrapped) {
            return Optional.of("pdf-text");
        }
        if (bullets >= 2) {
            return Optional.of("web-text");
        }
        if (notes > 0) {
            return Optional.of("word-text");
        }
        return RunInLines.found(text) ? Optional.of(RunInLines.KIND) : Optional.empty();
    }

    /** @return the index of the first line feed at or after {@code start}, or the length */
    private static int lineEnd(CharSequence text, int start) {
        if (text instanceof String str) {
            int nl = str.indexOf('\n', start);
            return nl < 0 ? str.length() : nl;
        }
        int end = start;
        while (end < text.length() && text.charAt(end) != '\n') {
            end++;
        }
        return end;
    }

    private static void copy(CharSequence text, int start, int end, char[] to) {
        if (text instanceof String str) {
            str.getChars(start, end, to, 0);
        } else {
            for (int i = start; i < end; i++) {
                to[i - start] = text.charAt(i);
            }
        }
    }
}

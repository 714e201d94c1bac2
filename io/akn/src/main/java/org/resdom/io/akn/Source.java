package org.resdom.io.akn;

/**
 * The characters of a source a document was read from, as {@link TextSpans} looks texts up in
 * it: {@link SourceText} (the characters a {@link java.io.Reader} gave, kept as read) or
 * {@link Utf8Source} (UTF-8 bytes, read in place).
 */
interface Source extends CharSequence {

    /**
     * The first line break (CR or LF) at or after {@code from} and before {@code to}.
     *
     * @param from the first character looked at
     * @param to one past the last
     * @return its offset, or {@code to} if there is none
     */
    int lineBreak(int from, int to);
}

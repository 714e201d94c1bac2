package org.resdom.io.internal;

/** What XML 1.0 can carry, shared by the resdom XML and Akoma Ntoso writers. Not part of the API. */
public final class XmlCharacters {
    private XmlCharacters() {}

    /**
     * @param s a string
     * @param i an index into it
     * @return whether the UTF-16 code unit at {@code i} can stand in an XML 1.0 document: not a C0
     *         control other than TAB, LF and CR, not U+FFFE or U+FFFF, not half of a broken
     *         surrogate pair
     */
    public static boolean carriable(CharSequence s, int i) {
        char c = s.charAt(i);
        if (c < 0x20) {
            return c == '\t' || c == '\n' || c == '\r';
        }
        if (c == 0xFFFE || c == 0xFFFF) {
            return false;
        }
        if (Character.isHighSurrogate(c)) {
            return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
        }
        return true;
    }
}

package org.resdom.io.xml.bind;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The conventions for characters XML 1.0 cannot carry (C0 controls other than TAB, LF and CR,
 * U+FFFE, U+FFFF and lone surrogates).
 * <ul>
 * <li>In character data, each such UTF-16 code unit becomes a {@code <char code="1"/>} element
 * (hexadecimal, upper case).</li>
 * <li>In attribute values, which cannot hold elements, the backslash is the escape character:
 * {@code \\} is a backslash and {@code \}{@code uXXXX} a code unit (four upper-case hexadecimal
 * digits). Items of a list attribute ({@code numbers}) also escape whitespace this way.</li>
 * </ul>
 */
public final class XmlChars {
    private XmlChars() {}

    /**
     * @param s a string
     * @param i an index into it
     * @return whether the code unit at {@code i} can stand in an XML 1.0 document
     */
    public static boolean carriable(CharSequence s, int i) {
        return org.resdom.io.internal.XmlCharacters.carriable(s, i);
    }

    /**
     * Splits text into character data and {@link XChar} escapes.
     *
     * @param s the text
     * @param out receives strings and escapes; a string is joined to a string already at its end
     */
    public static void toMixed(String s, List<Object> out) {
        int from = 0;
        for (int i = 0; i < s.length(); i++) {
            if (!carriable(s, i)) {
                if (i > from) {
                    addText(s.substring(from, i), out);
                }
                XChar x = new XChar();
                x.code = Integer.toHexString(s.charAt(i)).toUpperCase(Locale.ROOT);
                out.add(x);
                from = i + 1;
            }
        }
        if (from < s.length()) {
            addText(s.substring(from), out);
        }
    }

    /**
     * Adds character data, joined to character data just before it: JAXB writes a space
     * between two strings of a mixed list, which would change the text.
     */
    private static void addText(String s, List<Object> out) {
        int last = out.size() - 1;
        if (last >= 0 && out.get(last) instanceof String before) {
            out.set(last, before + s);
        } else {
            out.add(s);
        }
    }

    /**
     * @param s text
     * @return mixed content for it
     */
    public static List<Object> toMixed(String s) {
        List<Object> out = new ArrayList<>();
        toMixed(s, out);
        return out;
    }

    /**
     * Escapes an attribute value.
     *
     * @param s the value
     * @param list whether it is an item of a list attribute (whitespace escaped too)
     * @return the escaped value
     */
    public static String escape(String s, boolean list) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String rep = null;
            if (c == '\\') {
                rep = "\\\\";
            } else if (!carriable(s, i) || (list && (c == ' ' || c == '\t' || c == '\n' || c == '\r'))) {
                rep = String.format(Locale.ROOT, "\\u%04X", (int) c);
            }
            if (rep != null && sb == null) {
                sb = new StringBuilder(s.length() + 8).append(s, 0, i);
            }
            if (sb != null) {
                if (rep != null) {
                    sb.append(rep);
                } else {
                    sb.append(c);
                }
            }
        }
        return sb == null ? s : sb.toString();
    }

    /**
     * Undoes {@link #escape(String, boolean)}. A backslash not followed by a backslash or a
     * {@code u} and four hexadecimal digits is kept as it is, and reported.
     *
     * @param s the escaped value
     * @param bad called with the offending position when an escape is malformed
     * @return the value
     */
    public static String unescape(String s, Runnable bad) {
        if (s.indexOf('\\') < 0) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\') {
                sb.append(c);
            } else if (i + 1 < s.length() && s.charAt(i + 1) == '\\') {
                sb.append('\\');
                i++;
            } else if (i + 1 < s.length() && s.charAt(i + 1) == 'u' && hex4(s, i + 2)) {
                sb.append((char) Integer.parseInt(s.substring(i + 2, i + 6), 16));
                i += 5;
            } else {
                bad.run();
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static boolean hex4(String s, int at) {
        if (at + 4 > s.length()) {
            return false;
        }
        for (int i = at; i < at + 4; i++) {
            if (Character.digit(s.charAt(i), 16) < 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * Parses a {@code <char>} code.
     *
     * @param code hexadecimal, one to four digits
     * @return the code unit, or -1 when the code is not valid
     */
    public static int code(String code) {
        if (code == null || code.isEmpty() || code.length() > 4) {
            return -1;
        }
        for (int i = 0; i < code.length(); i++) {
            if (Character.digit(code.charAt(i), 16) < 0) {
                return -1;
            }
        }
        return Integer.parseInt(code, 16);
    }
}

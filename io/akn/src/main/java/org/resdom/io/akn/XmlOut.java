package org.resdom.io.akn;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A small XML serializer with exact escaping: text keeps every character (CR as {@code &#13;}),
 * attribute values keep TAB, LF and CR as character references, so that a conforming parser
 * gives back exactly what was written. Block elements are indented; nothing is ever added
 * inside mixed content.
 *
 * <p>Characters XML 1.0 cannot carry (see {@link #carriable(CharSequence, int)}) are written
 * losslessly: in text as an empty {@code <inline name="resdomChar" title="U+0001"/>}; in
 * attribute values that come from the model ({@link #value(String, String)}) with the backslash
 * escape ({@code \\} and {@code \}{@code uXXXX}), but only in a document started with escapes
 * on. Without them, such a value throws {@link EscapesNeeded} and the writer starts again with
 * escapes on, so that documents without such characters are written exactly as before.
 */
final class XmlOut {

    /** A model value in an attribute holds a character XML 1.0 cannot carry, and escapes are off. */
    static final class EscapesNeeded extends RuntimeException {
        private static final long serialVersionUID = 1L;

        EscapesNeeded() {
            super("attribute escapes needed", null, false, false);
        }
    }

    private final StringBuilder sb;
    private final boolean escapes;
    private final Deque<Frame> stack = new ArrayDeque<>();
    private final int baseDepth;
    private boolean tagOpen;

    private static final class Frame {
        final String name;
        final boolean block;
        boolean blockChildren;
        boolean anyChildren;

        Frame(String name, boolean block) {
            this.name = name;
            this.block = block;
        }
    }

    XmlOut(StringBuilder sb, int baseDepth, boolean escapes) {
        this.sb = sb;
        this.baseDepth = baseDepth;
        this.escapes = escapes;
    }

    /**
     * @param s a string
     * @param i an index into it
     * @return whether the UTF-16 code unit at {@code i} can stand in an XML 1.0 document
     */
    static boolean carriable(CharSequence s, int i) {
        return org.resdom.io.internal.XmlCharacters.carriable(s, i);
    }

    /**
     * The attribute form of a model value: {@code \\} for a backslash, {@code \}{@code uXXXX}
     * (upper-case hexadecimal) for a code unit XML 1.0 cannot carry, anything else unchanged.
     */
    static String escapeValue(String s) {
        StringBuilder out = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                out.append("\\\\");
            } else if (!carriable(s, i)) {
                out.append(String.format(java.util.Locale.ROOT, "\\u%04X", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Opens an element on its own line (in element-only content). */
    XmlOut open(String name) {
        closeStartTag();
        Frame parent = stack.peek();
        if (parent != null) {
            parent.blockChildren = true;
            parent.anyChildren = true;
        }
        if (sb.length() > 0 || baseDepth > 0) {
            sb.append('\n');
        }
        indent(stack.size() + baseDepth);
        sb.append('<').append(name);
        stack.push(new Frame(name, true));
        tagOpen = true;
        return this;
    }

    /** Opens an element inside mixed content (no whitespace added). */
    XmlOut inline(String name) {
        closeStartTag();
        Frame parent = stack.peek();
        if (parent != null) {
            parent.anyChildren = true;
        }
        sb.append('<').append(name);
        stack.push(new Frame(name, false));
        tagOpen = true;
        return this;
    }

    XmlOut attr(String name, String value) {
        if (!tagOpen) {
            throw new IllegalStateException("no start tag open for attribute " + name);
        }
        sb.append(' ').append(name).append("=\"");
        escape(value, true);
        sb.append('"');
        return this;
    }

    /**
     * An attribute whose value comes from the model: escaped (see {@link #escapeValue(String)})
     * when this document uses escapes, else written as {@link #attr(String, String)} does.
     *
     * @throws EscapesNeeded when the value needs escapes and this document does not use them
     */
    XmlOut value(String name, String value) {
        if (escapes) {
            return attr(name, escapeValue(value));
        }
        for (int i = 0; i < value.length(); i++) {
            if (!carriable(value, i)) {
                throw new EscapesNeeded();
            }
        }
        return attr(name, value);
    }

    XmlOut text(String value) {
        if (value.isEmpty()) {
            return this;
        }
        closeStartTag();
        Frame parent = stack.peek();
        if (parent != null) {
            parent.anyChildren = true;
        }
        escape(value, false);
        return this;
    }

    XmlOut close() {
        Frame f = stack.pop();
        if (tagOpen) {
            sb.append("/>");
            tagOpen = false;
            return this;
        }
        if (f.blockChildren) {
            sb.append('\n');
            indent(stack.size() + baseDepth);
        }
        sb.append("</").append(f.name).append('>');
        return this;
    }

    /** Appends text already serialized by another {@code XmlOut}, as block children of the open element. */
    XmlOut raw(CharSequence serialized) {
        if (serialized.length() == 0) {
            return this;
        }
        closeStartTag();
        Frame parent = stack.peek();
        if (parent != null) {
            parent.blockChildren = true;
            parent.anyChildren = true;
        }
        sb.append(serialized);
        return this;
    }

    /**
     * Marks the open element as having block children written elsewhere (as {@link #raw} does,
     * without appending them): the caller puts them at the current end of the output.
     */
    XmlOut blockChildrenFollow() {
        closeStartTag();
        Frame parent = stack.peek();
        if (parent != null) {
            parent.blockChildren = true;
            parent.anyChildren = true;
        }
        return this;
    }

    int depth() {
        return stack.size() + baseDepth;
    }

    private void closeStartTag() {
        if (tagOpen) {
            sb.append('>');
            tagOpen = false;
        }
    }

    private void indent(int depth) {
        for (int i = 0; i < depth; i++) {
            sb.append("  ");
        }
    }

    /** Escapes in runs: characters that need nothing are appended in bulk, between those that do. */
    private void escape(String s, boolean attribute) {
        int n = s.length();
        int run = 0;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            String replacement;
            if (c > '>' && c < 0xD800) {
                continue;
            }
            switch (c) {
                case '&' -> replacement = "&amp;";
                case '<' -> replacement = "&lt;";
                case '>' -> replacement = "&gt;";
                case '"' -> replacement = attribute ? "&quot;" : null;
                case '\r' -> replacement = "&#13;";
                case '\t' -> replacement = attribute ? "&#9;" : null;
                case '\n' -> replacement = attribute ? "&#10;" : null;
                default -> {
                    if (carriable(s, i)) {
                        replacement = null;
                    } else if (attribute) {
                        throw new IllegalArgumentException(String.format(
                                java.util.Locale.ROOT, "Akoma Ntoso (XML 1.0) cannot carry the character U+%04X", (int)
                                        c));
                    } else {
                        replacement = "<inline name=\"" + Akn.NAME_CHAR + "\" title=\"" + Akn.charTitle(c) + "\"/>";
                    }
                }
            }
            if (replacement != null) {
                sb.append(s, run, i).append(replacement);
                run = i + 1;
            }
        }
        sb.append(s, run, n);
    }
}

package org.resdom.io.akn;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A small XML serializer with exact escaping: text keeps every character (CR as {@code &#13;}),
 * attribute values keep TAB, LF and CR as character references, so that a conforming parser
 * gives back exactly what was written. Block elements are indented; nothing is ever added
 * inside mixed content. Characters XML 1.0 cannot carry are refused.
 */
final class XmlOut {

    private final StringBuilder sb;
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

    XmlOut(StringBuilder sb, int baseDepth) {
        this.sb = sb;
        this.baseDepth = baseDepth;
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

    private void escape(String s, boolean attribute) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append(attribute ? "&quot;" : "\"");
                case '\r' -> sb.append("&#13;");
                case '\t' -> sb.append(attribute ? "&#9;" : "\t");
                case '\n' -> sb.append(attribute ? "&#10;" : "\n");
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                        sb.append(c).append(s.charAt(i + 1));
                        i++;
                    } else if (c < 0x20 || c == 0xFFFE || c == 0xFFFF || Character.isSurrogate(c)) {
                        throw new IllegalArgumentException(String.format(java.util.Locale.ROOT,
                                "Akoma Ntoso (XML 1.0) cannot carry the character U+%04X", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
    }
}

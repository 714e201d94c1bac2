package org.resdom.model;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.resdom.internal.Checks;
import org.resdom.internal.XmlNames;

/**
 * A markup element a reader does not know, kept whole rather than reduced to its text: its
 * name, its namespace when it is foreign to the format it was read from, its attributes in
 * document order, and its content (which may hold known inline content and further unknown
 * elements). A reader that produces one also reports a diagnostic. The writer of the format it
 * came from writes the element back; other writers write its content.
 *
 * <pre>{@code
 * // <akn:foo class="x">some <i>text</i></akn:foo> in an Akoma Ntoso file becomes
 * UnknownElement.of("foo", List.of(UnknownElement.Attribute.of("class", "x")), List.of(Text.of("some text")));
 * }</pre>
 *
 * <p>Names are XML names without a colon, as resdom's XML readers read them ({@link #isXmlName};
 * the prefix an input used is not kept: only the namespace is meaningful); namespaces hold only characters XML 1.0 can carry. No two
 * attributes share a namespace and a name.
 *
 * @param namespace the namespace URI when the element is foreign to the format that read it; empty when it belongs
 *     to that format's own vocabulary (Akoma Ntoso's, for an Akoma Ntoso file)
 * @param name the element's local name
 * @param attributes its attributes, in document order
 * @param content its content
 * @param span where it came from, if known; not part of {@code equals}
 */
public record UnknownElement(
        String namespace, String name, List<Attribute> attributes, List<Inline> content, Optional<SourceSpan> span)
        implements Inline {

    /**
     * One attribute of an unknown element.
     *
     * @param namespace the attribute's namespace URI, empty for an unqualified attribute (the usual case)
     * @param name its local name
     * @param value its value
     */
    public record Attribute(String namespace, String name, String value) {

        /** Checks for nulls, that the name is an XML name without a colon and that it is no namespace declaration. */
        public Attribute {
            checkNamespace(namespace);
            xmlName(name, "attribute name");
            Checks.notNull(value, "value");
            if (namespace.equals(XMLNS) || namespace.isEmpty() && name.equals("xmlns")) {
                throw new IllegalArgumentException("a namespace declaration is not an attribute: " + name);
            }
        }

        /**
         * An unqualified attribute.
         *
         * @param name its local name
         * @param value its value
         * @return the attribute
         */
        public static Attribute of(String name, String value) {
            return new Attribute("", name, value);
        }
    }

    /** The namespace of namespace declarations, which are not attributes. */
    private static final String XMLNS = "http://www.w3.org/2000/xmlns/";

    /** Checks for nulls, names and duplicate attributes, and copies lists. */
    public UnknownElement {
        checkNamespace(namespace);
        xmlName(name, "name");
        attributes = Checks.list(attributes, "attributes");
        content = Checks.inlines(content, "content");
        Checks.optional(span, "span");
        Set<String> seen = new HashSet<>();
        for (Attribute a : attributes) {
            if (!seen.add(a.namespace() + '\n' + a.name())) {
                throw new IllegalArgumentException("attribute " + a.name() + " given twice");
            }
        }
    }

    /**
     * An element of the reading format's own vocabulary, without a source span.
     *
     * @param name the element's local name
     * @param attributes its attributes
     * @param content its content
     * @return the node
     */
    public static UnknownElement of(String name, List<Attribute> attributes, List<Inline> content) {
        return new UnknownElement("", name, attributes, content, Optional.empty());
    }

    /**
     * An element of another vocabulary, without a source span.
     *
     * @param namespace the namespace URI (empty for the reading format's own)
     * @param name the element's local name
     * @param attributes its attributes
     * @param content its content
     * @return the node
     */
    public static UnknownElement of(String namespace, String name, List<Attribute> attributes, List<Inline> content) {
        return new UnknownElement(namespace, name, attributes, content, Optional.empty());
    }

    /** @return whether the element is foreign to the format it was read from (it has a namespace) */
    public boolean foreign() {
        return !namespace.isEmpty();
    }

    /**
     * @param value the new span
     * @return a copy with that span
     */
    public UnknownElement withSpan(Optional<SourceSpan> value) {
        return new UnknownElement(namespace, name, attributes, content, value);
    }

    /**
     * @param value the new content
     * @return a copy with that content
     */
    public UnknownElement withContent(List<Inline> value) {
        return new UnknownElement(namespace, name, attributes, value, span);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visitUnknownElement(this);
    }

    @Override
    public List<? extends Node> children() {
        return content;
    }

    /** Equal when everything but the span is equal. */
    @Override
    public boolean equals(Object other) {
        return other instanceof UnknownElement o
                && namespace.equals(o.namespace)
                && name.equals(o.name)
                && attributes.equals(o.attributes)
                && content.equals(o.content);
    }

    @Override
    public int hashCode() {
        return Objects.hash(namespace, name, attributes, content);
    }

    /**
     * @param s a string
     * @return whether it is an XML name without a colon (an NCName) as resdom's XML readers read
     *         names: by the rules of XML 1.0 before its fifth edition (no character outside the
     *         Basic Multilingual Plane), at most 1,000 characters
     */
    public static boolean isXmlName(String s) {
        return XmlNames.isNcName(s);
    }

    /** A namespace URI: any string XML 1.0 can carry (no control character but TAB, LF, CR; no lone surrogate). */
    private static String checkNamespace(String s) {
        Checks.notNull(s, "namespace");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ok = c >= 0x20 && c < 0xD800
                    || c == '\t'
                    || c == '\n'
                    || c == '\r'
                    || c >= 0xE000 && c <= 0xFFFD
                    || Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(++i));
            if (!ok) {
                throw new IllegalArgumentException(
                        String.format(java.util.Locale.ROOT, "a namespace cannot hold the character U+%04X", (int) c));
            }
        }
        return s;
    }

    private static String xmlName(String s, String what) {
        Checks.notNull(s, what);
        if (!isXmlName(s)) {
            throw new IllegalArgumentException(what + " is not an XML name without a colon: " + s);
        }
        return s;
    }
}

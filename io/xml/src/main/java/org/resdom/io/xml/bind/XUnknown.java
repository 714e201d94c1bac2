package org.resdom.io.xml.bind;

import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code <unknown>}: an element another format's reader did not know, kept whole: its name and
 * foreign namespace as attributes, its attributes as {@code <attribute>} children, then its
 * {@code <content>}.
 */
@XmlRootElement(name = "unknown")
@XmlType(propOrder = {"attributes", "content"})
public class XUnknown extends XNode {
    /** The namespace URI, absent when the element belongs to the vocabulary of the format that read it. */
    @XmlAttribute
    public String namespace;
    /** The element's local name. */
    @XmlAttribute
    public String name;
    /** Its attributes, in order. */
    @XmlElement(name = "attribute")
    public List<XAttribute> attributes = new ArrayList<>();
    /** Its content. */
    @XmlElement(name = "content")
    public XInlines content;

    /** {@code <attribute>}: one attribute of an unknown element. */
    public static class XAttribute {
        /** The attribute's namespace URI, absent for an unqualified attribute. */
        @XmlAttribute
        public String namespace;
        /** Its local name. */
        @XmlAttribute
        public String name;
        /** Its value (escaped as short strings are). */
        @XmlAttribute
        public String value;
    }
}

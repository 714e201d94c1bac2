package org.resdom.io.xml.bind;

import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;
import java.util.ArrayList;
import java.util.List;

/** {@code <preamble>} or {@code <operative>}: a section. */
@XmlType(propOrder = {"phrase", "paragraphs"})
public class XSection extends XNode {
    /** Whether the first paragraph runs in. */
    @XmlAttribute
    public String runIn;
    /** The phrase (required for a preamble section). */
    @XmlElement
    public XPhrase phrase;
    /** The paragraphs. */
    @XmlElement(name = "paragraph")
    public List<XParagraph> paragraphs = new ArrayList<>();
}

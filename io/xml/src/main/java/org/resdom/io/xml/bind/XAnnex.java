package org.resdom.io.xml.bind;

import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;
import java.util.ArrayList;
import java.util.List;

/** {@code <annex>}. */
@XmlType(propOrder = {"heading", "title", "paragraphs"})
public class XAnnex extends XNode {
    /** The number, escaped. */
    @XmlAttribute
    public String number;
    /** The heading. */
    @XmlElement
    public XText heading;
    /** The title. */
    @XmlElement
    public XText title;
    /** The paragraphs. */
    @XmlElement(name = "paragraph")
    public List<XParagraph> paragraphs = new ArrayList<>();
}

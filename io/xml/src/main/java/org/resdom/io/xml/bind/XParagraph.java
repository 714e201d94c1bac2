package org.resdom.io.xml.bind;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;
import java.util.ArrayList;
import java.util.List;

/** {@code <paragraph>}. */
@XmlType(propOrder = {"anchors", "label", "content", "items", "wrapUp"})
public class XParagraph extends XNode {
    /** Anchors before the label. */
    @XmlElement(name = "anchor")
    public List<XAnchor> anchors = new ArrayList<>();
    /** The label. */
    @XmlElement
    public XLabel label;
    /** The content. */
    @XmlElement
    public XInlines content;
    /** Sub-items. */
    @XmlElement(name = "paragraph")
    public List<XParagraph> items = new ArrayList<>();
    /** Text after the items. */
    @XmlElement
    public XInlines wrapUp;
}

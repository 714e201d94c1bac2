package org.resdom.io.xml.bind;

import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlRootElement;

/** {@code <anchor name="_Toc1"/>}: a bookmark. */
@XmlRootElement(name = "anchor")
public class XAnchor extends XNode {
    /** The name. */
    @XmlAttribute
    public String name;
}

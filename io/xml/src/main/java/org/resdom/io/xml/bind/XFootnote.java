package org.resdom.io.xml.bind;

import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlRootElement;

/** {@code <footnote marker="1">}: a footnote's body. */
@XmlRootElement(name = "footnote")
public class XFootnote extends XInlines {
    /** The marker. */
    @XmlAttribute
    public String marker;
}

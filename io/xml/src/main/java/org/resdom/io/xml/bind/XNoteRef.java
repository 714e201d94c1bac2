package org.resdom.io.xml.bind;

import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlRootElement;

/** {@code <noteRef marker="1"/>}: a footnote's call-out. */
@XmlRootElement(name = "noteRef")
public class XNoteRef extends XNode {
    /** The marker. */
    @XmlAttribute
    public String marker;
}

package org.resdom.io.xml.bind;

import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlRootElement;

/** {@code <unDocumentCitation>}: a cited United Nations document symbol. */
@XmlRootElement(name = "unDocumentCitation")
public class XUnDocumentCitation extends XText {
    /** The symbol. */
    @XmlAttribute
    public String symbol;
    /** The link, if any. */
    @XmlAttribute
    public String target;
}

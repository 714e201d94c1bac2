package org.resdom.io.xml.bind;

import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlRootElement;

/** {@code <provisionCitation>}: a cited provision of the Constitution or Convention. */
@XmlRootElement(name = "provisionCitation")
public class XProvisionCitation extends XText {
    /** {@code constitution} or {@code convention}. */
    @XmlAttribute
    public String instrument;
    /** The article, if any. */
    @XmlAttribute
    public String article;
    /** The number, if any. */
    @XmlAttribute
    public String number;
    /** The paragraph, if any. */
    @XmlAttribute
    public String paragraph;
}

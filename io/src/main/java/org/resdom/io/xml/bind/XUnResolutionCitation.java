package org.resdom.io.xml.bind;

import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlRootElement;

/** {@code <unResolutionCitation>}: a cited United Nations resolution. */
@XmlRootElement(name = "unResolutionCitation")
public class XUnResolutionCitation extends XText {
    /** Body code. */
    @XmlAttribute public String body;
    /** The number. */
    @XmlAttribute public String number;
}

package org.resdom.io.xml.bind;

import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlRootElement;

/** {@code <unResolutionCitation>}: a cited United Nations resolution or decision. */
@XmlRootElement(name = "unResolutionCitation")
public class XUnResolutionCitation extends XText {
    /** Body code. */
    @XmlAttribute
    public String body;
    /** Document kind code; absent for a resolution. */
    @XmlAttribute
    public String document;
    /** The number. */
    @XmlAttribute
    public String number;
    /** The link, if any. */
    @XmlAttribute
    public String target;
}

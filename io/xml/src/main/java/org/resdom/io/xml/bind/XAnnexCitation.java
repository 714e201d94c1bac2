package org.resdom.io.xml.bind;

import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlRootElement;

/** {@code <annexCitation>}: a cited annex or appendix of this document. */
@XmlRootElement(name = "annexCitation")
public class XAnnexCitation extends XText {
    /** The annex, if any. */
    @XmlAttribute
    public String annex;
    /** The appendix, if any. */
    @XmlAttribute
    public String appendix;
}

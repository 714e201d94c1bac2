package org.resdom.io.xml.bind;

import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlRootElement;

/** {@code <instrumentCitation>}: a cited resolution, decision, recommendation or opinion. */
@XmlRootElement(name = "instrumentCitation")
public class XInstrumentCitation extends XText {
    /** Document kind code. */
    @XmlAttribute
    public String document;
    /** Body code, if any. */
    @XmlAttribute
    public String body;
    /** Space-separated, escaped numbers. */
    @XmlAttribute
    public String numbers;
    /** {@code adopted} or {@code revised}, if a revision is cited. */
    @XmlAttribute
    public String revision;
    /** The revision's place. */
    @XmlAttribute
    public String place;
    /** The revision's year. */
    @XmlAttribute
    public String year;
    /** Brackets code. */
    @XmlAttribute
    public String brackets;
}

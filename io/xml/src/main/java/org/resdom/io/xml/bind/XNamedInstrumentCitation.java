package org.resdom.io.xml.bind;

import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlRootElement;

/** {@code <namedInstrumentCitation>}: an instrument cited by its name. */
@XmlRootElement(name = "namedInstrumentCitation")
public class XNamedInstrumentCitation extends XText {
    /** The instrument's key. */
    @XmlAttribute
    public String instrument;
}

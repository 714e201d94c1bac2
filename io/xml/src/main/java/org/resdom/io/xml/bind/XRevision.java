package org.resdom.io.xml.bind;

import jakarta.xml.bind.annotation.XmlAttribute;

/** {@code <revision revised="true" place="Dubai" year="2018"/>}. */
public class XRevision {
    /** {@code true} for a revision, {@code false} for the original adoption. */
    @XmlAttribute
    public String revised;
    /** The place, escaped. */
    @XmlAttribute
    public String place;
    /** The year. */
    @XmlAttribute
    public String year;
}

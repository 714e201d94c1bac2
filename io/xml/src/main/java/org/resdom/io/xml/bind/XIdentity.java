package org.resdom.io.xml.bind;

import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;
import java.util.ArrayList;
import java.util.List;

/** {@code <identity>}. */
@XmlType(propOrder = {"heading", "title", "history"})
public class XIdentity {
    /** Body code. */
    @XmlAttribute
    public String body;
    /** Document kind code. */
    @XmlAttribute
    public String kind;
    /** Number, escaped. */
    @XmlAttribute
    public String number;
    /** Language code. */
    @XmlAttribute
    public String language;
    /** Heading. */
    @XmlElement
    public XText heading;
    /** Title. */
    @XmlElement
    public XText title;
    /** Adoption and revisions. */
    @XmlElement(name = "revision")
    public List<XRevision> history = new ArrayList<>();
}

package org.resdom.io.xml.bind;

import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;
import java.util.ArrayList;
import java.util.List;

/** {@code <resolution>}: the root. */
@XmlRootElement(name = "resolution")
@XmlType(propOrder = {"identity", "formula", "preamble", "operative", "annexes", "metadata"})
public class XResolution extends XNode {
    /** The vocabulary's version, {@code 1}. */
    @XmlAttribute
    public String version;
    /** The identity. */
    @XmlElement
    public XIdentity identity;
    /** The opening formula. */
    @XmlElement
    public XInlines formula;
    /** Preamble sections. */
    @XmlElement(name = "preamble")
    public List<XSection> preamble = new ArrayList<>();
    /** Operative sections. */
    @XmlElement(name = "operative")
    public List<XSection> operative = new ArrayList<>();
    /** Annexes. */
    @XmlElement(name = "annex")
    public List<XAnnex> annexes = new ArrayList<>();
    /** Metadata. */
    @XmlElement
    public XMetadata metadata;
}

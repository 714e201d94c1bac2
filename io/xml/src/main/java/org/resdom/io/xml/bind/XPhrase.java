package org.resdom.io.xml.bind;

import jakarta.xml.bind.annotation.XmlAttribute;

/** {@code <phrase>}: a section's phrase as written, with its classification. */
public class XPhrase extends XText {
    /** Preamble kind (camel case), for preamble phrases. */
    @XmlAttribute
    public String kind;
    /** Action kind (camel case), for operative phrases. */
    @XmlAttribute
    public String action;
    /** Qualifier, escaped. */
    @XmlAttribute
    public String qualifier;
    /** Addressee, escaped. */
    @XmlAttribute
    public String addressee;
}

package org.resdom.io.xml.bind;

import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlTransient;

/** Attributes every element for a model node may carry: its element id and its source span. */
@XmlTransient
public abstract class XNode {
    /** The element id (informational: recomputed from the structure on read). */
    @XmlAttribute
    public String id;
    /** Span: first UTF-16 offset. */
    @XmlAttribute
    public String start;
    /** Span: offset one past the end. */
    @XmlAttribute
    public String end;
    /** Span: 1-based line. */
    @XmlAttribute
    public String line;
    /** Span: 1-based column. */
    @XmlAttribute
    public String column;
}

package org.resdom.io.xml.bind;

import jakarta.xml.bind.annotation.XmlAttribute;

/** {@code <label text="a)" style="letter" value="a" separator="&#9;"/>}. */
public class XLabel {
    /** The label as written, escaped. */
    @XmlAttribute
    public String text;
    /** The style code. */
    @XmlAttribute
    public String style;
    /** The value, escaped. */
    @XmlAttribute
    public String value;
    /** The suffix, escaped. */
    @XmlAttribute
    public String suffix;
    /** The whitespace after the label, escaped. */
    @XmlAttribute
    public String separator;
}

package org.resdom.io.xml.bind;

import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlRootElement;

/** {@code <char code="1"/>}: a UTF-16 code unit XML 1.0 cannot carry, in hexadecimal. */
@XmlRootElement(name = "char")
public class XChar {
    /** The code unit in hexadecimal, such as {@code 1} or {@code FFFE}. */
    @XmlAttribute
    public String code;
}

package org.resdom.io.xml.bind;

import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlRootElement;

/** {@code <ins>}: Inserted text, with the change's author, date and move name when known. */
@XmlRootElement(name = "ins")
public class XIns extends XInlines {
    /** Who made the change. */
    @XmlAttribute
    public String author;
    /** When (ISO 8601 as written). */
    @XmlAttribute
    public String date;
    /** The name of the move it belongs to. */
    @XmlAttribute
    public String move;
}

package org.resdom.io.xml.bind;

import jakarta.xml.bind.annotation.XmlRootElement;

/** {@code <ins>}: Inserted text. */
@XmlRootElement(name = "ins")
public class XIns extends XInlines {
}

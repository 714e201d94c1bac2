package org.resdom.io.xml.bind;

import jakarta.xml.bind.annotation.XmlRootElement;

/** {@code <del>}: Deleted text. */
@XmlRootElement(name = "del")
public class XDel extends XInlines {
}

package org.resdom.io.xml.bind;

import jakarta.xml.bind.annotation.XmlRootElement;

/** {@code <unrecognized>}: text a reader could not place. */
@XmlRootElement(name = "unrecognized")
public class XUnrecognized extends XText {}

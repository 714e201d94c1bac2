package org.resdom.io.xml.bind;

import jakarta.xml.bind.annotation.XmlRootElement;

/** {@code <otherCitation>}: a citation not typed further. */
@XmlRootElement(name = "otherCitation")
public class XOtherCitation extends XText {}

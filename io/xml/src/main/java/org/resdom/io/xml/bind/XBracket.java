package org.resdom.io.xml.bind;

import jakarta.xml.bind.annotation.XmlRootElement;

/** {@code <bracket>}: Text in square brackets. */
@XmlRootElement(name = "bracket")
public class XBracket extends XInlines {}

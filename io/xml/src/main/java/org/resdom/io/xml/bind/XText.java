package org.resdom.io.xml.bind;

import jakarta.xml.bind.annotation.XmlElementRef;
import jakarta.xml.bind.annotation.XmlMixed;
import java.util.ArrayList;
import java.util.List;

/** Text content: character data and {@code <char>} escapes. */
public class XText extends XNode {
    /** Strings and {@link XChar}s, in order. */
    @XmlMixed
    @XmlElementRef(type = XChar.class)
    public List<Object> content = new ArrayList<>();
}

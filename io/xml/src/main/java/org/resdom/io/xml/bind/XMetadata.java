package org.resdom.io.xml.bind;

import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import java.util.ArrayList;
import java.util.List;

/** {@code <metadata>}: entries sorted by key. */
public class XMetadata {
    /** The entries. */
    @XmlElement(name = "entry")
    public List<Entry> entries = new ArrayList<>();

    /** {@code <entry key="…">value</entry>}. */
    public static class Entry extends XText {
        /** The key, escaped. */
        @XmlAttribute
        public String key;
    }
}

package org.resdom.io.xml.bind;

import jakarta.xml.bind.annotation.XmlAnyElement;
import jakarta.xml.bind.annotation.XmlElementRef;
import jakarta.xml.bind.annotation.XmlElementRefs;
import jakarta.xml.bind.annotation.XmlMixed;
import java.util.ArrayList;
import java.util.List;

/** Inline content: character data, {@code <char>} escapes and inline elements. */
public class XInlines extends XNode {
    /** Strings, {@link XChar}s, inline elements, and DOM elements for unknown ones. */
    @XmlMixed
    @XmlElementRefs({
        @XmlElementRef(type = XChar.class),
        @XmlElementRef(type = XAnchor.class),
        @XmlElementRef(type = XNoteRef.class),
        @XmlElementRef(type = XFootnote.class),
        @XmlElementRef(type = XIns.class),
        @XmlElementRef(type = XDel.class),
        @XmlElementRef(type = XBracket.class),
        @XmlElementRef(type = XUnrecognized.class),
        @XmlElementRef(type = XUnknown.class),
        @XmlElementRef(type = XInstrumentCitation.class),
        @XmlElementRef(type = XUnResolutionCitation.class),
        @XmlElementRef(type = XUnDocumentCitation.class),
        @XmlElementRef(type = XNamedInstrumentCitation.class),
        @XmlElementRef(type = XProvisionCitation.class),
        @XmlElementRef(type = XAnnexCitation.class),
        @XmlElementRef(type = XOtherCitation.class)
    })
    @XmlAnyElement
    public List<Object> content = new ArrayList<>();
}

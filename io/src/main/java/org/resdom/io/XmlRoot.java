package org.resdom.io;

import java.io.StringReader;
import java.util.Optional;
import javax.xml.namespace.QName;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The root element of an XML text, found by a streaming peek, for format detection
 * ({@link FormatProvider#sniff}). The peek resolves no DTD and no entity and stops at the root's
 * start tag, so a prolog of any length (comments, processing instructions) is skipped and
 * nothing in a comment counts.
 *
 * <pre>{@code
 * boolean akn = XmlRoot.of(text).filter(q -> q.getLocalPart().equals("akomaNtoso")).isPresent();
 * }</pre>
 */
public final class XmlRoot {

    /** How many characters of a prolog are read at most, looking for the root. */
    private static final int MAX_PROLOG = 16 * 1024 * 1024;

    private static final XMLInputFactory FACTORY = factory();

    private XmlRoot() {}

    private static XMLInputFactory factory() {
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        return org.resdom.io.internal.XmlNameLimit.apply(f);
    }

    /**
     * @param text an XML text, or at least its start up to the root element
     * @return the root element's namespace (empty for none) and local name; empty when the text
     *         is not well-formed XML before its root
     */
    public static Optional<QName> of(String text) {
        java.util.Objects.requireNonNull(text, "text must not be null");
        String h = text.startsWith("\uFEFF") ? text.substring(1) : text;
        h = h.stripLeading();
        if (!h.startsWith("<")) {
            return Optional.empty();
        }
        XMLStreamReader r = null;
        try {
            r = FACTORY.createXMLStreamReader(
                    new StringReader(h.length() > MAX_PROLOG ? h.substring(0, MAX_PROLOG) : h));
            while (r.hasNext()) {
                if (r.next() == XMLStreamConstants.START_ELEMENT) {
                    String ns = r.getNamespaceURI();
                    return Optional.of(new QName(ns == null ? "" : ns, r.getLocalName()));
                }
            }
            return Optional.empty();
        } catch (XMLStreamException | RuntimeException e) {
            // not well-formed before the root: the reader of the chosen format says why
            return Optional.empty();
        } finally {
            if (r != null) {
                try {
                    r.close();
                } catch (XMLStreamException ignored) {
                    // nothing was held
                }
            }
        }
    }
}

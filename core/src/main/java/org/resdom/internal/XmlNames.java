package org.resdom.internal;

import java.io.StringReader;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Which strings are XML names without a colon, as the JDK's XML parser reads them (the parser
 * every resdom XML and Akoma Ntoso reader uses): its rules are those of XML 1.0 before the fifth
 * edition (no name character outside the Basic Multilingual Plane), and it reads names of at most
 * {@value #MAX_LENGTH} characters. Not part of the API.
 */
public final class XmlNames {

    /** The longest name the readers read (the io module's {@code XmlNameLimit.MAX}). */
    public static final int MAX_LENGTH = 1000;

    private static final XMLInputFactory FACTORY = factory();

    private XmlNames() {}

    private static XMLInputFactory factory() {
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, false);
        return f;
    }

    /**
     * @param s a string
     * @return whether an XML reader reads it as an element or attribute name without a colon
     */
    public static boolean isNcName(String s) {
        if (s == null || s.isEmpty() || s.length() > MAX_LENGTH || s.indexOf(':') >= 0) {
            return false;
        }
        boolean ascii = true;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean start = c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c == '_';
            boolean rest = start || c >= '0' && c <= '9' || c == '-' || c == '.';
            if (c >= 0x80) {
                ascii = false;
            } else if (i == 0 ? !start : !rest) {
                return false;
            }
        }
        return ascii || parses(s);
    }

    /** Asks the parser: a name beyond ASCII is a name when {@code <name/>} is well-formed. */
    private static boolean parses(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '<' || c == '>' || c == '/' || c == '&' || c == '=' || c == '"' || c == '\'' || c <= ' ') {
                return false;
            }
        }
        try {
            XMLStreamReader r = FACTORY.createXMLStreamReader(new StringReader("<" + s + "/>"));
            try {
                while (r.hasNext()) {
                    if (r.next() == XMLStreamConstants.START_ELEMENT) {
                        return s.equals(r.getLocalName());
                    }
                }
                return false;
            } finally {
                r.close();
            }
        } catch (XMLStreamException | RuntimeException e) {
            return false;
        }
    }
}

package org.resdom.io.internal;

import javax.xml.stream.XMLInputFactory;

/**
 * The longest element, attribute or namespace-prefix name the XML and Akoma Ntoso readers
 * accept: {@value #MAX} characters. resdom sets it on every parser it makes, so that it does
 * not depend on the {@code jdk.xml.maxXMLNameLimit} system property, and says it in the message
 * for a longer name ({@link XmlMessages#parserLimit(String)}).
 */
public final class XmlNameLimit {

    /** The most characters in one XML name: {@value}. */
    public static final int MAX = 1000;

    private XmlNameLimit() {}

    /**
     * Sets the limit on a StAX factory (the JDK's own parser honours it; another parser keeps its own).
     *
     * @param f the factory, before any reader is made from it
     * @return the factory
     */
    public static XMLInputFactory apply(XMLInputFactory f) {
        try {
            f.setProperty("jdk.xml.maxXMLNameLimit", Integer.toString(MAX));
        } catch (IllegalArgumentException e) {
            // not the JDK's parser: it has its own limit, and its own message
        }
        return f;
    }
}

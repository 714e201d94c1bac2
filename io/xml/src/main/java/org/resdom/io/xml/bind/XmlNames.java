package org.resdom.io.xml.bind;

/** Names of the vocabulary. */
public final class XmlNames {
    /** The namespace of resdom XML, version 1. */
    public static final String NS = "urn:resdom:xml:1";
    /** The version written in the root's {@code version} attribute. */
    public static final String VERSION = "1";
    /** The root element's local name. */
    public static final String ROOT = "resolution";

    private XmlNames() {}
}

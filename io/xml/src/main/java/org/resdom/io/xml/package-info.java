/**
 * Reading and writing resdom XML, the vocabulary {@code urn:resdom:xml:1} described by the
 * schema {@code org/resdom/io/xml/resdom.xsd} shipped in this module (see
 * {@code docs/xml-format.md}). Round trips are exact, including characters XML 1.0 cannot
 * carry; reading refuses DTDs and enforces {@link org.resdom.io.ReadLimits}.
 *
 * <pre>{@code
 * String xml = XmlResolutionWriter.builder().pretty(true).spans(false).build().write(resolution);
 * ReadResult back = XmlResolutionReader.create().read(xml);
 * back.resolution().equals(resolution);   // true
 * back.diagnostics();                      // XML-… codes with line:column, if anything was wrong
 * }</pre>
 */
package org.resdom.io.xml;

/**
 * Jakarta XML Binding classes of the resdom XML vocabulary ({@code urn:resdom:xml:1}), and the
 * hand-written mapping between them and the model's records. Not exported: JAXB cannot bind
 * records, and none of its constraints may leak into the model. Every attribute is bound as a
 * string and parsed by {@link org.resdom.io.xml.bind.FromXml}, so that a bad value becomes a
 * diagnostic rather than a silent {@code null}.
 */
@XmlSchema(
        namespace = XmlNames.NS,
        elementFormDefault = XmlNsForm.QUALIFIED,
        xmlns = @XmlNs(prefix = "", namespaceURI = XmlNames.NS))
@XmlAccessorType(XmlAccessType.FIELD)
package org.resdom.io.xml.bind;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlNs;
import jakarta.xml.bind.annotation.XmlNsForm;
import jakarta.xml.bind.annotation.XmlSchema;

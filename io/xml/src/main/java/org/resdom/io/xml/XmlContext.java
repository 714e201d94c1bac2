package org.resdom.io.xml;

import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.resdom.io.xml.bind.XResolution;
import org.xml.sax.SAXException;

/** The JAXB context and the schema, created once (both are thread-safe). */
final class XmlContext {
    /** Where the schema is, on the class path. */
    static final String XSD = "/org/resdom/io/xml/resdom.xsd";

    private XmlContext() {}

    private static final class Holder {
        static final JAXBContext CONTEXT = create();
        static final Schema SCHEMA = schema();

        private static JAXBContext create() {
            try {
                return JAXBContext.newInstance(XResolution.class);
            } catch (JAXBException e) {
                throw new IllegalStateException("cannot create the JAXB context: " + e, e);
            }
        }

        private static Schema schema() {
            URL url = XmlContext.class.getResource(XSD);
            if (url == null) {
                throw new IllegalStateException("missing resource " + XSD);
            }
            try (InputStream in = url.openStream()) {
                SchemaFactory f = SchemaFactory.newDefaultInstance();
                f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
                f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
                f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
                return f.newSchema(new StreamSource(in, url.toString()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (SAXException e) {
                throw new IllegalStateException("cannot load " + XSD + ": " + e, e);
            }
        }
    }

    static JAXBContext context() {
        return Holder.CONTEXT;
    }

    static Schema schema() {
        return Holder.SCHEMA;
    }
}

package org.resdom.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.w3c.dom.ls.LSInput;
import org.w3c.dom.ls.LSResourceResolver;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The official Akoma Ntoso 3.0 schema, loaded from the classpath (never the network): the
 * resolver serves {@code ./xml.xsd} from the same folder and refuses anything else.
 */
public final class AknSchema {

    private static final String FOLDER = "/org/resdom/io/akn/";
    private static final Schema SCHEMA = load();

    private AknSchema() {}

    private static Schema load() {
        try {
            SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            f.setResourceResolver(new Resolver());
            f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            StreamSource main = new StreamSource(
                    AknSchema.class.getResourceAsStream(FOLDER + "akomantoso30.xsd"),
                    "classpath:" + FOLDER + "akomantoso30.xsd");
            return f.newSchema(main);
        } catch (SAXException e) {
            throw new IllegalStateException(e);
        }
    }

    /** @return the schema errors of a document (empty when valid) */
    public static List<String> errors(String xml) {
        List<String> errors = new ArrayList<>();
        Validator v = SCHEMA.newValidator();
        try {
            v.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            v.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            v.setErrorHandler(new ErrorHandler() {
                @Override
                public void warning(SAXParseException e) {}

                @Override
                public void error(SAXParseException e) {
                    errors.add(e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage());
                }

                @Override
                public void fatalError(SAXParseException e) {
                    errors.add(e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage());
                }
            });
            v.validate(new StreamSource(new StringReader(xml)));
        } catch (SAXException | IOException e) {
            errors.add("fatal: " + e.getMessage());
        }
        return errors;
    }

    private static final class Resolver implements LSResourceResolver {
        @Override
        public LSInput resolveResource(
                String type, String namespace, String publicId, String systemId, String baseUri) {
            if (systemId == null || !systemId.endsWith("xml.xsd")) {
                throw new IllegalStateException("refusing to fetch schema resource " + systemId);
            }
            return new Input(AknSchema.class.getResourceAsStream(FOLDER + "xml.xsd"), systemId, publicId, baseUri);
        }
    }

    private record Input(InputStream stream, String systemId, String publicId, String baseURI) implements LSInput {
        @Override
        public Reader getCharacterStream() {
            return null;
        }

        @Override
        public void setCharacterStream(Reader r) {}

        @Override
        public InputStream getByteStream() {
            return stream;
        }

        @Override
        public void setByteStream(InputStream s) {}

        @Override
        public String getStringData() {
            return null;
        }

        @Override
        public void setStringData(String s) {}

        @Override
        public String getSystemId() {
            return systemId;
        }

        @Override
        public void setSystemId(String s) {}

        @Override
        public String getPublicId() {
            return publicId;
        }

        @Override
        public void setPublicId(String s) {}

        @Override
        public String getBaseURI() {
            return baseURI;
        }

        @Override
        public void setBaseURI(String s) {}

        @Override
        public String getEncoding() {
            return null;
        }

        @Override
        public void setEncoding(String s) {}

        @Override
        public boolean getCertifiedText() {
            return false;
        }

        @Override
        public void setCertifiedText(boolean b) {}
    }
}

package org.resdom.testsupport;

import java.io.IOException;
import java.io.StringReader;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/** Validates documents against the shipped XSD with the JDK's own validator. */
public final class XsdSupport {
    private static final Schema SCHEMA = load();

    private XsdSupport() {}

    private static Schema load() {
        try {
            URL url = XsdSupport.class.getResource("/org/resdom/io/xml/resdom.xsd");
            SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            return f.newSchema(url);
        } catch (SAXException e) {
            throw new IllegalStateException(e);
        }
    }

    /** @return the schema errors of a document; empty when it is valid */
    public static List<String> errors(String xml) {
        List<String> errors = new ArrayList<>();
        Validator v = SCHEMA.newValidator();
        v.setErrorHandler(new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {}

            @Override
            public void error(SAXParseException e) {
                errors.add(e.getLineNumber() + ":" + e.getColumnNumber() + " " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                errors.add(e.getLineNumber() + ":" + e.getColumnNumber() + " fatal " + e.getMessage());
            }
        });
        try {
            v.validate(new StreamSource(new StringReader(xml)));
        } catch (SAXException e) {
            if (errors.isEmpty()) {
                errors.add(e.getMessage());
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return errors;
    }
}

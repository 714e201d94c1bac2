package org.resdom.io.xml;

import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Marshaller;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Objects;
import org.resdom.io.ResolutionWriter;
import org.resdom.io.xml.bind.ToXml;
import org.resdom.io.xml.bind.XmlOutput;
import org.resdom.model.Nesting;
import org.resdom.model.Resolution;

/**
 * Writes resdom XML ({@code urn:resdom:xml:1}, see {@code docs/xml-format.md}). Every document
 * written is valid against {@code org/resdom/io/xml/resdom.xsd} and reads back equal.
 * Immutable and thread-safe.
 *
 * <pre>{@code
 * String xml = XmlResolutionWriter.builder().pretty(true).spans(false).build().write(resolution);
 * }</pre>
 */
public final class XmlResolutionWriter implements ResolutionWriter {

    private final boolean pretty;
    private final boolean spans;

    private XmlResolutionWriter(Builder builder) {
        this.pretty = builder.pretty;
        this.spans = builder.spans;
    }

    /** @return a writer with the default settings: pretty, with source spans */
    public static XmlResolutionWriter create() {
        return builder().build();
    }

    /** @return a builder with the default settings */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public String format() {
        return "xml";
    }

    /** @return whether element-only content is indented */
    public boolean pretty() {
        return pretty;
    }

    /** @return whether source spans are written */
    public boolean spans() {
        return spans;
    }

    @Override
    public void write(Resolution resolution, Writer out) throws IOException {
        Objects.requireNonNull(resolution, "resolution must not be null");
        Objects.requireNonNull(out, "out must not be null");
        Nesting.requireWithinMax(resolution, "the XML writer");
        try {
            Marshaller m = XmlContext.context().createMarshaller();
            m.marshal(ToXml.map(resolution, spans), new XmlOutput(out, pretty));
        } catch (JAXBException e) {
            throw new IllegalStateException("cannot marshal: " + e, e);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        out.flush();
    }

    /** Configures a {@link XmlResolutionWriter}. */
    public static final class Builder {
        private boolean pretty = true;
        private boolean spans = true;

        private Builder() {}

        /**
         * @param value true to indent element-only content (the default), false for one line
         * @return this builder
         */
        public Builder pretty(boolean value) {
            this.pretty = value;
            return this;
        }

        /**
         * @param value true to write source spans as attributes (the default)
         * @return this builder
         */
        public Builder spans(boolean value) {
            this.spans = value;
            return this;
        }

        /** @return the writer */
        public XmlResolutionWriter build() {
            return new XmlResolutionWriter(this);
        }
    }
}

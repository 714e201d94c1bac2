package org.resdom.io.xml;

import java.io.IOException;
import java.io.Writer;
import org.resdom.io.Format;
import org.resdom.io.ResolutionWriter;
import org.resdom.model.Resolution;

/**
 * Writes resdom XML. Immutable and thread-safe.
 */
public final class XmlResolutionWriter implements ResolutionWriter {

    private XmlResolutionWriter(Builder builder) {
    }

    /** @return a writer with the default settings */
    public static XmlResolutionWriter create() {
        return builder().build();
    }

    /** @return a builder with the default settings */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public Format format() {
        return Format.XML;
    }

    @Override
    public void write(Resolution resolution, Writer out) throws IOException {
        throw new UnsupportedOperationException("not implemented yet");
    }

    /** Configures a {@link XmlResolutionWriter}. */
    public static final class Builder {
        private Builder() {
        }

        /** @return the writer */
        public XmlResolutionWriter build() {
            return new XmlResolutionWriter(this);
        }
    }
}

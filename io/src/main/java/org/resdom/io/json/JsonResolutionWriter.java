package org.resdom.io.json;

import java.io.IOException;
import java.io.Writer;
import org.resdom.io.Format;
import org.resdom.io.ResolutionWriter;
import org.resdom.model.Resolution;

/**
 * Writes JSON. Immutable and thread-safe.
 */
public final class JsonResolutionWriter implements ResolutionWriter {

    private JsonResolutionWriter(Builder builder) {
    }

    /** @return a writer with the default settings */
    public static JsonResolutionWriter create() {
        return builder().build();
    }

    /** @return a builder with the default settings */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public Format format() {
        return Format.JSON;
    }

    @Override
    public void write(Resolution resolution, Writer out) throws IOException {
        throw new UnsupportedOperationException("not implemented yet");
    }

    /** Configures a {@link JsonResolutionWriter}. */
    public static final class Builder {
        private Builder() {
        }

        /** @return the writer */
        public JsonResolutionWriter build() {
            return new JsonResolutionWriter(this);
        }
    }
}

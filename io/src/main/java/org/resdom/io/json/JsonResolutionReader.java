package org.resdom.io.json;

import java.io.IOException;
import java.io.Reader;
import org.resdom.io.Format;
import org.resdom.io.ReadLimits;
import org.resdom.io.ReadResult;
import org.resdom.io.ResolutionReader;

/**
 * Reads JSON. Immutable and thread-safe.
 */
public final class JsonResolutionReader implements ResolutionReader {

    private final ReadLimits limits;

    private JsonResolutionReader(Builder builder) {
        this.limits = builder.limits;
    }

    /** @return a reader with the default settings */
    public static JsonResolutionReader create() {
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

    /** @return the limits this reader enforces */
    public ReadLimits limits() {
        return limits;
    }

    @Override
    public ReadResult read(Reader in) throws IOException {
        throw new UnsupportedOperationException("not implemented yet");
    }

    /** Configures a {@link JsonResolutionReader}. */
    public static final class Builder {
        private ReadLimits limits = ReadLimits.defaults();

        private Builder() {
        }

        /**
         * @param value the limits
         * @return this builder
         */
        public Builder limits(ReadLimits value) {
            this.limits = java.util.Objects.requireNonNull(value, "value must not be null");
            return this;
        }

        /** @return the reader */
        public JsonResolutionReader build() {
            return new JsonResolutionReader(this);
        }
    }
}

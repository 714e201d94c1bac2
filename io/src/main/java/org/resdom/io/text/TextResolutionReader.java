package org.resdom.io.text;

import java.io.IOException;
import java.io.Reader;
import org.resdom.io.Format;
import org.resdom.io.ReadLimits;
import org.resdom.io.ReadResult;
import org.resdom.io.ResolutionReader;

/**
 * Reads plain text. Immutable and thread-safe.
 */
public final class TextResolutionReader implements ResolutionReader {

    private final ReadLimits limits;

    private TextResolutionReader(Builder builder) {
        this.limits = builder.limits;
    }

    /** @return a reader with the default settings */
    public static TextResolutionReader create() {
        return builder().build();
    }

    /** @return a builder with the default settings */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public Format format() {
        return Format.TEXT;
    }

    /** @return the limits this reader enforces */
    public ReadLimits limits() {
        return limits;
    }

    @Override
    public ReadResult read(Reader in) throws IOException {
        throw new UnsupportedOperationException("not implemented yet");
    }

    /** Configures a {@link TextResolutionReader}. */
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
        public TextResolutionReader build() {
            return new TextResolutionReader(this);
        }
    }
}

package org.resdom.io.akn;

import java.io.IOException;
import java.io.Writer;
import org.resdom.io.Format;
import org.resdom.io.ResolutionWriter;
import org.resdom.model.Resolution;

/**
 * Writes Akoma Ntoso 3.0. Immutable and thread-safe.
 */
public final class AknResolutionWriter implements ResolutionWriter {

    private AknResolutionWriter(Builder builder) {
    }

    /** @return a writer with the default settings */
    public static AknResolutionWriter create() {
        return builder().build();
    }

    /** @return a builder with the default settings */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public Format format() {
        return Format.AKN;
    }

    @Override
    public void write(Resolution resolution, Writer out) throws IOException {
        throw new UnsupportedOperationException("not implemented yet");
    }

    /** Configures a {@link AknResolutionWriter}. */
    public static final class Builder {
        private Builder() {
        }

        /** @return the writer */
        public AknResolutionWriter build() {
            return new AknResolutionWriter(this);
        }
    }
}

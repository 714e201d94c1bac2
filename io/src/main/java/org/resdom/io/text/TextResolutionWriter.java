package org.resdom.io.text;

import java.io.IOException;
import java.io.Writer;
import org.resdom.io.Format;
import org.resdom.io.ResolutionWriter;
import org.resdom.model.Resolution;

/**
 * Writes plain text. Immutable and thread-safe.
 */
public final class TextResolutionWriter implements ResolutionWriter {

    private TextResolutionWriter(Builder builder) {
    }

    /** @return a writer with the default settings */
    public static TextResolutionWriter create() {
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

    @Override
    public void write(Resolution resolution, Writer out) throws IOException {
        throw new UnsupportedOperationException("not implemented yet");
    }

    /** Configures a {@link TextResolutionWriter}. */
    public static final class Builder {
        private Builder() {
        }

        /** @return the writer */
        public TextResolutionWriter build() {
            return new TextResolutionWriter(this);
        }
    }
}

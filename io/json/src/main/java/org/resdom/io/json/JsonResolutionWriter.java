package org.resdom.io.json;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.util.Locale;
import java.util.Objects;
import org.resdom.io.ResolutionWriter;
import org.resdom.model.Nesting;
import org.resdom.model.Resolution;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;

/**
 * Writes resdom's JSON format (see {@link JsonFormat} and {@code docs/json-format.md}), streaming
 * with Jackson's generator. Immutable and thread-safe.
 *
 * <pre>{@code
 * String json = JsonResolutionWriter.builder().compact().includeSpans(false).build().write(resolution);
 * }</pre>
 */
public final class JsonResolutionWriter implements ResolutionWriter {

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .disable(JsonWriteFeature.ESCAPE_FORWARD_SLASHES)
            .build();

    /**
     * Writes a lone UTF-16 surrogate as a JSON escape (backslash, u, four hexadecimal digits):
     * UTF-8 cannot encode it (an encoder would write {@code ?}); escaped, it reaches the reader
     * unchanged. Well-formed pairs (characters beyond U+FFFF) pass as they are. Jackson never
     * escapes surrogates and writes them only inside strings, where an escape is valid.
     */
    private static final class LoneSurrogates extends Writer {
        private final Writer out;
        private char high;

        LoneSurrogates(Writer out) {
            this.out = out;
        }

        @Override
        public void write(char[] cbuf, int off, int len) throws IOException {
            int from = off;
            for (int i = off; i < off + len; i++) {
                char c = cbuf[i];
                if (high != 0) {
                    if (Character.isLowSurrogate(c)) {
                        out.write(high);
                        out.write(c);
                        high = 0;
                        from = i + 1;
                        continue;
                    }
                    escape(high);
                    high = 0;
                }
                if (Character.isHighSurrogate(c)) {
                    out.write(cbuf, from, i - from);
                    high = c;
                    from = i + 1;
                } else if (Character.isLowSurrogate(c)) {
                    out.write(cbuf, from, i - from);
                    escape(c);
                    from = i + 1;
                }
            }
            out.write(cbuf, from, off + len - from);
        }

        private void escape(char c) throws IOException {
            out.write(String.format(Locale.ROOT, "\\u%04X", (int) c));
        }

        /** Writes a high surrogate left at the very end. */
        void finish() throws IOException {
            if (high != 0) {
                escape(high);
                high = 0;
            }
        }

        @Override
        public void flush() throws IOException {
            out.flush();
        }

        @Override
        public void close() throws IOException {
            finish();
        }
    }

    private final boolean pretty;
    private final boolean spans;
    private final boolean ids;

    private JsonResolutionWriter(Builder builder) {
        this.pretty = builder.pretty;
        this.spans = builder.spans;
        this.ids = builder.ids;
    }

    /** @return a writer with the default settings: pretty, with spans and ids */
    public static JsonResolutionWriter create() {
        return builder().build();
    }

    /** @return a builder with the default settings */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public String format() {
        return "json";
    }

    /** @return whether the output is indented (two spaces, one property a line, LF line ends) */
    public boolean pretty() {
        return pretty;
    }

    /** @return whether source spans are written */
    public boolean includeSpans() {
        return spans;
    }

    /** @return whether element identifiers are written */
    public boolean includeIds() {
        return ids;
    }

    @Override
    public void write(Resolution resolution, Writer out) throws IOException {
        Objects.requireNonNull(resolution, "resolution must not be null");
        Objects.requireNonNull(out, "out must not be null");
        Nesting.requireWithinMax(resolution, "the JSON writer");
        ObjectWriteContext context = pretty ? new PrettyContext() : ObjectWriteContext.empty();
        LoneSurrogates escaped = new LoneSurrogates(out);
        try (JsonGenerator g = FACTORY.createGenerator(context, escaped)) {
            new JsonEncoder(g, resolution, spans, ids).visitResolution(resolution);
        } catch (JacksonIOException e) {
            throw e.getCause() != null ? e.getCause() : new IOException(e);
        }
        escaped.finish();
        if (pretty) {
            out.write('\n');
        }
        out.flush();
    }

    /** Writes UTF-8 bytes straight from the generator, with no character stream in between. */
    @Override
    public void write(Resolution resolution, OutputStream out) throws IOException {
        Objects.requireNonNull(resolution, "resolution must not be null");
        Objects.requireNonNull(out, "out must not be null");
        Nesting.requireWithinMax(resolution, "the JSON writer");
        ObjectWriteContext context = pretty ? new PrettyContext() : ObjectWriteContext.empty();
        try (JsonGenerator g = FACTORY.createGenerator(context, out, JsonEncoding.UTF8)) {
            new JsonEncoder(g, resolution, spans, ids).visitResolution(resolution);
        } catch (JacksonIOException e) {
            throw e.getCause() != null ? e.getCause() : new IOException(e);
        }
        if (pretty) {
            out.write('\n');
        }
        out.flush();
    }

    /** Gives each generator its own pretty printer (they keep the nesting level). */
    private static final class PrettyContext extends ObjectWriteContext.Base {
        @Override
        public PrettyPrinter getPrettyPrinter() {
            DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
            Separators separators = Separators.createDefaultInstance()
                    .withObjectNameValueSpacing(Separators.Spacing.AFTER)
                    .withObjectEmptySeparator("")
                    .withArrayEmptySeparator("");
            return new DefaultPrettyPrinter(separators)
                    .withObjectIndenter(indenter)
                    .withArrayIndenter(indenter);
        }

        @Override
        public boolean hasPrettyPrinter() {
            return true;
        }
    }

    /** Configures a {@link JsonResolutionWriter}. */
    public static final class Builder {
        private boolean pretty = true;
        private boolean spans = true;
        private boolean ids = true;

        private Builder() {}

        /**
         * @param value whether to indent the output (default {@code true})
         * @return this builder
         */
        public Builder pretty(boolean value) {
            this.pretty = value;
            return this;
        }

        /**
         * Writes everything on one line, with no spaces between tokens.
         *
         * @return this builder
         */
        public Builder compact() {
            return pretty(false);
        }

        /**
         * @param value whether to write source spans (default {@code true})
         * @return this builder
         */
        public Builder includeSpans(boolean value) {
            this.spans = value;
            return this;
        }

        /**
         * @param value whether to write element identifiers (default {@code true})
         * @return this builder
         */
        public Builder includeIds(boolean value) {
            this.ids = value;
            return this;
        }

        /** @return the writer */
        public JsonResolutionWriter build() {
            return new JsonResolutionWriter(this);
        }
    }
}

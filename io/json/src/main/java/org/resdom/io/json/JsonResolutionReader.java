package org.resdom.io.json;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.SequenceInputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.resdom.io.Positions;
import org.resdom.io.ReadLimits;
import org.resdom.io.ReadResult;
import org.resdom.io.ResolutionReader;
import org.resdom.io.internal.Utf8Bytes;
import org.resdom.io.internal.Utf8Reader;
import org.resdom.model.Identity;
import org.resdom.model.Resolution;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.json.JsonFactory;

/**
 * Reads resdom's JSON format (see {@link JsonFormat} and {@code docs/json-format.md}). Immutable
 * and thread-safe. Bad input never throws: the result holds what could be read and diagnostics
 * ({@code JSON-…} codes, listed in {@link JsonFormat}) whose message starts with the JSON path
 * of the problem, such as {@code $.operative[1].paragraphs[0].label}, and whose span gives its
 * line and column.
 *
 * <p>The limits are enforced by Jackson's {@link StreamReadConstraints}: the document length
 * is at most {@link ReadLimits#maxChars()} characters, and so is any string; arrays and objects
 * nest at most {@link ReadLimits#maxMarkupDepth()} deep (and never deeper than {@value #MAX_DEPTH});
 * the document read is then held to {@link ReadLimits#maxDepth()} like every reader's
 * ({@link ReadLimits#checkDepth(ReadResult)}).
 *
 * <pre>{@code
 * ReadResult result = JsonResolutionReader.builder().limits(ReadLimits.defaults().withMaxDepth(32)).build()
 *     .read(Path.of("res71.json"));
 * }</pre>
 */
public final class JsonResolutionReader implements ResolutionReader {

    /** The deepest nesting of JSON arrays and objects ever read, whatever the limits say. */
    public static final int MAX_DEPTH = 1000;

    private static final int MAX_NUMBER_LENGTH = 64;

    /** The longest input read whole and parsed as bytes (a longer one is read as characters). */
    private static final int WHOLE_INPUT = 64 << 20;

    private final ReadLimits limits;
    private final Positions positions;
    private final JsonFactory factory;

    private JsonResolutionReader(Builder builder) {
        this.limits = builder.limits;
        this.positions = builder.positions;
        int maxString = (int) Math.min(limits.maxChars(), Integer.MAX_VALUE - 16);
        StreamReadConstraints constraints = StreamReadConstraints.builder()
                .maxDocumentLength(limits.maxChars())
                .maxNestingDepth(Math.min(limits.maxMarkupDepth(), MAX_DEPTH))
                .maxStringLength(maxString)
                .maxNameLength(maxString)
                .maxNumberLength(MAX_NUMBER_LENGTH)
                .build();
        this.factory = JsonFactory.builder()
                .streamReadConstraints(constraints)
                .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
                .build();
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
    public String format() {
        return "json";
    }

    /** @return the limits this reader enforces */
    public ReadLimits limits() {
        return limits;
    }

    @Override
    public ReadResult read(Reader in) throws IOException {
        Objects.requireNonNull(in, "in must not be null");
        Diagnostics diagnostics = new Diagnostics(limits.maxDiagnostics());
        Resolution resolution;
        JsonParser p = null;
        try {
            p = factory.createParser(ObjectReadContext.empty(), skipByteOrderMark(in));
            JsonToken first = p.nextToken();
            if (first == null) {
                diagnostics.error(
                        JsonFormat.SYNTAX,
                        "$",
                        JsonTreeParser.where(p.currentLocation()),
                        "the input is empty; expected a JSON object");
                return empty(diagnostics);
            }
            JsonStreamDecoder decoder =
                    new JsonStreamDecoder(p, diagnostics, positions == Positions.DOCUMENT, Places.CHARS);
            resolution = decoder.resolution();
            trailing(p, diagnostics);
            decoder.checkDeclared(resolution);
        } catch (JacksonIOException e) {
            throw e.getCause() != null ? e.getCause() : new IOException(e);
        } catch (StreamConstraintsException e) {
            // a document that is not read to its end gives only the reason why
            Diagnostics failed = new Diagnostics(limits.maxDiagnostics());
            failed.error(
                    JsonFormat.LIMIT,
                    path(p),
                    where(e.getLocation(), p),
                    "input exceeds a read limit: " + e.getOriginalMessage());
            return empty(failed);
        } catch (StreamReadException e) {
            Diagnostics failed = new Diagnostics(limits.maxDiagnostics());
            failed.error(
                    JsonFormat.SYNTAX,
                    path(p),
                    where(e.getLocation(), p),
                    "malformed JSON: " + firstLine(e.getOriginalMessage()));
            return empty(failed);
        } finally {
            if (p != null) {
                p.close();
            }
        }
        return limits.checkDepth(new ReadResult(resolution, diagnostics.list()));
    }

    /**
     * Reads UTF-8 bytes (not closed), decoding strictly as {@link ResolutionReader#read(InputStream)}
     * says. An input of up to 64 MiB is read whole and parsed as bytes, its
     * positions counted back to characters (Jackson checks the UTF-8 of what it decodes, the
     * reader that of anything skipped); one that is longer, not well-formed UTF-8 or not
     * read to its end without a parser error (bad JSON, a limit) is read again as characters,
     * so that the result, diagnostics and exceptions are those of {@link #read(Reader)}.
     */
    @Override
    public ReadResult read(InputStream in) throws IOException {
        Objects.requireNonNull(in, "in must not be null");
        // a character is at most three bytes: more than that many is over the limit anyway
        int most = (int) Math.min(WHOLE_INPUT, Math.min(limits.maxChars(), WHOLE_INPUT) * 3 + 3);
        if (in.getClass() == ByteArrayInputStream.class && in.available() <= most) {
            Taken taken = new Taken(in.available());
            in.transferTo(taken);
            ReadResult fast = readBytes(taken.data, taken.from, taken.from + taken.length);
            return fast != null
                    ? fast
                    : read(new Utf8Reader(new ByteArrayInputStream(taken.data, taken.from, taken.length)));
        }
        byte[] data = new byte[(int) Math.min(most + 1L, Math.max(8192, in.available() + 1L))];
        int length = 0;
        while (length <= most) {
            if (length == data.length) {
                data = Arrays.copyOf(data, (int) Math.min(most + 1L, data.length * 2L));
            }
            int n = in.read(data, length, data.length - length);
            if (n < 0) {
                break;
            }
            length += n;
        }
        if (length <= most) {
            ReadResult fast = readBytes(data, 0, length);
            if (fast != null) {
                return fast;
            }
        }
        InputStream again = new SequenceInputStream(new ByteArrayInputStream(data, 0, length), in);
        return read(new Utf8Reader(again));
    }

    /**
     * Parses a whole input as bytes.
     *
     * @param data the input, in {@code data[from, end)}
     * @param from where it starts
     * @param end where it ends
     * @return the result, or null when the input must be read as characters instead (see
     *         {@link #read(InputStream)})
     */
    private ReadResult readBytes(byte[] data, int from, int end) {
        int start = end - from >= 3
                        && (data[from] & 0xFF) == 0xEF
                        && (data[from + 1] & 0xFF) == 0xBB
                        && (data[from + 2] & 0xFF) == 0xBF
                ? from + 3
                : from;
        // Jackson guesses UTF-16 and UTF-32 from zero bytes and marks in the first four: left to
        // the reader of characters, as is a short input, and one that does not open with ASCII
        if (end - start < 4 || data[start] < 0) {
            return null;
        }
        for (int i = start; i < start + 4; i++) {
            if (data[i] == 0) {
                return null;
            }
        }
        Diagnostics diagnostics = new Diagnostics(limits.maxDiagnostics());
        Places places = new Places.Bytes(data, start, end);
        try (JsonParser p = factory.createParser(ObjectReadContext.empty(), data, start, end - start)) {
            if (p.nextToken() == null) {
                return null;
            }
            JsonStreamDecoder decoder = new JsonStreamDecoder(p, diagnostics, positions == Positions.DOCUMENT, places);
            Resolution resolution = decoder.resolution();
            boolean trailing = p.nextToken() != null;
            // the parser has checked the UTF-8 of every string and name it decoded (and refused
            // any other byte above ASCII); what it skipped is checked here
            if ((trailing || decoder.unchecked()) && !Utf8Bytes.wellFormed(data, start, end)) {
                return null;
            }
            if (trailing) {
                diagnostics.error(
                        JsonFormat.TRAILING,
                        "$",
                        places.of(p.currentTokenLocation()),
                        "unexpected content after the end of the document");
            }
            decoder.checkDeclared(resolution);
            return limits.checkDepth(new ReadResult(resolution, diagnostics.list()));
        } catch (JacksonException e) {
            return null;
        }
    }

    /**
     * The bytes of a {@link ByteArrayInputStream}, as its {@code transferTo} writes them: kept as
     * given when they come in one write (the stream's own array: nothing copied), gathered into a
     * copy when they come in parts. The reader only reads them, while the read lasts.
     */
    private static final class Taken extends OutputStream {
        private final int expected;
        byte[] data = new byte[0];
        int from;
        int length;
        /** Whether {@link #data} is the stream's array (never written to). */
        private boolean borrowed;

        Taken(int expected) {
            this.expected = expected;
        }

        @Override
        public void write(int b) {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            Objects.checkFromIndexSize(off, len, b.length);
            if (length == 0 && len == expected && !borrowed) {
                // the whole input in one write: the array is not written to again, and never here
                data = b;
                from = off;
                length = len;
                borrowed = true;
                return;
            }
            if (borrowed || length + len > data.length) {
                byte[] grown = new byte[Math.max(Math.addExact(length, len), Math.max(expected, 2 * data.length))];
                System.arraycopy(data, from, grown, 0, length);
                data = grown;
                from = 0;
                borrowed = false;
            }
            System.arraycopy(b, off, data, length, len);
            length += len;
        }
    }

    /** A byte order mark is not JSON, but editors write one; it is skipped. */
    private static Reader skipByteOrderMark(Reader in) throws IOException {
        PushbackReader r = new PushbackReader(in, 1);
        int first = r.read();
        if (first >= 0 && first != '\uFEFF') {
            r.unread(first);
        }
        return r;
    }

    private static void trailing(JsonParser p, Diagnostics diagnostics) {
        try {
            JsonToken next = p.nextToken();
            if (next != null) {
                diagnostics.error(
                        JsonFormat.TRAILING,
                        "$",
                        JsonTreeParser.where(p.currentTokenLocation()),
                        "unexpected content after the end of the document");
            }
        } catch (StreamConstraintsException e) {
            diagnostics.error(
                    JsonFormat.LIMIT,
                    "$",
                    where(e.getLocation(), p),
                    "input exceeds a read limit: " + e.getOriginalMessage());
        } catch (StreamReadException e) {
            diagnostics.error(
                    JsonFormat.TRAILING,
                    "$",
                    where(e.getLocation(), p),
                    "unexpected content after the end of the document: " + firstLine(e.getOriginalMessage()));
        }
    }

    private static ReadResult empty(Diagnostics diagnostics) {
        return new ReadResult(Resolution.empty(Identity.unknown()), diagnostics.list());
    }

    private static String path(JsonParser p) {
        return p == null ? "$" : JsonTreeParser.path(p.streamReadContext());
    }

    private static JsonTree.Where where(TokenStreamLocation l, JsonParser p) {
        if (l != null && l.getLineNr() > 0) {
            return JsonTreeParser.where(l);
        }
        return p == null ? null : JsonTreeParser.where(p.currentLocation());
    }

    /** Jackson's note of where a structure opened, naming its own source settings: not for a person. */
    private static final java.util.regex.Pattern SOURCE_NOTE =
            java.util.regex.Pattern.compile("\\s*\\((?:start marker )?at \\[Source:[^\\]]*\\]\\)");

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable input";
        }
        List<String> lines = message.lines().toList();
        String first = lines.isEmpty() ? message : lines.get(0);
        return SOURCE_NOTE.matcher(first).replaceAll("");
    }

    /** Configures a {@link JsonResolutionReader}. */
    public static final class Builder {
        private ReadLimits limits = ReadLimits.defaults();
        private Positions positions = Positions.STORED;

        private Builder() {}

        /**
         * @param value the limits
         * @return this builder
         */
        public Builder limits(ReadLimits value) {
            this.limits = Objects.requireNonNull(value, "value must not be null");
            return this;
        }

        /**
         * @param value which positions the nodes get: {@link Positions#STORED} (the default), the
         *        spans the document carries, or {@link Positions#DOCUMENT}, where each part stands
         *        in the document being read
         * @return this builder
         */
        public Builder positions(Positions value) {
            this.positions = Objects.requireNonNull(value, "value must not be null");
            return this;
        }

        /** @return the reader */
        public JsonResolutionReader build() {
            return new JsonResolutionReader(this);
        }
    }
}

package org.resdom.io.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Constants of resdom's JSON format: its name and version, the JSON Schema that describes it,
 * and the codes of the diagnostics {@link JsonResolutionReader} reports. The format is
 * described in {@code docs/json-format.md}.
 *
 * <pre>{@code
 * String schema = JsonFormat.schema();   // JSON Schema draft 2020-12
 * }</pre>
 */
public final class JsonFormat {

    /** The value of the top-level {@code "format"} property: {@value}. */
    public static final String NAME = "resdom";

    /** The value of the top-level {@code "version"} property this library writes and reads: {@value}. */
    public static final int VERSION = 1;

    /** The class-path location of the JSON Schema (draft 2020-12): {@value}. */
    public static final String SCHEMA_RESOURCE = "/org/resdom/io/json/resdom.schema.json";

    /** Malformed JSON: the document cannot be read (error). */
    public static final String SYNTAX = "JSON-SYNTAX";
    /** Something after the end of the top-level object (error; the object is still read). */
    public static final String TRAILING = "JSON-TRAILING";
    /** A value of the wrong JSON type, such as a string where an object is expected (error). */
    public static final String TYPE = "JSON-TYPE";
    /** A required property is missing (error). */
    public static final String MISSING = "JSON-MISSING";
    /** An unknown {@code "type"} discriminator (error; an unknown inline node is kept as {@code unrecognized}). */
    public static final String UNKNOWN_TYPE = "JSON-UNKNOWN-TYPE";
    /** A property the format does not define (warning; it is ignored). */
    public static final String UNKNOWN_PROPERTY = "JSON-UNKNOWN-PROPERTY";
    /** A property appears twice in one object (error; the first is kept). */
    public static final String DUPLICATE = "JSON-DUPLICATE";
    /** A value the model refuses: unknown enumeration constant, blank text, bad year (error). */
    public static final String VALUE = "JSON-VALUE";
    /** The {@code "format"} property is missing or is not {@code "resdom"} (error). */
    public static final String FORMAT = "JSON-FORMAT";
    /** The {@code "version"} property is missing or not supported (error). */
    public static final String VERSION_CODE = "JSON-VERSION";
    /** An {@code "id"} differs from the identifier the model computes (warning; ids are derived). */
    public static final String ID = "JSON-ID";
    /** A limit of {@link org.resdom.io.ReadLimits} was reached (error, or a warning for too many diagnostics). */
    public static final String LIMIT = org.resdom.diagnostic.DiagnosticSink.LIMIT;

    private JsonFormat() {}

    /**
     * The JSON Schema (draft 2020-12) of the format, read from {@link #SCHEMA_RESOURCE}.
     *
     * @return the schema text
     */
    public static String schema() {
        try (InputStream in = JsonFormat.class.getResourceAsStream(SCHEMA_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + SCHEMA_RESOURCE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

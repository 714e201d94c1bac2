package org.resdom.io.export;

import java.io.StringWriter;
import java.io.Writer;
import java.util.List;
import java.util.Optional;
import org.resdom.model.SourceSpan;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.json.JsonFactory;

/**
 * Writes export records and aligned records as JSON, one object per line (JSON Lines). The fields are those of
 * {@code export-record.schema.json} and {@code aligned-record.schema.json}, resources of this package; absent
 * values are left out rather than written as {@code null}.
 */
public final class ExportJson {

    /** The class path resource of the JSON Schema of export records. */
    public static final String RECORD_SCHEMA = "/org/resdom/io/export/export-record.schema.json";
    /** The class path resource of the JSON Schema of aligned records. */
    public static final String ALIGNED_SCHEMA = "/org/resdom/io/export/aligned-record.schema.json";

    private static final JsonFactory FACTORY = new JsonFactory();

    /** @return the JSON Schema of export records (draft 2020-12) */
    public static String recordSchema() {
        return resource(RECORD_SCHEMA);
    }

    /** @return the JSON Schema of aligned records (draft 2020-12) */
    public static String alignedSchema() {
        return resource(ALIGNED_SCHEMA);
    }

    private static String resource(String name) {
        try (java.io.InputStream in = ExportJson.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private ExportJson() {
    }

    /**
     * @param record a record
     * @return it as one line of JSON (without the line end)
     */
    public static String toJson(ExportRecord record) {
        StringWriter w = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(w)) {
            write(g, record);
        }
        return w.toString();
    }

    /**
     * @param record an aligned record
     * @return it as one line of JSON (without the line end)
     */
    public static String toJson(AlignedRecord record) {
        StringWriter w = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(w)) {
            g.writeStartObject();
            g.writeStringProperty("id", record.id());
            g.writeStringProperty("document", record.document());
            g.writeStringProperty("pivot", record.pivot().code());
            g.writeNumberProperty("confidence", Math.round(record.confidence() * 1000) / 1000.0);
            g.writeName("diagnostics");
            g.writeStartArray();
            for (String d : record.diagnostics()) {
                g.writeString(d);
            }
            g.writeEndArray();
            g.writeName("versions");
            g.writeStartObject();
            for (ExportRecord v : record.versions()) {
                g.writeName(v.language().code());
                write(g, v);
            }
            g.writeEndObject();
            g.writeEndObject();
        }
        return w.toString();
    }

    /**
     * Writes records as JSON Lines.
     *
     * @param records the records
     * @param out where to write; not closed
     * @throws java.io.IOException if writing fails
     */
    public static void writeLines(List<ExportRecord> records, Writer out) throws java.io.IOException {
        for (ExportRecord r : records) {
            out.write(toJson(r));
            out.write('\n');
        }
    }

    private static void write(JsonGenerator g, ExportRecord r) {
        g.writeStartObject();
        g.writeStringProperty("id", r.id());
        g.writeStringProperty("document", r.document());
        g.writeStringProperty("language", r.language().code());
        g.writeStringProperty("unit", r.unit().code());
        g.writeStringProperty("element", r.elementId());
        g.writeName("path");
        g.writeStartObject();
        ClausePath p = r.path();
        g.writeStringProperty("part", p.part());
        g.writeNumberProperty("section", p.section());
        optional(g, "kind", p.kind());
        optional(g, "phrase", p.phrase());
        optional(g, "action", p.action());
        optional(g, "addressee", p.addressee());
        g.writeName("labels");
        g.writeStartArray();
        for (String l : p.labels()) {
            g.writeString(l);
        }
        g.writeEndArray();
        g.writeEndObject();
        g.writeStringProperty("text", r.text());
        g.writeName("citations");
        g.writeStartArray();
        for (CitedRef c : r.citations()) {
            g.writeStartObject();
            g.writeStringProperty("kind", c.kind());
            g.writeStringProperty("text", c.text());
            g.writeName("numbers");
            g.writeStartArray();
            for (String n : c.numbers()) {
                g.writeString(n);
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
        optional(g, "source", r.source());
        if (r.span().isPresent()) {
            SourceSpan s = r.span().get();
            if (s.line() > 0) {
                g.writeNumberProperty("line", s.line());
                g.writeNumberProperty("column", Math.max(1, s.column()));
            }
        }
        g.writeEndObject();
    }

    private static void optional(JsonGenerator g, String name, Optional<String> value) {
        if (value.isPresent()) {
            g.writeStringProperty(name, value.get());
        }
    }
}

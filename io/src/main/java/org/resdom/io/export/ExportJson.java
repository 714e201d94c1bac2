package org.resdom.io.export;

import java.io.Writer;
import java.util.List;
import java.util.Optional;
import org.resdom.model.SourceSpan;

/**
 * Writes export records and aligned records as JSON, one object per line (JSON Lines). The fields are those of
 * {@code export-record.schema.json} and {@code aligned-record.schema.json}, resources of this package; absent
 * values are left out rather than written as {@code null}. Written with the JDK only, as Jackson writes JSON: no
 * spaces, {@code \"}, {@code \\} and control characters escaped, everything else as it is.
 */
public final class ExportJson {

    /** The class path resource of the JSON Schema of export records. */
    public static final String RECORD_SCHEMA = "/org/resdom/io/export/export-record.schema.json";
    /** The class path resource of the JSON Schema of aligned records. */
    public static final String ALIGNED_SCHEMA = "/org/resdom/io/export/aligned-record.schema.json";

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

    private ExportJson() {}

    /**
     * @param record a record
     * @return it as one line of JSON (without the line end)
     */
    public static String toJson(ExportRecord record) {
        StringBuilder sb = new StringBuilder(256);
        write(sb, record);
        return sb.toString();
    }

    /**
     * @param record an aligned record
     * @return it as one line of JSON (without the line end)
     */
    public static String toJson(AlignedRecord record) {
        StringBuilder sb = new StringBuilder(1024);
        sb.append('{');
        string(sb, "id", record.id());
        sb.append(',');
        string(sb, "document", record.document());
        sb.append(',');
        string(sb, "pivot", record.pivot().code());
        sb.append(',');
        name(sb, "confidence");
        sb.append(Math.round(record.confidence() * 1000) / 1000.0);
        sb.append(',');
        strings(sb, "diagnostics", record.diagnostics());
        sb.append(',');
        byLanguage(sb, "versions", record.versions());
        if (!record.continued().isEmpty()) {
            sb.append(',');
            byLanguage(sb, "continued", record.continued());
        }
        sb.append('}');
        return sb.toString();
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

    private static void write(StringBuilder sb, ExportRecord r) {
        sb.append('{');
        string(sb, "id", r.id());
        sb.append(',');
        string(sb, "document", r.document());
        sb.append(',');
        string(sb, "language", r.language().code());
        sb.append(',');
        string(sb, "unit", r.unit().code());
        sb.append(',');
        string(sb, "element", r.elementId());
        sb.append(',');
        name(sb, "path");
        sb.append('{');
        ClausePath p = r.path();
        string(sb, "part", p.part());
        sb.append(',');
        name(sb, "section");
        sb.append(p.section());
        optional(sb, "kind", p.kind());
        optional(sb, "phrase", p.phrase());
        optional(sb, "action", p.action());
        optional(sb, "addressee", p.addressee());
        sb.append(',');
        strings(sb, "labels", p.labels());
        sb.append('}');
        sb.append(',');
        string(sb, "text", r.text());
        sb.append(',');
        name(sb, "citations");
        sb.append('[');
        boolean first = true;
        for (CitedRef c : r.citations()) {
            if (!first) {
                sb.append(',');
            }
            first = false;
            sb.append('{');
            string(sb, "kind", c.kind());
            sb.append(',');
            string(sb, "text", c.text());
            sb.append(',');
            strings(sb, "numbers", c.numbers());
            sb.append('}');
        }
        sb.append(']');
        optional(sb, "source", r.source());
        if (r.span().isPresent()) {
            SourceSpan s = r.span().get();
            if (s.line() > 0) {
                sb.append(',');
                name(sb, "line");
                sb.append(s.line());
                sb.append(',');
                name(sb, "column");
                sb.append(Math.max(1, s.column()));
            }
        }
        sb.append('}');
    }

    private static void optional(StringBuilder sb, String name, Optional<String> value) {
        if (value.isPresent()) {
            sb.append(',');
            string(sb, name, value.get());
        }
    }

    private static void strings(StringBuilder sb, String name, List<String> values) {
        name(sb, name);
        sb.append('[');
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            quoted(sb, values.get(i));
        }
        sb.append(']');
    }

    private static void string(StringBuilder sb, String name, String value) {
        name(sb, name);
        quoted(sb, value);
    }

    private static void name(StringBuilder sb, String name) {
        quoted(sb, name);
        sb.append(':');
    }

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    /**
     * A JSON string: quote, backslash and the control characters escaped, as Jackson's generator
     * escapes them; a lone surrogate (half of a pair with no other half) is escaped as
     * {@code \\uXXXX} too, since UTF-8 cannot carry it raw and an encoder would substitute it.
     */
    private static void quoted(StringBuilder sb, String s) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                case '\b' -> sb.append("\\b");
                case '\f' -> sb.append("\\f");
                default -> {
                    if (c < 0x20) {
                        sb.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xF]);
                    } else if (Character.isHighSurrogate(c)
                            && i + 1 < s.length()
                            && Character.isLowSurrogate(s.charAt(i + 1))) {
                        sb.append(c).append(s.charAt(++i));
                    } else if (Character.isSurrogate(c)) {
                        sb.append("\\u")
                                .append(HEX[c >> 12])
                                .append(HEX[(c >> 8) & 0xF])
                                .append(HEX[(c >> 4) & 0xF])
                                .append(HEX[c & 0xF]);
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        sb.append('"');
    }

    /** Writes {@code "key":{"en":{...},"fr":{...}}}: one record per language, in the given order. */
    private static void byLanguage(StringBuilder sb, String key, List<ExportRecord> records) {
        name(sb, key);
        sb.append('{');
        boolean first = true;
        for (ExportRecord v : records) {
            if (!first) {
                sb.append(',');
            }
            first = false;
            name(sb, v.language().code());
            write(sb, v);
        }
        sb.append('}');
    }
}

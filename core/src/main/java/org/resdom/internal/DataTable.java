package org.resdom.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the data tables shipped as class-path resources: UTF-8, one row per line, fields
 * separated by TABs, blank lines and lines starting with {@code #} ignored. Not part of the API.
 */
public final class DataTable {

    /**
     * One row of a table.
     *
     * @param line the 1-based line number, for error messages
     * @param fields the fields, stripped
     */
    public record Row(int line, List<String> fields) {
        /**
         * @param i a 0-based field index
         * @return the field
         */
        public String get(int i) {
            return fields.get(i);
        }
    }

    private DataTable() {}

    /**
     * Reads a table that must exist and have the given number of fields on every row.
     *
     * @param owner the class whose package holds the resource
     * @param name the resource name, relative to the owner's package
     * @param fields the number of TAB-separated fields of every row (runs of TABs count as one)
     * @return the rows, in order
     * @throws IllegalStateException if the resource is missing or a row is malformed
     */
    public static List<Row> read(Class<?> owner, String name, int fields) {
        try (InputStream in = owner.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing data table " + name);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<Row> rows = new ArrayList<>();
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t+");
                if (f.length != fields) {
                    throw new IllegalStateException(name + ":" + n + ": expected " + fields + " TAB-separated fields");
                }
                List<String> stripped = new ArrayList<>(fields);
                for (String s : f) {
                    stripped.add(s.strip());
                }
                rows.add(new Row(n, List.copyOf(stripped)));
            }
            return List.copyOf(rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

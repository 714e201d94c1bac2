package org.resdom.io.docx.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The Unicode characters of symbol fonts' codes ({@code w:sym w:font w:char}), from the table
 * {@code symbol-fonts.tsv}: font, code (hex), character (hex). Word writes a code either as the
 * font's own (0x20–0xFF) or moved into the private-use area (0xF020–0xF0FF); both are looked up.
 */
final class Symbols {
    private static final Map<String, String> TABLE = load();

    private Symbols() {}

    /**
     * @param font the font's name, as Word writes it (null: unknown)
     * @param code the code
     * @return the character, or empty when the table does not know the font or the code
     */
    static Optional<String> of(String font, int code) {
        if (font == null) {
            return Optional.empty();
        }
        int own = code >= 0xF000 && code <= 0xF0FF ? code - 0xF000 : code;
        return Optional.ofNullable(TABLE.get(key(font, own)));
    }

    private static String key(String font, int code) {
        return font.strip().toLowerCase(Locale.ROOT) + "\t" + code;
    }

    private static Map<String, String> load() {
        Map<String, String> m = new HashMap<>();
        try (InputStream in = Symbols.class.getResourceAsStream("symbol-fonts.tsv")) {
            if (in == null) {
                throw new IllegalStateException("symbol-fonts.tsv missing from resdom-docx");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                m.put(key(f[0], Integer.parseInt(f[1], 16)), new String(Character.toChars(Integer.parseInt(f[2], 16))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(m);
    }
}

package org.resdom.lang;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.resdom.internal.Checks;
import org.resdom.internal.DataTable;
import org.resdom.model.Language;

/**
 * The words a writer puts around a document's own text, in the document's language: a page's
 * buttons ({@code changes}, {@code after}, {@code before}), the titles of its marks
 * ({@code inserted}, {@code deleted}, {@code moved-here}, {@code moved-away}, {@code by}), the
 * names of document kinds ({@code RESOLUTION}…). One table, {@code captions.tsv} (key, language,
 * text); a key a language lacks, and an undetermined language, fall back to English. Immutable
 * and thread-safe.
 */
public final class Captions {

    private static final Map<Language, Map<String, String>> TABLE = load();

    private final Map<String, String> own;
    private final Map<String, String> english;

    private Captions(Map<String, String> own, Map<String, String> english) {
        this.own = own;
        this.english = english;
    }

    /**
     * @param language the document's language
     * @return its captions
     */
    public static Captions of(Language language) {
        Checks.notNull(language, "language");
        Map<String, String> en = TABLE.getOrDefault(Language.ENGLISH, Map.of());
        return new Captions(TABLE.getOrDefault(language, en), en);
    }

    /**
     * @param key a key of the table, such as {@code inserted}
     * @return the caption in this language, else in English, else the key itself
     */
    public String get(String key) {
        Checks.notNull(key, "key");
        String s = own.get(key);
        return s != null ? s : english.getOrDefault(key, key);
    }

    /** @return the keys of the table, sorted */
    public static List<String> keys() {
        return TABLE.getOrDefault(Language.ENGLISH, Map.of()).keySet().stream()
                .sorted()
                .toList();
    }

    private static Map<Language, Map<String, String>> load() {
        Map<Language, Map<String, String>> out = new EnumMap<>(Language.class);
        for (DataTable.Row row : DataTable.read(Captions.class, "captions.tsv", 3)) {
            Language l = Language.fromCode(row.get(1))
                    .orElseThrow(() -> new IllegalStateException(
                            "captions.tsv:" + row.line() + ": unknown language " + row.get(1)));
            out.computeIfAbsent(l, k -> new HashMap<>()).put(row.get(0), row.get(2));
        }
        Map<Language, Map<String, String>> frozen = new EnumMap<>(Language.class);
        out.forEach((k, v) -> frozen.put(k, Map.copyOf(v)));
        return frozen;
    }
}

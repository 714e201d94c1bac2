package org.resdom.cite;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.resdom.internal.DataTable;
import org.resdom.model.Language;

/** The citation vocabulary of one language, as one trie over normalised characters. */
final class Vocabulary {

    /** What a phrase is: its keys (a phrase can have several) and, for a named instrument, its key. */
    record Entry(Set<String> keys, String instrument, String phrase) {
        boolean is(String key) {
            return keys.contains(key);
        }
    }

    /** The key of a name in instruments.tsv that is no instrument (it keeps a shorter name inside from matching). */
    static final String NOT_AN_INSTRUMENT = "-";

    private static final Map<Language, Vocabulary> CACHE = new EnumMap<>(Language.class);
    private static final Set<String> SERIES = loadSeries();

    final Language language;
    final Trie<Entry> trie = new Trie<>();
    final boolean postposed;
    private final Map<String, Entry> byPhrase;

    private Vocabulary(Language language) {
        this.language = language;
        Map<String, Entry> phrases = new LinkedHashMap<>();
        List<Language> tables = language == Language.UNDETERMINED ? List.of(Language.official()) : List.of(language);
        for (Language l : tables) {
            for (DataTable.Row row : DataTable.read(Vocabulary.class, "words-" + l.code() + ".tsv", 3)) {
                add(phrases, row.get(2), row.get(1), null);
            }
        }
        for (DataTable.Row row : DataTable.read(Vocabulary.class, "instruments.tsv", 3)) {
            if (language == Language.UNDETERMINED || row.get(1).equals(language.code())) {
                if (row.get(0).equals(NOT_AN_INSTRUMENT)) {
                    add(phrases, row.get(2), "NOT_CITATION", null); // read as one phrase, cited as nothing
                } else {
                    add(phrases, row.get(2), "INSTRUMENT", row.get(0));
                }
            }
        }
        boolean post = false;
        for (Map.Entry<String, Entry> e : phrases.entrySet()) {
            trie.add(e.getKey(), e.getValue());
            post |= e.getValue().is("POST_RESOLUTION");
        }
        this.postposed = post;
        this.byPhrase = Map.copyOf(phrases);
    }

    /**
     * @param phrase a phrase as the tables write it
     * @return its entry, or null when the vocabulary lacks it
     */
    Entry phrase(String phrase) {
        return byPhrase.get(normalize(phrase));
    }

    private static void add(Map<String, Entry> phrases, String phrase, String key, String instrument) {
        String norm = normalize(phrase);
        Entry old = phrases.get(norm);
        Set<String> keys = new LinkedHashSet<>(old == null ? Set.of() : old.keys());
        keys.add(key);
        String inst = old != null && old.instrument() != null ? old.instrument() : instrument;
        phrases.put(norm, new Entry(Set.copyOf(keys), inst, phrase));
    }

    static String normalize(String phrase) {
        StringBuilder sb = new StringBuilder(phrase.length());
        for (int i = 0; i < phrase.length(); i++) {
            char c = phrase.charAt(i) == '*' ? '*' : Normalized.map(phrase.charAt(i));
            if (c != 0 && !(c == ' ' && sb.length() > 0 && sb.charAt(sb.length() - 1) == ' ')) {
                sb.append(c);
            }
        }
        return sb.toString().strip();
    }

    static synchronized Vocabulary of(Language language) {
        return CACHE.computeIfAbsent(language, Vocabulary::new);
    }

    /** @return whether a symbol series (upper case, such as {@code A} or {@code CCPR}) is the UN's */
    static boolean isSeries(String first) {
        return SERIES.contains(first);
    }

    private static Set<String> loadSeries() {
        Set<String> s = new LinkedHashSet<>();
        for (DataTable.Row row : DataTable.read(Vocabulary.class, "series.tsv", 3)) {
            s.add(row.get(1));
        }
        return Set.copyOf(s);
    }

    /** @return instrument key → language → names, from the table */
    static Map<String, Map<Language, List<String>>> instruments() {
        Map<String, Map<Language, List<String>>> out = new LinkedHashMap<>();
        for (DataTable.Row row : DataTable.read(Vocabulary.class, "instruments.tsv", 3)) {
            if (row.get(0).equals(NOT_AN_INSTRUMENT)) {
                continue;
            }
            Language l = Language.fromCode(row.get(1)).orElseThrow(
                    () -> new IllegalStateException("instruments.tsv:" + row.line() + ": unknown language"));
            out.computeIfAbsent(row.get(0), k -> new HashMap<>())
                    .computeIfAbsent(l, k -> new java.util.ArrayList<>()).add(row.get(2));
        }
        return out;
    }
}

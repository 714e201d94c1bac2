package org.resdom.lang;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.resdom.internal.Checks;
import org.resdom.internal.DataTable;
import org.resdom.model.ActionKind;
import org.resdom.model.Language;
import org.resdom.model.PreambleKind;

/**
 * The words of one language: preamble phrases, operative actions, qualifiers, and the
 * vocabulary of citations. Each table is data, a UTF-8 file
 * {@code /org/resdom/lang/phrases-LANG.tsv} (LANG is the ISO 639-1 code) with one entry per
 * line:
 *
 * <pre>
 * preamble   CONSIDERING   considering
 * action     INSTRUCTS     instructs
 * qualifier  -             further
 * prefix     -             also
 * word       RESOLUTION    Resolution
 * </pre>
 *
 * <p>{@code prefix} qualifiers stand before a phrase ({@code also welcomes}), {@code qualifier}s
 * after it ({@code considering further}). {@code word} entries are the citation vocabulary that
 * text readers use (their keys are listed in the table files). Matching ignores case
 * (per character, independent of the default locale), treats a no-break space as a space and
 * a typographic apostrophe as {@code '}; the longest phrase wins. Instances are immutable and
 * thread-safe.
 *
 * <p>To add a language, add its {@link Language} constant and its table file.
 */
public final class PhraseBook {

    private static final Map<Language, PhraseBook> BOOKS = load();

    private final Language language;
    private final List<Entry<PreambleKind>> preamble;
    private final List<Entry<ActionKind>> actions;
    private final List<String> qualifiers;
    private final List<String> prefixes;
    private final Map<String, List<String>> words;

    private record Entry<K>(K kind, String phrase, String normalized) {
    }

    private PhraseBook(Language language, List<Entry<PreambleKind>> preamble, List<Entry<ActionKind>> actions,
            List<String> qualifiers, List<String> prefixes, Map<String, List<String>> words) {
        this.language = language;
        this.preamble = preamble;
        this.actions = actions;
        this.qualifiers = qualifiers;
        this.prefixes = prefixes;
        this.words = words;
    }

    /**
     * The table of one language.
     *
     * @param language one of the six official languages
     * @return its table
     * @throws IllegalArgumentException for {@link Language#UNDETERMINED}
     */
    public static PhraseBook of(Language language) {
        Checks.notNull(language, "language");
        PhraseBook b = BOOKS.get(language);
        if (b == null) {
            throw new IllegalArgumentException("no phrase table for " + language);
        }
        return b;
    }

    /** @return the tables of the six languages, English first, then French, Spanish, Russian, Arabic, Chinese */
    public static List<PhraseBook> all() {
        return List.copyOf(BOOKS.values());
    }

    /** @return this table's language */
    public Language language() {
        return language;
    }

    /**
     * Finds a preamble phrase (with an optional qualifier before or after it) at the start of
     * {@code text}, ignoring leading whitespace.
     *
     * @param text the text
     * @return the match, if a phrase opens the text and ends at a word boundary
     */
    public Optional<PhraseMatch<PreambleKind>> matchPreamble(CharSequence text) {
        return match(text, preamble);
    }

    /**
     * Finds an operative action (with an optional qualifier) at the start of {@code text}.
     *
     * @param text the text
     * @return the match, if an action opens the text and ends at a word boundary
     */
    public Optional<PhraseMatch<ActionKind>> matchAction(CharSequence text) {
        return match(text, actions);
    }

    /**
     * Finds a preamble phrase that opens {@code text} even when a letter follows it directly,
     * as in {@code se félicitantconsidérant}, where text extracted from a document with tracked
     * changes glued a deleted phrase to an inserted one. No qualifier is taken. Readers use it
     * to point at such places; it is not a classification.
     *
     * @param text the text
     * @return the longest phrase that is a prefix of the text (after leading spaces), if any
     */
    public Optional<PhraseMatch<PreambleKind>> matchPreamblePrefix(CharSequence text) {
        return prefix(text, preamble);
    }

    /**
     * Like {@link #matchPreamblePrefix(CharSequence)}, for operative actions.
     *
     * @param text the text
     * @return the longest action that is a prefix of the text (after leading spaces), if any
     */
    public Optional<PhraseMatch<ActionKind>> matchActionPrefix(CharSequence text) {
        return prefix(text, actions);
    }

    private <K extends Enum<K>> Optional<PhraseMatch<K>> prefix(CharSequence text, List<Entry<K>> entries) {
        Checks.notNull(text, "text");
        int limit = Math.min(text.length(), 200);
        String norm = normalize(text.subSequence(0, limit));
        int pos = skipSpaces(norm, 0);
        for (Entry<K> e : entries) {
            if (norm.startsWith(e.normalized(), pos)) {
                int end = pos + e.normalized().length();
                return Optional.of(new PhraseMatch<>(e.kind(), language, end, text.subSequence(pos, end).toString(),
                        Optional.empty()));
            }
        }
        return Optional.empty();
    }

    /**
     * The phrases of one preamble class, in table order (the first is the usual one).
     *
     * @param kind the class
     * @return the phrases, possibly empty
     */
    public List<String> phrases(PreambleKind kind) {
        return preamble.stream().filter(e -> e.kind() == kind).map(Entry::phrase).toList();
    }

    /**
     * The phrases of one action class, in table order (the first is the usual one).
     *
     * @param kind the class
     * @return the phrases, possibly empty
     */
    public List<String> phrases(ActionKind kind) {
        return actions.stream().filter(e -> e.kind() == kind).map(Entry::phrase).toList();
    }

    /**
     * The citation vocabulary for one key, such as {@code RESOLUTION}, {@code CONVENTION},
     * {@code ANNEX}, {@code REV}; see the table files for the keys.
     *
     * @param key the key
     * @return the words, longest first, possibly empty
     */
    public List<String> words(String key) {
        return words.getOrDefault(key, List.of());
    }

    /** @return the keys of the citation vocabulary */
    public List<String> wordKeys() {
        return List.copyOf(words.keySet());
    }

    /**
     * Lower-cases one character at a time (independent of the default locale) and maps a
     * no-break space to a space and typographic apostrophes to {@code '}; the result has the
     * same length as the input, so indexes carry over.
     *
     * @param s the text
     * @return the normalized text
     */
    public static String normalize(CharSequence s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\u00A0' || c == '\u202F' || c == '\t') {
                c = ' ';
            } else if (c == '\u2019' || c == '\u02BC') {
                c = '\'';
            } else {
                c = Character.toLowerCase(c);
            }
            sb.append(c);
        }
        return sb.toString();
    }

    private <K extends Enum<K>> Optional<PhraseMatch<K>> match(CharSequence text, List<Entry<K>> entries) {
        Checks.notNull(text, "text");
        int limit = Math.min(text.length(), 200);
        String norm = normalize(text.subSequence(0, limit));
        int pos = skipSpaces(norm, 0);
        int start = pos;
        Optional<PhraseMatch<K>> direct = matchPhrase(text, norm, pos, entries);
        String prefix = longest(norm, pos, prefixes);
        if (prefix != null) {
            int after = pos + prefix.length();
            int next = skipSpaces(norm, after);
            if (next > after || isCjk(norm, after - 1)) {
                Optional<PhraseMatch<K>> rest = matchPhrase(text, norm, next, entries);
                if (rest.isPresent() && (direct.isEmpty() || direct.get().end() < rest.get().end())) {
                    // a whole table phrase ("вновь подтверждая") wins over prefix + shorter phrase
                    PhraseMatch<K> r = rest.get();
                    return Optional.of(new PhraseMatch<>(r.kind(), language, r.end(), r.phrase(),
                            Optional.of(text.subSequence(start, after).toString())));
                }
            }
        }
        return direct;
    }

    private <K extends Enum<K>> Optional<PhraseMatch<K>> matchPhrase(CharSequence text, String norm, int pos,
            List<Entry<K>> entries) {
        for (Entry<K> e : entries) {
            String p = e.normalized();
            if (norm.startsWith(p, pos) && boundary(norm, pos + p.length())) {
                int end = pos + p.length();
                String phrase = text.subSequence(pos, end).toString();
                int q = skipSpaces(norm, end);
                String qual = q > end || isCjk(norm, end - 1) ? longest(norm, q, qualifiers) : null;
                if (qual != null && boundary(norm, q + qual.length())) {
                    return Optional.of(new PhraseMatch<>(e.kind(), language, q + qual.length(), phrase,
                            Optional.of(text.subSequence(q, q + qual.length()).toString())));
                }
                return Optional.of(new PhraseMatch<>(e.kind(), language, end, phrase, Optional.empty()));
            }
        }
        return Optional.empty();
    }

    private static String longest(String norm, int pos, List<String> candidates) {
        for (String c : candidates) {
            if (norm.startsWith(c, pos)) {
                return c;
            }
        }
        return null;
    }

    private static int skipSpaces(String s, int pos) {
        while (pos < s.length() && s.charAt(pos) == ' ') {
            pos++;
        }
        return pos;
    }

    private static boolean isCjk(String s, int i) {
        if (i < 0 || i >= s.length()) {
            return false;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(s.charAt(i));
        return script == Character.UnicodeScript.HAN;
    }

    private static boolean boundary(String s, int end) {
        if (end >= s.length()) {
            return true;
        }
        if (isCjk(s, end - 1)) {
            return true;
        }
        char c = s.charAt(end);
        return !Character.isLetterOrDigit(c);
    }

    private static Map<Language, PhraseBook> load() {
        Map<Language, PhraseBook> books = new LinkedHashMap<>();
        for (Language l : new Language[] {Language.ENGLISH, Language.FRENCH, Language.SPANISH,
                Language.RUSSIAN, Language.ARABIC, Language.CHINESE}) {
            books.put(l, read(l));
        }
        return Collections.unmodifiableMap(books);
    }

    private static PhraseBook read(Language language) {
        String name = "phrases-" + language.code() + ".tsv";
        List<Entry<PreambleKind>> preamble = new ArrayList<>();
        List<Entry<ActionKind>> actions = new ArrayList<>();
        List<String> qualifiers = new ArrayList<>();
        List<String> prefixes = new ArrayList<>();
        Map<String, List<String>> words = new LinkedHashMap<>();
        List<DataTable.Row> rows = new ArrayList<>(DataTable.read(PhraseBook.class, name, 3));
        // the citation vocabulary is owned by org.resdom.cite; word(key) still gives it
        rows.addAll(DataTable.read(PhraseBook.class, "/org/resdom/cite/words-" + language.code() + ".tsv", 3));
        for (DataTable.Row row : rows) {
            String phrase = row.get(2);
            String norm = normalize(phrase);
            switch (row.get(0)) {
                case "preamble" -> preamble.add(new Entry<>(PreambleKind.valueOf(row.get(1)), phrase, norm));
                case "action" -> actions.add(new Entry<>(ActionKind.valueOf(row.get(1)), phrase, norm));
                case "qualifier" -> qualifiers.add(norm);
                case "prefix" -> prefixes.add(norm);
                case "word" -> words.computeIfAbsent(row.get(1), k -> new ArrayList<>()).add(phrase);
                default -> throw new IllegalStateException(name + ":" + row.line() + ": unknown entry " + row.get(0));
            }
        }
        Comparator<Entry<?>> longestFirst = Comparator.comparingInt((Entry<?> e) -> -e.normalized().length());
        List<Entry<PreambleKind>> p = sortedStable(preamble, longestFirst);
        List<Entry<ActionKind>> a = sortedStable(actions, longestFirst);
        Comparator<String> longer = Comparator.comparingInt(s -> -s.length());
        qualifiers.sort(longer);
        prefixes.sort(longer);
        Map<String, List<String>> w = new LinkedHashMap<>();
        words.forEach((k, v) -> {
            List<String> copy = new ArrayList<>(v);
            copy.sort(longer);
            w.put(k, List.copyOf(copy));
        });
        return new PhraseBook(language, p, a, List.copyOf(qualifiers), List.copyOf(prefixes),
                Collections.unmodifiableMap(w));
    }

    private static <T> List<T> sortedStable(List<T> list, Comparator<? super T> c) {
        List<T> copy = new ArrayList<>(list);
        copy.sort(c);
        return List.copyOf(copy);
    }

    /**
     * The phrases of a table as entered (not normalized), for tests and tools.
     *
     * @return a map from class name to phrases
     */
    public Map<String, List<String>> describe() {
        Map<String, List<String>> m = new LinkedHashMap<>();
        for (Entry<PreambleKind> e : preamble) {
            m.computeIfAbsent("preamble." + e.kind().name(), k -> new ArrayList<>()).add(e.phrase());
        }
        for (Entry<ActionKind> e : actions) {
            m.computeIfAbsent("action." + e.kind().name(), k -> new ArrayList<>()).add(e.phrase());
        }
        return Collections.unmodifiableMap(m);
    }

    @Override
    public String toString() {
        return "PhraseBook[" + language.code().toUpperCase(Locale.ROOT) + "]";
    }
}

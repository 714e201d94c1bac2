package org.resdom.cite;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.resdom.internal.DataTable;
import org.resdom.model.DocumentKind;
import org.resdom.model.Language;

/** The citation vocabulary of one language, as one trie over normalised characters. */
final class Vocabulary {

    /** What a phrase is: its keys (a phrase can have several) and, for a named instrument, its key. */
    static final class Entry {
        private final Set<String> keys;
        /** {@link #keys}, interned: the recogniser asks with literals, so most tests are by identity. */
        private final String[] keyArray;

        private final String instrument;
        private final String phrase;
        /** Whether a key names a body (the recogniser's {@code body(…)} looks no further otherwise). */
        private final boolean namesBody;

        private final DocumentKind kind;
        private final boolean capitals;

        Entry(Set<String> keys, String instrument, String phrase) {
            this.keys = keys;
            this.keyArray = keys.stream().map(String::intern).toArray(String[]::new);
            this.instrument = instrument;
            this.phrase = phrase;
            this.capitals = phrase.length() >= 2
                    && phrase.codePoints().allMatch(c -> Character.isUpperCase(c) || !Character.isLetter(c))
                    && phrase.codePoints().anyMatch(Character::isUpperCase);
            this.namesBody = keys.stream()
                    .anyMatch(k -> k.startsWith("BODY_") || k.equals("UNGA") || k.equals("THIS_CONFERENCE"));
            this.kind = keys.contains("RESOLUTION") || keys.contains("ITS_RESOLUTION")
                    ? DocumentKind.RESOLUTION
                    : keys.contains("DECISION") || keys.contains("ITS_DECISION")
                            ? DocumentKind.DECISION
                            : keys.contains("RECOMMENDATION")
                                    ? DocumentKind.RECOMMENDATION
                                    : keys.contains("OPINION") ? DocumentKind.OPINION : null;
        }

        /**
         * @return whether the phrase is an abbreviation written in capitals ({@code WHO}, {@code ВОЗ}):
         *     the recogniser then takes it as a body's name only where the text writes it so
         */
        boolean capitals() {
            return capitals;
        }

        /** @return the kind of document the phrase names ("resolutions", "its decision"), or null */
        DocumentKind kind() {
            return kind;
        }

        Set<String> keys() {
            return keys;
        }

        String instrument() {
            return instrument;
        }

        String phrase() {
            return phrase;
        }

        boolean namesBody() {
            return namesBody;
        }

        boolean is(String key) {
            for (String k : keyArray) {
                if (k == key) {
                    return true;
                }
            }
            for (String k : keyArray) {
                if (k.hashCode() == key.hashCode() && k.equals(key)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** The key of a name in instruments.tsv that is no instrument (it keeps a shorter name inside from matching). */
    static final String NOT_AN_INSTRUMENT = "-";

    /**
     * The first character of the key of a name in instruments.tsv that refers to the instrument
     * cited just before ({@code ^optional-protocols}: "the Optional Protocols thereto").
     */
    static final String RELATED = "^";

    /** Built on first use, one per language, by ordinal. */
    private static final java.util.concurrent.atomic.AtomicReferenceArray<Vocabulary> CACHE =
            new java.util.concurrent.atomic.AtomicReferenceArray<>(Language.values().length);

    private static final Set<String> SERIES = loadSeries();

    final Language language;
    final Trie<Entry> trie = new Trie<>();
    final boolean postposed;
    private final Map<String, Entry> byPhrase;
    /** The tabled names that contain an organisation's name ({@code TITLE_OWNER}), without it, as words. */
    private final List<String[]> ownerless;
    /** The instrument key of each of {@link #ownerless}. */
    private final List<String> ownerlessKeys;

    private final Anchors anchors;
    /** The grammar of instrument titles not in the table ({@code TITLE_*} rows), read by {@link Titles}. */
    final Titles.Grammar titles;

    private Vocabulary(Language language) {
        this.language = language;
        Map<String, Entry> phrases = new LinkedHashMap<>();
        List<Language> tables = language == Language.UNDETERMINED ? List.of(Language.official()) : List.of(language);
        Titles.Grammar.Builder grammar = new Titles.Grammar.Builder();
        for (Language l : tables) {
            for (DataTable.Row row : DataTable.read(Vocabulary.class, "words-" + l.code() + ".tsv", 3)) {
                if (row.get(1).startsWith(Titles.KEY_PREFIX)) {
                    grammar.add(row.get(1), normalize(row.get(2)));
                } else {
                    add(phrases, row.get(2), row.get(1), null);
                }
            }
        }
        this.titles = grammar.build();
        List<String[]> withoutOwner = new java.util.ArrayList<>();
        List<String> withoutOwnerKeys = new java.util.ArrayList<>();
        for (DataTable.Row row : DataTable.read(Vocabulary.class, "instruments.tsv", 3)) {
            if (language == Language.UNDETERMINED || row.get(1).equals(language.code())) {
                if (!row.get(0).equals(NOT_AN_INSTRUMENT) && !row.get(0).startsWith(RELATED)) {
                    for (String owner : titles.owners) {
                        String[] words = withoutOwner(normalize(row.get(2)), owner);
                        if (words != null) {
                            withoutOwner.add(words);
                            withoutOwnerKeys.add(row.get(0));
                        }
                    }
                }
                if (row.get(0).equals(NOT_AN_INSTRUMENT)) {
                    add(phrases, row.get(2), "NOT_CITATION", null); // read as one phrase, cited as nothing
                } else {
                    add(phrases, row.get(2), "INSTRUMENT", row.get(0));
                }
            }
        }
        boolean post = false;
        List<String> anchorList = new java.util.ArrayList<>();
        for (Map.Entry<String, Entry> e : phrases.entrySet()) {
            trie.add(e.getKey(), e.getValue());
            post |= e.getValue().is("POST_RESOLUTION");
            Entry entry = e.getValue();
            if (entry.instrument() != null || entry.is("ANNEX") || entry.is("APPENDIX")) {
                int star = e.getKey().indexOf('*');
                String anchor = star < 0 ? e.getKey() : e.getKey().substring(0, star);
                anchorList.add(anchor);
                if (anchor.startsWith("\u0627\u0644") && anchor.length() > 2) {
                    anchorList.add(anchor.substring(1)); // "للإعلان": after ل the article drops its alif
                }
            }
        }
        this.ownerless = List.copyOf(withoutOwner);
        this.ownerlessKeys = List.copyOf(withoutOwnerKeys);
        this.postposed = post;
        this.byPhrase = Map.copyOf(phrases);
        this.anchors = new Anchors(anchorList, language == Language.ARABIC || language == Language.UNDETERMINED);
    }

    /**
     * Whether normalised text may hold a citation: it has a digit (every numbered citation and
     * document symbol has one), or the fixed start of a phrase that is a citation without a
     * number (a named instrument, an annex or appendix: "annex I") where the tokeniser could
     * read a phrase. Without either, the recogniser would find nothing, so it need not tokenise
     * the text.
     *
     * @param t the normalised text
     * @return false only when the text holds no citation
     */
    boolean mayCite(Normalized t) {
        return t.hasDigit || anchors.mayCite(t.n, t.length);
    }

    /**
     * The fixed starts of the phrases that cite without a number: a filter on the first three
     * characters (two or one for shorter ones), then a comparison with each start in the bucket.
     */
    private static final class Anchors {
        private static final int BUCKETS = 4096;
        private final boolean always;
        /** Whether a phrase can start after a letter (Arabic: after a prefixed conjunction or preposition). */
        private final boolean inWords;

        private final long[] single = new long[1024];
        private final long[] pairs = new long[1024];
        private final long[] triples = new long[1024];
        private final char[][][] buckets = new char[BUCKETS][][];

        Anchors(List<String> list, boolean inWords) {
            boolean all = false;
            Map<Integer, List<char[]>> groups = new HashMap<>();
            for (String a : list) {
                if (a.isEmpty()) {
                    all = true;
                } else if (a.length() == 1) {
                    set(single, a.charAt(0));
                } else {
                    int h = a.length() == 2
                            ? hash(a.charAt(0), a.charAt(1))
                            : hash(a.charAt(0), a.charAt(1), a.charAt(2));
                    set(a.length() == 2 ? pairs : triples, h);
                    groups.computeIfAbsent(h % BUCKETS, k -> new java.util.ArrayList<>())
                            .add(a.toCharArray());
                }
            }
            this.always = all;
            this.inWords = inWords;
            groups.forEach((k, g) -> buckets[k] = g.toArray(new char[0][]));
        }

        private static int hash(char a, char b) {
            return (a * 31 + b) & 0xFFFF;
        }

        private static int hash(char a, char b, char c) {
            return ((a * 31 + b) * 31 + c) & 0xFFFF;
        }

        private static void set(long[] bits, int i) {
            bits[i >>> 6] |= 1L << i;
        }

        private static boolean get(long[] bits, int i) {
            return (bits[i >>> 6] & 1L << i) != 0;
        }

        boolean mayCite(char[] n, int len) {
            if (always) {
                return true;
            }
            for (int i = 0; i < len; i++) {
                char c = n[i];
                if (!inWords && i > 0 && Normalized.isWordLetter(n[i - 1]) && !Normalized.isHan(c)) {
                    continue; // the tokeniser reads phrases at word starts only
                }
                if (get(single, c)) {
                    return true;
                }
                if (i + 1 < len && get(pairs, hash(c, n[i + 1])) && bucket(n, len, i, hash(c, n[i + 1]))) {
                    return true;
                }
                if (i + 2 < len
                        && get(triples, hash(c, n[i + 1], n[i + 2]))
                        && bucket(n, len, i, hash(c, n[i + 1], n[i + 2]))) {
                    return true;
                }
            }
            return false;
        }

        private boolean bucket(char[] n, int len, int i, int h) {
            char[][] group = buckets[h % BUCKETS];
            if (group != null) {
                for (char[] a : group) {
                    if (startsAt(n, len, i, a)) {
                        return true;
                    }
                }
            }
            return false;
        }

        private static boolean startsAt(char[] n, int len, int i, char[] a) {
            if (i + a.length > len) {
                return false;
            }
            for (int k = 0; k < a.length; k++) {
                if (n[i + k] != a[k]) {
                    return false;
                }
            }
            return true;
        }
    }

    /**
     * A tabled name without the organisation's name inside it, when that leaves a title: the name
     * goes on after it ({@code united nations declaration on the rights …} → {@code declaration on
     * the rights …}; not {@code charter of the united nations}) and three words at least are left
     * (in Chinese, which writes no spaces, three characters more than the organisation's name).
     *
     * @param name a tabled name, normalised
     * @param owner an organisation's name, normalised
     * @return the words left, or null
     */
    private static String[] withoutOwner(String name, String owner) {
        boolean spaced = owner.indexOf(' ') >= 0 || name.indexOf(' ') >= 0;
        int at = name.indexOf(owner);
        while (at >= 0
                && spaced
                && !((at == 0 || name.charAt(at - 1) == ' ')
                        && at + owner.length() < name.length()
                        && name.charAt(at + owner.length()) == ' ')) {
            at = name.indexOf(owner, at + 1);
        }
        if (at < 0 || at + owner.length() >= name.length()) {
            return null;
        }
        String rest = (name.substring(0, at) + name.substring(at + owner.length()))
                .trim()
                .replace("  ", " ");
        if (!spaced) {
            return rest.length() >= 3 + owner.length() ? new String[] {rest} : null;
        }
        String[] words = rest.split(" ");
        return words.length >= 3 ? words : null;
    }

    /**
     * The instrument whose tabled name, without the organisation that adopted it, is the title
     * from {@code start} to {@code end} ({@code the Declaration on the Rights of Indigenous Peoples}
     * is {@code undrip}); a word of the table ending in {@code *} is a stem.
     *
     * @param t the text, normalised
     * @param start the title's normalised start
     * @param end its normalised end
     * @return the instrument's key, or null
     */
    String withoutOwner(Normalized t, int start, int end) {
        if (ownerless.isEmpty()) {
            return null;
        }
        String[] words = new String(t.n, start, end - start).split(" ");
        for (int i = 0; i < ownerless.size(); i++) {
            String[] name = ownerless.get(i);
            if (name.length != words.length) {
                continue;
            }
            boolean same = true;
            for (int w = 0; same && w < name.length; w++) {
                String x = name[w];
                same = x.endsWith("*") ? words[w].startsWith(x.substring(0, x.length() - 1)) : words[w].equals(x);
            }
            if (same) {
                return ownerlessKeys.get(i);
            }
        }
        return null;
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

    static Vocabulary of(Language language) {
        Vocabulary v = CACHE.get(language.ordinal());
        if (v == null) {
            synchronized (CACHE) {
                v = CACHE.get(language.ordinal());
                if (v == null) {
                    v = new Vocabulary(language);
                    CACHE.set(language.ordinal(), v);
                }
            }
        }
        return v;
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
            Language l = Language.fromCode(row.get(1))
                    .orElseThrow(
                            () -> new IllegalStateException("instruments.tsv:" + row.line() + ": unknown language"));
            out.computeIfAbsent(row.get(0), k -> new HashMap<>())
                    .computeIfAbsent(l, k -> new java.util.ArrayList<>())
                    .add(row.get(2));
        }
        return out;
    }
}

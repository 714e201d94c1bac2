package org.resdom.cite;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Instrument titles the table of instruments lacks, read by their form: a head word that names a
 * kind of instrument ("Declaration", "Programme of Action", "Конвенция", "إعلان", "宣言") and the
 * words that make it a title (capitalised words and the small words between them where titles are
 * title-cased; the complement that a preposition opens where only the first word is capitalised;
 * the genitive or the relative adjective after the head in Arabic; the book-title marks {@code 《…》}
 * in Chinese). The grammar is data: the {@code TITLE_*} rows of {@code words-*.tsv}.
 *
 * <p>A bare head ("the Declaration", "la Convention", "الاتفاقية") refers to something named before
 * and is no title; a head written in capitals is a heading. The found titles are cited with a key
 * of their own: {@link #UNTABLED} followed by the title as written, normalised.
 */
final class Titles {

    /** The prefix of the keys of the title grammar in {@code words-*.tsv}. */
    static final String KEY_PREFIX = "TITLE_";

    /** The first character of the key of an instrument cited by its title, not by the table. */
    static final String UNTABLED = "~";

    /** How many words a title runs at most, head and modifiers included, where titles are not title-cased. */
    private static final int MAX_WORDS = 18;

    /**
     * How many words a title-cased title runs at most: its capitals end it, so it may be long ("the
     * Basic Principles and Guidelines on the Right to a Remedy and Reparation for Victims of …").
     */
    private static final int MAX_TITLE_CASE_WORDS = 32;

    /** How many characters a book title ({@code 《…》}) runs at most. */
    private static final int MAX_BOOK_TITLE = 80;

    /**
     * How many characters a Chinese title has before its head: {@code 《政治宣言》} (a political
     * declaration) names no instrument, {@code 《国际人口与发展会议行动纲领》} does.
     */
    private static final int MIN_NAME = 3;

    /** How a language writes titles. */
    enum Style {
        /** Not read (a text of no known language). */
        NONE,
        /** Every content word capitalised: English, Spanish. */
        TITLE_CASE,
        /** The first word capitalised: French, Russian. */
        SENTENCE_CASE,
        /** No capitals: Arabic. */
        UNCASED,
        /** Between book-title marks: Chinese. */
        BOOK_TITLE
    }

    /** The first characters looked up in a table, not searched: Latin, Greek, Cyrillic, Arabic. */
    private static final int DIRECT = 0x800;

    /** One language's title grammar. */
    static final class Grammar {
        final Style style;
        /** Head phrases, each as its words (a word ending in {@code *} is a stem), longest first. */
        final List<String[]> heads;
        /** The heads that are no title with modifiers alone ("Internet Protocol"): they need a complement. */
        final Set<String> needComplement;
        /** Endings of the adjective that may start a title before a head in lower case ("Венской декларации"). */
        final List<String> adjectives;

        /**
         * Modifiers that name no instrument before a head that needs a complement ("the Optional
         * Protocol", "the Internet Protocol"): any other capitalised modifier is a name ("the Riyadh
         * Agreement", "Стокгольмское соглашение").
         */
        final List<String> generic;
        /** Openers that continue a title but do not open a bare head's complement ("Декларации в отношении"). */
        final Set<String> inner;
        /**
         * Words that, right after an uncased head, make it a verbal noun, not a title ("إعلان السنة
         * الدولية": the proclamation of the year).
         */
        final List<String> notComplement;
        /** The prepositions before a place's name in a complement ("de Stockholm"): the name ends it. */
        final Set<String> ofPlace;
        /** The definite articles: "the Riyadh Agreement", not "a Development Framework". */
        final Set<String> definite;

        final Set<String> links;
        final Set<String> opens;
        final Set<String> ands;
        final Set<String> dets;
        final List<String> stops;
        /**
         * Words that name the author of a statement ({@code Minister}, {@code Président}, {@code
         * وزير}): a complement that opens with one makes a statement, no instrument ("Declaration of the
         * Minister of Health").
         */
        final List<String> authors;
        /**
         * Names of the organisation that adopted an instrument ({@code United Nations}, {@code
         * Организации Объединенных Наций}, {@code 联合国}), which a text may leave out of its name.
         */
        final List<String> owners;

        /** The heads by their first word (an exact word): their indices in {@link #heads}, ascending. */
        private final Map<String, int[]> byFirst;
        /** The heads whose first word is a stem: the stem without its {@code *}, in the order of {@link #heads}. */
        private final String[] stems;
        /** The index in {@link #heads} of each of {@link #stems}. */
        private final int[] stemHeads;
        /** The heads' first words by their first character (for {@link #words}): sorted characters. */
        private final char[] firstChars;
        /** For each of {@link #firstChars}, the first words that start with it, and whether each is a stem. */
        private final char[][][] firstWords;

        private final boolean[][] firstStems;

        /**
         * For each of {@link #firstChars}, the lengths of its exact first words as bits (bit
         * {@code min(length, 63)}), and the length of its shortest stem ({@code Integer.MAX_VALUE}
         * for none): a word of another length is no first word, without a comparison.
         */
        private final long[] firstLengths;

        private final int[] shortestStem;
        /** For the characters below {@link #DIRECT}, one more than their index in {@link #firstChars} (0: none). */
        private final short[] direct = new short[DIRECT];
        /** Whether some head opens with a bare {@code *}: any word may open a head. */
        private final boolean anyFirst;

        private Grammar(Builder b) {
            this.style = b.style;
            List<String[]> h = new ArrayList<>(b.heads);
            h.sort(Comparator.comparingInt((String[] a) -> a.length)
                    .thenComparingInt(a -> String.join(" ", a).length())
                    .reversed());
            this.heads = List.copyOf(h);
            Map<String, List<Integer>> exact = new HashMap<>();
            List<String> stemList = new ArrayList<>();
            List<Integer> stemIndex = new ArrayList<>();
            java.util.TreeMap<Character, Map<String, Boolean>> starts = new java.util.TreeMap<>();
            boolean any = false;
            for (int i = 0; i < heads.size(); i++) {
                String first = heads.get(i)[0];
                boolean stem = first.endsWith("*");
                String word = stem ? first.substring(0, first.length() - 1) : first;
                if (stem) {
                    stemList.add(word);
                    stemIndex.add(i);
                } else {
                    exact.computeIfAbsent(first, k -> new ArrayList<>()).add(i);
                }
                if (word.isEmpty()) {
                    any |= stem;
                    continue;
                }
                starts.computeIfAbsent(word.charAt(0), k -> new java.util.LinkedHashMap<>())
                        .merge(word, stem, Boolean::logicalOr);
            }
            Map<String, int[]> by = new HashMap<>();
            exact.forEach(
                    (k, l) -> by.put(k, l.stream().mapToInt(Integer::intValue).toArray()));
            this.byFirst = Map.copyOf(by);
            this.stems = stemList.toArray(String[]::new);
            this.stemHeads = stemIndex.stream().mapToInt(Integer::intValue).toArray();
            this.anyFirst = any;
            this.firstChars = new char[starts.size()];
            this.firstWords = new char[starts.size()][][];
            this.firstStems = new boolean[starts.size()][];
            this.firstLengths = new long[starts.size()];
            this.shortestStem = new int[starts.size()];
            int c = 0;
            for (Map.Entry<Character, Map<String, Boolean>> e : starts.entrySet()) {
                firstChars[c] = e.getKey();
                if (e.getKey() < DIRECT) {
                    direct[e.getKey()] = (short) (c + 1);
                }
                firstWords[c] =
                        e.getValue().keySet().stream().map(String::toCharArray).toArray(char[][]::new);
                firstStems[c] = new boolean[firstWords[c].length];
                int k = 0;
                for (boolean st : e.getValue().values()) {
                    firstStems[c][k++] = st;
                }
                shortestStem[c] = Integer.MAX_VALUE;
                for (k = 0; k < firstWords[c].length; k++) {
                    int length = firstWords[c][k].length;
                    if (firstStems[c][k]) {
                        shortestStem[c] = Math.min(shortestStem[c], length);
                    } else {
                        firstLengths[c] |= 1L << Math.min(length, 63);
                    }
                }
                c++;
            }
            this.needComplement = Set.copyOf(b.needComplement);
            this.adjectives = List.copyOf(b.adjectives);
            this.generic = List.copyOf(b.generic);
            this.inner = Set.copyOf(b.inner);
            this.notComplement = List.copyOf(b.notComplement);
            this.ofPlace = Set.copyOf(b.ofPlace);
            this.definite = Set.copyOf(b.definite);
            this.links = Set.copyOf(b.links);
            this.opens = Set.copyOf(b.opens);
            this.ands = Set.copyOf(b.ands);
            this.dets = Set.copyOf(b.dets);
            this.stops = List.copyOf(b.stops);
            this.authors = List.copyOf(b.authors);
            this.owners = List.copyOf(b.owners);
        }

        /**
         * How many words the text has, as {@link Titles#split} cuts them, or 0 when none opens a
         * head, or, in Arabic, opens one after a prefixed conjunction or preposition: without one,
         * no title is found, and the text need not be split into words.
         */
        int words(char[] n, int len) {
            boolean opened = anyFirst;
            int c = 0;
            int i = 0;
            while (i < len) {
                if (!Normalized.isWordLetter(n[i])) {
                    i++;
                    continue;
                }
                int s = i;
                i = wordEnd(n, len, s);
                opened = opened || opensHead(n, s, i);
                c++;
            }
            return opened ? c : 0;
        }

        /** Whether the word from s to e may open a head: it is a head's first word, or one after an Arabic prefix. */
        boolean opensHead(char[] n, int s, int e) {
            return anyFirst
                    || first(n, s, e)
                    || style == Style.UNCASED && e - s > 3 && PREFIXES.indexOf(n[s]) >= 0 && first(n, s + 1, e);
        }

        /** Whether the word from s to e is the first word of a head (or starts with its stem). */
        private boolean first(char[] n, int s, int e) {
            char c0 = n[s];
            int b = c0 < DIRECT ? direct[c0] - 1 : java.util.Arrays.binarySearch(firstChars, c0);
            if (b < 0) {
                return false;
            }
            int length = e - s;
            if ((firstLengths[b] & 1L << Math.min(length, 63)) == 0 && length < shortestStem[b]) {
                return false;
            }
            char[][] words = firstWords[b];
            for (int k = 0; k < words.length; k++) {
                char[] fw = words[k];
                if (firstStems[b][k] ? e - s >= fw.length : e - s == fw.length) {
                    int m = 1;
                    while (m < fw.length && n[s + m] == fw[m]) {
                        m++;
                    }
                    if (m == fw.length) {
                        return true;
                    }
                }
            }
            return false;
        }

        /** Collects the rows of the tables. */
        static final class Builder {
            private Style style;
            private boolean mixed;
            private final List<String[]> heads = new ArrayList<>();
            private final Set<String> needComplement = new HashSet<>();
            private final List<String> adjectives = new ArrayList<>();
            private final List<String> generic = new ArrayList<>();
            private final Set<String> inner = new HashSet<>();
            private final List<String> notComplement = new ArrayList<>();
            private final Set<String> ofPlace = new HashSet<>();
            private final Set<String> definite = new HashSet<>();
            private final Set<String> links = new HashSet<>();
            private final Set<String> opens = new HashSet<>();
            private final Set<String> ands = new HashSet<>();
            private final Set<String> dets = new HashSet<>();
            private final List<String> stops = new ArrayList<>();
            private final List<String> authors = new ArrayList<>();
            private final List<String> owners = new ArrayList<>();

            /**
             * @param key the row's key ({@code TITLE_HEAD} …)
             * @param phrase the phrase, normalised
             */
            void add(String key, String phrase) {
                switch (key) {
                    case "TITLE_STYLE" -> {
                        Style s = Style.valueOf(
                                phrase.toUpperCase(java.util.Locale.ROOT).replace(' ', '_'));
                        mixed |= style != null && style != s;
                        style = s;
                    }
                    case "TITLE_HEAD" -> heads.add(words(phrase));
                    case "TITLE_HEAD_OF" -> {
                        heads.add(words(phrase));
                        needComplement.add(String.join(" ", words(phrase)));
                    }
                    case "TITLE_ADJECTIVE" -> adjectives.add(phrase);
                    case "TITLE_GENERIC" -> generic.add(phrase);
                    case "TITLE_INNER" -> {
                        opens.add(phrase);
                        inner.add(phrase);
                    }
                    case "TITLE_NOT_COMPLEMENT" -> notComplement.add(phrase);
                    case "TITLE_OF_PLACE" -> {
                        opens.add(phrase);
                        ofPlace.add(phrase);
                    }
                    case "TITLE_DEFINITE" -> {
                        dets.add(phrase);
                        definite.add(phrase);
                    }
                    case "TITLE_LINK" -> links.add(phrase);
                    case "TITLE_OPEN" -> opens.add(phrase);
                    case "TITLE_AND" -> ands.add(phrase);
                    case "TITLE_DET" -> dets.add(phrase);
                    case "TITLE_STOP" -> stops.add(phrase);
                    case "TITLE_AUTHOR" -> authors.add(phrase);
                    case "TITLE_OWNER" -> owners.add(phrase);
                    default -> throw new IllegalStateException("unknown title key " + key);
                }
            }

            Grammar build() {
                if (mixed || style == null) {
                    style = Style.NONE;
                }
                return new Grammar(this);
            }

            /** A phrase's words as {@link Titles} splits text: "programme d'action" is programme, d', action. */
            private static String[] words(String phrase) {
                List<String> out = new ArrayList<>();
                for (String w : phrase.split(" ")) {
                    int a = w.indexOf('\'');
                    if (a > 0 && a + 1 < w.length()) {
                        out.add(w.substring(0, a + 1));
                        out.add(w.substring(a + 1));
                    } else if (!w.isEmpty()) {
                        out.add(w);
                    }
                }
                return out.toArray(String[]::new);
            }
        }
    }

    /** A title found: normalised start and end, and the table's key when it names a tabled instrument. */
    record Found(int start, int end, String instrument) {}

    private final Grammar g;
    private final Vocabulary v;
    private final Normalized t;
    private final char[] n;
    private final int len;
    /** Normalised start and end of each word. */
    private final int[] ws;

    private final int[] we;
    /** Each word's text, made when first asked for ({@link #word}). */
    private final String[] w;
    /** Whether a word may open a head ({@link Grammar#opensHead}): the others are not looked up. */
    private final boolean[] opens;
    /** Whether punctuation or a digit stands between a word and the one before. */
    private final boolean[] brk;
    /** Whether a word starts a text or follows an end of sentence or clause (. ; : ! ?). */
    private final boolean[] sent;

    private final int count;

    /** Whether heads are tried one by one and every text split (the reference for the tests of the look-ups). */
    private final boolean plain;

    private Titles(Vocabulary v, Normalized t, boolean plain) {
        this.plain = plain;
        this.g = v.titles;
        this.v = v;
        this.t = t;
        this.n = t.n;
        this.len = t.length;
        // every word but the last takes two characters at least (a letter and the space or mark
        // after it, or a letter and its apostrophe: "d'a"), so c words need 2c - 1 characters:
        // at most len / 2 + 1 words ("a b c": 3 in 5)
        // no word that opens a head: no title, so no words to split
        // (the plain reference keeps that bound; the filter counts the words, 0 when none opens a head)
        int cap = g.style == Style.NONE || g.style == Style.BOOK_TITLE ? 0 : plain ? len / 2 + 1 : g.words(n, len);
        ws = new int[cap];
        we = new int[cap];
        w = new String[cap];
        opens = new boolean[cap];
        brk = new boolean[cap];
        sent = new boolean[cap];
        count = cap == 0 ? 0 : split();
    }

    /**
     * @param v the vocabulary of the text's language
     * @param t the text, normalised
     * @return the titles found, in order, not overlapping
     */
    static List<Found> find(Vocabulary v, Normalized t) {
        return find(v, t, false);
    }

    /** {@link #find} without the filter and the look-ups: every text split, every head tried in turn (for the tests). */
    static List<Found> findPlain(Vocabulary v, Normalized t) {
        return find(v, t, true);
    }

    private static List<Found> find(Vocabulary v, Normalized t, boolean plain) {
        Titles x = new Titles(v, t, plain);
        return x.g.style == Style.BOOK_TITLE ? x.bookTitles() : x.words();
    }

    /**
     * Where the word starting at {@code s} ends: letters, a hyphen between letters, a final
     * apostrophe ("d'", "l'").
     */
    private static int wordEnd(char[] n, int len, int s) {
        int i = s;
        while (i < len
                && (Normalized.isWordLetter(n[i])
                        || (n[i] == '-' || n[i] == '&') && i > s && i + 1 < len && Normalized.isWordLetter(n[i + 1]))) {
            i++; // "C&I", "AT&T": one word
        }
        if (i + 1 < len && n[i] == '\'' && n[i + 1] == 's' && (i + 2 == len || !Normalized.isWordLetter(n[i + 2]))) {
            return i + 2; // "Women's": the possessive is part of the word ("the Somali Women's Charter")
        }
        if (i + 1 < len && n[i] == '\'' && Normalized.isWordLetter(n[i + 1])) {
            i++;
        }
        return i;
    }

    /** Splits the text into words: letters, a hyphen between letters, a final apostrophe ("d'", "l'"). */
    private int split() {
        int c = 0;
        boolean pendingBreak = false;
        boolean pendingSentence = true;
        int i = 0;
        while (i < len) {
            char ch = n[i];
            if (Normalized.isWordLetter(ch)) {
                int s = i;
                i = wordEnd(n, len, s);
                ws[c] = s;
                we[c] = i;
                opens[c] = plain || g.opensHead(n, s, i);
                brk[c] = pendingBreak;
                sent[c] = pendingSentence;
                pendingBreak = false;
                pendingSentence = false;
                c++;
            } else {
                if (ch != ' ') {
                    pendingBreak = true;
                    pendingSentence |= ".;:!?".indexOf(ch) >= 0;
                }
                i++;
            }
        }
        return c;
    }

    /** @return the text of word i, normalised */
    private String word(int i) {
        String s = w[i];
        if (s == null) {
            s = new String(n, ws[i], we[i] - ws[i]);
            w[i] = s;
        }
        return s;
    }

    private boolean cap(int i) {
        return Character.isUpperCase(t.sourceChar(ws[i]));
    }

    /** A word in capitals (a heading), one letter or an initial aside. */
    private boolean allCaps(int i) {
        if (we[i] - ws[i] < 2) {
            return false;
        }
        for (int k = ws[i]; k < we[i]; k++) {
            char c = t.sourceChar(k);
            if (Character.isLetter(c) && !Character.isUpperCase(c)) {
                return false;
            }
        }
        return true;
    }

    private static boolean matches(String word, String head) {
        int stem = head.length() - 1;
        return stem >= 0 && head.charAt(stem) == '*'
                ? word.length() >= stem && word.regionMatches(0, head, 0, stem)
                : word.equals(head);
    }

    /** Whether a word that ends a title stands at word k ("qui", "в качестве"). */
    private boolean stop(int k) {
        return stop(k, word(k));
    }

    private boolean stop(int k, String first) {
        return phraseAt(g.stops, k, first);
    }

    /** Whether one of {@code phrases} (a word, or two with no break between) starts at word k, whose text is {@code first}. */
    private boolean phraseAt(List<String> phrases, int k, String first) {
        for (String s : phrases) {
            int sp = s.indexOf(' ');
            if (sp < 0) {
                if (matches(first, s)) {
                    return true;
                }
            } else if (matches(first, s.substring(0, sp))
                    && k + 1 < count
                    && !brk[k + 1]
                    && matches(word(k + 1), s.substring(sp + 1))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the complement that starts at word {@code k} names its author ({@code of the Minister
     * of Health}, {@code du Ministre}, {@code Министра}, {@code وزير الصحة}), read past up to three
     * links, openers and articles: a statement of that person or government, no instrument.
     */
    private boolean authored(int k) {
        int m = k;
        while (m < count
                && m - k < 3
                && (m == k || !brk[m])
                && (g.links.contains(word(m)) || g.opens.contains(word(m)) || g.dets.contains(word(m)))) {
            m++;
        }
        return m < count && (m == k || !brk[m]) && phraseAt(g.authors, m, word(m));
    }

    /** The head {@link #headAt} matched last. */
    private String[] lastHead;

    /** Whether the head {@link #headAt} matched last needs a complement to be a title. */
    private boolean needsComplement() {
        return g.needComplement.contains(String.join(" ", lastHead));
    }

    /** Whether a word ends as an adjective that may start a title (no endings in the table: any word). */
    private boolean adjective(int i) {
        if (g.adjectives.isEmpty()) {
            return true;
        }
        for (String e : g.adjectives) {
            if (word(i).endsWith(e)) {
                return true;
            }
        }
        return false;
    }

    /** @return how many words the head starting at word i has, 0 for none */
    private int headAt(int i) {
        return opens[i] ? headAt(i, word(i)) : 0;
    }

    /**
     * The first head in the grammar's order (longest first) that starts at word i: the heads whose
     * first word is {@code first} and those whose first word is a stem of it, looked up, not tried
     * one by one.
     */
    private int headAt(int i, String first) {
        if (plain) {
            for (String[] h : g.heads) {
                if (matches(first, h[0]) && restAt(i, h)) {
                    lastHead = h;
                    return h.length;
                }
            }
            return 0;
        }
        int best = Integer.MAX_VALUE;
        int[] exact = g.byFirst.get(first);
        if (exact != null) {
            for (int r : exact) {
                if (restAt(i, g.heads.get(r))) {
                    best = r;
                    break;
                }
            }
        }
        for (int s = 0; s < g.stems.length && g.stemHeads[s] < best; s++) {
            if (first.startsWith(g.stems[s]) && restAt(i, g.heads.get(g.stemHeads[s]))) {
                best = g.stemHeads[s];
                break;
            }
        }
        if (best == Integer.MAX_VALUE) {
            return 0;
        }
        lastHead = g.heads.get(best);
        return lastHead.length;
    }

    /** Whether the words after word i, with no break between, are the rest of head h. */
    private boolean restAt(int i, String[] h) {
        if (i + h.length > count) {
            return false;
        }
        for (int k = 1; k < h.length; k++) {
            if (brk[i + k] || !matches(word(i + k), h[k])) {
                return false;
            }
        }
        return true;
    }

    /** The Arabic prefixes a head may carry ("وبرنامج", "بالإعلان"): the conjunction and prepositions. */
    private static final String PREFIXES = "\u0648\u0628\u0644\u0641";

    private List<Found> words() {
        List<Found> out = new ArrayList<>();
        int i = 0;
        while (i < count) {
            if (!opens[i]) {
                i++; // no head opens here: titleCase, sentenceCase and uncased find none
                continue;
            }
            int[] r = g.style == Style.TITLE_CASE
                    ? titleCase(i)
                    : g.style == Style.SENTENCE_CASE ? sentenceCase(i) : uncased(i);
            if (r == null) {
                i++;
                continue;
            }
            int start = ws[r[0]] + r[2];
            int end = we[r[1]];
            if (n[end - 1] == '\'') {
                end--;
            }
            out.add(new Found(start, end, null));
            i = r[1] + 1;
        }
        return out;
    }

    /** English, Spanish: capitalised modifiers, the head, then capitalised words and the small words between. */
    private int[] titleCase(int i) {
        int hl = headAt(i);
        if (hl == 0 || !cap(i) || allCaps(i) || i + hl < count && !brk[i + hl] && authored(i + hl)) {
            return null;
        }
        boolean needs = needsComplement();
        int start = i;
        for (int j = i - 1;
                j > 0
                        && !brk[j + 1]
                        && !sent[j]
                        && cap(j)
                        && !allCaps(j)
                        && !g.links.contains(word(j))
                        && headAt(j) == 0;
                j--) {
            start = j;
        }
        int head = i + hl - 1;
        int last = start < i ? head : -1;
        int k = i + hl;
        boolean complement = false; // whether a link word has opened the complement ("of", "on", "for")
        while (k < count
                && (!brk[k] || enumeration(k))
                && k - start < MAX_TITLE_CASE_WORDS
                && !stop(k)
                && !numberWord(k)) {
            if (g.ands.contains(word(k))) {
                int m = k + 1;
                while (m < count && !brk[m] && g.dets.contains(word(m))) {
                    m++;
                }
                if (m >= count || brk[m] || nextTitle(m) || !complement || citesAt(m)) {
                    // "… and the Beijing Declaration": another instrument; "the Somali Women's Charter
                    // and Security Council resolution …": a conjunction right after the head, or before
                    // a body or a kind word, joins the sentence's words, not the title's
                    break;
                }
                k = m;
            } else if (g.links.contains(word(k)) || g.dets.contains(word(k))) {
                complement |= g.links.contains(word(k));
                k++;
            } else if (cap(k) && (!allCaps(k) || complement && acronym(k))) {
                last = k++; // "Action Plan for the C&I Programme": an acronym inside the complement
            } else {
                break;
            }
        }
        if (last <= head) {
            return start < i && (!needs || named(start, i, true)) ? new int[] {start, head, 0} : null;
        }
        return new int[] {start, last, 0};
    }

    /**
     * Whether the capitalised modifiers from word {@code start} to the head at word {@code head}
     * name an instrument whose head needs a complement otherwise ("the Riyadh Agreement",
     * "Стокгольмское соглашение"; not "the Optional Protocol", "Internet Protocol"): the first is no
     * generic modifier and, where the language has articles, a definite article stands before it.
     */
    private boolean named(int start, int head, boolean article) {
        if (article && (start == 0 || brk[start] || !g.definite.contains(word(start - 1)))) {
            return false;
        }
        for (String x : g.generic) {
            if (matches(word(start), x)) {
                return false; // the name comes first: "the Juba Peace Agreement", not "the Peace Agreement"
            }
        }
        return true;
    }

    /**
     * Whether the comma before word {@code k} stands inside an enumeration of a title-cased title
     * ("of Individuals, Groups and Organs of Society", "of Economic, Social and Cultural Rights"): one
     * to three capitalised words after it, none an article, a head or a word that ends a title, then a
     * conjunction and another such word. (Where only the first word of a title is capitalised, a
     * comma ends it: the words after it cannot be told from the sentence's.)
     */
    private boolean enumeration(int k) {
        if (k == 0 || !comma(we[k - 1], ws[k]) || g.dets.contains(word(k - 1)) || g.links.contains(word(k - 1))) {
            return false;
        }
        for (int m = k; m < count && m - k <= 3; m++) {
            if (m > k && brk[m]) {
                return false;
            }
            if (m > k && g.ands.contains(word(m))) {
                int x = m + 1;
                return x < count && !brk[x] && enumerated(x);
            }
            if (!enumerated(m)) {
                return false;
            }
        }
        return false;
    }

    /** Whether word m may be an item of an enumeration inside a title. */
    private boolean enumerated(int m) {
        return !g.dets.contains(word(m))
                && !g.links.contains(word(m))
                && !g.opens.contains(word(m))
                && !g.ands.contains(word(m))
                && headAt(m) == 0
                && !stop(m)
                && !allCaps(m)
                && cap(m);
    }

    /** Whether only a comma and spaces stand between normalised offsets {@code from} and {@code to}. */
    private boolean comma(int from, int to) {
        boolean seen = false;
        for (int p = from; p < to; p++) {
            if (n[p] == ',' && !seen) {
                seen = true;
            } else if (n[p] != ' ') {
                return false;
            }
        }
        return seen;
    }

    /**
     * Whether a phrase of the citation vocabulary that names a body or a kind of document starts at
     * word {@code m} ("the Security Council", "la résolution", "el Consejo de Seguridad"): no title
     * runs over a conjunction into it.
     */
    private boolean citesAt(int m) {
        Trie.Match<Vocabulary.Entry> x = v.trie.longest(t, ws[m]);
        return x != null && (x.value().namesBody() || x.value().kind() != null);
    }

    /** Whether word {@code k} is a number sign ("No. 26", "Nos."): "Declaration No. 26" is a numbered act, no title. */
    private boolean numberWord(int k) {
        Trie.Match<Vocabulary.Entry> x = v.trie.longest(t, ws[k]);
        return x != null && (x.value().is("NUMBER") || x.value().is("NO_SIGN"));
    }

    /** An acronym: two to six letters in capitals ("C&I", "ITU", "WSIS"). */
    private boolean acronym(int k) {
        return we[k] - ws[k] <= 6;
    }

    /** Whether a head starts at word m, maybe after capitalised modifiers ("and the Optional Protocol"). */
    private boolean nextTitle(int m) {
        for (int q = m; q < count && (q == m || !brk[q]); q++) {
            if (headAt(q) > 0) {
                return true;
            }
            if (!cap(q)) {
                return false;
            }
        }
        return false;
    }

    /** French, Russian: a capitalised head (or a capitalised adjective before it), then its complement. */
    private int[] sentenceCase(int i) {
        int hl = headAt(i);
        if (hl == 0 || allCaps(i) || i + hl < count && !brk[i + hl] && authored(i + hl)) {
            return null;
        }
        boolean needs = needsComplement();
        int start = i;
        if (!cap(i)) {
            // "Венской декларации": the capitalised adjective before the head starts the title
            if (i == 0
                    || brk[i]
                    || sent[i - 1]
                    || !cap(i - 1)
                    || allCaps(i - 1)
                    || !adjective(i - 1)
                    || headAt(i - 1) > 0) {
                return null;
            }
            start = i - 1;
        }
        int head = i + hl - 1;
        int k = i + hl;
        if (start == i
                && (k >= count
                        || brk[k]
                        || !(g.opens.contains(word(k)) || cap(k))
                        || g.inner.contains(word(k)) && !cap(k))) {
            return null; // "la Convention", "la Déclaration a été", "Декларации в отношении": no complement
        }
        int last = start < i ? head : -1;
        boolean afterName = false; // the word before is a name right after an opener ("de Stockholm")
        while (k < count && !brk[k] && k - start < MAX_WORDS && !stop(k)) {
            if (g.ands.contains(word(k))) {
                int m = k + 1;
                while (m < count && !brk[m] && g.dets.contains(word(m))) {
                    m++;
                }
                if (m >= count || brk[m] || cap(m) || headAt(m) > 0 || citesAt(m)) {
                    break; // "et la Déclaration …", "и Платформе действий": another title; "et la résolution 2423"
                }
                afterName = false;
                k = m;
            } else if (g.opens.contains(word(k)) || g.links.contains(word(k)) || g.dets.contains(word(k))) {
                afterName = false;
                k++;
            } else if (afterName && !cap(k)) {
                break; // "l'Accord de Stockholm afin d'entamer": a name ends the complement
            } else {
                // a place after "de": "l'Accord de Stockholm afin …", not "des États américains"
                afterName = cap(k) && g.ofPlace.contains(word(k - 1));
                last = k++;
            }
        }
        if (last <= head) {
            return start < i && (!needs || named(start, i, false)) ? new int[] {start, head, 0} : null;
        }
        return new int[] {start, last, 0};
    }

    /**
     * Arabic: a head in the construct state followed by a defined noun ("برنامج عمل المؤتمر …"), or
     * a defined head followed by a relative adjective or preposition ("الإعلان المتعلق ب…").
     */
    private int[] uncased(int i) {
        int skip = 0;
        int hl = headAt(i);
        if (hl == 0 && word(i).length() > 3 && PREFIXES.indexOf(word(i).charAt(0)) >= 0) {
            hl = headAt(i, word(i).substring(1));
            skip = 1;
        }
        if (hl == 0) {
            return null;
        }
        String first = skip == 0 ? word(i) : word(i).substring(1);
        boolean defined = first.startsWith("\u0627\u0644");
        int head = i + hl - 1;
        int k = i + hl;
        if (k >= count || brk[k] || stop(k) || authored(k)) {
            return null; // "إعلان وزير الصحة": the minister's statement
        }
        boolean opens = false;
        for (String o : g.opens) {
            opens |= matches(word(k), o);
        }
        boolean genitive = word(k).startsWith("\u0627\u0644");
        if (!(opens || !defined && genitive)) {
            return null; // "الاتفاقية", "إعلان في": no complement
        }
        for (String x : g.notComplement) {
            if (matches(word(k), x)) {
                return null; // "إعلان السنة الدولية": the proclamation of a year, no declaration
            }
        }
        int last = -1;
        while (k < count && !brk[k] && k - i < MAX_WORDS && !stop(k)) {
            String x = word(k);
            if (x.length() > 3
                    && PREFIXES.indexOf(x.charAt(0)) >= 0
                    && (headAt(k, x.substring(1)) > 0 || stop(k, x.substring(1)))) {
                break; // "وإعلان …": another title
            }
            last = k++;
        }
        return last <= head ? null : new int[] {i, last, skip};
    }

    /**
     * Chinese: {@code 《…》} whose title ends with a head word. Two titles joined by a conjunction
     * ({@code 《北京宣言》和《行动纲要》}) that the table knows together are one instrument.
     */
    private List<Found> bookTitles() {
        List<Found> out = new ArrayList<>();
        int i = 0;
        while (i < len) {
            if (n[i] != '《') {
                i++;
                continue;
            }
            int close = close(i);
            if (close < 0) {
                i++;
                continue;
            }
            String title = new String(n, i + 1, close - i - 1).strip();
            int after = close + 1;
            // a second title after a conjunction: the table may know the two as one instrument
            for (String and : g.ands) {
                if (after + and.length() < len
                        && new String(n, after, Math.min(and.length(), len - after)).equals(and)
                        && n[after + and.length()] == '《') {
                    int close2 = close(after + and.length());
                    if (close2 > 0) {
                        String second =
                                new String(n, after + and.length() + 1, close2 - after - and.length() - 1).strip();
                        String key = tabled(title + and + second);
                        if (key == null) {
                            key = tabled(title + second);
                        }
                        if (key != null) {
                            out.add(new Found(i + 1, close2, key));
                            i = close2 + 1;
                            break;
                        }
                    }
                }
            }
            if (i > close) {
                continue;
            }
            if (named(title)) {
                out.add(new Found(i + 1, close, null));
            }
            i = close + 1;
        }
        return out;
    }

    private int close(int open) {
        for (int k = open + 1; k < len && k - open <= MAX_BOOK_TITLE; k++) {
            if (n[k] == '》') {
                return k > open + 1 ? k : -1;
            }
            if (n[k] == '《') {
                return -1;
            }
        }
        return -1;
    }

    /** Whether a book title ends with a head word and has a name before it. */
    private boolean named(String title) {
        for (String[] h : g.heads) {
            String head = String.join("", h);
            if (title.length() >= head.length() + MIN_NAME && title.endsWith(head)) {
                return true;
            }
        }
        return false;
    }

    private String tabled(String name) {
        Vocabulary.Entry e = v.phrase(name);
        return e == null || e.instrument() == null ? null : e.instrument();
    }

    /**
     * @param t the text, normalised
     * @param start the title's normalised start
     * @param end its normalised end
     * @return the key of an instrument cited by its title: {@link #UNTABLED} and the title, normalised
     */
    static String key(Normalized t, int start, int end) {
        StringBuilder sb = new StringBuilder(UNTABLED);
        for (int i = start; i < end; i++) {
            char c = t.n[i];
            sb.append(c == ' ' ? '-' : c);
        }
        return sb.toString();
    }
}

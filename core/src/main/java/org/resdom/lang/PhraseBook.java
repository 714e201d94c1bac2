package org.resdom.lang;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.resdom.internal.Checks;
import org.resdom.internal.DataTable;
import org.resdom.model.ActionKind;
import org.resdom.model.Body;
import org.resdom.model.Language;
import org.resdom.model.PreambleKind;

/**
 * The words of one language: preamble phrases, operative actions, their modifiers, and the
 * vocabulary of citations. This is the one lookup of phrase knowledge: the model's
 * {@code PreamblePhrase.of} and {@code OperativePhrase.of}, the text reader and the Akoma Ntoso
 * reader all classify through it. Each table is data, a UTF-8 file
 * {@code /org/resdom/lang/phrases-LANG.tsv} (LANG is the ISO 639-1 code) with one entry per
 * line:
 *
 * <pre>
 * preamble      CONSIDERING   considering
 * preamble@un   RECOGNIZING   conscient        (only in United Nations texts)
 * action@itu    RESOLVES      décide           (only in ITU texts, the default)
 * preamble      CONCERNED     preocupad{o|a|os|as}
 * qualifier     -             further
 * prefix        -             also
 * conjunction   -             و
 * trailing      -             إلى
 * frame         -             对
 * word          RESOLUTION    Resolution
 * </pre>
 *
 * <p>{@code prefix} modifiers stand before a phrase ({@code also welcomes}, {@code deeply
 * concerned}; several may follow each other), {@code qualifier}s after it ({@code considering
 * further}). A {@code conjunction} is a letter glued to the front of a phrase (Arabic و and
 * ف); a phrase whose last word is a {@code trailing} word (Arabic إلى) is also known without
 * it, as the UN's italic phrase stops before the preposition. A {@code frame} word opens a
 * phrase that is written after its object and closes the clause (Chinese
 * {@code 对……表示关切}, "expresses concern at …"). Braces list alternatives
 * (gender and number forms). An entry scoped {@code @un} or {@code @itu} applies to that
 * family of bodies only (see {@link #convention(Body)}): ITU French {@code décide} is
 * {@code resolves}, UN French {@code Décide} is {@code Decides}. A convention may also read a
 * whole class as another, for every language ({@code /org/resdom/lang/kinds.tsv}, see
 * {@link #concept(ActionKind, Convention)}): in UN texts <i>invites</i>, <i>encourages</i>,
 * <i>urges</i> and <i>calls upon</i> are {@code REQUESTS}. {@code word} entries are the
 * citation vocabulary that text readers use (their keys are listed in the table files).
 *
 * <p>Matching works on a folded form of the text, computed once for the (at most 200)
 * characters looked at, while every index returned points into the text as given: canonical
 * composition (NFC, so decomposed accents match), invisible format characters (bidi marks,
 * ZWJ/ZWNJ, soft hyphens, the byte order mark), the Arabic tatweel and short vowels ignored,
 * every kind of space and runs of spaces equal to one space, case ignored (per character,
 * independent of the default locale), typographic apostrophes equal to {@code '}, Arabic alef
 * forms and Russian ё folded. A phrase must end at a word boundary (a phrase ending in a Han
 * character is a word of its own, as Chinese writes no space). The longest phrase wins.
 * Instances are immutable and thread-safe.
 *
 * <p>To add a language, add its {@link Language} constant and its table file.
 */
public final class PhraseBook {

    /** The families of bodies whose phrase conventions differ. */
    public enum Convention {
        /** ITU conferences, assemblies and Council; also the default when the body is unknown. */
        ITU,
        /** United Nations General Assembly and Human Rights Council. */
        UN
    }

    private static final int LOOK = 200;
    private static final String LATIN_LOOKALIKE = "aceopxy";
    private static final String CYRILLIC_LOOKALIKE = "\u0430\u0441\u0435\u043E\u0440\u0445\u0443";
    private static final int MAX_PREFIXES = 3;
    /** Characters that end a clause, for {@code frame} entries. */
    private static final String CLAUSE_END = "，,；;：:。";
    /** Per convention, the classes that convention reads as another class (kinds.tsv). */
    private static final Map<Convention, Map<PreambleKind, PreambleKind>> PREAMBLE_MERGES =
            new EnumMap<>(Convention.class);

    private static final Map<Convention, Map<ActionKind, ActionKind>> ACTION_MERGES = new EnumMap<>(Convention.class);

    static {
        readMerges();
    }

    private static final Map<Language, PhraseBook> BOOKS = load();
    /** The books in {@link #BOOKS}' order, as {@link #all()} gives them; an array for the loops asked of every line. */
    private static final List<PhraseBook> ALL = List.copyOf(BOOKS.values());

    private static final PhraseBook[] ALL_BOOKS = ALL.toArray(new PhraseBook[0]);
    /** Every folded character a phrase, an action, a modifier or a conjunction of any table starts with. */
    private static final String OPENERS = openers();

    private final Language language;
    private final List<Entry<PreambleKind>> preamble;
    private final List<Entry<ActionKind>> actions;
    private final Index<PreambleKind>[] preambleIndex;
    private final Index<ActionKind>[] actionIndex;
    private final List<String> prefixes;
    private final String conjunctions;
    private final List<String> frames;
    /** The qualifiers, {@link #prefixes} and {@link #frames} as tries, for {@link Words#longest}. */
    private final Words qualifierWords;

    private final Words prefixWords;
    private final Words frameWords;
    private final Map<String, List<String>> words;
    private final Openers openers;
    /** Each two neighbouring parts of the table's compounds, lower case, with their hyphen ({@code ill-treatment}, {@code by-case}). */
    private final Set<String> compoundPairs;

    /** One table entry: its class, the phrase as entered, its folded form and scope (null: every body). */
    private record Entry<K>(K kind, String phrase, String folded, Convention scope) {}

    /** Entries of one convention, keyed by their first folded character, longest first. */
    private static final class Index<K> {
        /** The first characters, sorted: looked up without boxing a {@code Character} per call. */
        private final char[] firsts;

        private final List<Entry<K>>[] entries;

        /**
         * The entries as a trie over their folded characters, for {@link #phrase}: one walk finds
         * the longest entry at a position (the entries of a first character are tried longest first,
         * so the first one that matches is the longest).
         */
        private final Node<Entry<K>> root = new Node<>();

        @SuppressWarnings({"unchecked", "rawtypes"})
        Index(Map<Character, List<Entry<K>>> byFirst) {
            this.firsts = new char[byFirst.size()];
            int k = 0;
            for (Character c : byFirst.keySet()) {
                firsts[k++] = c;
            }
            java.util.Arrays.sort(firsts);
            this.entries = new List[firsts.length];
            for (int i = 0; i < firsts.length; i++) {
                entries[i] = byFirst.get(firsts[i]);
                for (Entry<K> e : entries[i]) {
                    Node<Entry<K>> n = root;
                    for (int j = 0; j < e.folded().length(); j++) {
                        n = n.add(e.folded().charAt(j));
                    }
                    if (n.entry == null) {
                        n.entry = e;
                    }
                }
            }
        }

        List<Entry<K>> at(char c) {
            int i = java.util.Arrays.binarySearch(firsts, c);
            return i < 0 ? List.of() : entries[i];
        }

        /** @return the longest entry that the folded text has at {@code pos} and that ends at a boundary, or null */
        Entry<K> longest(Folded f, int pos) {
            return walk(f, pos, true);
        }

        /**
         * @return the longest entry that the folded text has at {@code pos}, boundary or not (the
         *     first of {@link #at} that it starts with), or null
         */
        Entry<K> prefix(Folded f, int pos) {
            return walk(f, pos, false);
        }

        /** @return the longest entry the folded text has at {@code pos}, ending at a boundary if asked */
        private Entry<K> walk(Folded f, int pos, boolean atBoundary) {
            Entry<K> best = null;
            Node<Entry<K>> n = root;
            int i = pos;
            while (f.has(i)) {
                n = n.child(f.chars[i]);
                if (n == null) {
                    break;
                }
                i++;
                if (n.entry != null && (!atBoundary || f.boundary(i))) {
                    best = n.entry;
                }
            }
            return best;
        }
    }

    /**
     * Folded words (modifiers, qualifiers, frame words) as a trie: one walk finds the longest
     * that a folded text has at a position, as a scan of the list longest first would.
     */
    private static final class Words {
        private final Node<String> root = new Node<>();
        private final boolean empty;

        Words(List<String> words) {
            boolean e = false;
            for (String w : words) {
                e |= w.isEmpty();
                Node<String> n = root;
                for (int j = 0; j < w.length(); j++) {
                    n = n.add(w.charAt(j));
                }
                if (n.entry == null) {
                    n.entry = w;
                }
            }
            this.empty = e;
        }

        /** @return the longest word the folded text has at {@code pos} (no boundary asked), or null */
        String longest(Folded f, int pos) {
            String best = null;
            Node<String> n = root;
            int i = pos;
            while (f.has(i)) {
                n = n.child(f.chars[i]);
                if (n == null) {
                    break;
                }
                i++;
                if (n.entry != null) {
                    best = n.entry;
                }
            }
            return best == null && empty && pos >= 0 && (pos == 0 || f.has(pos - 1)) ? "" : best;
        }
    }

    /** A node of {@link Index}'s trie: its children by character (sorted), and the entry that ends here. */
    private static final class Node<V> {
        private char[] keys = new char[0];

        @SuppressWarnings("unchecked")
        private Node<V>[] kids = new Node[0];

        private V entry;

        Node<V> child(char c) {
            char[] k = keys;
            if (k.length <= 8) {
                for (int i = 0; i < k.length; i++) {
                    if (k[i] == c) {
                        return kids[i];
                    }
                }
                return null;
            }
            int i = java.util.Arrays.binarySearch(k, c);
            return i < 0 ? null : kids[i];
        }

        Node<V> add(char c) {
            int i = java.util.Arrays.binarySearch(keys, c);
            if (i >= 0) {
                return kids[i];
            }
            int at = -i - 1;
            char[] k = new char[keys.length + 1];
            Node<V>[] n = java.util.Arrays.copyOf(kids, kids.length + 1);
            System.arraycopy(keys, 0, k, 0, at);
            System.arraycopy(keys, at, k, at + 1, keys.length - at);
            System.arraycopy(kids, at, n, at + 1, kids.length - at);
            k[at] = c;
            n[at] = new Node<>();
            keys = k;
            kids = n;
            return n[at];
        }
    }

    private PhraseBook(
            Language language,
            List<Entry<PreambleKind>> preamble,
            List<Entry<ActionKind>> actions,
            List<String> qualifiers,
            List<String> prefixes,
            String conjunctions,
            List<String> frames,
            Map<String, List<String>> words,
            Openers openers,
            Set<String> compoundPairs) {
        this.language = language;
        this.preamble = preamble;
        this.actions = actions;
        this.preambleIndex = indexes(preamble, PREAMBLE_MERGES);
        this.actionIndex = indexes(actions, ACTION_MERGES);
        this.prefixes = prefixes;
        this.conjunctions = conjunctions;
        this.frames = frames;
        this.qualifierWords = new Words(qualifiers);
        this.prefixWords = new Words(prefixes);
        this.frameWords = new Words(frames);
        this.words = words;
        this.openers = openers;
        this.compoundPairs = compoundPairs;
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
        return ALL;
    }

    /**
     * The tables to search for a language: its own, or all six when it is undetermined.
     *
     * @param language a language
     * @return the tables, in {@link #all()} order
     */
    public static List<PhraseBook> forLanguage(Language language) {
        Checks.notNull(language, "language");
        PhraseBook b = BOOKS.get(language);
        return b == null ? all() : List.of(b);
    }

    /**
     * The phrase convention of a body: {@link Convention#UN} for the UN General Assembly and
     * Human Rights Council, {@link Convention#ITU} for every other body.
     *
     * @param body a body
     * @return its convention
     */
    public static Convention convention(Body body) {
        Checks.notNull(body, "body");
        return body == Body.UN_GA || body == Body.UN_HRC ? Convention.UN : Convention.ITU;
    }

    /** The word keys that name one body, in the order they are tried, with their bodies ({@code cite/bodies.tsv}). */
    private static final Map<String, Body> BODY_KEYS;

    /** The keys of {@link #BODY_KEYS} whose bodies adopt resolutions, in order. */
    private static final List<String> ADOPTING_BODY_KEYS;

    static {
        Map<String, Body> keys = new LinkedHashMap<>();
        List<String> adopting = new ArrayList<>();
        for (DataTable.Row row : DataTable.read(PhraseBook.class, "/org/resdom/cite/bodies.tsv", 3)) {
            Body b;
            try {
                b = Body.valueOf(row.get(1));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("bodies.tsv:" + row.line() + ": unknown body " + row.get(1), e);
            }
            keys.put(row.get(0), b);
            if (row.get(2).equals("yes")) {
                adopting.add(row.get(0));
            }
        }
        BODY_KEYS = Collections.unmodifiableMap(keys);
        ADOPTING_BODY_KEYS = List.copyOf(adopting);
    }

    /**
     * The word keys ({@link #words(String)}) that name one body ({@code BODY_UN_GA}, {@code UNGA},
     * {@code BODY_ITU_PP}, {@code BODY_OTHER} for another organization's names …), in the order a
     * text is searched for them: another organization's names first, specific names before general
     * ones. The keys of words that name a body only in context ({@code BODY_COUNCIL}: "the
     * Council") are not among them.
     *
     * @return the keys, in order
     */
    public static List<String> bodyKeys() {
        return List.copyOf(BODY_KEYS.keySet());
    }

    /**
     * The {@link #bodyKeys()} of the bodies that adopt the resolutions resdom reads (the ITU's
     * conferences, assemblies and Council, the UN General Assembly and Human Rights Council), in
     * the order a document's formula is searched for them.
     *
     * @return the keys, in order
     */
    public static List<String> adoptingBodyKeys() {
        return ADOPTING_BODY_KEYS;
    }

    /**
     * @param key a word key
     * @return the body it names, or empty when it names none (or only in context)
     */
    public static Optional<Body> bodyOfKey(String key) {
        return Optional.ofNullable(BODY_KEYS.get(Checks.notNull(key, "key")));
    }

    /** @return this table's language */
    public Language language() {
        return language;
    }

    /**
     * Finds a preamble phrase (with optional modifiers before or after it) at the start of
     * {@code text}, ignoring leading whitespace, with the ITU convention.
     *
     * @param text the text
     * @return the match, if a phrase opens the text and ends at a word boundary
     */
    public Optional<PhraseMatch<PreambleKind>> matchPreamble(CharSequence text) {
        return matchPreamble(text, Convention.ITU);
    }

    /**
     * Like {@link #matchPreamble(CharSequence)}, with the convention of a body.
     *
     * @param text the text
     * @param body the body whose text it is
     * @return the match, if any
     */
    public Optional<PhraseMatch<PreambleKind>> matchPreamble(CharSequence text, Body body) {
        return matchPreamble(text, convention(body));
    }

    /**
     * Like {@link #matchPreamble(CharSequence)}, with a convention.
     *
     * @param text the text
     * @param convention the convention of the body whose text it is
     * @return the match, if any
     */
    public Optional<PhraseMatch<PreambleKind>> matchPreamble(CharSequence text, Convention convention) {
        Checks.notNull(text, "text");
        Checks.notNull(convention, "convention");
        return match(text, preambleIndex[convention.ordinal()]);
    }

    /**
     * Finds an operative action (with optional modifiers) at the start of {@code text}, with
     * the ITU convention.
     *
     * @param text the text
     * @return the match, if an action opens the text and ends at a word boundary
     */
    public Optional<PhraseMatch<ActionKind>> matchAction(CharSequence text) {
        return matchAction(text, Convention.ITU);
    }

    /**
     * Like {@link #matchAction(CharSequence)}, with the convention of a body.
     *
     * @param text the text
     * @param body the body whose text it is
     * @return the match, if any
     */
    public Optional<PhraseMatch<ActionKind>> matchAction(CharSequence text, Body body) {
        return matchAction(text, convention(body));
    }

    /**
     * Like {@link #matchAction(CharSequence)}, with a convention.
     *
     * @param text the text
     * @param convention the convention of the body whose text it is
     * @return the match, if any
     */
    public Optional<PhraseMatch<ActionKind>> matchAction(CharSequence text, Convention convention) {
        Checks.notNull(text, "text");
        Checks.notNull(convention, "convention");
        return match(text, actionIndex[convention.ordinal()]);
    }

    /**
     * Finds a word whose shape opens a preamble paragraph in this language though no phrase of
     * the table is there: a participle ("Reiterating", "Rappelant", "Recalcando", "признавая"),
     * an adverb and its participle or adjective ("Gravely concerned", "Profondément préoccupé"),
     * an Arabic adverbial accusative ("واقتناعاً"), a Chinese "…的是" ("深感震惊的是"). The shapes are
     * the table's {@code opener} entries. Case is ignored: UN texts capitalise the phrase in
     * English, French and Spanish, not in Russian; a reader decides what case tells.
     *
     * @param text the text
     * @return the index in the text just after the opener (after leading spaces), if the text starts with one
     */
    public OptionalInt matchOpener(CharSequence text) {
        return openers.match(Checks.notNull(text, "text"));
    }

    /**
     * Whether two words joined by a hyphen are (part of) a compound of the table: {@code ill} and
     * {@code treatment}, {@code by} and {@code case} (of {@code case-by-case}). Readers of text
     * that a line's end broke at a hyphen keep the hyphen of such a compound when the document
     * itself does not tell. Case is ignored.
     *
     * @param left the word before the hyphen
     * @param right the word after it
     * @return whether {@code left-right} is a table compound or two neighbouring parts of one
     */
    public boolean compound(CharSequence left, CharSequence right) {
        Checks.notNull(left, "left");
        Checks.notNull(right, "right");
        return compoundPairs.contains((left + "-" + right).toLowerCase(Locale.ROOT));
    }

    /**
     * Finds a preamble phrase that opens {@code text} even when a letter follows it directly,
     * as in {@code se félicitantconsidérant}, where text extracted from a document with tracked
     * changes glued a deleted phrase to an inserted one. No modifier is taken. Readers use it
     * to point at such places; it is not a classification.
     *
     * @param text the text
     * @return the longest phrase that is a prefix of the text (after leading spaces), if any
     */
    public Optional<PhraseMatch<PreambleKind>> matchPreamblePrefix(CharSequence text) {
        return prefix(text, preambleIndex[Convention.ITU.ordinal()]);
    }

    /**
     * Like {@link #matchPreamblePrefix(CharSequence)}, for operative actions.
     *
     * @param text the text
     * @return the longest action that is a prefix of the text (after leading spaces), if any
     */
    public Optional<PhraseMatch<ActionKind>> matchActionPrefix(CharSequence text) {
        return prefix(text, actionIndex[Convention.ITU.ordinal()]);
    }

    /**
     * The languages whose table finds a preamble phrase or an operative action (ITU convention)
     * at the start of {@code text}: for each table the same answer as
     * {@code matchPreamble(text).isPresent() || matchAction(text).isPresent()}, with the text
     * folded once for all six tables and a line that no phrase of any table can open rejected
     * on its first character. Language detection asks this of many lines.
     *
     * @param text the text
     * @return the languages, possibly none
     */
    public static Set<Language> languagesOpening(CharSequence text) {
        return opening(text, false);
    }

    /**
     * Like {@link #languagesOpening(CharSequence)}, with the answer of
     * {@code matchPreamblePrefix(text).isPresent() || matchActionPrefix(text).isPresent()}.
     *
     * @param text the text
     * @return the languages, possibly none
     */
    public static Set<Language> languagesOpeningPrefix(CharSequence text) {
        return opening(text, true);
    }

    private static Set<Language> opening(CharSequence text, boolean prefix) {
        Checks.notNull(text, "text");
        Set<Language> out = EnumSet.noneOf(Language.class);
        if (!mayOpen(text)) {
            return out;
        }
        Folded f = Folded.scratch(text, LOOK); // asked of many lines: the same buffers each time
        int itu = Convention.ITU.ordinal();
        for (PhraseBook b : ALL_BOOKS) {
            boolean hit = prefix
                    ? b.prefix(text, f, b.preambleIndex[itu]).isPresent()
                            || b.prefix(text, f, b.actionIndex[itu]).isPresent()
                    : b.match(text, f, b.preambleIndex[itu]).isPresent()
                            || b.match(text, f, b.actionIndex[itu]).isPresent();
            if (hit) {
                out.add(b.language());
            }
        }
        return out;
    }

    /**
     * Whether some phrase may open the text, judged on its first character only: false only
     * when that character, folded, opens nothing in any table and cannot fold otherwise in
     * context (it is not followed by a combining mark and is no Latin look-alike of a Cyrillic
     * letter).
     */
    private static boolean mayOpen(CharSequence text) {
        int n = Math.min(text.length(), LOOK);
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (ignorable(c) || space(c)) {
                continue;
            }
            if (i + 1 < n && mark(text.charAt(i + 1))) {
                return true;
            }
            char d = foldChar(c);
            return OPENERS.indexOf(d) >= 0 || LATIN_LOOKALIKE.indexOf(d) >= 0;
        }
        return false;
    }

    private static String openers() {
        StringBuilder sb = new StringBuilder();
        for (PhraseBook b : BOOKS.values()) {
            List<String> all = new ArrayList<>(b.prefixes);
            all.addAll(b.frames);
            b.preamble.forEach(e -> all.add(e.folded()));
            b.actions.forEach(e -> all.add(e.folded()));
            all.add(b.conjunctions);
            for (String s : all) {
                if (!s.isEmpty() && sb.indexOf(String.valueOf(s.charAt(0))) < 0) {
                    sb.append(s.charAt(0));
                }
            }
            for (char c : b.conjunctions.toCharArray()) {
                if (sb.indexOf(String.valueOf(c)) < 0) {
                    sb.append(c);
                }
            }
        }
        return sb.toString();
    }

    /**
     * The phrases of one preamble class, in table order (the first is the usual one).
     *
     * @param kind the class
     * @return the phrases, possibly empty
     */
    public List<String> phrases(PreambleKind kind) {
        Checks.notNull(kind, "kind");
        return preamble.stream()
                .filter(e -> e.kind() == kind)
                .map(Entry::phrase)
                .distinct()
                .toList();
    }

    /**
     * The phrases of one action class, in table order (the first is the usual one).
     *
     * @param kind the class
     * @return the phrases, possibly empty
     */
    public List<String> phrases(ActionKind kind) {
        Checks.notNull(kind, "kind");
        return actions.stream()
                .filter(e -> e.kind() == kind)
                .map(Entry::phrase)
                .distinct()
                .toList();
    }

    /**
     * The citation vocabulary for one key, such as {@code RESOLUTION}, {@code CONVENTION},
     * {@code ANNEX}, {@code REV}; see the table files for the keys.
     *
     * @param key the key
     * @return the words, longest first, possibly empty
     */
    public List<String> words(String key) {
        return words.getOrDefault(Checks.notNull(key, "key"), List.of());
    }

    /** @return the keys of the citation vocabulary */
    public List<String> wordKeys() {
        return List.copyOf(words.keySet());
    }

    /**
     * Lower-cases one character at a time (independent of the default locale) and maps a
     * no-break space to a space and typographic apostrophes to {@code '}; the result has the
     * same length as the input, so indexes carry over. (Phrase matching folds further; see
     * {@link #fold(CharSequence)}.)
     *
     * @param s the text
     * @return the normalized text
     */
    public static String normalize(CharSequence s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            sb.append(normalize(s.charAt(i)));
        }
        return sb.toString();
    }

    /**
     * One character as {@link #normalize(CharSequence)} maps it: a reader can test whether a
     * normalized text would start with a word without normalizing the whole text first.
     *
     * @param c the character
     * @return the normalized character
     */
    public static char normalize(char c) {
        if (c == '\u00A0' || c == '\u202F' || c == '\t') {
            return ' ';
        } else if (c == '\u2019' || c == '\u02BC') {
            return '\'';
        }
        return Character.toLowerCase(c);
    }

    /**
     * The form phrase matching compares: NFC, invisible format characters, tatweel and Arabic
     * short vowels removed, spaces folded to one, lower case, apostrophes, alef forms and ё
     * folded. Two texts that fold alike read alike.
     *
     * @param s the text
     * @return its folded form
     */
    public static String fold(CharSequence s) {
        Checks.notNull(s, "s");
        Folded f = Folded.of(s, s.length());
        return new String(f.chars, 0, f.length);
    }

    // ---------------------------------------------------------------- folding

    /**
     * A folded text with, for each folded character, where its source starts and ends. The
     * source is folded lazily, as far as the matchers look ({@link #has}): most lines are told
     * apart on their first words, and the rest of the characters looked at is never folded.
     */
    private static final class Folded {
        /** The folding {@link #cached} keeps per thread, refilled in place (never handed out of the call that asks). */
        private static final ThreadLocal<Folded> LAST = ThreadLocal.withInitial(() -> new Folded(LOOK));

        /** Folding buffers per thread for {@link #scratch}, never handed out of the call that asks. */
        private static final ThreadLocal<Folded> SCRATCH = ThreadLocal.withInitial(() -> new Folded(LOOK));

        /** A text no longer than this is kept as {@link #key} itself; a longer one by a copy of its head. */
        private static final int KEEP = 4 * LOOK;

        /** How many folded characters past the one asked for {@link #has} folds at once. */
        private static final int AHEAD = 24;

        final char[] chars;
        final int[] from;
        final int[] to;
        /**
         * How many characters are folded for good: {@code chars[0, length)} are final. Once
         * {@link #complete}, the length of the whole folded text.
         */
        int length;

        /** The source characters, copied at once. */
        private final char[] src;

        private int n;
        /** The next source character to fold. */
        private int next;
        /** How many characters are folded, the last two possibly not yet final (see {@link #settle}). */
        private int raw;

        private boolean complete;
        /** Whether a character at or above U+0400 was folded (none else can be Cyrillic). */
        private boolean wide;
        /** Whose first {@link #keyLength} characters are folded here, for {@link #cached}; null when none. */
        private String key;

        private int keyLength;

        private Folded(int capacity) {
            chars = new char[capacity + 8];
            from = new int[capacity + 8];
            to = new int[capacity + 8];
            src = new char[capacity];
        }

        /**
         * The folding of the first {@code limit} characters, reused when the same characters are
         * folded again on this thread (each book's matchers fold the same line in turn).
         */
        static Folded cached(CharSequence s, int limit) {
            int n = Math.min(s.length(), limit);
            if (n > LOOK || !(s instanceof String str)) {
                return of(s, limit);
            }
            Folded last = LAST.get();
            if (last.key != null && last.keyLength == n && (last.key == str || str.regionMatches(0, last.key, 0, n))) {
                return last;
            }
            last.key = null;
            last.start(str, n);
            last.key = str.length() <= KEEP ? str : str.substring(0, n);
            last.keyLength = n;
            return last;
        }

        /**
         * Like {@link #of}, into this thread's scratch buffers when the text fits them: the result
         * is valid until the next call on this thread, so it must not be kept (nor cached).
         */
        static Folded scratch(CharSequence s, int limit) {
            int n = Math.min(s.length(), limit);
            if (n > LOOK) {
                return of(s, limit);
            }
            Folded f = SCRATCH.get();
            f.key = null;
            f.start(s, n);
            return f;
        }

        /** @return the whole folding of the first {@code limit} characters, in buffers of its own */
        static Folded of(CharSequence s, int limit) {
            int n = Math.min(s.length(), limit);
            Folded f = new Folded(n);
            f.start(s, n);
            f.has(Integer.MAX_VALUE - AHEAD - 3);
            return f;
        }

        /** Copies the first {@code count} characters of the text, to be folded as they are asked for. */
        private void start(CharSequence s, int count) {
            if (s instanceof String str) {
                str.getChars(0, count, src, 0);
            } else {
                for (int k = 0; k < count; k++) {
                    src[k] = s.charAt(k);
                }
            }
            n = count;
            next = 0;
            raw = 0;
            length = 0;
            complete = false;
            wide = false;
        }

        /**
         * @param i a folded index, not negative
         * @return whether the folded text has a character at {@code i}, folding on as far as needed
         */
        boolean has(int i) {
            return i < length || more(i);
        }

        private boolean more(int i) {
            while (i >= length && !complete) {
                fold(i + 3 + AHEAD);
            }
            return i < length;
        }

        /** Folds on until {@code want} characters are folded or the source ends, then settles them. */
        private void fold(int want) {
            char[] a = src;
            int i = next;
            while (i < n && raw < want) {
                char c = a[i];
                // ASCII fast path: no ASCII character is ignorable or a mark, and no mark is below U+0300
                if (c < 0x80
                        && c != ' '
                        && c != '\t'
                        && c != '\n'
                        && c != '\r'
                        && (i + 1 >= n || a[i + 1] < '\u0300')) {
                    add(c == '`' ? '\'' : c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c, i, i + 1);
                    i++;
                    continue;
                }
                if (ignorable(c)) {
                    i++;
                    continue;
                }
                if (space(c)) {
                    if (raw > 0 && chars[raw - 1] == ' ') {
                        to[raw - 1] = i + 1;
                    } else {
                        add(' ', i, i + 1);
                    }
                    i++;
                    continue;
                }
                int j = i + 1;
                while (j < n && mark(a[j])) {
                    j++;
                }
                if (j == i + 1) {
                    add(foldChar(c), i, j);
                } else {
                    String composed = Normalizer.normalize(new String(a, i, j - i), Normalizer.Form.NFC);
                    for (int k = 0; k < composed.length(); k++) {
                        char d = composed.charAt(k);
                        if (!mark(d) && !ignorable(d)) {
                            add(foldChar(d), i, j);
                        }
                    }
                }
                i = j;
            }
            next = i;
            complete = i >= n;
            settle(complete ? raw : raw - 2);
        }

        /**
         * Makes the folded characters up to {@code upTo} final: a Latin letter that looks like a
         * Cyrillic one ({@code c} for {@code с}) standing alone or inside a Cyrillic word is read as
         * the Cyrillic letter, as typists slip. A letter is settled once the two after it are
         * folded (or the text ends), left to right, as one pass over the whole text would.
         */
        private void settle(int upTo) {
            if (upTo <= length) {
                return;
            }
            if (wide) {
                for (int k = length; k < upTo; k++) {
                    int at = LATIN_LOOKALIKE.indexOf(chars[k]);
                    if (at >= 0
                            && (cyrillic(k - 1)
                                    || cyrillic(k + 1)
                                    || (k + 2 < raw && chars[k + 1] == ' ' && cyrillic(k + 2)))) {
                        chars[k] = CYRILLIC_LOOKALIKE.charAt(at);
                    }
                }
            } // else no character at or above U+0400 so far, so none is Cyrillic
            length = upTo;
        }

        private boolean cyrillic(int k) {
            return k >= 0 && k < raw && org.resdom.internal.Scripts.of(chars[k]) == Character.UnicodeScript.CYRILLIC;
        }

        private void add(char c, int start, int end) {
            if (raw == chars.length) {
                return; // cannot happen: NFC never lengthens a base character with its marks here
            }
            chars[raw] = c;
            wide |= c >= '\u0400';
            from[raw] = start;
            to[raw] = end;
            raw++;
        }

        boolean startsWith(String p, int at) {
            if (at < 0) {
                return false;
            }
            if (p.isEmpty()) {
                return at == 0 || has(at - 1);
            }
            if (!has(at + p.length() - 1)) {
                return false;
            }
            for (int k = 0; k < p.length(); k++) {
                if (chars[at + k] != p.charAt(k)) {
                    return false;
                }
            }
            return true;
        }

        int skipSpaces(int at) {
            while (has(at) && chars[at] == ' ') {
                at++;
            }
            return at;
        }

        /** @return the index in the source just after folded characters {@code [0, end)} */
        int sourceEnd(int end) {
            return end == 0 ? 0 : to[end - 1];
        }

        int sourceStart(int at) {
            return has(at) ? from[at] : length == 0 ? 0 : to[length - 1];
        }

        boolean han(int i) {
            return i >= 0 && has(i) && org.resdom.internal.Scripts.isHan(chars[i]);
        }

        boolean boundary(int end) {
            if (!has(end) || han(end - 1)) {
                return true;
            }
            return !Character.isLetterOrDigit(chars[end]);
        }
    }

    private static boolean ignorable(char c) {
        if (c < 128) {
            return false; // no ASCII character is a format character
        }
        return Character.getType(c) == Character.FORMAT
                || c == '\u0640'
                || c >= '\u064B' && c <= '\u065F'
                || c == '\u0670';
    }

    private static boolean space(char c) {
        if (c < 128) {
            return c == ' ' || c == '\t' || c == '\n' || c == '\r'; // the only ASCII space separator is ' '
        }
        return c == ' '
                || c == '\t'
                || c == '\n'
                || c == '\r'
                || c == '\u00A0'
                || Character.getType(c) == Character.SPACE_SEPARATOR;
    }

    private static boolean mark(char c) {
        if (c < 128) {
            return false;
        }
        int t = Character.getType(c);
        return t == Character.NON_SPACING_MARK
                || t == Character.COMBINING_SPACING_MARK
                || t == Character.ENCLOSING_MARK;
    }

    private static char foldChar(char c) {
        switch (c) {
            case '\u2019', '\u2018', '\u02BC', '\u00B4', '`' -> {
                return '\'';
            }
            case '\u0623', '\u0625', '\u0622', '\u0671' -> {
                return '\u0627';
            }
            case '\u2010', '\u2011', '\u2012', '\u2013', '\u00AD' -> {
                return '-';
            }
            case '\u0451', '\u0401' -> {
                return '\u0435';
            }
            case '\u06CC' -> {
                return '\u064A';
            }
            default -> {
                return Character.toLowerCase(c);
            }
        }
    }

    // ---------------------------------------------------------------- matching

    private <K extends Enum<K>> Optional<PhraseMatch<K>> prefix(CharSequence text, Index<K> index) {
        Checks.notNull(text, "text");
        return prefix(text, Folded.cached(text, LOOK), index);
    }

    private <K extends Enum<K>> Optional<PhraseMatch<K>> prefix(CharSequence text, Folded f, Index<K> index) {
        int pos = f.skipSpaces(0);
        if (!f.has(pos)) {
            return Optional.empty();
        }
        Entry<K> e = index.prefix(f, pos);
        if (e == null) {
            return Optional.empty();
        }
        int s = f.sourceStart(pos);
        int end = f.sourceEnd(pos + e.folded().length());
        return Optional.of(new PhraseMatch<>(
                e.kind(), language, end, text.subSequence(s, end).toString(), Optional.empty()));
    }

    private <K extends Enum<K>> Optional<PhraseMatch<K>> match(CharSequence text, Index<K> index) {
        return match(text, Folded.cached(text, LOOK), index);
    }

    private <K extends Enum<K>> Optional<PhraseMatch<K>> match(CharSequence text, Folded f, Index<K> index) {
        int pos = f.skipSpaces(0);
        int conj = pos;
        if (f.has(pos)
                && conjunctions.indexOf(f.chars[pos]) >= 0
                && f.has(pos + 1)
                && Character.isLetter(f.chars[pos + 1])) {
            conj = pos + 1;
        }
        Optional<PhraseMatch<K>> best = Optional.empty();
        int bestEnd = -1;
        for (int start : conj == pos ? new int[] {pos} : new int[] {pos, conj}) {
            Found<K> direct = phrase(f, start, index);
            if (direct != null && direct.end > bestEnd) {
                bestEnd = direct.end;
                best = Optional.of(result(text, f, direct, -1, -1));
            }
            // modifiers before the phrase: "also strongly condemns", "又回顾"
            int at = start;
            int first = -1;
            int last = -1;
            for (int n = 0; n < MAX_PREFIXES; n++) {
                String p = prefixWords.longest(f, at);
                if (p == null) {
                    break;
                }
                int after = at + p.length();
                int next = f.skipSpaces(after);
                if (next == after && !f.han(after - 1)) {
                    break;
                }
                if (first < 0) {
                    first = at;
                }
                last = after;
                at = next;
                Found<K> rest = phrase(f, at, index);
                if (rest != null && rest.end > bestEnd) {
                    bestEnd = rest.end;
                    best = Optional.of(result(text, f, rest, first, last));
                }
            }
            if (best.isPresent()) {
                break;
            }
        }
        return best;
    }

    /** A phrase found in a folded text: entry, folded start and end (after a qualifier, if any). */
    private record Found<K>(Entry<K> entry, int start, int phraseEnd, int qualStart, int end) {}

    private <K> Found<K> phrase(Folded f, int pos, Index<K> index) {
        if (!f.has(pos)) {
            return null;
        }
        Found<K> framed = framed(f, pos, index);
        if (framed != null) {
            return framed;
        }
        Entry<K> e = index.longest(f, pos);
        if (e == null) {
            return null;
        }
        int end = pos + e.folded().length();
        Found<K> interrupted = interrupted(f, pos, end, index);
        if (interrupted != null) {
            return interrupted;
        }
        int q = f.skipSpaces(end);
        if (q > end || f.han(end - 1)) {
            String qual = qualifierWords.longest(f, q);
            if (qual != null && f.boundary(q + qual.length())) {
                return new Found<>(e, pos, end, q, q + qual.length());
            }
        }
        return new Found<>(e, pos, end, -1, end);
    }

    /** The commas that open and close a clause inserted into a phrase. */
    private static final String INSERT_COMMA = ",\u060C";

    /**
     * A phrase interrupted by a clause between commas, as in {@code يعرب، وهو يعيد تأكيد …، عن
     * استيائه} ("expresses, while reaffirming …, its displeasure") or "Expresses, in this regard,
     * its deep concern": when the phrase found at {@code pos} (ending at {@code end}) is followed
     * by a comma, and a longer entry continues it after the next comma, that entry is the
     * phrase; the match runs over the inserted clause. The inserted clause has no clause end
     * of its own (no semicolon, colon or full stop) and closes within the characters looked at.
     */
    private <K> Found<K> interrupted(Folded f, int pos, int end, Index<K> index) {
        if (!f.has(end) || INSERT_COMMA.indexOf(f.chars[end]) < 0) {
            return null;
        }
        int close = end + 1;
        while (f.has(close) && INSERT_COMMA.indexOf(f.chars[close]) < 0) {
            if (CLAUSE_END.indexOf(f.chars[close]) >= 0) {
                return null;
            }
            close++;
        }
        if (!f.has(close)) {
            return null;
        }
        int after = f.skipSpaces(close + 1);
        int head = end - pos;
        for (Entry<K> e : index.at(f.chars[pos])) {
            String p = e.folded();
            if (p.length() > head + 1
                    && p.charAt(head) == ' '
                    && f.startsWith(p.substring(0, head), pos)
                    && f.startsWith(p.substring(head + 1), after)
                    && f.boundary(after + p.length() - head - 1)) {
                int stop = after + p.length() - head - 1;
                return new Found<>(e, pos, stop, -1, stop);
            }
        }
        return null;
    }

    /**
     * A phrase framed around its object, as Chinese writes {@code 对……表示关切}: a {@code frame}
     * word opens the text and the phrase closes the clause (it is followed by a clause
     * separator or the end of the text looked at). The match runs from the frame word to the
     * end of the phrase.
     */
    private <K> Found<K> framed(Folded f, int pos, Index<K> index) {
        String frame = frameWords.longest(f, pos);
        if (frame == null) {
            return null;
        }
        int clause = pos + frame.length();
        while (f.has(clause) && CLAUSE_END.indexOf(f.chars[clause]) < 0) {
            clause++;
        }
        if (clause == f.length && f.length == LOOK) {
            return null; // the clause may go on past the characters looked at
        }
        for (int k = pos + frame.length() + 1; k < clause; k++) {
            for (Entry<K> e : index.at(f.chars[k])) {
                String p = e.folded();
                if (f.startsWith(p, k) && f.skipSpaces(k + p.length()) == clause) {
                    return new Found<>(e, pos, k + p.length(), -1, k + p.length());
                }
            }
        }
        return null;
    }

    private <K extends Enum<K>> PhraseMatch<K> result(
            CharSequence text, Folded f, Found<K> found, int prefixStart, int prefixEnd) {
        int s = f.sourceStart(found.start());
        int pe = f.sourceEnd(found.phraseEnd());
        String phrase = text.subSequence(s, pe).toString();
        Optional<String> qualifier;
        if (prefixStart >= 0) {
            qualifier = Optional.of(text.subSequence(f.sourceStart(prefixStart), f.sourceEnd(prefixEnd))
                    .toString());
        } else if (found.qualStart() >= 0) {
            qualifier = Optional.of(text.subSequence(f.sourceStart(found.qualStart()), f.sourceEnd(found.end()))
                    .toString());
        } else {
            qualifier = Optional.empty();
        }
        return new PhraseMatch<>(found.entry().kind(), language, f.sourceEnd(found.end()), phrase, qualifier);
    }

    // ---------------------------------------------------------------- loading

    private static Map<Language, PhraseBook> load() {
        Map<Language, PhraseBook> books = new LinkedHashMap<>();
        for (Language l : new Language[] {
            Language.ENGLISH, Language.FRENCH, Language.SPANISH, Language.RUSSIAN, Language.ARABIC, Language.CHINESE
        }) {
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
        List<String> rawPrefixes = new ArrayList<>();
        List<String> trailing = new ArrayList<>();
        StringBuilder conjunctions = new StringBuilder();
        List<String> frames = new ArrayList<>();
        Map<String, List<String>> words = new LinkedHashMap<>();
        Map<String, List<String>> opener = new LinkedHashMap<>();
        Set<String> compoundPairs = new java.util.HashSet<>();
        for (String c : new String[] {"WORD", "ADVERB", "AFTER", "NOT"}) {
            opener.put(c, new ArrayList<>());
        }
        List<DataTable.Row> rows = new ArrayList<>(DataTable.read(PhraseBook.class, name, 3));
        // the citation vocabulary is owned by org.resdom.cite; word(key) still gives it
        rows.addAll(DataTable.read(PhraseBook.class, "/org/resdom/cite/words-" + language.code() + ".tsv", 3));
        for (DataTable.Row row : rows) {
            if (row.get(0).equals("trailing")) {
                trailing.add(fold(row.get(2)));
            } else if (row.get(0).equals("conjunction")) {
                conjunctions.append(fold(row.get(2)));
            }
        }
        for (DataTable.Row row : rows) {
            String type = row.get(0);
            Convention scope = null;
            int at = type.indexOf('@');
            if (at >= 0) {
                scope = Convention.valueOf(type.substring(at + 1).toUpperCase(Locale.ROOT));
                type = type.substring(0, at);
            }
            String where = name + ":" + row.line();
            switch (type) {
                case "preamble" -> {
                    PreambleKind k = PreambleKind.valueOf(row.get(1));
                    for (String p : expand(row.get(2), where)) {
                        for (String form : forms(p, trailing, conjunctions)) {
                            preamble.add(new Entry<>(k, p, form, scope));
                        }
                    }
                }
                case "action" -> {
                    ActionKind k = ActionKind.valueOf(row.get(1));
                    for (String p : expand(row.get(2), where)) {
                        for (String form : forms(p, trailing, conjunctions)) {
                            actions.add(new Entry<>(k, p, form, scope));
                        }
                    }
                }
                case "qualifier" -> expand(row.get(2), where).forEach(p -> qualifiers.add(fold(p)));
                case "prefix" ->
                    expand(row.get(2), where).forEach(p -> {
                        prefixes.add(fold(p));
                        rawPrefixes.add(p);
                    });
                case "frame" -> expand(row.get(2), where).forEach(p -> frames.add(fold(p)));
                case "conjunction", "trailing" -> {
                    // read above
                }
                case "word" ->
                    words.computeIfAbsent(row.get(1), k -> new ArrayList<>()).add(row.get(2));
                case "compound" -> {
                    for (String c : expand(row.get(2), where)) {
                        String[] parts = c.toLowerCase(Locale.ROOT).split("-", -1);
                        if (parts.length < 2 || java.util.Arrays.asList(parts).contains("")) {
                            throw new IllegalStateException(where + ": a compound has parts joined by hyphens: " + c);
                        }
                        for (int k = 1; k < parts.length; k++) {
                            compoundPairs.add(parts[k - 1] + "-" + parts[k]);
                        }
                    }
                }
                case "opener" -> {
                    List<String> into = opener.get(row.get(1));
                    if (into == null || scope != null) {
                        throw new IllegalStateException(
                                where + ": opener class is WORD, ADVERB, AFTER or NOT, unscoped");
                    }
                    into.addAll(expand(row.get(2), where));
                }
                default -> throw new IllegalStateException(where + ": unknown entry " + row.get(0));
            }
        }
        Comparator<String> longer = Comparator.comparingInt(s -> -s.length());
        qualifiers.sort(longer);
        prefixes.sort(longer);
        frames.sort(longer);
        Map<String, List<String>> w = new LinkedHashMap<>();
        words.forEach((k, v) -> {
            List<String> copy = new ArrayList<>(v);
            copy.sort(longer);
            w.put(k, List.copyOf(copy));
        });
        return new PhraseBook(
                language,
                List.copyOf(preamble),
                List.copyOf(actions),
                List.copyOf(qualifiers),
                List.copyOf(prefixes),
                conjunctions.toString(),
                List.copyOf(frames),
                Collections.unmodifiableMap(w),
                Openers.of(
                        opener.get("WORD"),
                        opener.get("ADVERB"),
                        opener.get("AFTER"),
                        opener.get("NOT"),
                        rawPrefixes,
                        name),
                Set.copyOf(compoundPairs));
    }

    /**
     * The folded forms of a phrase: itself, without a trailing word it ends with, and without
     * the conjunction glued to its front.
     */
    private static List<String> forms(String phrase, List<String> trailing, CharSequence conjunctions) {
        String f = fold(phrase);
        List<String> out = new ArrayList<>(List.of(f));
        for (String t : trailing) {
            if (f.endsWith(" " + t)) {
                out.add(f.substring(0, f.length() - t.length() - 1));
            }
        }
        for (String g : List.copyOf(out)) {
            if (g.length() > 2
                    && conjunctions.toString().indexOf(g.charAt(0)) >= 0
                    && Character.isLetter(g.charAt(1))) {
                out.add(g.substring(1));
            }
        }
        return out;
    }

    /** Expands {@code a{x|y}b} into {@code axb}, {@code ayb}; several groups multiply; spaces folded. */
    static List<String> expand(String s, String where) {
        List<String> out = new ArrayList<>();
        for (String e : alternatives(s, where)) {
            String t = e.replaceAll(" {2,}", " ").strip();
            if (!t.isEmpty() && !out.contains(t)) {
                out.add(t);
            }
        }
        return out;
    }

    private static List<String> alternatives(String s, String where) {
        int open = s.indexOf('{');
        if (open < 0) {
            if (s.indexOf('}') >= 0 || s.indexOf('|') >= 0) {
                throw new IllegalStateException(where + ": unbalanced braces in " + s);
            }
            return List.of(s);
        }
        int depth = 0;
        int close = -1;
        List<String> parts = new ArrayList<>();
        int partStart = open + 1;
        for (int i = open; i < s.length() && close < 0; i++) {
            char c = s.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                parts.add(s.substring(partStart, i));
                close = i;
            } else if (c == '|' && depth == 1) {
                parts.add(s.substring(partStart, i));
                partStart = i + 1;
            }
        }
        if (close < 0) {
            throw new IllegalStateException(where + ": unclosed { in " + s);
        }
        List<String> out = new ArrayList<>();
        String head = s.substring(0, open);
        List<String> tails = alternatives(s.substring(close + 1), where);
        for (String part : parts) {
            for (String alt : alternatives(part, where)) {
                for (String rest : tails) {
                    out.add(head + alt + rest);
                }
            }
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static <K> Index<K>[] indexes(List<Entry<K>> entries, Map<Convention, Map<K, K>> merges) {
        Index<K>[] out = new Index[Convention.values().length];
        for (Convention c : Convention.values()) {
            Map<K, K> merge = merges.getOrDefault(c, Map.of());
            Map<String, Entry<K>> byPhrase = new LinkedHashMap<>();
            for (Entry<K> e : entries) {
                if (e.scope() == null) {
                    byPhrase.putIfAbsent(e.folded(), merged(e, merge));
                }
            }
            for (Entry<K> e : entries) {
                if (e.scope() == c) {
                    byPhrase.put(e.folded(), merged(e, merge));
                }
            }
            Map<Character, List<Entry<K>>> byFirst = new HashMap<>();
            for (Entry<K> e : byPhrase.values()) {
                if (!e.folded().isEmpty()) {
                    byFirst.computeIfAbsent(e.folded().charAt(0), k -> new ArrayList<>())
                            .add(e);
                }
            }
            Map<Character, List<Entry<K>>> frozen = new HashMap<>();
            byFirst.forEach((k, v) -> {
                List<Entry<K>> l = new ArrayList<>(v);
                l.sort(Comparator.comparingInt((Entry<K> e) -> -e.folded().length()));
                frozen.put(k, List.copyOf(l));
            });
            out[c.ordinal()] = new Index<>(Map.copyOf(frozen));
        }
        return out;
    }

    private static <K> Entry<K> merged(Entry<K> e, Map<K, K> merge) {
        K k = merge.get(e.kind());
        return k == null ? e : new Entry<>(k, e.phrase(), e.folded(), e.scope());
    }

    /**
     * Reads {@code /org/resdom/lang/kinds.tsv}: lines {@code preamble@un BEARING_IN_MIND
     * RECOGNIZING} say that in the texts of that convention, every phrase of the first class is
     * of the second (the convention's translators do not keep the two apart).
     */
    private static void readMerges() {
        for (DataTable.Row row : DataTable.read(PhraseBook.class, "kinds.tsv", 3)) {
            String type = row.get(0);
            int at = type.indexOf('@');
            if (at < 0) {
                throw new IllegalStateException("kinds.tsv:" + row.line() + ": a merge needs a convention");
            }
            Convention c = Convention.valueOf(type.substring(at + 1).toUpperCase(Locale.ROOT));
            switch (type.substring(0, at)) {
                case "preamble" ->
                    put(
                            PREAMBLE_MERGES,
                            c,
                            PreambleKind.valueOf(row.get(1)),
                            PreambleKind.valueOf(row.get(2)),
                            row.line());
                case "action" ->
                    put(ACTION_MERGES, c, ActionKind.valueOf(row.get(1)), ActionKind.valueOf(row.get(2)), row.line());
                default -> throw new IllegalStateException("kinds.tsv:" + row.line() + ": unknown entry " + type);
            }
        }
    }

    private static <K extends Enum<K>> void put(
            Map<Convention, Map<K, K>> merges, Convention c, K from, K to, int line) {
        Map<K, K> m = merges.computeIfAbsent(c, x -> new EnumMap<>(from.getDeclaringClass()));
        if (m.containsKey(to) || m.containsValue(from) || m.putIfAbsent(from, to) != null) {
            throw new IllegalStateException("kinds.tsv:" + line + ": " + from + " merged twice or into a merged class");
        }
    }

    /**
     * The class a convention reads a preamble class as: in United Nations texts
     * {@link PreambleKind#BEARING_IN_MIND} is {@link PreambleKind#RECOGNIZING}, as the UN's
     * translators render the two by the same phrases (see {@code docs/languages.md}).
     *
     * @param kind a class
     * @param convention the body's convention
     * @return the class phrases of that class get in texts of that convention
     */
    public static PreambleKind concept(PreambleKind kind, Convention convention) {
        Checks.notNull(kind, "kind");
        Checks.notNull(convention, "convention");
        return PREAMBLE_MERGES.getOrDefault(convention, Map.of()).getOrDefault(kind, kind);
    }

    /**
     * The class a convention reads an operative class as: in United Nations texts
     * {@link ActionKind#INVITES}, {@link ActionKind#ENCOURAGES}, {@link ActionKind#URGES} and
     * {@link ActionKind#CALLS_UPON} are {@link ActionKind#REQUESTS} (see {@code docs/languages.md}).
     *
     * @param kind a class
     * @param convention the body's convention
     * @return the class actions of that class get in texts of that convention
     */
    public static ActionKind concept(ActionKind kind, Convention convention) {
        Checks.notNull(kind, "kind");
        Checks.notNull(convention, "convention");
        return ACTION_MERGES.getOrDefault(convention, Map.of()).getOrDefault(kind, kind);
    }

    /**
     * The phrases of a table as entered (not normalized), for tests and tools. Keys are
     * {@code preamble.KIND} or {@code action.KIND}, with {@code @un} or {@code @itu} appended
     * for entries of one convention.
     *
     * @return a map from class name to phrases
     */
    public Map<String, List<String>> describe() {
        Map<String, List<String>> m = new LinkedHashMap<>();
        for (Entry<PreambleKind> e : preamble) {
            String key = "preamble." + e.kind().name() + scopeSuffix(e.scope());
            List<String> l = m.computeIfAbsent(key, k -> new ArrayList<>());
            if (!l.contains(e.phrase())) {
                l.add(e.phrase());
            }
        }
        for (Entry<ActionKind> e : actions) {
            String key = "action." + e.kind().name() + scopeSuffix(e.scope());
            List<String> l = m.computeIfAbsent(key, k -> new ArrayList<>());
            if (!l.contains(e.phrase())) {
                l.add(e.phrase());
            }
        }
        return Collections.unmodifiableMap(m);
    }

    private static String scopeSuffix(Convention c) {
        return c == null ? "" : "@" + c.name().toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return "PhraseBook[" + language.code().toUpperCase(Locale.ROOT) + "]";
    }
}

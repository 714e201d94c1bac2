package org.resdom.io.text.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.resdom.lang.PhraseBook;
import org.resdom.model.Body;
import org.resdom.model.Language;

/**
 * The citation vocabulary of one language (or of all six when the language is undetermined),
 * taken from the {@code word} entries of the phrase tables and normalized with
 * {@link PhraseBook#normalize(CharSequence)}, longest first. Immutable.
 */
public final class Vocabulary {

    /**
     * The keys of the bodies a formula may name, in the order it is searched (specific names before
     * general ones), with their bodies: core's ({@link PhraseBook#adoptingBodyKeys()}).
     */
    static final List<Map.Entry<String, Body>> BODY_KEYS = PhraseBook.adoptingBodyKeys().stream()
            .map(k -> Map.entry(k, PhraseBook.bodyOfKey(k).orElseThrow()))
            .toList();

    private static final Map<Language, Vocabulary> CACHE = new java.util.concurrent.ConcurrentHashMap<>();

    private final Language language;
    private final List<PhraseBook> books;
    private final Map<String, List<String>> words;

    private Vocabulary(Language language) {
        this.language = language;
        this.books = language == Language.UNDETERMINED ? PhraseBook.all() : List.of(PhraseBook.of(language));
        Map<String, Set<String>> w = new HashMap<>();
        for (PhraseBook b : books) {
            for (String key : b.wordKeys()) {
                for (String word : b.words(key)) {
                    w.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(PhraseBook.normalize(word));
                }
            }
        }
        Map<String, List<String>> sorted = new HashMap<>();
        w.forEach((k, v) -> {
            List<String> l = new ArrayList<>(v);
            l.sort(Comparator.comparingInt(s -> -s.length()));
            sorted.put(k, List.copyOf(l));
        });
        this.words = Map.copyOf(sorted);
    }

    /**
     * @param language a language, or {@link Language#UNDETERMINED} for the union of all tables
     * @return its vocabulary
     */
    public static Vocabulary of(Language language) {
        return CACHE.computeIfAbsent(language, Vocabulary::new);
    }

    /** @return the language */
    public Language language() {
        return language;
    }

    /** @return the phrase tables searched, in order */
    public List<PhraseBook> books() {
        return books;
    }

    /**
     * @param key a word key
     * @return its normalized words, longest first
     */
    public List<String> words(String key) {
        return words.getOrDefault(key, List.of());
    }

    /**
     * Matches a word of {@code key} at {@code pos} of normalized text, ending at a word boundary.
     *
     * @param norm normalized text
     * @param pos where the word must start
     * @param key the word key
     * @return the index after the word, or -1
     */
    public int match(String norm, int pos, String key) {
        for (String w : words(key)) {
            if (norm.startsWith(w, pos) && endsWord(norm, pos + w.length(), w)) {
                return pos + w.length();
            }
        }
        return -1;
    }

    /**
     * The first body named in normalized text, searching bodies in a fixed order.
     *
     * @param norm normalized text
     * @return the body, or null
     */
    public Body bodyNamedIn(String norm) {
        for (Map.Entry<String, Body> e : BODY_KEYS) {
            for (String w : words(e.getKey())) {
                if (norm.contains(w)) {
                    return e.getValue();
                }
            }
        }
        return null;
    }

    /**
     * Like {@link #bodyNamedIn(String)}, also taking a word with {@code *} as a stem: each
     * {@code *} stands for the letters of an inflected ending ({@code совет* по правам человека}
     * names the Council in {@code Советом по правам человека}).
     *
     * @param norm normalized text
     * @return the body, or null
     */
    public Body bodyNamedInStems(String norm) {
        for (Map.Entry<String, Body> e : BODY_KEYS) {
            for (String w : words(e.getKey())) {
                if (w.indexOf('*') < 0 ? norm.contains(w) : stemAt(norm, w)) {
                    return e.getValue();
                }
            }
        }
        return null;
    }

    private static boolean stemAt(String norm, String word) {
        int star = word.indexOf('*');
        String first = word.substring(0, star);
        for (int at = norm.indexOf(first); at >= 0; at = norm.indexOf(first, at + 1)) {
            int pos = at + first.length();
            int w = star;
            boolean ok = true;
            while (ok && w < word.length()) {
                if (word.charAt(w) == '*') {
                    while (pos < norm.length() && Character.isLetter(norm.charAt(pos))) {
                        pos++;
                    }
                    w++;
                } else {
                    int next = word.indexOf('*', w);
                    String piece = word.substring(w, next < 0 ? word.length() : next);
                    ok = norm.startsWith(piece, pos);
                    pos += piece.length();
                    w += piece.length();
                }
            }
            if (ok) {
                return true;
            }
        }
        return false;
    }

    /**
     * Matches a body name at {@code pos}.
     *
     * @param norm normalized text
     * @param pos the position
     * @return the body and end, or null
     */
    public Map.Entry<Body, Integer> bodyAt(String norm, int pos) {
        for (Map.Entry<String, Body> e : BODY_KEYS) {
            int end = match(norm, pos, e.getKey());
            if (end >= 0) {
                return Map.entry(e.getValue(), end);
            }
        }
        return null;
    }

    static boolean endsWord(String norm, int end, String word) {
        if (end >= norm.length() || word.isEmpty()) {
            return true;
        }
        char last = word.charAt(word.length() - 1);
        if (!Character.isLetterOrDigit(last) || isHan(last)) {
            return true;
        }
        return !Character.isLetterOrDigit(norm.charAt(end));
    }

    /**
     * @param c a character
     * @return whether it is a Han character
     */
    public static boolean isHan(char c) {
        return c >= '\u2e80' && Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }
}

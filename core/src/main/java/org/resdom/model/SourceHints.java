package org.resdom.model;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.resdom.internal.Checks;
import org.resdom.internal.Vocabularies;

/**
 * What a reader noted about its source beyond the resolution itself: how the source was laid
 * out (line endings, blank lines, a byte order mark, page furniture, pages) and what the
 * source's own metadata said (an Akoma Ntoso file's FRBR dates and work IRI, its cover page).
 * A writer of the same format uses the hints to present the document as it was
 * ({@code text.newline} gives the text writer back its CRLF line endings); no other part of
 * resdom needs them.
 *
 * <p>Hints are kept beside the content, as {@linkplain SourceSpan spans} are: they are a
 * component of {@link Resolution} ({@link Resolution#hints()}) but never take part in its
 * {@code equals} or {@code hashCode}, so the same resolution read from a text file, a Word file
 * and an Akoma Ntoso file is one value.
 *
 * <h2>Keys</h2>
 * A hint's key starts with a namespace and a dot ({@code text.newline}, {@code layout.pages},
 * {@code akn.date}); the namespaces are those of resdom's formats, {@link #NAMESPACES}, and those
 * that plug-ins declare ({@link org.resdom.spi.Vocabulary#hintNamespaces()}): {@link #namespaces()}
 * lists them all. A key in one of them is a hint wherever it is given: {@link Resolution}'s constructor moves such a
 * key from the metadata into the hints, so {@link Resolution#metadata()} never holds one. That
 * is also how resdom's own formats store hints: JSON, resdom XML and Akoma Ntoso write them
 * among the metadata entries, under their keys, and their readers give them back as hints.
 *
 * <pre>{@code
 * Resolution r = TextResolutionReader.create().read(path).resolution();
 * r.hints().get("text.newline");                 // Optional[CRLF] for a file with CRLF line endings
 * r.equals(r.withHints(SourceHints.none()));     // true: hints are not content
 * }</pre>
 *
 * @param values the hints, sorted by key; every key is in one of the {@link #namespaces()}
 */
public record SourceHints(Map<String, String> values) {

    /**
     * The namespaces of resdom's own hint keys: the names of its formats and of its layout stages.
     * Plug-ins add theirs through a {@link org.resdom.spi.Vocabulary}; {@link #namespaces()} has all.
     */
    public static final Set<String> NAMESPACES = Set.of("akn", "docx", "html", "json", "layout", "pdf", "text", "xml");

    private static final SourceHints NONE = new SourceHints(Map.of());

    /**
     * Checks for nulls and keys outside the namespaces, and copies the map sorted by key.
     *
     * @throws IllegalArgumentException if a key is not in one of the {@link #namespaces()}
     */
    public SourceHints {
        values = Checks.map(values, "values");
        for (String key : values.keySet()) {
            if (!isHintKey(key)) {
                throw new IllegalArgumentException("not a hint key (namespace.name, the namespace one of "
                        + namespaces() + "; a plug-in declares its own in an org.resdom.spi.Vocabulary): "
                        + key);
            }
        }
    }

    /**
     * @return the namespaces of hint keys: resdom's own ({@link #NAMESPACES}) and those of the
     *         {@linkplain org.resdom.spi.Vocabulary plug-ins} found, sorted
     */
    public static Set<String> namespaces() {
        return Vocabularies.found().namespaces();
    }

    /** @return no hints */
    public static SourceHints none() {
        return NONE;
    }

    /**
     * @param values the hints
     * @return hints with those values
     * @throws IllegalArgumentException if a key is not in one of the {@link #namespaces()}
     */
    public static SourceHints of(Map<String, String> values) {
        return Checks.notNull(values, "values").isEmpty() ? NONE : new SourceHints(values);
    }

    /**
     * Whether a key is a hint's: a namespace of {@link #namespaces()}, a dot and at least one more
     * character.
     *
     * @param key a metadata or hint key
     * @return whether it names a hint
     */
    public static boolean isHintKey(String key) {
        Checks.notNull(key, "key");
        int dot = key.indexOf('.');
        if (dot <= 0 || dot >= key.length() - 1) {
            return false;
        }
        // the namespace before the dot, compared in place (no substring: metadata keys are asked often)
        for (String ns : namespaces()) {
            if (ns.length() == dot && key.startsWith(ns)) {
                return true;
            }
        }
        return false;
    }

    /**
     * @param key a hint key, such as {@code text.newline}
     * @return its value, if the reader noted one
     */
    public Optional<String> get(String key) {
        Checks.notNull(key, "key");
        return Optional.ofNullable(values.get(key));
    }

    /** @return whether there is no hint */
    public boolean isEmpty() {
        return values.isEmpty();
    }

    /**
     * @param key a hint key
     * @param value its value
     * @return these hints with that one set
     * @throws IllegalArgumentException if the key is not in one of the {@link #namespaces()}
     */
    public SourceHints with(String key, String value) {
        Checks.notNull(key, "key");
        Checks.notNull(value, "value");
        Map<String, String> copy = new TreeMap<>(values);
        copy.put(key, value);
        return new SourceHints(copy);
    }

    /**
     * @param other more hints
     * @return these hints and the other's; the other's value where both have a key
     */
    public SourceHints plus(SourceHints other) {
        Checks.notNull(other, "other");
        if (other.isEmpty()) {
            return this;
        }
        if (isEmpty()) {
            return other;
        }
        Map<String, String> copy = new TreeMap<>(values);
        copy.putAll(other.values);
        return new SourceHints(copy);
    }
}

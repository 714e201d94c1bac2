package org.resdom.internal;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/** Argument checks shared by the model's records. Not part of the API. */
public final class Checks {
    private Checks() {}

    /**
     * Rejects null with a message naming the parameter. The message is built only on failure:
     * no lambda capturing {@code name} is made per call (the model's constructors call this for
     * every component of every record).
     */
    public static <T> T notNull(T value, String name) {
        if (value == null) {
            throw new NullPointerException(name + " must not be null");
        }
        return value;
    }

    /** Rejects a null list or null elements, and returns an unmodifiable copy. */
    public static <T> List<T> list(List<T> value, String name) {
        notNull(value, name);
        for (int i = 0; i < value.size(); i++) {
            if (value.get(i) == null) {
                throw new NullPointerException(name + "[" + i + "] must not be null");
            }
        }
        return List.copyOf(value);
    }

    /**
     * Rejects a null list or null elements, and returns the canonical form of inline content:
     * an unmodifiable copy with adjacent texts merged into one (see {@code Inline.normalize}).
     */
    public static List<org.resdom.model.Inline> inlines(List<org.resdom.model.Inline> value, String name) {
        return org.resdom.model.Inline.normalize(list(value, name));
    }

    /** Rejects a null optional (an empty one is fine). */
    public static <T> Optional<T> optional(Optional<T> value, String name) {
        return notNull(value, name);
    }

    /**
     * Rejects null maps, keys or values and returns an unmodifiable map sorted by key. A map
     * already sorted by the keys' natural order (such as one this method returned) is copied in
     * one linear pass instead of entry by entry.
     */
    public static Map<String, String> map(Map<String, String> value, String name) {
        notNull(value, name);
        for (Map.Entry<String, String> e : value.entrySet()) {
            if (e.getKey() == null) {
                throw new NullPointerException(name + " key must not be null");
            }
            if (e.getValue() == null) {
                throw new NullPointerException(name + " value must not be null");
            }
        }
        TreeMap<String, String> copy = value instanceof SortedMap<String, String> sorted && sorted.comparator() == null
                ? new TreeMap<>(sorted)
                : new TreeMap<>(value);
        return Collections.unmodifiableSortedMap(copy);
    }

    /** Rejects null and blank strings. */
    public static String notBlank(String value, String name) {
        notNull(value, name);
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        return value;
    }
}

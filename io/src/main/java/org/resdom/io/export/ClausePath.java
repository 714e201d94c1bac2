package org.resdom.io.export;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a unit sits in its document.
 *
 * @param part {@code formula}, {@code preamble}, {@code operative}, {@code annex} or {@code document}
 * @param section the 1-based number of the section (or annex) within its part; 0 for the document and formula
 * @param kind the section's preamble kind or operative action (such as {@code RECALLING}, {@code REQUESTS}),
 *     when known
 * @param phrase the section's phrase or heading text, when it has one
 * @param action the operative action (such as {@code INSTRUCTS}), for operative sections with a phrase
 * @param addressee the addressee of the operative phrase (such as {@code the Secretary-General}), when known
 * @param labels the label chain from the top paragraph down to this one ({@code ["3", "a)"]})
 */
public record ClausePath(
        String part,
        int section,
        Optional<String> kind,
        Optional<String> phrase,
        Optional<String> action,
        Optional<String> addressee,
        List<String> labels) {

    /** Checks for nulls and copies the list. */
    public ClausePath {
        Objects.requireNonNull(part, "part");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(phrase, "phrase");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(addressee, "addressee");
        labels = List.copyOf(labels);
    }

    /**
     * @param label one more label
     * @return this path with the label appended to the chain
     */
    public ClausePath child(String label) {
        List<String> l = new java.util.ArrayList<>(labels);
        l.add(label);
        return new ClausePath(part, section, kind, phrase, action, addressee, l);
    }
}

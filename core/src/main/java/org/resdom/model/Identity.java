package org.resdom.model;

import java.util.List;
import java.util.Optional;
import org.resdom.internal.Checks;

/**
 * Who adopted a document, what it is, and its history.
 *
 * @param body the adopting body
 * @param kind resolution, decision, …
 * @param number the number as a string ({@code 71}, {@code 1bis}, {@code 71/243}), if known
 * @param heading the title line as written ({@code RÉSOLUTION 71 (RÉV. BUCAREST, 2022)}), if any
 * @param title the subject ({@code Plan stratégique de l'Union}), if any
 * @param language the language of this text
 * @param history adoption and revisions, oldest first; may be empty
 */
public record Identity(
        Body body,
        DocumentKind kind,
        Optional<String> number,
        Optional<String> heading,
        Optional<String> title,
        Language language,
        List<Revision> history) {

    /** Checks for nulls and copies the history. */
    public Identity {
        Checks.notNull(body, "body");
        Checks.notNull(kind, "kind");
        Checks.optional(number, "number");
        Checks.optional(heading, "heading");
        Checks.optional(title, "title");
        Checks.notNull(language, "language");
        history = Checks.list(history, "history");
    }

    /**
     * An identity with no heading, title or history.
     *
     * @param body the body
     * @param kind the kind
     * @param number the number
     * @param language the language
     * @return the identity
     */
    public static Identity of(Body body, DocumentKind kind, String number, Language language) {
        return new Identity(
                body,
                kind,
                Optional.of(Checks.notNull(number, "number")),
                Optional.empty(),
                Optional.empty(),
                language,
                List.of());
    }

    /** @return an identity that says nothing: other body, resolution, no number, undetermined language */
    public static Identity unknown() {
        return new Identity(
                Body.OTHER,
                DocumentKind.RESOLUTION,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Language.UNDETERMINED,
                List.of());
    }

    /** @return the latest adoption or revision, if any */
    public Optional<Revision> latest() {
        return history.isEmpty() ? Optional.empty() : Optional.of(history.get(history.size() - 1));
    }

    /**
     * @param value the new title
     * @return a copy with this title
     */
    public Identity withTitle(String value) {
        return new Identity(
                body, kind, number, heading, Optional.of(Checks.notNull(value, "value")), language, history);
    }

    /**
     * @param value the new heading
     * @return a copy with this heading
     */
    public Identity withHeading(String value) {
        return new Identity(body, kind, number, Optional.of(Checks.notNull(value, "value")), title, language, history);
    }

    /**
     * @param value the new history
     * @return a copy with this history
     */
    public Identity withHistory(List<Revision> value) {
        return new Identity(body, kind, number, heading, title, language, value);
    }

    /**
     * @param value the new language
     * @return a copy with this language
     */
    public Identity withLanguage(Language value) {
        return new Identity(body, kind, number, heading, title, value, history);
    }
}

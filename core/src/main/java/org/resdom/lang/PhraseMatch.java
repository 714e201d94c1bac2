package org.resdom.lang;

import java.util.Optional;
import org.resdom.internal.Checks;
import org.resdom.model.Language;

/**
 * A phrase found at the start of a text by a {@link PhraseBook}.
 *
 * @param <K> the class of phrase ({@link org.resdom.model.PreambleKind} or {@link org.resdom.model.ActionKind})
 * @param kind the class of the phrase found
 * @param language the table that knew it
 * @param end index in the text just after the phrase and its qualifier (UTF-16 code units)
 * @param phrase the phrase as written in the text, without the qualifier
 * @param qualifier the qualifier as written ({@code further}, {@code en outre}), if any
 */
public record PhraseMatch<K extends Enum<K>>(
        K kind, Language language, int end, String phrase, Optional<String> qualifier) {

    /** Checks for nulls. */
    public PhraseMatch {
        Checks.notNull(kind, "kind");
        Checks.notNull(language, "language");
        Checks.notNull(phrase, "phrase");
        Checks.optional(qualifier, "qualifier");
    }
}

package org.resdom.model;

import java.util.Optional;
import org.resdom.internal.Checks;
import org.resdom.lang.PhraseBook;
import org.resdom.lang.PhraseMatch;

/**
 * The phrase that opens a preamble section, kept as written and classified:
 * {@code considérant en outre} is {@link PreambleKind#CONSIDERING} with the qualifier
 * {@code en outre}.
 *
 * @param text the phrase as written
 * @param kind its class; {@link PreambleKind#OTHER} when no table knows it
 * @param qualifier a qualifier such as {@code further}, {@code en outre}, {@code also}, as written
 */
public record PreamblePhrase(String text, PreambleKind kind, Optional<String> qualifier) {

    /** Checks the invariants. */
    public PreamblePhrase {
        Checks.notBlank(text, "text");
        Checks.notNull(kind, "kind");
        Checks.optional(qualifier, "qualifier");
    }

    /**
     * Classifies a phrase in any of the six languages. A phrase that does not match a table
     * entirely (nothing may follow it but a qualifier) is {@link PreambleKind#OTHER}.
     *
     * @param text the phrase as written, such as {@code considering further}
     * @return the classified phrase
     */
    public static PreamblePhrase of(String text) {
        Checks.notBlank(text, "text");
        for (PhraseBook book : PhraseBook.all()) {
            Optional<PhraseMatch<PreambleKind>> m = book.matchPreamble(text);
            if (m.isPresent() && m.get().end() == text.length()) {
                return new PreamblePhrase(text, m.get().kind(), m.get().qualifier());
            }
        }
        return new PreamblePhrase(text, PreambleKind.OTHER, Optional.empty());
    }
}

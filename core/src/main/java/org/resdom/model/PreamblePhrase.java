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
     * Classifies a phrase in any of the six languages, with the ITU convention: its class is
     * that of the longest table phrase that opens it (what follows, after a modifier, does not
     * change the class), as the text reader and the Akoma Ntoso reader classify it.
     *
     * @param text the phrase as written, such as {@code considering further}
     * @return the classified phrase; {@link PreambleKind#OTHER} when no table phrase opens it
     */
    public static PreamblePhrase of(String text) {
        return of(text, Language.UNDETERMINED, Body.OTHER);
    }

    /**
     * Classifies a phrase of a known language and body (see
     * {@link PhraseBook#convention(Body)}); an undetermined language tries the six tables.
     *
     * @param text the phrase as written
     * @param language its language, or {@link Language#UNDETERMINED}
     * @param body the body whose text it is ({@link Body#OTHER} when unknown)
     * @return the classified phrase
     */
    public static PreamblePhrase of(String text, Language language, Body body) {
        Checks.notBlank(text, "text");
        Checks.notNull(language, "language");
        Checks.notNull(body, "body");
        for (PhraseBook book : PhraseBook.forLanguage(language)) {
            Optional<PhraseMatch<PreambleKind>> m = book.matchPreamble(text, body);
            if (m.isPresent()) {
                return new PreamblePhrase(text, m.get().kind(), m.get().qualifier());
            }
        }
        return new PreamblePhrase(text, PreambleKind.OTHER, Optional.empty());
    }
}

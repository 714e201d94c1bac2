package org.resdom.model;

import java.util.Optional;
import org.resdom.internal.Checks;
import org.resdom.lang.PhraseBook;
import org.resdom.lang.PhraseMatch;

/**
 * The heading of an operative section, kept as written, with its action classified and its
 * addressee kept: {@code charge le Secrétaire général et les Directeurs des Bureaux} is
 * {@link ActionKind#INSTRUCTS} addressed to {@code le Secrétaire général et les Directeurs des
 * Bureaux}.
 *
 * @param text the whole heading as written
 * @param action the action's class; {@link ActionKind#OTHER} when no table knows it
 * @param qualifier a qualifier such as {@code further}, {@code also}, {@code en outre}, as written
 * @param addressee who is addressed, as written, if anyone
 */
public record OperativePhrase(String text, ActionKind action, Optional<String> qualifier,
        Optional<String> addressee) {

    /** Checks the invariants. */
    public OperativePhrase {
        Checks.notBlank(text, "text");
        Checks.notNull(action, "action");
        Checks.optional(qualifier, "qualifier");
        Checks.optional(addressee, "addressee");
    }

    /**
     * Classifies a heading in any of the six languages: the action must open it; what follows
     * (after an optional qualifier) is the addressee.
     *
     * @param text the heading as written, such as {@code instructs the Secretary-General}
     * @return the classified heading
     */
    public static OperativePhrase of(String text) {
        Checks.notBlank(text, "text");
        for (PhraseBook book : PhraseBook.all()) {
            Optional<PhraseMatch<ActionKind>> m = book.matchAction(text);
            if (m.isPresent()) {
                String rest = text.substring(m.get().end()).strip();
                return new OperativePhrase(text, m.get().kind(), m.get().qualifier(),
                        rest.isEmpty() ? Optional.empty() : Optional.of(rest));
            }
        }
        return new OperativePhrase(text, ActionKind.OTHER, Optional.empty(), Optional.empty());
    }
}

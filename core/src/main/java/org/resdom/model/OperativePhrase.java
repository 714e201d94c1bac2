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
public record OperativePhrase(String text, ActionKind action, Optional<String> qualifier, Optional<String> addressee) {

    /** Checks the invariants. */
    public OperativePhrase {
        Checks.notBlank(text, "text");
        Checks.notNull(action, "action");
        Checks.optional(qualifier, "qualifier");
        Checks.optional(addressee, "addressee");
    }

    /**
     * Classifies a heading in any of the six languages, with the ITU convention: the action
     * must open it; what follows (after an optional modifier) is the addressee.
     *
     * @param text the heading as written, such as {@code instructs the Secretary-General}
     * @return the classified heading
     */
    public static OperativePhrase of(String text) {
        return of(text, Language.UNDETERMINED, Body.OTHER);
    }

    /**
     * Classifies a heading of a known language and body (see
     * {@link PhraseBook#convention(Body)}: UN French {@code Décide} is {@link ActionKind#DECIDES},
     * ITU French {@code décide} is {@link ActionKind#RESOLVES}); an undetermined language tries
     * the six tables.
     *
     * @param text the heading as written
     * @param language its language, or {@link Language#UNDETERMINED}
     * @param body the body whose text it is ({@link Body#OTHER} when unknown)
     * @return the classified heading
     */
    public static OperativePhrase of(String text, Language language, Body body) {
        Checks.notBlank(text, "text");
        Checks.notNull(language, "language");
        Checks.notNull(body, "body");
        for (PhraseBook book : PhraseBook.forLanguage(language)) {
            Optional<PhraseMatch<ActionKind>> m = book.matchAction(text, body);
            if (m.isPresent()) {
                String rest = text.substring(m.get().end()).strip();
                return new OperativePhrase(
                        text,
                        m.get().kind(),
                        m.get().qualifier(),
                        rest.isEmpty() ? Optional.empty() : Optional.of(rest));
            }
        }
        return new OperativePhrase(text, ActionKind.OTHER, Optional.empty(), Optional.empty());
    }

    /**
     * The action a UN-style operative paragraph opens with ({@code 3. Calls upon all States …}):
     * the words up to the end of the action and its modifiers, classified; the text of the
     * paragraph is not changed. This is how resdom shows a UN operative part: its numbered
     * paragraphs stay as they are, in a section without a heading, and each carries the action
     * its text opens with (see {@link OperativeSection#actions(Language, Body)}).
     *
     * @param paragraph the paragraph
     * @param language its language, or {@link Language#UNDETERMINED}
     * @param body the body whose text it is
     * @return the action, if a table action opens the paragraph's text
     */
    public static Optional<OperativePhrase> opening(Paragraph paragraph, Language language, Body body) {
        Checks.notNull(paragraph, "paragraph");
        Checks.notNull(language, "language");
        Checks.notNull(body, "body");
        String text = Inline.plainText(paragraph.content());
        for (PhraseBook book : PhraseBook.forLanguage(language)) {
            Optional<PhraseMatch<ActionKind>> m = book.matchAction(text, body);
            if (m.isPresent()) {
                String head = text.substring(0, m.get().end()).strip();
                if (!head.isEmpty()) {
                    return Optional.of(
                            new OperativePhrase(head, m.get().kind(), m.get().qualifier(), Optional.empty()));
                }
            }
        }
        return Optional.empty();
    }
}

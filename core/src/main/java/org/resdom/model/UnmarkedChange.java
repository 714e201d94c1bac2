package org.resdom.model;

import java.util.Optional;
import org.resdom.internal.Checks;

/**
 * A difference between two versions that {@link Revisions#compare} cannot mark inline, because
 * it is not in running text: an identity field (title, heading, number, body, kind, language,
 * history) or an annex's number, heading or title, or the number of annexes. The marked
 * document keeps the older value in its metadata ({@code revision.before.*}, see
 * {@link Revisions#compare}) so that {@link Revisions#rejected} gives it back;
 * {@link Revisions#unmarkedChanges} lists them.
 *
 * @param field what changed: {@code title}, {@code heading}, {@code number}, {@code body},
 *        {@code kind}, {@code language}, {@code history}, {@code annexes} (their number), or
 *        {@code annex.K.number}, {@code annex.K.heading}, {@code annex.K.title} (K from 1)
 * @param before the older value, empty when the older version had none
 * @param after the newer value, empty when the newer version has none
 */
public record UnmarkedChange(String field, Optional<String> before, Optional<String> after) {

    /** Checks for nulls and blanks. */
    public UnmarkedChange {
        Checks.notBlank(field, "field");
        Checks.optional(before, "before");
        Checks.optional(after, "after");
    }

    /**
     * @param field what changed
     * @param before the older value, empty if none
     * @param after the newer value, empty if none
     * @return the change
     */
    public static UnmarkedChange of(String field, Optional<String> before, Optional<String> after) {
        return new UnmarkedChange(field, before, after);
    }

    /** @return {@code title: "old" -> "new"} ({@code none} for an absent value) */
    @Override
    public String toString() {
        return field + ": " + before.map(v -> "\"" + v + "\"").orElse("none") + " -> "
                + after.map(v -> "\"" + v + "\"").orElse("none");
    }
}

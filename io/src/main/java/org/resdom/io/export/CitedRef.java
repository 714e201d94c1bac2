package org.resdom.io.export;

import java.util.List;
import java.util.Objects;

/**
 * A citation as exported: its kind, its source text and the numbers it cites.
 *
 * @param kind the citation kind's code ({@code un-resolution}, {@code resolution}...)
 * @param text the exact source text
 * @param numbers the cited numbers ({@code ["71/243"]}, {@code ["70", "71"]}), empty when none
 */
public record CitedRef(String kind, String text, List<String> numbers) {

    /** Checks for nulls and copies the list. */
    public CitedRef {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        numbers = List.copyOf(numbers);
    }
}

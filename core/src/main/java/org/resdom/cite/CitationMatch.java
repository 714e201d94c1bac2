package org.resdom.cite;

import org.resdom.internal.Checks;
import org.resdom.model.Citation;

/**
 * A citation found in a string: where it stands and what it cites.
 *
 * @param start the first UTF-16 code unit of the citation's text in the string searched
 * @param end one past the last
 * @param citation the citation, without a source span; its text is {@code string.substring(start, end)}
 */
public record CitationMatch(int start, int end, Citation citation) {

    /** Checks the invariants. */
    public CitationMatch {
        Checks.notNull(citation, "citation");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad range " + start + ".." + end);
        }
    }
}

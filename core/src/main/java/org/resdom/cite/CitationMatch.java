package org.resdom.cite;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.resdom.internal.Checks;
import org.resdom.model.Citation;
import org.resdom.model.InstrumentCitation;
import org.resdom.model.UnResolutionCitation;

/**
 * A citation found in a string: where it stands and what it cites.
 *
 * <p>A range ({@code resolutions 5/1 to 5/3}, {@code 第5/1至5/3号}, {@code Resolutions 70 to 77})
 * is two citations, one per end, each with its own text and offsets, so that the texts of the
 * citations and of the words between them give the source back exactly; the match of the second
 * end knows the first ({@link #rangeFrom()}) and what the range covers ({@link #range()}). The
 * numbers between the ends are cited too: an ITU range ({@link InstrumentCitation}, which holds a
 * list of numbers) gives them to its first end, which cites every number of the range but the
 * last ({@code Resolutions 70}: 70 … 76, then {@code 77}: 77), so each number is cited once and
 * shares the span of the first end's words. A UN range keeps its two ends (a
 * {@link UnResolutionCitation} cites one number); {@link #range()} gives the numbers between.
 *
 * @param start the first UTF-16 code unit of the citation's text in the string searched
 * @param end one past the last
 * @param citation the citation, without a source span; its text is {@code string.substring(start, end)}
 * @param rangeFrom for the second end of a range, the citation at its first end
 */
public record CitationMatch(int start, int end, Citation citation, Optional<Citation> rangeFrom) {

    /** The most numbers a range is expanded to; a longer one gives its two ends only. */
    static final int MAX_RANGE = 100;

    /** Checks the invariants. */
    public CitationMatch {
        Checks.notNull(citation, "citation");
        Checks.optional(rangeFrom, "rangeFrom");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad range " + start + ".." + end);
        }
    }

    /**
     * A citation that ends no range.
     *
     * @param start the first code unit
     * @param end one past the last
     * @param citation the citation
     */
    public CitationMatch(int start, int end, Citation citation) {
        this(start, end, citation, Optional.empty());
    }

    /**
     * The identifiers a range covers, both ends included, when this match ends a range: every
     * number between when the series is unambiguous (the same session, {@code 5/1 to 5/3} is
     * {@code 5/1, 5/2, 5/3}; plain numbers, {@code 70 to 77}; at most 100 numbers),
     * else the two ends alone ({@code 5/1 to 6/3}, {@code A.1 to A.9}).
     *
     * @return the identifiers, in order; empty when this match ends no range
     */
    public List<String> range() {
        if (rangeFrom.isEmpty()) {
            return List.of();
        }
        String from = number(rangeFrom.get());
        String to = number(citation);
        if (from == null || to == null) {
            return List.of();
        }
        return expand(from, to);
    }

    /**
     * The identifiers from one end of a range to the other, both included: every number between
     * when the series is unambiguous, else the two ends alone.
     */
    static List<String> expand(String from, String to) {
        String prefix = "";
        String a = from;
        String b = to;
        int slash = from.lastIndexOf('/');
        if (slash >= 0) {
            prefix = from.substring(0, slash + 1);
            if (!to.startsWith(prefix) || to.indexOf('/', prefix.length()) >= 0) {
                return List.of(from, to);
            }
            a = from.substring(slash + 1);
            b = to.substring(slash + 1);
        }
        if (!digits(a) || !digits(b)) {
            return List.of(from, to);
        }
        int x = Integer.parseInt(a);
        int y = Integer.parseInt(b);
        if (y <= x || y - x >= MAX_RANGE) {
            return List.of(from, to);
        }
        List<String> out = new ArrayList<>(y - x + 1);
        for (int n = x; n <= y; n++) {
            out.add(prefix + n);
        }
        return List.copyOf(out);
    }

    private static String number(Citation c) {
        if (c instanceof UnResolutionCitation u) {
            return u.number();
        }
        if (c instanceof InstrumentCitation i) {
            return i.numbers()
                    .get(0); // an ITU range's first end cites the numbers up to the last: its first is the end
        }
        return null;
    }

    /** {@code s.matches("\\d{1,6}")} without a pattern: one to six ASCII digits. */
    static boolean digits(String s) {
        if (s.isEmpty() || s.length() > 6) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}

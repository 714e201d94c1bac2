package org.resdom.validation.internal;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.resdom.diagnostic.Severity;
import org.resdom.model.Body;
import org.resdom.model.InstrumentCitation;
import org.resdom.model.Node;
import org.resdom.model.Resolution;
import org.resdom.model.Revision;
import org.resdom.validation.RuleContext;

/**
 * Checks cited revisions ({@code Résolution 70 (Rév. Dubaï, 2018)}) and the document's own
 * history against the table of conferences: the year must be a year in which the body met,
 * and the place, when the table knows it, must be where the body met that year. For a body
 * the table does not cover (or a citation with no body), only checks that the year is
 * plausible. A place the table does not know in any spelling is not judged.
 */
public final class CitationRevisionRule extends RuleBase {

    private final Conferences conferences;

    /**
     * @param code the code to report under
     * @param conferences the table of conferences
     */
    public CitationRevisionRule(String code, Conferences conferences) {
        super(
                code,
                Severity.WARNING,
                "A cited revision (or the document's history) names a year in which the "
                        + "body did not meet, or a place that does not match the year (Dubai, 2022 at the PP).");
        this.conferences = conferences;
    }

    @Override
    public void check(Resolution resolution, RuleContext context) {
        Body own = resolution.identity().body();
        for (Revision r : resolution.identity().history()) {
            problem(Optional.of(own), r).ifPresent(m -> context.report(resolution, "history: " + m));
        }
        resolution.find(InstrumentCitation.class).forEach(c -> {
            if (c.revision().isPresent()) {
                problem(c.body(), c.revision().get()).ifPresent(m -> report(context, c, m));
            }
        });
    }

    private static void report(RuleContext context, Node node, String message) {
        context.report(node, message);
    }

    /** @return what is wrong with a revision of a body's act, if anything */
    Optional<String> problem(Optional<Body> body, Revision r) {
        int year = r.year();
        String place = r.place().strip();
        if (body.isEmpty() || !conferences.knows(body.get())) {
            if (year < Conferences.FIRST_YEAR || year > conferences.lastPlausibleYear()) {
                return Optional.of("'" + r + "': " + year + " is not a plausible year");
            }
            return Optional.empty();
        }
        Body b = body.get();
        Set<Integer> years = conferences.years(b);
        if (!years.contains(year)) {
            Optional<Integer> at = conferences.yearAt(b, place);
            return Optional.of("'" + r + "': " + b.code() + " did not meet in " + year
                    + at.map(y -> " (it met in " + place + " in " + y + ")").orElse("")
                    + "; its years are " + years.stream().map(String::valueOf).collect(Collectors.joining(", ")));
        }
        if (!conferences.matches(b, year, place) && conferences.knowsPlace(place)) {
            Optional<Integer> at = conferences.yearAt(b, place);
            return Optional.of("'" + r + "': " + b.code() + " did not meet in " + place + " in " + year
                    + at.map(y -> " (it met there in " + y + ")").orElse(""));
        }
        return Optional.empty();
    }
}

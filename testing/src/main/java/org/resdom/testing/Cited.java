package org.resdom.testing;

import java.util.Objects;
import java.util.Optional;
import org.resdom.model.Body;
import org.resdom.model.Citation;
import org.resdom.model.CitationKind;
import org.resdom.model.InstrumentCitation;
import org.resdom.model.UnResolutionCitation;

/**
 * What a citation should be, for {@link ParagraphAssert#cites(Cited)}: a kind, a number, optionally a body.
 *
 * @param kind the citation kind
 * @param number the cited number ({@code 71/243}, {@code 70})
 * @param body the body of a UN resolution, when it matters
 */
public record Cited(CitationKind kind, String number, Optional<Body> body) {

    /** Checks for nulls. */
    public Cited {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(body, "body");
    }

    /**
     * @param number such as {@code 71/243}
     * @return a UN resolution of any body with that number
     */
    public static Cited unResolution(String number) {
        return new Cited(CitationKind.UN_RESOLUTION, number, Optional.empty());
    }

    /**
     * @param body the body, such as {@link Body#UN_GA}
     * @param number such as {@code 71/243}
     * @return that body's resolution
     */
    public static Cited unResolution(Body body, String number) {
        return new Cited(CitationKind.UN_RESOLUTION, number, Optional.of(body));
    }

    /**
     * @param number such as {@code 70}
     * @return an ITU resolution with that number (any revision)
     */
    public static Cited resolution(String number) {
        return new Cited(CitationKind.RESOLUTION, number, Optional.empty());
    }

    /**
     * @param citation a citation
     * @return whether it is the one described
     */
    public boolean matches(Citation citation) {
        if (citation.kind() != kind) {
            return false;
        }
        if (citation instanceof UnResolutionCitation u) {
            return u.number().equals(number) && body.map(b -> b == u.body()).orElse(true);
        }
        if (citation instanceof InstrumentCitation i) {
            return i.numbers().contains(number)
                    && body.map(b -> i.body().map(b::equals).orElse(false)).orElse(true);
        }
        return citation.text().contains(number);
    }

    @Override
    public String toString() {
        return kind.code() + " " + body.map(b -> b.code() + " ").orElse("") + number;
    }
}

package org.resdom.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.resdom.internal.Checks;

/**
 * An operative section: {@code charge le Secrétaire général} and its numbered paragraphs.
 * UN-style resolutions, whose numbered paragraphs each open with their own verb, have one
 * operative section with no phrase.
 *
 * @param phrase the heading, if any
 * @param runIn whether the first paragraph continues the heading's line
 * @param paragraphs the paragraphs
 * @param span where it came from, if known; not part of {@code equals}
 */
public record OperativeSection(Optional<OperativePhrase> phrase, boolean runIn, List<Paragraph> paragraphs,
        Optional<SourceSpan> span) implements Section {

    /** Checks for nulls, copies the paragraphs, and requires a phrase and a paragraph to run in. */
    public OperativeSection {
        Checks.optional(phrase, "phrase");
        paragraphs = Checks.list(paragraphs, "paragraphs");
        Checks.optional(span, "span");
        if (runIn && (paragraphs.isEmpty() || phrase.isEmpty())) {
            throw new IllegalArgumentException("a run-in section needs a phrase and a paragraph");
        }
    }

    /**
     * A section whose heading stands on its own line.
     *
     * @param heading the heading as written, classified by {@link OperativePhrase#of(String)}
     * @param paragraphs the paragraphs
     * @return the section
     */
    public static OperativeSection of(String heading, List<Paragraph> paragraphs) {
        Checks.notNull(heading, "heading");
        return new OperativeSection(Optional.of(OperativePhrase.of(heading)), false, paragraphs, Optional.empty());
    }

    @Override
    public String headingText() {
        return phrase.map(OperativePhrase::text).orElse("");
    }

    /**
     * @param value the new span
     * @return a copy with that span
     */
    public OperativeSection withSpan(Optional<SourceSpan> value) {
        return new OperativeSection(phrase, runIn, paragraphs, value);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visitOperativeSection(this);
    }

    @Override
    public List<Paragraph> children() {
        return paragraphs;
    }

    /** Equal when everything but the span is equal. */
    @Override
    public boolean equals(Object other) {
        return other instanceof OperativeSection o && phrase.equals(o.phrase) && runIn == o.runIn
                && paragraphs.equals(o.paragraphs);
    }

    @Override
    public int hashCode() {
        return Objects.hash(phrase, runIn, paragraphs);
    }
}

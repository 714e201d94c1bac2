package org.resdom.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.resdom.internal.Checks;

/**
 * A preamble section: {@code considérant} and its lettered paragraphs.
 *
 * @param phrase the introductory phrase
 * @param runIn whether the first paragraph continues the phrase's line
 * @param paragraphs the paragraphs
 * @param span where it came from, if known; not part of {@code equals}
 */
public record PreambleSection(
        PreamblePhrase phrase, boolean runIn, List<Paragraph> paragraphs, Optional<SourceSpan> span)
        implements Section {

    /** Checks for nulls, copies the paragraphs, and requires a paragraph to run in. */
    public PreambleSection {
        Checks.notNull(phrase, "phrase");
        paragraphs = Checks.list(paragraphs, "paragraphs");
        Checks.optional(span, "span");
        if (runIn && paragraphs.isEmpty()) {
            throw new IllegalArgumentException("a run-in section needs a paragraph");
        }
    }

    /**
     * A section whose phrase stands on its own line.
     *
     * @param phrase the phrase as written, classified by {@link PreamblePhrase#of(String)}
     * @param paragraphs the paragraphs
     * @return the section
     */
    public static PreambleSection of(String phrase, List<Paragraph> paragraphs) {
        Checks.notNull(phrase, "phrase");
        return new PreambleSection(PreamblePhrase.of(phrase), false, paragraphs, Optional.empty());
    }

    @Override
    public Optional<String> headingText() {
        return Optional.of(phrase.text());
    }

    /**
     * @param value the new span
     * @return a copy with that span
     */
    public PreambleSection withSpan(Optional<SourceSpan> value) {
        return new PreambleSection(phrase, runIn, paragraphs, value);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visitPreambleSection(this);
    }

    @Override
    public List<Paragraph> children() {
        return paragraphs;
    }

    /** Equal when everything but the span is equal. */
    @Override
    public boolean equals(Object other) {
        return other instanceof PreambleSection o
                && phrase.equals(o.phrase)
                && runIn == o.runIn
                && paragraphs.equals(o.paragraphs);
    }

    @Override
    public int hashCode() {
        return Objects.hash(phrase, runIn, paragraphs);
    }
}

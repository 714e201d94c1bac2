package org.resdom.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.resdom.internal.Checks;

/**
 * An operative section: {@code charge le Secrétaire général} and its numbered paragraphs.
 * UN-style resolutions, whose numbered paragraphs each open with their own verb, have one
 * operative section with no phrase, its paragraphs kept as written; each paragraph's action
 * is the one its text opens with ({@link #actions(Language, Body)}).
 *
 * @param phrase the heading, if any
 * @param runIn whether the first paragraph continues the heading's line
 * @param paragraphs the paragraphs
 * @param span where it came from, if known; not part of {@code equals}
 */
public record OperativeSection(
        Optional<OperativePhrase> phrase, boolean runIn, List<Paragraph> paragraphs, Optional<SourceSpan> span)
        implements Section {

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

    /**
     * The action of each top-level paragraph, in order: the heading's for every paragraph of a
     * section with a heading (one entry when it has no paragraph); for a section without one
     * (UN style), the action each paragraph opens with ({@link OperativePhrase#opening}), or an
     * {@link ActionKind#OTHER} phrase holding the paragraph's first word when none does.
     *
     * @param language the language of the text, or {@link Language#UNDETERMINED}
     * @param body the body whose text it is
     * @return one phrase per paragraph
     */
    public List<OperativePhrase> actions(Language language, Body body) {
        Checks.notNull(language, "language");
        Checks.notNull(body, "body");
        if (phrase.isPresent()) {
            return paragraphs.isEmpty()
                    ? List.of(phrase.get())
                    : java.util.Collections.nCopies(paragraphs.size(), phrase.get());
        }
        List<OperativePhrase> out = new java.util.ArrayList<>(paragraphs.size());
        for (Paragraph p : paragraphs) {
            out.add(OperativePhrase.opening(p, language, body).orElseGet(() -> {
                String t = Inline.plainText(p.content()).strip();
                int sp = t.indexOf(' ');
                String first = sp > 0 ? t.substring(0, sp) : t.length() > 12 ? t.substring(0, 12) : t;
                return new OperativePhrase(
                        first.isBlank() ? "other" : first, ActionKind.OTHER, Optional.empty(), Optional.empty());
            }));
        }
        return List.copyOf(out);
    }

    @Override
    public Optional<String> headingText() {
        return phrase.map(OperativePhrase::text);
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
        return other instanceof OperativeSection o
                && phrase.equals(o.phrase)
                && runIn == o.runIn
                && paragraphs.equals(o.paragraphs);
    }

    @Override
    public int hashCode() {
        return Objects.hash(phrase, runIn, paragraphs);
    }
}

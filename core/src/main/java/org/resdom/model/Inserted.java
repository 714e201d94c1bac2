package org.resdom.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.resdom.internal.Checks;

/**
 * Text inserted by a revision (a tracked change).
 *
 * <p>A change made in a word processor carries who made it and when; a move (a paragraph or a
 * phrase cut and pasted elsewhere) is a {@link Deleted} and an {@link Inserted} with the same
 * {@link #move()} name. A whole paragraph inserted is a paragraph whose content is one such mark,
 * label included (see {@link Revisions}).
 *
 * @param content the inserted content
 * @param author who made the change, if known
 * @param date when, as written by the source (ISO 8601, such as {@code 2022-10-14T09:30:00Z}), if known
 * @param move the name of the move this mark is part of, if it is the end a move arrives at (Word's {@code w:moveTo})
 * @param span where it came from, if known; not part of {@code equals}
 */
public record Inserted(
        List<Inline> content,
        Optional<String> author,
        Optional<String> date,
        Optional<String> move,
        Optional<SourceSpan> span)
        implements Inline, RevisionMark {

    /** Checks for nulls and copies lists. */
    public Inserted {
        content = Checks.inlines(content, "content");
        Checks.optional(author, "author");
        Checks.optional(date, "date");
        Checks.optional(move, "move");
        Checks.optional(span, "span");
    }

    /**
     * Without author, date or move.
     *
     * @param content the inserted content
     * @param span where it came from, if known
     */
    public Inserted(List<Inline> content, Optional<SourceSpan> span) {
        this(content, Optional.empty(), Optional.empty(), Optional.empty(), span);
    }

    /**
     * Without a source span, author or date.
     *
     * @param content the inserted content
     * @return the node
     */
    public static Inserted of(List<Inline> content) {
        return new Inserted(content, Optional.empty());
    }

    /**
     * Without a source span.
     *
     * @param content the inserted content
     * @param author who made the change
     * @param date when (ISO 8601 as written)
     * @return the node
     */
    public static Inserted of(List<Inline> content, String author, String date) {
        return new Inserted(
                content,
                Optional.of(Checks.notNull(author, "author")),
                Optional.of(Checks.notNull(date, "date")),
                Optional.empty(),
                Optional.empty());
    }

    /**
     * @param value the new span
     * @return a copy with that span
     */
    public Inserted withSpan(Optional<SourceSpan> value) {
        return new Inserted(content, author, date, move, value);
    }

    /**
     * @param value the new content
     * @return a copy with that content
     */
    public Inserted withContent(List<Inline> value) {
        return new Inserted(value, author, date, move, span);
    }

    /**
     * @param newAuthor who made the change
     * @param newDate when
     * @return a copy with that author and date
     */
    public Inserted withChange(Optional<String> newAuthor, Optional<String> newDate) {
        Checks.notNull(newAuthor, "newAuthor");
        Checks.notNull(newDate, "newDate");
        return new Inserted(content, newAuthor, newDate, move, span);
    }

    /**
     * @param value the name of the move
     * @return a copy that is part of that move
     */
    public Inserted withMove(Optional<String> value) {
        return new Inserted(content, author, date, value, span);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visitInserted(this);
    }

    @Override
    public List<? extends Node> children() {
        return content;
    }

    /** Equal when everything but the span is equal. */
    @Override
    public boolean equals(Object other) {
        return other instanceof Inserted o
                && content.equals(o.content)
                && author.equals(o.author)
                && date.equals(o.date)
                && move.equals(o.move);
    }

    @Override
    public int hashCode() {
        return Objects.hash(content, author, date, move);
    }
}

package org.resdom.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.resdom.internal.Checks;

/**
 * Text deleted by a revision (a tracked change), kept so that nothing is lost.
 *
 * <p>A change made in a word processor carries who made it and when; a move (a paragraph or a
 * phrase cut and pasted elsewhere) is a {@link Deleted} and an {@link Inserted} with the same
 * {@link #move()} name. A whole paragraph deleted is a paragraph whose content is one such mark,
 * label included (see {@link Revisions}).
 *
 * @param content the deleted content
 * @param author who made the change, if known
 * @param date when, as written by the source (ISO 8601, such as {@code 2022-10-14T09:30:00Z}), if known
 * @param move the name of the move this mark is part of, if it is the place a move leaves (Word's {@code w:moveFrom})
 * @param span where it came from, if known; not part of {@code equals}
 */
public record Deleted(
        List<Inline> content,
        Optional<String> author,
        Optional<String> date,
        Optional<String> move,
        Optional<SourceSpan> span)
        implements Inline, RevisionMark {

    /** Checks for nulls and copies lists. */
    public Deleted {
        content = Checks.inlines(content, "content");
        Checks.optional(author, "author");
        Checks.optional(date, "date");
        Checks.optional(move, "move");
        Checks.optional(span, "span");
    }

    /**
     * Without author, date or move.
     *
     * @param content the deleted content
     * @param span where it came from, if known
     */
    public Deleted(List<Inline> content, Optional<SourceSpan> span) {
        this(content, Optional.empty(), Optional.empty(), Optional.empty(), span);
    }

    /**
     * Without a source span, author or date.
     *
     * @param content the deleted content
     * @return the node
     */
    public static Deleted of(List<Inline> content) {
        return new Deleted(content, Optional.empty());
    }

    /**
     * Without a source span.
     *
     * @param content the deleted content
     * @param author who made the change
     * @param date when (ISO 8601 as written)
     * @return the node
     */
    public static Deleted of(List<Inline> content, String author, String date) {
        return new Deleted(
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
    public Deleted withSpan(Optional<SourceSpan> value) {
        return new Deleted(content, author, date, move, value);
    }

    /**
     * @param value the new content
     * @return a copy with that content
     */
    public Deleted withContent(List<Inline> value) {
        return new Deleted(value, author, date, move, span);
    }

    /**
     * @param newAuthor who made the change
     * @param newDate when
     * @return a copy with that author and date
     */
    public Deleted withChange(Optional<String> newAuthor, Optional<String> newDate) {
        Checks.notNull(newAuthor, "newAuthor");
        Checks.notNull(newDate, "newDate");
        return new Deleted(content, newAuthor, newDate, move, span);
    }

    /**
     * @param value the name of the move
     * @return a copy that is part of that move
     */
    public Deleted withMove(Optional<String> value) {
        return new Deleted(content, author, date, value, span);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visitDeleted(this);
    }

    @Override
    public List<? extends Node> children() {
        return content;
    }

    /** Equal when everything but the span is equal. */
    @Override
    public boolean equals(Object other) {
        return other instanceof Deleted o
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

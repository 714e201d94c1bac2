package org.resdom.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.resdom.internal.Checks;

/**
 * A paragraph (a clause): an optional label, inline content, and optional sub-items. When a
 * paragraph has items, its content is their introduction (ending with {@code :} in ITU style)
 * and {@link #wrapUp()} is the text that may follow them.
 *
 * @param anchors bookmarks that stand before the label in the source
 * @param label the label, if any
 * @param content the text, or the introduction of the items
 * @param items sub-items ({@code i)}, {@code –} …), themselves paragraphs
 * @param wrapUp text after the items; empty when there is none
 * @param span where it came from, if known; not part of {@code equals}
 */
public record Paragraph(
        List<Anchor> anchors,
        Optional<Label> label,
        List<Inline> content,
        List<Paragraph> items,
        List<Inline> wrapUp,
        Optional<SourceSpan> span)
        implements Node {

    /** Checks for nulls and copies lists. */
    public Paragraph {
        anchors = Checks.list(anchors, "anchors");
        Checks.optional(label, "label");
        content = Checks.inlines(content, "content");
        items = Checks.list(items, "items");
        wrapUp = Checks.inlines(wrapUp, "wrapUp");
        Checks.optional(span, "span");
    }

    /**
     * A labelled paragraph of plain text.
     *
     * @param label the label as written, such as {@code a)} (followed by a TAB)
     * @param text the text
     * @return the paragraph
     */
    public static Paragraph of(String label, String text) {
        Checks.notNull(label, "label");
        Checks.notNull(text, "text");
        return new Paragraph(
                List.of(),
                Optional.of(Label.of(label)),
                List.of(Text.of(text)),
                List.of(),
                List.of(),
                Optional.empty());
    }

    /**
     * A paragraph with no label.
     *
     * @param content the content
     * @return the paragraph
     */
    public static Paragraph of(List<Inline> content) {
        return new Paragraph(List.of(), Optional.empty(), content, List.of(), List.of(), Optional.empty());
    }

    /**
     * A paragraph with a label and content.
     *
     * @param label the label
     * @param content the content
     * @return the paragraph
     */
    public static Paragraph of(Label label, List<Inline> content) {
        return new Paragraph(
                List.of(),
                Optional.of(Checks.notNull(label, "label")),
                content,
                List.of(),
                List.of(),
                Optional.empty());
    }

    /** @return the plain text of the content (see {@link Inline#plainText(List)}) */
    public String plainText() {
        return Inline.plainText(content);
    }

    /**
     * @param value the new items
     * @return a copy with those items
     */
    public Paragraph withItems(List<Paragraph> value) {
        return new Paragraph(anchors, label, content, value, wrapUp, span);
    }

    /**
     * @param value the new content
     * @return a copy with that content
     */
    public Paragraph withContent(List<Inline> value) {
        return new Paragraph(anchors, label, value, items, wrapUp, span);
    }

    /**
     * @param value the new span
     * @return a copy with that span
     */
    public Paragraph withSpan(Optional<SourceSpan> value) {
        return new Paragraph(anchors, label, content, items, wrapUp, value);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visitParagraph(this);
    }

    /**
     * @return anchors, content, items and wrap-up, in that order (unmodifiable; when only one of
     *         them has nodes, that list itself, with no copy)
     */
    @Override
    public List<Node> children() {
        int filled = (anchors.isEmpty() ? 0 : 1)
                + (content.isEmpty() ? 0 : 1)
                + (items.isEmpty() ? 0 : 1)
                + (wrapUp.isEmpty() ? 0 : 1);
        if (filled <= 1) {
            // the lists are unmodifiable copies already (see the constructor): List.copyOf hands them back
            return !content.isEmpty()
                    ? List.copyOf(content)
                    : !items.isEmpty()
                            ? List.copyOf(items)
                            : !anchors.isEmpty() ? List.copyOf(anchors) : List.copyOf(wrapUp);
        }
        List<Node> all = new ArrayList<>(anchors.size() + content.size() + items.size() + wrapUp.size());
        all.addAll(anchors);
        all.addAll(content);
        all.addAll(items);
        all.addAll(wrapUp);
        return Collections.unmodifiableList(all);
    }

    /** Equal when everything but the span is equal. */
    @Override
    public boolean equals(Object other) {
        return other instanceof Paragraph o
                && anchors.equals(o.anchors)
                && label.equals(o.label)
                && content.equals(o.content)
                && items.equals(o.items)
                && wrapUp.equals(o.wrapUp);
    }

    @Override
    public int hashCode() {
        return Objects.hash(anchors, label, content, items, wrapUp);
    }
}

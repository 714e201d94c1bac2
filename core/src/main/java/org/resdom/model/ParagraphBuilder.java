package org.resdom.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.resdom.internal.Checks;

/**
 * Fills a paragraph: inline content in order, sub-items, and a wrap-up. Adjacent texts are
 * merged. See {@link Resolution.Builder}.
 */
public final class ParagraphBuilder {
    private final Optional<Label> label;
    private final List<Anchor> anchors = new ArrayList<>();
    private final List<Inline> content = new ArrayList<>();
    private final List<Inline> footnotes = new ArrayList<>();
    private final List<Paragraph> items = new ArrayList<>();
    private final List<Inline> wrapUp = new ArrayList<>();

    ParagraphBuilder(Optional<Label> label) {
        this.label = label;
    }

    private List<Inline> target() {
        return items.isEmpty() ? content : wrapUp;
    }

    /**
     * Adds text (after the items, it goes to the wrap-up).
     *
     * @param text the text
     * @return this builder
     */
    public ParagraphBuilder text(String text) {
        target().add(Text.of(text));
        return this;
    }

    /**
     * Adds any inline node.
     *
     * @param inline the node
     * @return this builder
     */
    public ParagraphBuilder add(Inline inline) {
        target().add(Checks.notNull(inline, "inline"));
        return this;
    }

    /**
     * Adds a citation.
     *
     * @param citation the citation
     * @return this builder
     */
    public ParagraphBuilder cite(Citation citation) {
        return add(citation);
    }

    /**
     * Adds a footnote: its call-out here, its body at the end of the paragraph's content.
     *
     * @param marker the marker, such as {@code 1}
     * @param body the footnote's text
     * @return this builder
     */
    public ParagraphBuilder footnote(String marker, String body) {
        add(FootnoteRef.of(marker));
        footnotes.add(Footnote.of(marker, List.of(Text.of(body))));
        return this;
    }

    /**
     * Adds a bookmark before the label.
     *
     * @param name the bookmark's name
     * @return this builder
     */
    public ParagraphBuilder anchor(String name) {
        anchors.add(Anchor.of(name));
        return this;
    }

    /**
     * Adds inserted text (a revision mark).
     *
     * @param text the inserted text
     * @return this builder
     */
    public ParagraphBuilder inserted(String text) {
        return add(Inserted.of(List.of(Text.of(text))));
    }

    /**
     * Adds deleted text (a revision mark).
     *
     * @param text the deleted text
     * @return this builder
     */
    public ParagraphBuilder deleted(String text) {
        return add(Deleted.of(List.of(Text.of(text))));
    }

    /**
     * Adds text in square brackets (under negotiation).
     *
     * @param text the text between the brackets
     * @return this builder
     */
    public ParagraphBuilder bracketed(String text) {
        return add(Bracketed.of(List.of(Text.of(text))));
    }

    /**
     * Adds a labelled sub-item; the content so far becomes the introduction.
     *
     * @param label the label, such as {@code i)}
     * @param text the text
     * @return this builder
     */
    public ParagraphBuilder item(String label, String text) {
        return item(label, p -> p.text(text));
    }

    /**
     * Adds a labelled sub-item.
     *
     * @param label the label
     * @param body fills the sub-item
     * @return this builder
     */
    public ParagraphBuilder item(String label, Consumer<ParagraphBuilder> body) {
        if (!wrapUp.isEmpty()) {
            throw new IllegalStateException("items must come before the wrap-up");
        }
        ParagraphBuilder b = new ParagraphBuilder(Optional.of(Label.of(label)));
        Checks.notNull(body, "body").accept(b);
        items.add(b.build());
        return this;
    }

    Paragraph build() {
        List<Inline> all = new ArrayList<>(content);
        all.addAll(footnotes);
        return new Paragraph(anchors, label, Inline.normalize(all), items, Inline.normalize(wrapUp), Optional.empty());
    }
}

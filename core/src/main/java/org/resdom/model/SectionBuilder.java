package org.resdom.model;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.resdom.internal.Checks;

/** Fills a section, an annex or a list of sub-items; see {@link Resolution.Builder}. */
public final class SectionBuilder {
    private final List<Paragraph> paragraphs = new ArrayList<>();
    boolean runIn;

    SectionBuilder() {}

    /**
     * Adds a labelled paragraph of plain text.
     *
     * @param label the label as written, such as {@code a)}
     * @param text the text
     * @return this builder
     */
    public SectionBuilder item(String label, String text) {
        return item(label, p -> p.text(text));
    }

    /**
     * Adds a labelled paragraph.
     *
     * @param label the label as written
     * @param body fills the paragraph
     * @return this builder
     */
    public SectionBuilder item(String label, Consumer<ParagraphBuilder> body) {
        ParagraphBuilder b = new ParagraphBuilder(java.util.Optional.of(Label.of(label)));
        Checks.notNull(body, "body").accept(b);
        paragraphs.add(b.build());
        return this;
    }

    /**
     * Adds a paragraph with no label.
     *
     * @param text the text
     * @return this builder
     */
    public SectionBuilder paragraph(String text) {
        return paragraph(p -> p.text(text));
    }

    /**
     * Adds a paragraph with no label.
     *
     * @param body fills the paragraph
     * @return this builder
     */
    public SectionBuilder paragraph(Consumer<ParagraphBuilder> body) {
        ParagraphBuilder b = new ParagraphBuilder(java.util.Optional.empty());
        Checks.notNull(body, "body").accept(b);
        paragraphs.add(b.build());
        return this;
    }

    /**
     * Adds the first paragraph on the heading's own line (UN style: {@code Recalling its
     * resolution 48/13,}). Must come first.
     *
     * @param text the text that follows the heading
     * @return this builder
     */
    public SectionBuilder runIn(String text) {
        if (!paragraphs.isEmpty()) {
            throw new IllegalStateException("the run-in paragraph must come first");
        }
        runIn = true;
        return paragraph(text);
    }

    /**
     * @param value a paragraph built elsewhere
     * @return this builder
     */
    public SectionBuilder add(Paragraph value) {
        paragraphs.add(Checks.notNull(value, "value"));
        return this;
    }

    List<Paragraph> build() {
        return List.copyOf(paragraphs);
    }
}

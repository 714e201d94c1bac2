package org.resdom.model;

import java.util.List;
import java.util.Optional;
import org.resdom.internal.Checks;

/**
 * Plain text, exactly as written (no-break spaces and typographic quotes included).
 * Text carries no source span: its position follows from its paragraph.
 *
 * @param text the text; never empty
 */
public record Text(String text) implements Inline {

    /** Checks the text is not empty. */
    public Text {
        Checks.notNull(text, "text");
        if (text.isEmpty()) {
            throw new IllegalArgumentException("text must not be empty");
        }
    }

    /**
     * @param text the text
     * @return a text node
     */
    public static Text of(String text) {
        return new Text(text);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visitText(this);
    }

    @Override
    public List<Node> children() {
        return List.of();
    }

    @Override
    public Optional<SourceSpan> span() {
        return Optional.empty();
    }
}

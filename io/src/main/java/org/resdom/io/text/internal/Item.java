package org.resdom.io.text.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.resdom.model.Anchor;
import org.resdom.model.Inline;
import org.resdom.model.Label;
import org.resdom.model.Paragraph;
import org.resdom.model.Text;

/**
 * A paragraph being read: its bookmarks, label and inline content, the items nested under it
 * ({@link Nesting} adds them) and where it stands in the input. Mutable; {@link #build(Source)}
 * makes the model's {@link Paragraph}.
 */
final class Item {
    final List<Anchor> anchors;
    final Label label;
    final List<Inline> content;
    final List<Item> items = new ArrayList<>();
    final int start;
    final int end;
    final boolean colon;

    Item(List<Anchor> anchors, Label label, List<Inline> content, int start, int end) {
        this.anchors = new ArrayList<>(anchors);
        this.label = label;
        this.content = content;
        this.start = start;
        this.end = end;
        this.colon = endsWithColon(content);
    }

    /**
     * Whether the plain text of the content, trailing white space stripped, ends with a
     * colon: read from the end, the last inlines only (not the whole text put together).
     */
    private static boolean endsWithColon(List<Inline> content) {
        for (int i = content.size() - 1; i >= 0; i--) {
            Inline in = content.get(i);
            String t = in instanceof Text x ? x.text() : Inline.plainText(List.of(in));
            int e = t.length();
            while (e > 0 && Character.isWhitespace(t.charAt(e - 1))) {
                e--;
            }
            if (e > 0) {
                return t.charAt(e - 1) == ':';
            }
        }
        return false;
    }

    Paragraph build(Source source) {
        List<Paragraph> built = new ArrayList<>(items.size());
        int last = end;
        for (Item p : items) {
            built.add(p.build(source));
            last = Math.max(last, p.lastEnd());
        }
        return new Paragraph(
                anchors,
                Optional.ofNullable(label),
                Inline.normalize(content),
                built,
                List.of(),
                Optional.of(source.span(start, last)));
    }

    int lastEnd() {
        return items.isEmpty() ? end : items.get(items.size() - 1).lastEnd();
    }
}

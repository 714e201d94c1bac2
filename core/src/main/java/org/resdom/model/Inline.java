package org.resdom.model;

import java.util.ArrayList;
import java.util.List;

/** Content that runs inside a paragraph, a formula or a footnote. */
public sealed interface Inline extends Node
        permits Text,
                Anchor,
                FootnoteRef,
                Footnote,
                Inserted,
                Deleted,
                Bracketed,
                Unrecognized,
                UnknownElement,
                Citation {

    /**
     * The plain text of inline content: text, citation text, the content of revision marks and
     * brackets (without the marks), unrecognized text, the content of unknown elements; anchors, footnote references and footnote
     * bodies add nothing.
     *
     * @param content the content
     * @return its plain text
     */
    static String plainText(List<? extends Inline> content) {
        return PlainText.of(content);
    }

    /**
     * The canonical form of inline content: adjacent {@link Text}s merged into one. Readers
     * return content in this form, so that equal documents compare equal.
     *
     * @param content the content
     * @return the content with no two texts side by side
     */
    static List<Inline> normalize(List<? extends Inline> content) {
        int n = content.size();
        boolean adjacent = false;
        for (int i = 1; i < n && !adjacent; i++) { // by index: no iterator
            adjacent = content.get(i) instanceof Text && content.get(i - 1) instanceof Text;
        }
        if (!adjacent) {
            return List.copyOf(content); // nothing to join: one copy (none of a list copied before)
        }
        List<Inline> out = new ArrayList<>(content.size());
        Text single = null; // a text with no other beside it (yet): kept as it is
        StringBuilder pending = null;
        for (Inline i : content) {
            if (i instanceof Text t) {
                if (single == null && pending == null) {
                    single = t;
                } else {
                    if (pending == null) {
                        pending = new StringBuilder(
                                single.text().length() + t.text().length() + 16);
                        pending.append(single.text());
                        single = null;
                    }
                    pending.append(t.text());
                }
            } else {
                if (single != null) {
                    out.add(single);
                    single = null;
                } else if (pending != null) {
                    out.add(new Text(pending.toString()));
                    pending = null;
                }
                out.add(i);
            }
        }
        if (single != null) {
            out.add(single);
        } else if (pending != null) {
            out.add(new Text(pending.toString()));
        }
        return List.copyOf(out);
    }
}

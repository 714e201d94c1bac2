package org.resdom.io.text.internal;

import java.util.List;
import org.resdom.cite.Recognizer;
import org.resdom.model.Body;
import org.resdom.model.Inline;
import org.resdom.model.Language;

/** The text reader's one call into the citation recogniser of {@code org.resdom.cite}. */
final class Citing {

    private final Source source;
    private Recognizer recognizer;

    Citing(Language language, Source source) {
        this.source = source;
        this.recognizer = Recognizer.of(language, Body.OTHER);
    }

    /** @param value the body of the document being read, for "its resolution" and "this Conference" */
    void ownBody(Body value) {
        recognizer = Recognizer.of(recognizer.language(), value);
    }

    /**
     * Splits text into text and citations.
     *
     * @param s the text
     * @param base the offset of {@code s} in the input
     * @param out where to add the nodes
     */
    void find(String s, int base, List<Inline> out) {
        out.addAll(recognizer.split(s, (a, b) -> source.span(base + a, base + b)));
    }
}

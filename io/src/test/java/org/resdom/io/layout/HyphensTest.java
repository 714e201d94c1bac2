package org.resdom.io.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Stage 2a on its own: hyphens at a line's end, broken words and compounds. */
class HyphensTest {

    private static List<LayoutLine> lines(String... text) {
        List<LayoutLine> out = new ArrayList<>();
        for (int i = 0; i < text.length; i++) {
            out.add(LayoutLine.of(text[i], i + 1));
        }
        return out;
    }

    private static List<LineKind> text(int n) {
        return new ArrayList<>(Collections.nCopies(n, LineKind.TEXT));
    }

    @Test
    void wordsAreCountedAndAWordBrokenAtALinesEndIsLeftOut() {
        List<LayoutLine> l = lines("the develop-", "ment of the well-being of development");
        Map<String, Integer> w = Hyphens.words(l, text(2), 0);
        assertThat(w).containsEntry("the", 2).containsEntry("development", 1).containsEntry("well-being", 1);
        assertThat(w).doesNotContainKey("develop-").doesNotContainKey("develop");
    }

    @Test
    void aHyphenThatOnlyBrokeAWordIsDroppedAndACompoundsIsKept() {
        Map<String, Integer> w = Hyphens.words(lines("development and well-being, being there"), text(1), 0);
        assertThat(Hyphens.dropHyphen("the develop-", 11, "ment of", w)).isTrue();
        assertThat(Hyphens.dropHyphen("their well-", 10, "being and", w)).isFalse();
        // written neither way: the part after the hyphen is no word of the document, so a word was broken
        assertThat(Hyphens.dropHyphen("the implemen-", 12, "tation of", w)).isTrue();
        // a document that does not hyphenate keeps every hyphen at a line's end
        assertThat(Hyphens.dropHyphen("the implemen-", 12, "tation of", w, false))
                .isFalse();
    }

    @Test
    void aDocumentHyphenatesWhenAWordBrokenAtALinesEndIsWrittenJoinedElsewhere() {
        List<LayoutLine> typeset = lines("the implemen-", "tation of the plan, its implementation");
        assertThat(Hyphens.hyphenates(typeset, text(2), 0, Hyphens.words(typeset, text(2), 0)))
                .isTrue();
        List<LayoutLine> browser = lines("the open-", "ended working group, an open-ended group");
        assertThat(Hyphens.hyphenates(browser, text(2), 0, Hyphens.words(browser, text(2), 0)))
                .isFalse();
    }
}

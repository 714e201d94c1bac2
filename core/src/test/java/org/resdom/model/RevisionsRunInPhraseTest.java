package org.resdom.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A part's first run-in phrase changed by {@link Revisions#compare}: its change is marked once. */
class RevisionsRunInPhraseTest {

    private static final Identity ID = Identity.of(Body.UN_GA, DocumentKind.RESOLUTION, "1", Language.ENGLISH);

    private static Resolution doc(String phrase) {
        return Resolution.builder(ID)
                .formula("The General Assembly,")
                .preamble(phrase, s -> s.runIn("by the Charter of the United Nations,"))
                .preamble("Recalling", s -> s.runIn("its resolution 70/1,"))
                .operative("Decides", s -> s.item("1.", "to continue its work;").item("2.", "to remain seized."))
                .build();
    }

    @Test
    void theChangedPhraseIsInTheMarksAndTheSectionSaysSo() {
        Resolution a = doc("Guided");
        Resolution b = doc("Guided also");
        Resolution d = Revisions.compare(a, b);
        assertThat(d.accepted()).isEqualTo(b);
        assertThat(d.rejected()).isEqualTo(a);
        PreambleSection first = d.preamble().get(0);
        String marks = show(first.paragraphs().get(0).content());
        assertThat(marks).contains("{+Guided also+}").contains("Guided");
        // the phrase is written by the marks: a writer showing them does not show the phrase again
        assertThat(Revisions.phraseInMarks(first)).isTrue();
        assertThat(Revisions.phraseInMarks(d.preamble().get(1))).isFalse();
        assertThat(Revisions.phraseInMarks(b.preamble().get(0))).isFalse();
        assertThat(Revisions.phraseInMarks(Revisions.compare(a, a).preamble().get(0)))
                .isFalse();
    }

    private static String show(java.util.List<Inline> content) {
        StringBuilder sb = new StringBuilder();
        for (Inline i : content) {
            if (i instanceof Inserted m) {
                sb.append("{+").append(Inline.plainText(m.content())).append("+}");
            } else if (i instanceof Deleted m) {
                sb.append("{-").append(Inline.plainText(m.content())).append("-}");
            } else {
                sb.append(Inline.plainText(java.util.List.of(i)));
            }
        }
        return sb.toString();
    }
}

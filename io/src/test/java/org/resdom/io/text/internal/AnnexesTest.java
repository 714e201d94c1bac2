package org.resdom.io.text.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.resdom.model.Language;

class AnnexesTest {

    private final StageFixture f = new StageFixture("x\n", Language.ENGLISH);

    @Test
    void annexHeadings() {
        Draft.Ann a = Annexes.heading("ANNEX 2", 7, f.vocab, f.draft.rules).orElseThrow();
        assertThat(a.number).isEqualTo("2");
        assertThat(a.heading).isEqualTo("ANNEX 2");
        assertThat(a.start).isEqualTo(7);
        assertThat(a.title).isNull();
        assertThat(Annexes.heading("ANNEX", 0, f.vocab, f.draft.rules))
                .get()
                .extracting(x -> x.number)
                .isNull();
        assertThat(Annexes.heading("Annex A", 0, f.vocab, f.draft.rules))
                .get()
                .extracting(x -> x.number)
                .isEqualTo("A");
    }

    @Test
    void notAnnexHeadings() {
        assertThat(Annexes.heading("Annex to this resolution", 0, f.vocab, f.draft.rules))
                .isEmpty();
        assertThat(Annexes.heading("ANNEX 2.", 0, f.vocab, f.draft.rules)).isEmpty();
        assertThat(Annexes.heading("Annexes", 0, f.vocab, f.draft.rules)).isEmpty();
        assertThat(Annexes.heading("considering", 0, f.vocab, f.draft.rules)).isEmpty();
    }
}

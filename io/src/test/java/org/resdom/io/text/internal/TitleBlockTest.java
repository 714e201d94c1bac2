package org.resdom.io.text.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.resdom.diagnostic.Diagnostic;
import org.resdom.io.TextCodes;
import org.resdom.model.DocumentKind;
import org.resdom.model.Language;

class TitleBlockTest {

    private static TitleBlock titleBlock(StageFixture f) {
        return new TitleBlock(f.s, f.lines, f.vocab, f.sink);
    }

    @Test
    void aTitleLineGivesKindNumberAndRevision() {
        StageFixture f = new StageFixture("RESOLUTION 71 (Rev. Dubai, 2018)\n", Language.ENGLISH);
        TitleBlock.Heading h = titleBlock(f).heading(f.line(0)).orElseThrow();
        assertThat(h.kind()).isEqualTo(DocumentKind.RESOLUTION);
        assertThat(h.number()).isEqualTo("71");
        assertThat(h.revision()).isPresent();
        assertThat(h.revision().get().toString()).contains("2018");
    }

    @Test
    void decisionsAndNumbersWithParts() {
        StageFixture f = new StageFixture("DECISION 5\nResolution 73/3\n", Language.ENGLISH);
        TitleBlock t = titleBlock(f);
        assertThat(t.heading(f.line(0)).map(TitleBlock.Heading::kind)).contains(DocumentKind.DECISION);
        assertThat(t.heading(f.line(1)).map(TitleBlock.Heading::number)).contains("73/3");
    }

    @Test
    void otherLinesAreNoTitleLine() {
        StageFixture f = new StageFixture("x\n", Language.ENGLISH);
        TitleBlock t = titleBlock(f);
        assertThat(t.heading("Resolution of the Council")).isEmpty();
        assertThat(t.heading("considering")).isEmpty();
        assertThat(t.heading("Resolution 71" + " x".repeat(200))).isEmpty();
    }

    @Test
    void aTitleNamingABodyBeforeTheFormula() {
        StageFixture f = new StageFixture(
                "Resolution 1\nRole of the Plenipotentiary Conference\nThe Plenipotentiary Conference,\n",
                Language.ENGLISH);
        TitleBlock t = titleBlock(f);
        assertThat(t.formulaLike(f.line(2))).isTrue();
        assertThat(t.titleBeforeFormula(f.line(1), 1)).isTrue();
        assertThat(t.titleBeforeFormula(f.line(2), 2)).isFalse();
    }

    @Test
    void revisionOfTheFormula() {
        StageFixture f =
                new StageFixture("The Plenipotentiary Conference (Dubai, 2018),\nThe Council,\n", Language.ENGLISH);
        TitleBlock t = titleBlock(f);
        assertThat(t.formulaRevision(f.start(0), f.end(0))).isPresent();
        assertThat(t.formulaRevision(f.start(1), f.end(1))).isEmpty();
    }

    @Test
    void numberFromTheBookmarkWhenNoTitleLineGaveOne() {
        StageFixture f = new StageFixture("[bookmark: res71]The Conference,\n", Language.ENGLISH).at(0);
        f.draft.formula = new java.util.ArrayList<>(f.inline.parse(f.start(0), f.end(0), 0));
        titleBlock(f).numberFromBookmark(f.draft, f.start(0), f.end(0));
        assertThat(f.draft.number).isEqualTo("71");
        assertThat(f.diagnostics()).extracting(Diagnostic::code).containsExactly(TextCodes.NUMBER_FROM_BOOKMARK);
    }

    @Test
    void aNumberGivenStays() {
        StageFixture f = new StageFixture("[bookmark: res71]The Conference,\n", Language.ENGLISH).at(0);
        f.draft.formula = new java.util.ArrayList<>(f.inline.parse(f.start(0), f.end(0), 0));
        f.draft.number = "5";
        titleBlock(f).numberFromBookmark(f.draft, f.start(0), f.end(0));
        assertThat(f.draft.number).isEqualTo("5");
        assertThat(f.diagnostics()).isEmpty();
    }
}

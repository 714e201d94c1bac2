package org.resdom.io.text.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.resdom.diagnostic.Diagnostic;
import org.resdom.io.TextCodes;
import org.resdom.model.Body;
import org.resdom.model.Inline;
import org.resdom.model.Language;
import org.resdom.model.Unrecognized;

class FormulaTest {

    private static Formula formula(StageFixture f) {
        TitleBlock t = new TitleBlock(f.s, f.lines, f.vocab, f.sink);
        Sections st = new Sections(f.s, f.vocab, Language.ENGLISH, f.sink, f.inline, f.draft, false);
        return new Formula(f.s, f.vocab, f.sink, f.source, f.inline, f.finder, t, st, f.draft);
    }

    @Test
    void theFirstLineIsTheFormulaAndNamesTheBody() {
        StageFixture f = new StageFixture(
                "The Plenipotentiary Conference of the International Telecommunication Union (Dubai, 2018),\n",
                Language.ENGLISH);
        formula(f.at(0)).line(f.start(0), f.end(0));
        assertThat(f.draft.formula).isNotNull();
        assertThat(Inline.plainText(f.draft.formula)).startsWith("The Plenipotentiary Conference");
        assertThat(f.draft.body).isNotEqualTo(Body.OTHER);
        assertThat(f.draft.history).hasSize(1);
        assertThat(f.diagnostics()).isEmpty();
    }

    @Test
    void aFormulaNamingNoKnownBodyIsSaid() {
        StageFixture f = new StageFixture("The Assembly of Someone,\n", Language.ENGLISH);
        formula(f.at(0)).line(f.start(0), f.end(0));
        assertThat(f.draft.body).isEqualTo(Body.OTHER);
        assertThat(f.diagnostics()).extracting(Diagnostic::code).containsExactly(TextCodes.BODY_UNKNOWN);
    }

    @Test
    void aLaterLineBeforeAnySectionIsKeptUnrecognized() {
        StageFixture f = new StageFixture("The Assembly of Someone,\nstray text\n", Language.ENGLISH);
        Formula stage = formula(f);
        stage.line(f.start(0), f.end(0));
        f.at(1);
        stage.line(f.start(1), f.end(1));
        assertThat(f.draft.formula)
                .anyMatch(i -> i instanceof Unrecognized u && u.raw().equals("stray text"));
        assertThat(f.draft.formulaEnd).isEqualTo(f.end(1));
        assertThat(f.diagnostics())
                .extracting(Diagnostic::code)
                .containsExactly(TextCodes.BODY_UNKNOWN, TextCodes.UNRECOGNIZED);
    }
}

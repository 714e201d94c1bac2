package org.resdom.io.text.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import org.junit.jupiter.api.Test;
import org.resdom.diagnostic.Diagnostic;
import org.resdom.io.TextCodes;
import org.resdom.model.ActionKind;
import org.resdom.model.Inline;
import org.resdom.model.Language;

class SectionsTest {

    private static Sections sections(StageFixture f, boolean unLayout) {
        return new Sections(f.s, f.vocab, Language.ENGLISH, f.sink, f.inline, f.draft, unLayout);
    }

    private static boolean heading(StageFixture f, Sections st, int line) {
        f.at(line);
        return st.heading(f.line(line), f.start(line), f.end(line));
    }

    @Test
    void aPhraseOnItsOwnLineOpensASection() {
        StageFixture f = new StageFixture("considering\nresolves\n", Language.ENGLISH);
        Sections st = sections(f, false);
        assertThat(heading(f, st, 0)).isTrue();
        assertThat(f.draft.sections).hasSize(1);
        assertThat(f.draft.sections.get(0).preamble).isTrue();
        assertThat(f.draft.anyOperative).isFalse();
        assertThat(heading(f, st, 1)).isTrue();
        Draft.Sec op = f.draft.sections.get(1);
        assertThat(op.preamble).isFalse();
        assertThat(op.operativePhrase.action()).isEqualTo(ActionKind.RESOLVES);
        assertThat(f.draft.anyOperative).isTrue();
        assertThat(f.diagnostics()).isEmpty();
    }

    @Test
    void runInTextIsTheSectionsFirstParagraph() {
        StageFixture f = new StageFixture("Recalling that the Conference met,\n", Language.ENGLISH);
        assertThat(heading(f, sections(f, false), 0)).isTrue();
        Draft.Sec sec = f.draft.sections.get(0);
        assertThat(sec.runIn).isTrue();
        assertThat(sec.preamblePhrase.text()).isEqualTo("Recalling");
        assertThat(Inline.plainText(sec.levels.root().get(0).content)).isEqualTo("that the Conference met,");
    }

    @Test
    void anActionPhraseWithItsAddressee() {
        StageFixture f = new StageFixture("instructs the Secretary-General\n", Language.ENGLISH);
        assertThat(heading(f, sections(f, false), 0)).isTrue();
        Draft.Sec sec = f.draft.sections.get(0);
        assertThat(sec.operativePhrase.addressee()).contains("the Secretary-General");
        assertThat(sec.levels.root()).isEmpty();
    }

    @Test
    void aPreamblePhraseAfterTheOperativePartIsKeptOperativeAndSaid() {
        StageFixture f = new StageFixture("resolves\nconsidering\n", Language.ENGLISH);
        Sections st = sections(f, false);
        heading(f, st, 0);
        assertThat(heading(f, st, 1)).isTrue();
        assertThat(f.draft.sections.get(1).preamble).isFalse();
        assertThat(f.diagnostics()).extracting(Diagnostic::code).containsExactly(TextCodes.SECTION_ORDER);
    }

    @Test
    void gluedPhrasesTakeTheSecond() {
        StageFixture g = new StageFixture("consideringrecognizing\n", Language.ENGLISH);
        assertThat(heading(g, sections(g, false), 0)).isTrue();
        assertThat(g.diagnostics()).extracting(Diagnostic::code).containsExactly(TextCodes.GLUED_PHRASE);
        assertThat(g.draft.sections.get(0).preamblePhrase.text()).isEqualTo("consideringrecognizing");
    }

    @Test
    void plainTextOpensNoSection() {
        StageFixture f = new StageFixture("The text of a paragraph that ends.\n", Language.ENGLISH);
        assertThat(heading(f, sections(f, false), 0)).isFalse();
        assertThat(f.draft.sections).isEmpty();
    }

    @Test
    void theUnLayoutOpensARunInSectionOnTheFirstWords() {
        String line = "Gravely frobnicating the attacks,\n"; // no phrase table knows the verb
        StageFixture f = new StageFixture(line, Language.ENGLISH);
        f.draft.formula = new ArrayList<>();
        assertThat(heading(f, sections(f, true), 0)).isTrue();
        assertThat(f.draft.sections.get(0).preamblePhrase.text()).isEqualTo("Gravely frobnicating");
        // the user is told which words the tables did not know
        assertThat(f.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo(TextCodes.PHRASE_UNKNOWN);
            assertThat(d.severity()).isEqualTo(org.resdom.diagnostic.Severity.INFO);
            assertThat(d.message()).contains("'Gravely frobnicating'");
            assertThat(d.span().orElseThrow().column()).isEqualTo(1);
            assertThat(d.span().orElseThrow().endOffset()).hasValue("Gravely frobnicating".length());
        });
        // a known phrase says nothing
        StageFixture known = new StageFixture("Recalling the attacks,\n", Language.ENGLISH);
        known.draft.formula = new ArrayList<>();
        assertThat(heading(known, sections(known, true), 0)).isTrue();
        assertThat(known.diagnostics()).isEmpty();
        StageFixture plain = new StageFixture(line, Language.ENGLISH);
        plain.draft.formula = new ArrayList<>();
        assertThat(heading(plain, sections(plain, false), 0)).isFalse();
    }

    @Test
    void runInHeadingsAndActions() {
        StageFixture f = new StageFixture("x\n", Language.ENGLISH);
        Sections st = sections(f, false);
        assertThat(st.runInHeading("Recalling that the Conference met,")).isTrue();
        assertThat(st.runInHeading("considering")).isFalse();
        assertThat(st.phraseLine("resolves")).isTrue();
        assertThat(st.phraseLine("the text")).isFalse();
        String s = "1\tRequests the Council to act;";
        StageFixture g = new StageFixture(s, Language.ENGLISH);
        assertThat(sections(g, false).startsWithAction(2, s.length())).isTrue();
        assertThat(sections(g, false).startsWithAction(0, s.length())).isFalse();
        assertThat(Sections.endsTerminal("that;")).isTrue();
        assertThat(Sections.endsTerminal("considering")).isFalse();
    }

    @Test
    void theFirstPhraseInMarks() {
        String s = "The Conference,\n{-considering-}{+recognizing+}\n";
        StageFixture f = new StageFixture(s, Language.ENGLISH).at(1);
        f.draft.formula = new ArrayList<>();
        assertThat(sections(f, false).phraseUnderRevision(f.start(1), f.end(1))).isTrue();
        assertThat(f.draft.phraseInMarks).isTrue();
        assertThat(f.draft.sections).hasSize(1);
        assertThat(f.draft.sections.get(0).preamblePhrase.text()).isEqualTo("recognizing");
        StageFixture g = new StageFixture("The Conference,\nno marks\n", Language.ENGLISH).at(1);
        assertThat(sections(g, false).phraseUnderRevision(g.start(1), g.end(1))).isFalse();
        assertThat(g.draft.sections).isEmpty();
    }
}

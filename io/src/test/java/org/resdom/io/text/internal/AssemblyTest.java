package org.resdom.io.text.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.resdom.diagnostic.Diagnostic;
import org.resdom.io.TextCodes;
import org.resdom.model.Language;
import org.resdom.model.PreambleKind;
import org.resdom.model.PreamblePhrase;
import org.resdom.model.Resolution;
import org.resdom.model.Text;

class AssemblyTest {

    @Test
    void buildsTheDraftsSectionsWithTheirSpans() {
        String s = "considering\na)\tthat;\n";
        StageFixture f = new StageFixture(s, Language.ENGLISH);
        Draft.Sec sec = f.draft.preambleSec(
                new PreamblePhrase("considering", PreambleKind.CONSIDERING, java.util.Optional.empty()), false, 0);
        f.draft.sections.add(sec);
        f.draft.addParagraph(List.of(Text.of("that;")), f.start(1), f.end(1));
        Resolution r =
                new Assembly(s, f.source, f.sink, Language.ENGLISH).build(f.draft, Map.of(TextParser.META_ENDING, ""));
        assertThat(r.preamble()).hasSize(1);
        assertThat(r.preamble().get(0).paragraphs()).hasSize(1);
        assertThat(r.preamble().get(0).span().get().endOffset()).hasValue(f.end(1));
        assertThat(r.operative()).isEmpty();
        assertThat(r.identity().language()).isEqualTo(Language.ENGLISH);
        assertThat(r.hints().get(TextParser.META_ENDING)).contains("");
        assertThat(r.formula()).isEmpty();
    }

    @Test
    void bookmarksLeftWaitingGetAParagraphOfTheirOwn() {
        String s = "x";
        StageFixture f = new StageFixture(s, Language.ENGLISH);
        f.draft.sections.add(f.draft.operativeSec(null, false, 0));
        f.draft.pendingAnchors.add(new org.resdom.model.Anchor("_Ref1", java.util.Optional.empty()));
        Resolution r = new Assembly(s, f.source, f.sink, Language.ENGLISH).build(f.draft, Map.of());
        assertThat(r.operative().get(0).paragraphs().get(0).anchors())
                .extracting(org.resdom.model.Anchor::name)
                .containsExactly("_Ref1");
    }

    @Test
    void unpairedFootnotesAreSaid() {
        String s = "resolves\n1\tthat[footnoteRef:1];\n";
        Resolution r = TextParser.parse(s, Language.ENGLISH, org.resdom.io.ReadLimits.defaults(), false)
                .resolution();
        StageFixture f = new StageFixture(s, Language.ENGLISH);
        new Assembly(s, f.source, f.sink, Language.ENGLISH).checkFootnotes(r);
        List<Diagnostic> d = f.diagnostics();
        assertThat(d).extracting(Diagnostic::code).containsExactly(TextCodes.FOOTNOTE_UNPAIRED);
        assertThat(d.get(0).message()).contains("has no body");
    }

    @Test
    void bodiesWithoutACallOutAreLeftToTheStageThatOwnsThem() {
        // one body without a call-out and one call-out without a body
        String s = "resolves\n1\tthat[footnoteRef:1];\n2\tthis.[2: A/76/207.]\n";
        Resolution r = TextParser.parse(s, Language.ENGLISH, org.resdom.io.ReadLimits.defaults(), false)
                .resolution();
        StageFixture all = new StageFixture(s, Language.ENGLISH);
        new Assembly(s, all.source, all.sink, Language.ENGLISH).checkFootnotes(r, true);
        assertThat(all.diagnostics())
                .extracting(Diagnostic::message)
                .containsExactly(
                        "footnote call-out [footnoteRef:1] has no body", "footnote body [2: …] has no call-out");
        StageFixture owned = new StageFixture(s, Language.ENGLISH);
        new Assembly(s, owned.source, owned.sink, Language.ENGLISH).checkFootnotes(r, false);
        assertThat(owned.diagnostics())
                .extracting(Diagnostic::message)
                .containsExactly("footnote call-out [footnoteRef:1] has no body");
        // through the parser: the switch leaves the body to the layout stages, never the call-out
        List<Diagnostic> parsed = TextParser.parse(
                        s, Language.ENGLISH, org.resdom.io.ReadLimits.defaults(), false, false, true, true, true)
                .diagnostics();
        assertThat(parsed)
                .filteredOn(d -> d.code().equals(TextCodes.FOOTNOTE_UNPAIRED))
                .extracting(Diagnostic::message)
                .containsExactly("footnote call-out [footnoteRef:1] has no body");
    }
}

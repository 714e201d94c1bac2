package org.resdom.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.resdom.testing.Theories.qt;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.resdom.model.Body;
import org.resdom.model.DocumentKind;
import org.resdom.model.Identity;
import org.resdom.model.Label;
import org.resdom.model.Language;
import org.resdom.model.Paragraph;
import org.resdom.model.ParagraphBuilder;
import org.resdom.model.Resolution;
import org.resdom.model.SourceHints;
import org.resdom.model.SourceSpan;
import org.resdom.model.Text;
import org.resdom.model.UnResolutionCitation;
import org.resdom.model.UnknownElement;

class StructuralDiffTest {

    private static final String PARAGRAPH = "hcontainer_1__para_1";

    /** A one-paragraph resolution whose paragraph is built by body (plain text "to adopt the strategic plan;"). */
    private static Resolution doc(Consumer<ParagraphBuilder> body) {
        return Resolution.builder(Identity.of(Body.ITU_PP, DocumentKind.RESOLUTION, "71", Language.ENGLISH))
                .preamble("considering", s -> s.item("a)", "the plan;"))
                .operative("resolves", s -> s.item("1", body))
                .build();
    }

    private static final Resolution PLAIN = doc(p -> p.text("to adopt the strategic plan;"));

    private static StructuralDiff.Difference only(Resolution expected, Resolution actual) {
        assertThat(expected).isNotEqualTo(actual);
        List<StructuralDiff.Difference> ds = StructuralDiff.of(expected, actual).differences();
        assertThat(ds).hasSize(1);
        return ds.get(0);
    }

    @Test
    void theIdOfTheParagraphIsWhereItIs() {
        assertThat(PLAIN.byId(PARAGRAPH)).isPresent();
        assertThat(PLAIN.byId(PARAGRAPH).orElseThrow().node()).isInstanceOf(Paragraph.class);
    }

    @Test
    void aWordWrappedInARevisionMarkIsADifference() {
        Resolution marked =
                doc(p -> p.text("to adopt the ").inserted("strategic").text(" plan;"));
        StructuralDiff.Difference d = only(PLAIN, marked);
        assertThat(d.elementId()).isEqualTo(PARAGRAPH);
        assertThat(d.what()).isEqualTo("inline content[0]");
        assertThat(d.expected()).isEqualTo("text \"to adopt the strategic plan;\"");
        assertThat(d.actual()).isEqualTo("text \"to adopt the \", then inserted \"strategic\"");
        // the mark itself is named when the texts before it agree
        Resolution split = doc(p -> p.text("to adopt the ").text("strategic").text(" plan;"));
        assertThat(split).isEqualTo(PLAIN); // normalized: adjacent texts merge
        Resolution deleted =
                doc(p -> p.text("to adopt the ").deleted("strategic").text(" plan;"));
        StructuralDiff.Difference dd = only(marked, deleted);
        assertThat(dd.what()).isEqualTo("inline content[1]");
        assertThat(dd.expected()).isEqualTo("inserted \"strategic\"");
        assertThat(dd.actual()).isEqualTo("deleted \"strategic\"");
        assertThatThrownBy(() -> ResdomAssertions.assertThat(marked).isStructurallyEqualTo(PLAIN))
                .hasMessageContaining("at " + PARAGRAPH + ", inline content[0]:")
                .hasMessageContaining("expected: text \"to adopt the strategic plan;\"\n")
                .hasMessageContaining("but was:  text \"to adopt the \", then inserted \"strategic\"");
    }

    @Test
    void anAddedFootnoteIsADifference() {
        Resolution withNote = doc(p -> p.text("to adopt the strategic plan;").footnote("1", "See Annex 1."));
        StructuralDiff.Difference d = only(PLAIN, withNote);
        assertThat(d.elementId()).isEqualTo(PARAGRAPH);
        assertThat(d.what()).isEqualTo("inline content[1]");
        assertThat(d.expected()).isEqualTo("(nothing)");
        assertThat(d.actual()).isEqualTo("footnote reference \"1\"");
        Resolution otherNote = doc(p -> p.text("to adopt the strategic plan;").footnote("1", "See Annex 2."));
        StructuralDiff.Difference inner = only(withNote, otherNote);
        assertThat(inner.what()).isEqualTo("inline content[2].content[0]");
        assertThat(inner.expected()).isEqualTo("text \"See Annex 1.\"");
        assertThat(inner.actual()).isEqualTo("text \"See Annex 2.\"");
    }

    @Test
    void anAddedUnknownElementOrAnchorIsADifference() {
        UnknownElement term = UnknownElement.of(
                "term", List.of(UnknownElement.Attribute.of("refersTo", "#plan")), List.of(Text.of("strategic")));
        Resolution wrapped = doc(p -> p.text("to adopt the ").add(term).text(" plan;"));
        StructuralDiff.Difference d = only(PLAIN, wrapped);
        assertThat(d.what()).isEqualTo("inline content[0]");
        Resolution bare = doc(p -> p.text("to adopt the ")
                .add(UnknownElement.of("term", List.of(), List.of(Text.of("strategic"))))
                .text(" plan;"));
        StructuralDiff.Difference attrs = only(bare, wrapped);
        assertThat(attrs.what()).isEqualTo("inline content[1]");
        assertThat(attrs.expected()).isEqualTo("unknown element <term> \"strategic\"");
        assertThat(attrs.actual()).isEqualTo("unknown element <term refersTo=\"#plan\"> \"strategic\"");
        Resolution anchored = doc(p -> p.text("to adopt the strategic plan;").add(org.resdom.model.Anchor.of("p1")));
        assertThat(only(PLAIN, anchored).actual()).isEqualTo("anchor \"p1\"");
        Resolution bookmarked = doc(p -> p.anchor("p1").text("to adopt the strategic plan;"));
        StructuralDiff.Difference b = only(PLAIN, bookmarked);
        assertThat(b.what()).isEqualTo("anchors");
        assertThat(b.actual()).isEqualTo("[p1]");
    }

    @Test
    void theInlineNodesOwnPositionIsGivenWhenItHasOne() {
        Resolution marked = doc(p -> p.text("to adopt the ")
                .add(org.resdom.model.Inserted.of(List.of(Text.of("strategic")))
                        .withSpan(Optional.of(SourceSpan.at(9, 14))))
                .text(" plan;"));
        Resolution deleted =
                doc(p -> p.text("to adopt the ").deleted("strategic").text(" plan;"));
        StructuralDiff.Difference d = only(deleted, marked);
        assertThat(d.position()).contains(SourceSpan.at(9, 14));
        assertThat(StructuralDiff.of(deleted, marked).describe(10)).contains("at " + PARAGRAPH + " (9:14), inline");
    }

    @Test
    void whatNoFactCoversIsStillADifferenceAtTheNearestElement() {
        // same label text, another separator: not among the facts compared, but not equal
        Resolution tab = doc(p -> p.text("to adopt the strategic plan;"));
        Paragraph para = (Paragraph) tab.byId(PARAGRAPH).orElseThrow().node();
        Paragraph spaced = new Paragraph(
                para.anchors(),
                Optional.of(Label.of("1", " ")),
                para.content(),
                para.items(),
                para.wrapUp(),
                para.span());
        Resolution space = Resolution.builder(tab.identity())
                .preamble("considering", s -> s.item("a)", "the plan;"))
                .operative("resolves", s -> s.add(spaced))
                .build();
        StructuralDiff.Difference d = only(tab, space);
        assertThat(d.elementId()).isEqualTo(PARAGRAPH);
        assertThat(d.what()).isEqualTo("record");
        assertThat(d.expected()).contains("separator=\"\t\"").doesNotContain("span");
        assertThat(d.actual()).contains("separator=\" \"");
    }

    @Test
    void spansAndSourceHintsAreIgnoredAsEqualsIgnoresThem() {
        UnResolutionCitation cite = UnResolutionCitation.of(Body.UN_GA, "71/243", "resolution 71/243");
        Resolution a = doc(p -> p.text("to adopt ").cite(cite).text(";"));
        Resolution b = doc(p -> p.text("to adopt ")
                .cite(new UnResolutionCitation(
                        cite.body(),
                        cite.document(),
                        cite.number(),
                        cite.target(),
                        cite.text(),
                        Optional.of(SourceSpan.at(3, 4))))
                .add(org.resdom.model.Anchor.of("x").withSpan(Optional.of(SourceSpan.at(3, 9))))
                .text(";"));
        Resolution c = doc(p -> p.text("to adopt ")
                        .cite(cite)
                        .add(org.resdom.model.Anchor.of("x"))
                        .text(";"))
                .withHints(SourceHints.of(Map.of("text.newline", "\r\n")));
        assertThat(b).isEqualTo(c);
        assertThat(StructuralDiff.of(b, c).isEmpty()).isTrue();
        ResdomAssertions.assertThat(c).isStructurallyEqualTo(b);
        assertThat(StructuralDiff.of(a, b).isEmpty()).isFalse();
    }

    @Test
    void emptyExactlyWhenEqual() {
        qt().withExamples(200)
                .forAll(
                        Generators.arbitrary(new Generators.Options(true, true)),
                        Generators.arbitrary(new Generators.Options(true, true)))
                .checkAssert((x, y) -> {
                    assertThat(StructuralDiff.of(x, x).isEmpty()).isTrue();
                    assertThat(StructuralDiff.of(x, y).isEmpty()).isEqualTo(x.equals(y));
                });
        Resolution seed = SeedFixture.resolution71();
        assertThat(StructuralDiff.of(seed, SeedFixture.resolution71()).differences())
                .isEmpty();
    }
}

package org.resdom.io.text.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.resdom.diagnostic.Diagnostic;
import org.resdom.diagnostic.Severity;
import org.resdom.io.TextCodes;
import org.resdom.model.Anchor;
import org.resdom.model.Bracketed;
import org.resdom.model.Citation;
import org.resdom.model.Deleted;
import org.resdom.model.Footnote;
import org.resdom.model.FootnoteRef;
import org.resdom.model.Inline;
import org.resdom.model.Inserted;
import org.resdom.model.InstrumentCitation;
import org.resdom.model.Language;
import org.resdom.model.SourceSpan;
import org.resdom.model.Text;
import org.resdom.model.UnResolutionCitation;

/**
 * Stage 6, inline content, on its own: footnote call-outs and bodies (their markers), bookmarks,
 * revision marks, brackets, line breaks, and the positions of citations found in the text around
 * them. The plain-text form has no mark-up for italics: what a source knows of italics (a PDF's
 * italic phrase) is read by the layout stages, not here ({@code ParagraphStartRulesTest}).
 */
class InlineParserTest {

    /** The inline nodes of line {@code line} of {@code s}, normalised as the paragraph keeps them. */
    private static List<Inline> parse(String s, int line) {
        StageFixture f = new StageFixture(s, Language.ENGLISH).at(line);
        return Inline.normalize(f.inline.parse(f.start(line), f.end(line), 0));
    }

    private static List<Inline> parse(String s) {
        return parse(s, 0);
    }

    private static SourceSpan span(Inline i) {
        if (i instanceof FootnoteRef r) {
            return r.span().orElseThrow();
        }
        if (i instanceof Footnote n) {
            return n.span().orElseThrow();
        }
        if (i instanceof Citation c) {
            return c.span().orElseThrow();
        }
        throw new AssertionError("no span asked of " + i);
    }

    @Test
    void aCallOutAndABodyWithTheirMarkersAndSpans() {
        String s = "that[footnoteRef:1] and this.[1: Ibid., para. 4.]";
        List<Inline> in = parse(s);
        assertThat(in).hasSize(4);
        assertThat(in.get(0)).isEqualTo(Text.of("that"));
        assertThat(in.get(1))
                .isInstanceOfSatisfying(
                        FootnoteRef.class, r -> assertThat(r.marker()).isEqualTo("1"));
        assertThat(span(in.get(1)).startOffset()).hasValue(4);
        assertThat(span(in.get(1)).endOffset()).hasValue(s.indexOf(" and"));
        assertThat(in.get(2)).isEqualTo(Text.of(" and this."));
        assertThat(in.get(3)).isInstanceOfSatisfying(Footnote.class, n -> {
            assertThat(n.marker()).isEqualTo("1");
            // the space after the colon is the body's: it is written back as read
            assertThat(Inline.plainText(n.content())).isEqualTo(" Ibid., para. 4.");
        });
        assertThat(span(in.get(3)).startOffset()).hasValue(s.indexOf("[1:"));
        assertThat(span(in.get(3)).endOffset()).hasValue(s.length());
    }

    @Test
    void footnoteMarkersAreDigitsOrNoteMarksOfAtMostThreeCharacters() {
        assertThat(parse("a[*: x]b[\u2020: y]c[123: z]"))
                .filteredOn(i -> i instanceof Footnote)
                .extracting(i -> ((Footnote) i).marker())
                .containsExactly("*", "\u2020", "123");
        // four digits, a letter, no colon, no closing bracket, an empty marker: text, as written
        for (String text : List.of("a[1234: x]", "a[b: x]", "a[12 x]", "a[2: x", "a[: x]", "a[footnoteRef: ]")) {
            assertThat(parse(text)).as(text).containsExactly(Text.of(text));
        }
    }

    @Test
    void aBodysContentIsReadInlineToo() {
        List<Inline> in = parse("x[2: see {+the new+} text]");
        Footnote n = (Footnote) in.get(1);
        assertThat(n.content()).hasSize(3);
        assertThat(n.content().get(1)).isInstanceOf(Inserted.class);
        assertThat(Inline.plainText(n.content())).isEqualTo(" see the new text");
    }

    @Test
    void bookmarksRevisionMarksBracketsAndLineBreaks() {
        List<Inline> in = parse("[bookmark: res71]a{+b+}{-c-}{[d]}e{/}f");
        assertThat(in.get(0))
                .isInstanceOfSatisfying(Anchor.class, a -> assertThat(a.name()).isEqualTo("res71"));
        assertThat(in.get(1)).isEqualTo(Text.of("a"));
        assertThat(in.get(2)).isInstanceOf(Inserted.class);
        assertThat(in.get(3)).isInstanceOf(Deleted.class);
        assertThat(in.get(4)).isInstanceOf(Bracketed.class);
        // a line break is text of its own, merged with the text around it
        assertThat(in.get(5)).isEqualTo(Text.of("e\nf"));
        assertThat(in).hasSize(6);
        // marks that do not pair on the line stay text
        assertThat(parse("a{+b and c-}")).containsExactly(Text.of("a{+b and c-}"));
        assertThat(parse("[bookmark: ]x")).containsExactly(Text.of("[bookmark: ]x"));
    }

    @Test
    void citationPositionsPointIntoTheInputPastEveryMark() {
        String s = "resolves\n1\tthat[footnoteRef:3] Resolution 70 (Rev. Dubai, 2018) and 71/243 apply;\n";
        List<Inline> in = parse(s, 1);
        List<Citation> cites = in.stream()
                .filter(i -> i instanceof Citation)
                .map(i -> (Citation) i)
                .toList();
        assertThat(cites).hasSize(2);
        Citation itu = cites.get(0);
        assertThat(itu).isInstanceOf(InstrumentCitation.class);
        int at = s.indexOf("Resolution 70");
        assertThat(span(itu).startOffset()).hasValue(at);
        assertThat(span(itu).endOffset()).hasValue(at + itu.text().length());
        assertThat(s.substring(at, at + itu.text().length())).isEqualTo(itu.text());
        assertThat(span(itu).line()).isEqualTo(2);
        assertThat(span(itu).column()).isEqualTo(at - s.indexOf('\n'));
        Citation un = cites.get(1);
        assertThat(un).isInstanceOf(UnResolutionCitation.class);
        assertThat(span(un).startOffset()).hasValue(s.indexOf("71/243"));
        // inside a footnote body too
        String n = "x[4: Resolution 70 (Rev. Dubai, 2018).]";
        Footnote body = (Footnote) parse(n).get(1);
        Citation inBody = (Citation) body.content().get(1);
        assertThat(span(inBody).startOffset()).hasValue(n.indexOf("Resolution"));
    }

    @Test
    void markUpDeeperThanTheBudgetStaysTextAndIsSaidOnce() {
        String s = "a{+b{+c+}+} and {+d{+e+}+}";
        StageFixture f = new StageFixture(s, Language.ENGLISH).at(0);
        InlineParser shallow = new InlineParser(s, f.finder, f.source, f.sink, 1);
        shallow.line(0, s.length());
        List<Inline> in = Inline.normalize(shallow.parse(0, s.length(), 0));
        assertThat(in.get(1))
                .isInstanceOfSatisfying(
                        Inserted.class, x -> assertThat(x.content()).containsExactly(Text.of("b{+c+}")));
        List<Diagnostic> d = f.diagnostics();
        assertThat(d).singleElement().satisfies(x -> {
            assertThat(x.code()).isEqualTo(TextCodes.LIMIT);
            assertThat(x.severity()).isEqualTo(Severity.ERROR);
            assertThat(x.span().orElseThrow().startOffset()).hasValue(s.indexOf("{+c"));
        });
    }
}

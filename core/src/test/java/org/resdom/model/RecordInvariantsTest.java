package org.resdom.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.resdom.diagnostic.Diagnostic;
import org.resdom.diagnostic.Severity;

class RecordInvariantsTest {

    private static final Optional<SourceSpan> SPAN = Optional.of(SourceSpan.of(3, 9, 2, 4));

    @Test
    void rejectionsOfInvalidValues() {
        assertThatIllegalArgumentException().isThrownBy(() -> Text.of("")).withMessageContaining("text");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Unrecognized.of(""))
                .withMessageContaining("raw");
        assertThatIllegalArgumentException().isThrownBy(() -> Label.of(" ")).withMessageContaining("text");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Label.of("a)", "x"))
                .withMessageContaining("separator");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Revision.rev("Kyoto", 94))
                .withMessageContaining("year");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Revision.rev(" ", 1994))
                .withMessageContaining("place");
        assertThatIllegalArgumentException().isThrownBy(() -> SourceSpan.of(0, 1, 0, 1));
        assertThatIllegalArgumentException().isThrownBy(() -> SourceSpan.of(5, 4, 1, 1));
        assertThatIllegalArgumentException().isThrownBy(() -> SourceSpan.of(-1, 4, 1, 1));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new SourceSpan(java.util.OptionalInt.empty(), java.util.OptionalInt.of(4), 1, 1))
                .withMessageContaining("both");
        assertThat(SourceSpan.at(2, 3).startOffset()).isEmpty();
        assertThat(SourceSpan.at(2, 3).length()).isEmpty();
        assertThat(SourceSpan.of(4, 9, 1, 5).length()).hasValue(5);
        assertThatIllegalArgumentException()
                .isThrownBy(() -> FootnoteRef.of(" "))
                .withMessageContaining("marker");
        assertThatIllegalArgumentException().isThrownBy(() -> Footnote.of("", List.of()));
        assertThatIllegalArgumentException().isThrownBy(() -> Anchor.of(""));
        assertThatIllegalArgumentException().isThrownBy(() -> OtherCitation.of(" "));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> InstrumentCitation.of(
                        DocumentKind.RESOLUTION,
                        Optional.empty(),
                        List.of(),
                        Optional.empty(),
                        Brackets.NONE,
                        "Resolution"))
                .withMessageContaining("numbers");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new PreambleSection(PreamblePhrase.of("noting"), true, List.of(), Optional.empty()));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new OperativeSection(
                        Optional.empty(), true, List.of(Paragraph.of("1", "x")), Optional.empty()));
        assertThatIllegalArgumentException().isThrownBy(() -> Annex.of("1", " ", List.of()));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Diagnostic(" ", Severity.INFO, "m", Optional.empty(), Optional.empty()));
        assertThatIllegalArgumentException().isThrownBy(() -> Label.toRoman(0));
        assertThatThrownBy(() -> PreamblePhrase.of("")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void nullElementsOfListsAndMapsAreRejected() {
        List<Inline> withNull = new ArrayList<>();
        withNull.add(Text.of("x"));
        withNull.add(null);
        assertThatNullPointerException()
                .isThrownBy(() -> Paragraph.of(withNull))
                .withMessageContaining("content[1]");
        Map<String, String> map = new HashMap<>();
        map.put("k", null);
        Resolution r = Resolution.empty(Identity.unknown());
        assertThatNullPointerException().isThrownBy(() -> r.withMetadata(map)).withMessageContaining("metadata");
    }

    @Test
    void copiesAreUnmodifiableAndDetachedFromTheCaller() {
        List<Inline> content = new ArrayList<>(List.of(Text.of("x")));
        Paragraph p = Paragraph.of(content);
        content.add(Text.of("y"));
        assertThat(p.content()).hasSize(1);
        assertThatThrownBy(() -> p.content().add(Text.of("z"))).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> p.items().clear()).isInstanceOf(UnsupportedOperationException.class);

        Map<String, String> meta = new HashMap<>(Map.of("b", "2", "a", "1"));
        Resolution r = Resolution.empty(Identity.unknown()).withMetadata(meta);
        meta.put("c", "3");
        assertThat(r.metadata()).containsOnlyKeys("a", "b");
        assertThat(r.metadata().keySet()).containsExactly("a", "b");
        assertThatThrownBy(() -> r.metadata().put("d", "4")).isInstanceOf(UnsupportedOperationException.class);

        List<Revision> history = new ArrayList<>(List.of(Revision.adopted("Kyoto", 1994)));
        Identity id = Identity.unknown().withHistory(history);
        history.clear();
        assertThat(id.history()).hasSize(1);
        assertThatThrownBy(() -> id.history().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> r.sections().add(PreambleSection.of("noting", List.of())))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void equalsAndHashCodeIgnoreSpans() {
        List<Node> spanned = List.of(
                new Paragraph(
                        List.of(), Optional.of(Label.of("a)")), List.of(Text.of("x")), List.of(), List.of(), SPAN),
                new PreambleSection(PreamblePhrase.of("noting"), false, List.of(), SPAN),
                new OperativeSection(Optional.of(OperativePhrase.of("resolves")), false, List.of(), SPAN),
                new Annex(Optional.of("1"), "ANNEX 1", Optional.empty(), List.of(), SPAN),
                new OpeningFormula(List.of(Text.of("The Conference,")), SPAN),
                new Anchor("bm", SPAN),
                new FootnoteRef("1", SPAN),
                new Footnote("1", List.of(Text.of("n")), SPAN),
                new Inserted(List.of(Text.of("i")), SPAN),
                new Deleted(List.of(Text.of("d")), SPAN),
                new Bracketed(List.of(Text.of("b")), SPAN),
                new Unrecognized("?", SPAN),
                new OtherCitation("Report", SPAN),
                new UnResolutionCitation(Body.UN_GA, "71/243", "71/243", SPAN),
                new AnnexCitation(Optional.of("1"), Optional.empty(), "Annex 1", SPAN),
                new ProvisionCitation(
                        Instrument.CONVENTION, Optional.empty(), Optional.of("235"), Optional.empty(), "No. 235", SPAN),
                new InstrumentCitation(
                        DocumentKind.RESOLUTION,
                        Optional.of(Body.ITU_PP),
                        List.of("70"),
                        Optional.of(Revision.rev("Dubai", 2018)),
                        Brackets.ROUND,
                        "Resolution 70 (Rev. Dubai, 2018)",
                        SPAN),
                new Resolution(Identity.unknown(), Optional.empty(), List.of(), List.of(), List.of(), Map.of(), SPAN));
        for (Node n : spanned) {
            assertThat(n.span()).as(n.getClass().getSimpleName()).isPresent();
            Node without = withoutSpan(n);
            assertThat(without.span()).isEmpty();
            assertThat(without).as(n.getClass().getSimpleName()).isEqualTo(n);
            assertThat(without.hashCode()).isEqualTo(n.hashCode());
        }
        assertThat(Paragraph.of("a)", "x")).isNotEqualTo(Paragraph.of("b)", "x"));
        assertThat(new Footnote("1", List.of(Text.of("n")), SPAN))
                .isNotEqualTo(Footnote.of("2", List.of(Text.of("n"))));
    }

    /** Rebuilds a node with no span through its canonical constructor. */
    private static Node withoutSpan(Node n) {
        try {
            var components = n.getClass().getRecordComponents();
            Object[] args = new Object[components.length];
            Class<?>[] types = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
                args[i] = components[i].getName().equals("span")
                        ? Optional.empty()
                        : components[i].getAccessor().invoke(n);
            }
            return (Node) n.getClass().getConstructor(types).newInstance(args);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void builderOutputIsCanonicalAndNormalizeMergesTexts() {
        Resolution r = Resolution.builder(Identity.unknown())
                .operative(
                        "resolves",
                        s -> s.item(
                                "1",
                                p -> p.text("a").text("b").footnote("1", "n").text(".")))
                .build();
        Paragraph p = r.operative().get(0).paragraphs().get(0);
        assertThat(p.content())
                .containsExactly(
                        Text.of("ab"), FootnoteRef.of("1"), Text.of("."), Footnote.of("1", List.of(Text.of("n"))));
        assertThat(Inline.normalize(List.of(Text.of("a"), Text.of("b"), Anchor.of("x"), Text.of("c"))))
                .containsExactly(Text.of("ab"), Anchor.of("x"), Text.of("c"));
        assertThat(Inline.plainText(List.of(
                        Text.of("a "),
                        Deleted.of(List.of(Text.of("b"))),
                        FootnoteRef.of("1"),
                        Footnote.of("1", List.of(Text.of("zz"))),
                        OtherCitation.of("c"))))
                .isEqualTo("a bc");
    }

    @Test
    void diagnosticsFormatLikeACompiler() {
        Diagnostic d = Diagnostic.at("RD-X", Severity.WARNING, "odd", SourceSpan.at(3, 7));
        assertThat(d.format("res.txt")).isEqualTo("res.txt:3:7: warning RD-X odd");
        Diagnostic none = new Diagnostic("RD-X", Severity.ERROR, "m", Optional.of("hcontainer_1"), Optional.empty());
        assertThat(none.line()).isEmpty();
        assertThat(none.column()).isEmpty();
        assertThat(d.line()).hasValue(3);
        assertThat(none.toString()).isEqualTo("error RD-X m [hcontainer_1]");
        assertThat(none.format("res.txt")).isEqualTo("res.txt: error RD-X m");
    }
}

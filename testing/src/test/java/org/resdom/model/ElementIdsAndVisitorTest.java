package org.resdom.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.resdom.testing.SeedFixture;

class ElementIdsAndVisitorTest {

    /** Duplicate labels, unlabelled and dash paragraphs, nested items and every inline type. */
    static Resolution tricky() {
        return Resolution.builder(Identity.of(Body.ITU_PP, DocumentKind.RESOLUTION, "1", Language.ENGLISH))
                .formula(new OpeningFormula(
                        List.of(Text.of("The Conference ("), OtherCitation.of("Busan, 2014"), Text.of("),")),
                        Optional.empty()))
                .preamble(
                        "considering",
                        s -> s.item("a)", "x;")
                                .item("b)", "y;")
                                .item("b)", "y again;")
                                .item("b)", "y thrice;")
                                .item("b)bis", "z;")
                                .item("[c)", "w,"))
                .operative(
                        "resolves",
                        s -> s.paragraph("first;")
                                .item(
                                        "1",
                                        p -> p.anchor("bm1")
                                                .text("see ")
                                                .cite(OtherCitation.of("Report A"))
                                                .text(" and ")
                                                .cite(OtherCitation.of("Report B"))
                                                .footnote("1", "a note.")
                                                .inserted("new")
                                                .deleted("old")
                                                .bracketed("maybe")
                                                .add(Unrecognized.of("??"))
                                                .add(UnknownElement.of("x", List.of(), List.of()))
                                                .text(":")
                                                .item(
                                                        "i)",
                                                        q -> q.text("deep:")
                                                                .item("–", "one;")
                                                                .item("–", "two;"))
                                                .item("ii)", "x;")
                                                .item("ii)", "x again;"))
                                .paragraph("last;")
                                .item("1.2", "multi;")
                                .item("–", "dash;"))
                .operative(Optional.empty(), s -> s.item("1.", "Decides."))
                .annex("1", "ANNEX 1", a -> a.item("1", "annex text."))
                .build();
    }

    @Test
    void identifiersAreUniqueAndFollowTheScheme() {
        Resolution r = tricky();
        List<Located<Node>> all = r.elements();
        Set<String> ids = new HashSet<>();
        all.forEach(l -> assertThat(ids.add(l.id())).as(l.id()).isTrue());
        assertThat(all)
                .hasSize((int) r.stream().filter(n -> !(n instanceof Text)).count());
        assertThat(ids)
                .contains(
                        "",
                        "preamble__formula_1",
                        "preamble__formula_1__ref_1",
                        "preamble__container_1__list_1__item_b",
                        "preamble__container_1__list_1__item_b_2",
                        "preamble__container_1__list_1__item_b_3",
                        "preamble__container_1__list_1__item_bbis",
                        "preamble__container_1__list_1__item_c",
                        "hcontainer_1__para_1",
                        "hcontainer_1__para_1_2",
                        "hcontainer_1__para_3",
                        "hcontainer_1__para_1-2",
                        "hcontainer_1__para_5",
                        "hcontainer_1__para_1_2__anchor_1",
                        "hcontainer_1__para_1_2__ref_1",
                        "hcontainer_1__para_1_2__ref_2",
                        "hcontainer_1__para_1_2__noteRef_1",
                        "hcontainer_1__para_1_2__authorialNote_1",
                        "hcontainer_1__para_1_2__ins_1",
                        "hcontainer_1__para_1_2__del_1",
                        "hcontainer_1__para_1_2__bracket_1",
                        "hcontainer_1__para_1_2__unrecognized_1",
                        "hcontainer_1__para_1_2__unknown_1",
                        "hcontainer_1__para_1_2__list_1__point_i",
                        "hcontainer_1__para_1_2__list_1__point_i__list_1__point_1",
                        "hcontainer_1__para_1_2__list_1__point_i__list_1__point_2",
                        "hcontainer_1__para_1_2__list_1__point_ii_2",
                        "hcontainer_2",
                        "hcontainer_2__para_1",
                        "att_1",
                        "att_1__para_1");
    }

    @Test
    void identifiersDependOnStructureOnlyNotOnSpans() {
        Resolution r = tricky();
        List<String> ids = r.elements().stream().map(Located::id).toList();
        assertThat(tricky().elements().stream().map(Located::id).toList()).isEqualTo(ids);
        OperativeSection s = r.operative().get(0);
        List<Paragraph> spanned = s.paragraphs().stream()
                .map(p -> p.withSpan(Optional.of(SourceSpan.of(10, 20, 3, 1))))
                .toList();
        Resolution moved = new Resolution(
                r.identity(),
                r.formula(),
                r.preamble(),
                List.of(
                        new OperativeSection(s.phrase(), s.runIn(), spanned, Optional.of(SourceSpan.at(2, 1))),
                        r.operative().get(1)),
                r.annexes(),
                r.metadata(),
                Optional.of(SourceSpan.at(1, 1)));
        assertThat(moved).isEqualTo(r);
        assertThat(moved.elements().stream().map(Located::id).toList()).isEqualTo(ids);
        Resolution seed = SeedFixture.resolution71();
        assertThat(seed.elements().stream().map(Located::id).toList())
                .isEqualTo(SeedFixture.resolution71().elements().stream()
                        .map(Located::id)
                        .toList());
    }

    @Test
    void byIdIdOfLocateAndEnclosing() {
        Resolution r = tricky();
        Paragraph second = r.preamble().get(0).paragraphs().get(2);
        assertThat(r.idOf(second)).contains("preamble__container_1__list_1__item_b_2");
        assertThat(r.byId("preamble__container_1__list_1__item_b_2"))
                .get()
                .extracting(Located::node)
                .isSameAs(second);
        // idOf finds the very instance: an equal paragraph built elsewhere has no identifier here
        assertThat(r.idOf(Paragraph.of("b)", "y again;"))).isEmpty();
        assertThat(r.byId("no_such_id")).isEmpty();
        assertThat(r.idOf(Text.of("x;"))).isEmpty();

        Located<Unrecognized> u = r.locate(Unrecognized.class).findFirst().orElseThrow();
        assertThat(u.id()).isEqualTo("hcontainer_1__para_1_2__unrecognized_1");
        assertThat(u.enclosing(Paragraph.class).map(Located::id)).contains("hcontainer_1__para_1_2");
        assertThat(u.enclosing(OperativeSection.class).map(Located::id)).contains("hcontainer_1");
        assertThat(u.enclosing(Resolution.class).map(Located::id)).contains("");
        assertThat(u.enclosing(Annex.class)).isEmpty();
        Located<Paragraph> deep = r.locate(Paragraph.class)
                .filter(l -> l.id().endsWith("point_i__list_1__point_2"))
                .findFirst()
                .orElseThrow();
        assertThat(deep.enclosing(Paragraph.class).map(Located::id))
                .contains("hcontainer_1__para_1_2__list_1__point_i");
        assertThat(r.locate(Citation.class).map(Located::id))
                .containsExactly(
                        "preamble__formula_1__ref_1", "hcontainer_1__para_1_2__ref_1", "hcontainer_1__para_1_2__ref_2");
        assertThat(r.citations()).hasSize(3);
        assertThat(r.footnotes()).hasSize(1);
    }

    /** Counts nodes by visitor method, walking the children itself. */
    static final class Counter implements Visitor<Void> {
        final Map<String, Integer> counts = new TreeMap<>();

        private Void count(String type, Node node) {
            counts.merge(type, 1, Integer::sum);
            node.children().forEach(c -> c.accept(this));
            return null;
        }

        @Override
        public Void visitResolution(Resolution node) {
            return count("Resolution", node);
        }

        @Override
        public Void visitOpeningFormula(OpeningFormula node) {
            return count("OpeningFormula", node);
        }

        @Override
        public Void visitPreambleSection(PreambleSection node) {
            return count("PreambleSection", node);
        }

        @Override
        public Void visitOperativeSection(OperativeSection node) {
            return count("OperativeSection", node);
        }

        @Override
        public Void visitParagraph(Paragraph node) {
            return count("Paragraph", node);
        }

        @Override
        public Void visitAnnex(Annex node) {
            return count("Annex", node);
        }

        @Override
        public Void visitText(Text node) {
            return count("Text", node);
        }

        @Override
        public Void visitAnchor(Anchor node) {
            return count("Anchor", node);
        }

        @Override
        public Void visitFootnoteRef(FootnoteRef node) {
            return count("FootnoteRef", node);
        }

        @Override
        public Void visitFootnote(Footnote node) {
            return count("Footnote", node);
        }

        @Override
        public Void visitInserted(Inserted node) {
            return count("Inserted", node);
        }

        @Override
        public Void visitDeleted(Deleted node) {
            return count("Deleted", node);
        }

        @Override
        public Void visitBracketed(Bracketed node) {
            return count("Bracketed", node);
        }

        @Override
        public Void visitUnrecognized(Unrecognized node) {
            return count("Unrecognized", node);
        }

        @Override
        public Void visitUnknownElement(UnknownElement node) {
            return count("UnknownElement", node);
        }

        @Override
        public Void visitInstrumentCitation(InstrumentCitation node) {
            return count("InstrumentCitation", node);
        }

        @Override
        public Void visitUnResolutionCitation(UnResolutionCitation node) {
            return count("UnResolutionCitation", node);
        }

        @Override
        public Void visitUnDocumentCitation(UnDocumentCitation node) {
            return count("UnDocumentCitation", node);
        }

        @Override
        public Void visitNamedInstrumentCitation(NamedInstrumentCitation node) {
            return count("NamedInstrumentCitation", node);
        }

        @Override
        public Void visitProvisionCitation(ProvisionCitation node) {
            return count("ProvisionCitation", node);
        }

        @Override
        public Void visitAnnexCitation(AnnexCitation node) {
            return count("AnnexCitation", node);
        }

        @Override
        public Void visitOtherCitation(OtherCitation node) {
            return count("OtherCitation", node);
        }
    }

    @Test
    void aVisitorReachesEveryNodeTypeOfARichDocument() {
        Resolution seed = SeedFixture.resolution71();
        Resolution rich = Resolution.builder(seed.identity())
                .formula(seed.formula().orElseThrow())
                .add(seed.preamble().get(0))
                .add(seed.operative().get(2))
                .operative(
                        "resolves",
                        s -> s.item(
                                "1",
                                p -> p.bracketed("maybe")
                                        .add(Unrecognized.of("??"))
                                        .add(UnknownElement.of(
                                                "urn:example", "term", List.of(), List.of(Text.of("kept"))))
                                        .cite(OtherCitation.of("Report"))
                                        .text(".")))
                .annex(
                        "1",
                        "ANNEX 1",
                        a -> a.item(
                                "1",
                                p -> p.text("see ")
                                        .cite(AnnexCitation.of(Optional.of("2"), Optional.empty(), "Annex 2"))
                                        .cite(UnResolutionCitation.of(Body.UN_GA, "70/1", "70/1"))
                                        .cite(UnDocumentCitation.of("A/HRC/55/2", "A/HRC/55/2"))
                                        .cite(NamedInstrumentCitation.of("udhr", Language.ENGLISH))
                                        .text(".")))
                .build();
        Counter counter = new Counter();
        rich.accept(counter);
        int visitorMethods = 0;
        for (Method m : Visitor.class.getDeclaredMethods()) {
            if (m.getName().startsWith("visit")) {
                visitorMethods++;
            }
        }
        assertThat(counter.counts)
                .as("every node type is reached; a new type needs a richer document")
                .hasSize(visitorMethods);
        assertThat(counter.counts.values().stream().mapToInt(Integer::intValue).sum())
                .isEqualTo((int) rich.stream().count());
        assertThat(counter.counts)
                .containsEntry("Resolution", 1)
                .containsEntry("Annex", 1)
                .containsEntry("Footnote", 1)
                .containsEntry("FootnoteRef", 1);
        // every node's accept dispatches to the method for its own type
        rich.stream().forEach(n -> {
            Counter single = new Counter();
            String expected = n.getClass().getSimpleName();
            n.accept(single);
            assertThat(single.counts).containsKey(expected);
        });
    }
}

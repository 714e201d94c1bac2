package org.resdom.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.resdom.diagnostic.Diagnostic;
import org.resdom.diagnostic.Severity;
import org.resdom.model.Body;
import org.resdom.model.Brackets;
import org.resdom.model.DocumentKind;
import org.resdom.model.Footnote;
import org.resdom.model.FootnoteRef;
import org.resdom.model.Identity;
import org.resdom.model.InstrumentCitation;
import org.resdom.model.Language;
import org.resdom.model.OperativeSection;
import org.resdom.model.Paragraph;
import org.resdom.model.PreambleSection;
import org.resdom.model.Resolution;
import org.resdom.model.Revision;
import org.resdom.model.SectionBuilder;
import org.resdom.model.SourceSpan;
import org.resdom.model.Text;
import org.resdom.model.Unrecognized;

/** Every built-in rule with passing and failing examples: code, severity, element id and span. */
class RulesTest {

    private static final Identity PP = Identity.of(Body.ITU_PP, DocumentKind.RESOLUTION, "71", Language.ENGLISH);
    private static final SourceSpan SPAN = SourceSpan.of(120, 180, 7, 1);

    /** A clean ITU resolution with the given preamble list under "considering". */
    private static Resolution considering(Consumer<SectionBuilder> items) {
        return Resolution.builder(PP)
                .preamble("considering", items)
                .operative("resolves", s -> s.item("1", "to adopt the plan."))
                .build();
    }

    /** A clean ITU resolution with the given operative list under "instructs the Secretary-General". */
    private static Resolution instructs(Consumer<SectionBuilder> items) {
        return Resolution.builder(PP)
                .preamble("considering", s -> s.item("a)", "the Constitution,"))
                .operative("instructs the Secretary-General", items)
                .build();
    }

    private static List<Diagnostic> run(Rule rule, Resolution r) {
        return Validator.builder().add(rule).build().validate(r);
    }

    private static Diagnostic only(Rule rule, Resolution r) {
        List<Diagnostic> found = run(rule, r);
        assertThat(found).hasSize(1);
        Diagnostic d = found.get(0);
        assertThat(d.code()).isEqualTo(rule.code());
        assertThat(r.byId(d.elementId().orElseThrow())).isPresent();
        return d;
    }

    // ---- labels ---------------------------------------------------------------------------

    @Test
    void duplicateLabels() {
        Rule rule = Rules.labelDuplicate();
        assertThat(run(
                        rule,
                        considering(s -> s.item("a)", "x;").item("b)", "y;").item("c)", "z,"))))
                .isEmpty();
        Diagnostic d = only(
                rule,
                considering(s ->
                        s.item("a)", "x;").item("b)", "y;").item("b)", "z;").item("c)", "w,")));
        assertThat(d.severity()).isEqualTo(Severity.ERROR);
        assertThat(d.elementId()).contains("preamble__container_1__list_1__item_b_2");
        assertThat(d.message()).contains("'b)'");
        // dashes repeat by nature
        assertThat(run(
                        rule,
                        instructs(s ->
                                s.paragraph(p -> p.text("to:").item("–", "x;").item("–", "y.")))))
                .isEmpty();
    }

    @Test
    void diagnosticsCarryTheNodesSpan() {
        Paragraph spanned = Paragraph.of("b)", "again;").withSpan(Optional.of(SPAN));
        Resolution r = considering(
                s -> s.item("a)", "x;").item("b)", "y;").add(spanned).item("c)", "z,"));
        Diagnostic d = only(Rules.labelDuplicate(), r);
        assertThat(d.span()).contains(SPAN);
        assertThat(d.line()).hasValue(7);
        Diagnostic unspanned =
                only(Rules.labelDuplicate(), considering(s -> s.item("a)", "x;").item("a)", "y,")));
        assertThat(unspanned.span())
                .as("no span anywhere: the start of the document")
                .contains(SourceSpan.at(1, 1));
        // no span of its own: the nearest ancestor's
        SourceSpan section = SourceSpan.at(4, 2);
        Resolution inherited = considering(s -> s.item("a)", "x;").item("a)", "y,"));
        PreambleSection p = inherited.preamble().get(0);
        inherited = new Resolution(
                inherited.identity(),
                inherited.formula(),
                List.of(new PreambleSection(p.phrase(), p.runIn(), p.paragraphs(), Optional.of(section))),
                inherited.operative(),
                inherited.annexes(),
                inherited.metadata(),
                Optional.of(SourceSpan.at(1, 1)));
        assertThat(only(Rules.labelDuplicate(), inherited).span()).contains(section);
    }

    /** Unheaded operative sections (UN style) number on across a section between them, such as a preamble section kept after them. */
    @Test
    void unheadedOperativeSectionsAreOneNumberedList() {
        Resolution r = Resolution.builder(Identity.unknown())
                .operative(Optional.empty(), s -> s.item("1.", "Decides to act;"))
                .operative("Noting", s -> s.add(Paragraph.of(List.of(Text.of("the report,")))))
                .operative(
                        Optional.empty(),
                        s -> s.item("2.", "Requests a report;").item("3.", "Decides to remain seized."))
                .build();
        assertThat(run(Rules.labelSequence(), r)).isEmpty();
        assertThat(run(Rules.labelDuplicate(), r)).isEmpty();
        Resolution skipped = Resolution.builder(Identity.unknown())
                .operative(Optional.empty(), s -> s.item("1.", "Decides to act;"))
                .operative(Optional.empty(), s -> s.item("3.", "Requests a report;"))
                .build();
        assertThat(only(Rules.labelSequence(), skipped).message()).contains("expected 2");
    }

    @Test
    void skippedLettersAndNumbers() {
        Rule rule = Rules.labelSequence();
        Diagnostic d = only(
                rule,
                considering(s ->
                        s.item("a)", "x;").item("b)", "y;").item("d)", "z;").item("e)", "w,")));
        assertThat(d.severity()).isEqualTo(Severity.WARNING);
        assertThat(d.elementId()).contains("preamble__container_1__list_1__item_d");
        assertThat(d.message()).contains("expected c");
        d = only(rule, instructs(s -> s.item("1", "x;").item("2", "y;").item("4", "z.")));
        assertThat(d.elementId()).contains("hcontainer_1__para_4");
        assertThat(d.message()).contains("expected 3");
        d = only(rule, considering(s -> s.item("b)", "x;").item("c)", "y,")));
        assertThat(d.elementId()).contains("preamble__container_1__list_1__item_b");
        assertThat(d.message()).contains("expected a");
        assertThat(run(rule, instructs(s -> s.item("2", "x;").item("1", "y."))))
                .extracting(x -> x.elementId().orElseThrow(), Diagnostic::message)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "hcontainer_1__para_2", "label '2' is out of sequence; expected 1"),
                        org.assertj.core.groups.Tuple.tuple(
                                "hcontainer_1__para_1", "label '1' is out of sequence; expected 3"));
    }

    @Test
    void sequenceKnowsAmbiguousLettersRomanListsLevelsAndSuffixes() {
        Rule rule = Rules.labelSequence();
        assertThat(run(rule, considering(s -> {
                    for (char c = 'a'; c <= 'k'; c++) {
                        s.item(c + ")", "x;");
                    }
                })))
                .as("h) then i) is a letter")
                .isEmpty();
        assertThat(run(
                        rule,
                        instructs(s -> s.item(
                                "1",
                                p -> p.text("to:")
                                        .item("i)", "x;")
                                        .item("ii)", "y;")
                                        .item("iii)", "z;")
                                        .item("iv)", "w;")
                                        .item("v)", "v;")
                                        .item("vi)", "u.")))))
                .as("roman list")
                .isEmpty();
        assertThat(run(
                        rule,
                        instructs(s -> s.item("1", "x;")
                                .item("1.1", "x;")
                                .item("1.2", "x;")
                                .item("1.2.1", "x;")
                                .item("2", "x;")
                                .item("2.1", "x;")
                                .item("3", "x."))))
                .as("multi-level numbers")
                .isEmpty();
        assertThat(run(
                        rule,
                        considering(s -> s.item("a)", "x;")
                                .item("b)", "y;")
                                .item("b)bis", "z;")
                                .item("b)ter", "z;")
                                .item("c)", "w,"))))
                .as("bis and ter")
                .isEmpty();
        assertThat(run(rule, instructs(s -> s.item("1", "x;").item("1bis", "y;").item("2", "z."))))
                .as("1bis")
                .isEmpty();
        assertThat(run(
                        rule,
                        considering(s -> s.item("a)", "x;").item("[b)", "y;").item("c)", "w,"))))
                .as("a bracketed label")
                .isEmpty();
        assertThat(run(
                        rule,
                        considering(s -> s.item("а)", "x;").item("б)", "y;").item("в)", "w,"))))
                .as("Cyrillic")
                .isEmpty();
        assertThat(run(
                        rule,
                        considering(s -> s.item("أ)", "x;").item("ب)", "y;").item("ج)", "w,"))))
                .as("Arabic abjad")
                .isEmpty();

        Diagnostic d =
                only(rule, instructs(s -> s.item("1", "x;").item("1.1", "x;").item("1.3", "x.")));
        assertThat(d.elementId()).contains("hcontainer_1__para_1-3");
        assertThat(d.message()).contains("expected 1.2");
        d = only(
                rule,
                considering(s ->
                        s.item("a)", "x;").item("b)", "y;").item("b)ter", "z;").item("c)", "w,")));
        assertThat(d.elementId()).contains("preamble__container_1__list_1__item_bter");
        assertThat(d.message()).contains("expected bbis");
        d = only(rule, considering(s -> s.item("а)", "x;").item("в)", "w,")));
        assertThat(d.message()).contains("expected б");
        d = only(
                rule,
                instructs(s -> s.item("1", p -> p.text("to:").item("i)", "x;").item("iii)", "z."))));
        assertThat(d.elementId()).contains("hcontainer_1__para_1__list_1__point_iii");
        assertThat(d.message()).contains("expected ii");
    }

    @Test
    void sequenceLeavesDuplicatesAndGluedNumbersToTheirRules() {
        Resolution r = instructs(s -> s.item("1", "x;")
                .item("2", "x;")
                .item("2", "x;")
                .item("3", "x;")
                .item("34", "x;")
                .item("5", "x."));
        assertThat(run(Rules.labelSequence(), r)).isEmpty();
        assertThat(run(Rules.labelDuplicate(), r))
                .extracting(d -> d.elementId().orElseThrow())
                .containsExactly("hcontainer_1__para_2_2");
        assertThat(run(Rules.labelGlued(), r))
                .extracting(d -> d.elementId().orElseThrow())
                .containsExactly("hcontainer_1__para_34");
    }

    @Test
    void gluedNumbers() {
        Rule rule = Rules.labelGlued();
        assertThat(run(rule, instructs(s -> {
                    for (int i = 1; i <= 12; i++) {
                        s.item(String.valueOf(i), i == 12 ? "x." : "x;");
                    }
                })))
                .as("10, 11, 12 are not glued")
                .isEmpty();
        Diagnostic d = only(rule, instructs(s -> s.item("1", "x;").item("21", "y.")));
        assertThat(d.severity()).isEqualTo(Severity.WARNING);
        assertThat(d.elementId()).contains("hcontainer_1__para_21");
        assertThat(d.message()).contains("'21'").contains("expected 2");
        assertThat(run(
                        rule,
                        instructs(s -> s.item("1", "x;")
                                .item("2", "x;")
                                .item("3", "x;")
                                .item("4", "x;")
                                .item("5", "x;")
                                .item("56", "x;")
                                .item("67", "x."))))
                .extracting(x -> x.elementId().orElseThrow())
                .containsExactly("hcontainer_1__para_56", "hcontainer_1__para_67");
        // 9 where 2 was expected is out of sequence, not glued
        assertThat(run(rule, instructs(s -> s.item("1", "x;").item("9", "y.")))).isEmpty();
        assertThat(run(Rules.labelSequence(), instructs(s -> s.item("1", "x;").item("9", "y."))))
                .hasSize(1);
    }

    @Test
    void mixedStyles() {
        Rule rule = Rules.labelMixed();
        assertThat(run(
                        rule,
                        considering(s -> s.item("a)", "x;")
                                .item("b)", "y;")
                                .item("[c)", "y;")
                                .item("c)bis", "z,"))))
                .isEmpty();
        Diagnostic d =
                only(rule, considering(s -> s.item("a)", "x;").item("2", "y;").item("c)", "z,")));
        assertThat(d.severity()).isEqualTo(Severity.WARNING);
        assertThat(d.elementId()).contains("preamble__container_1__list_1__item_2");
        assertThat(d.message()).contains("number").contains("letter");
        d = only(rule, considering(s -> s.item("a)", "x;").item("(b)", "y;").item("(c)", "z,")));
        assertThat(d.elementId()).contains("preamble__container_1__list_1__item_b");
        d = only(rule, instructs(s -> s.item("1", "x;").item("2.", "y.")));
        assertThat(d.elementId()).contains("hcontainer_1__para_2");
        d = only(rule, considering(s -> s.item("a)", "x;").item("B)", "y,")));
        assertThat(d.elementId()).contains("preamble__container_1__list_1__item_b");
        // unlabelled paragraphs are not a style
        assertThat(run(
                        rule,
                        instructs(s -> s.paragraph("intro:").item("1", "x;").item("2", "y."))))
                .isEmpty();
    }

    // ---- footnotes ------------------------------------------------------------------------

    @Test
    void footnotes() {
        Resolution paired = instructs(s -> s.item(
                        "1", p -> p.text("x").footnote("1", "note.").text(";"))
                .item("2", p -> p.text("y").footnote("2", "note.").text(".")));
        for (Rule rule : List.of(Rules.footnoteMissing(), Rules.footnoteUnreferenced(), Rules.footnoteDuplicate())) {
            assertThat(run(rule, paired)).as(rule.code()).isEmpty();
        }
        Resolution missing = instructs(
                s -> s.item("1", p -> p.text("x").add(FootnoteRef.of("1")).text(".")));
        Diagnostic d = only(Rules.footnoteMissing(), missing);
        assertThat(d.severity()).isEqualTo(Severity.ERROR);
        assertThat(d.elementId()).contains("hcontainer_1__para_1__noteRef_1");
        assertThat(run(Rules.footnoteUnreferenced(), missing)).isEmpty();

        Resolution orphan =
                instructs(s -> s.item("1", p -> p.text("x.").add(Footnote.of("1", List.of(Text.of("note."))))));
        d = only(Rules.footnoteUnreferenced(), orphan);
        assertThat(d.severity()).isEqualTo(Severity.ERROR);
        assertThat(d.elementId()).contains("hcontainer_1__para_1__authorialNote_1");
        assertThat(run(Rules.footnoteMissing(), orphan)).isEmpty();

        Resolution twice = instructs(s -> s.item(
                        "1", p -> p.text("x").footnote("1", "note.").text(";"))
                .item("2", p -> p.text("y.").add(Footnote.of("1", List.of(Text.of("other."))))));
        d = only(Rules.footnoteDuplicate(), twice);
        assertThat(d.severity()).isEqualTo(Severity.ERROR);
        assertThat(d.elementId()).contains("hcontainer_1__para_2__authorialNote_1");
        // a marker reused by two call-outs with two bodies pairs up
        Resolution reused =
                instructs(s -> s.item("1", p -> p.text("x").footnote("*", "a.").text(";"))
                        .item("2", p -> p.text("y").footnote("*", "b.").text(".")));
        assertThat(run(Rules.footnoteDuplicate(), reused)).isEmpty();
    }

    // ---- empty parts ----------------------------------------------------------------------

    @Test
    void emptySectionsParagraphsAndFootnotes() {
        Resolution clean = instructs(
                s -> s.item("1", p -> p.text("x").footnote("1", "note.").text(".")));
        for (Rule rule : List.of(Rules.emptySection(), Rules.emptyParagraph(), Rules.emptyFootnote())) {
            assertThat(run(rule, clean)).as(rule.code()).isEmpty();
        }
        Resolution noParagraph = Resolution.builder(PP)
                .preamble("considering", s -> s.item("a)", "x,"))
                .operative("resolves", s -> {})
                .add(OperativeSection.of("instructs the Council", List.of(Paragraph.of("1", "to act."))))
                .build();
        Diagnostic d = only(Rules.emptySection(), noParagraph);
        assertThat(d.severity()).isEqualTo(Severity.WARNING);
        assertThat(d.elementId()).contains("hcontainer_1");
        Resolution emptyAnnex = Resolution.builder(PP)
                .preamble("considering", s -> s.item("a)", "x,"))
                .operative("resolves", s -> s.item("1", "y."))
                .annex("1", "ANNEX 1", a -> {})
                .build();
        assertThat(only(Rules.emptySection(), emptyAnnex).elementId()).contains("att_1");

        Resolution blank = instructs(s -> s.item("1", " \u00a0 ").item("2", "y."));
        d = only(Rules.emptyParagraph(), blank);
        assertThat(d.severity()).isEqualTo(Severity.WARNING);
        assertThat(d.elementId()).contains("hcontainer_1__para_1");
        Resolution onlyItems = instructs(s -> s.paragraph(p -> p.item("–", "x;").item("–", "y.")));
        assertThat(run(Rules.emptyParagraph(), onlyItems)).isEmpty();

        Resolution blankNote =
                instructs(s -> s.item("1", p -> p.text("x").footnote("1", " ").text(".")));
        d = only(Rules.emptyFootnote(), blankNote);
        assertThat(d.elementId()).contains("hcontainer_1__para_1__authorialNote_1");
    }

    // ---- citations ------------------------------------------------------------------------

    private static InstrumentCitation cite(Optional<Body> body, String place, int year) {
        return InstrumentCitation.of(
                DocumentKind.RESOLUTION,
                body,
                List.of("70"),
                Optional.of(Revision.rev(place, year)),
                Brackets.ROUND,
                "Resolution 70 (Rev. " + place + ", " + year + ")");
    }

    private static Resolution citing(InstrumentCitation c) {
        return instructs(s -> s.item("1", p -> p.text("to implement ").cite(c).text(".")));
    }

    @Test
    void citationRevisions() {
        Rule rule = Rules.citationRevision();
        Optional<Body> pp = Optional.of(Body.ITU_PP);
        for (String[] ok : new String[][] {
            {"Dubai", "2018"},
            {"Dubaï", "2018"},
            {"Dubái", "2018"},
            {"Bucarest", "2022"},
            {"Bucharest", "2022"},
            {"Marrakech", "2002"},
            {"Marrakesh", "2002"},
            {"Busán", "2014"},
            {"Kioto", "1994"},
            {"Бухарест", "2022"},
            {"迪拜", "2018"}
        }) {
            assertThat(run(rule, citing(cite(pp, ok[0], Integer.parseInt(ok[1])))))
                    .as(ok[0])
                    .isEmpty();
        }
        assertThat(run(
                        rule,
                        citing(InstrumentCitation.of(
                                DocumentKind.RESOLUTION,
                                Optional.of(Body.ITU_WTSA),
                                List.of("1"),
                                Optional.of(Revision.rev("Ginebra", 2022)),
                                Brackets.ROUND,
                                "Resolución 1"))))
                .isEmpty();
        assertThat(run(
                        rule,
                        citing(InstrumentCitation.of(
                                DocumentKind.RESOLUTION,
                                Optional.of(Body.ITU_WRC),
                                List.of("1"),
                                Optional.of(Revision.rev("Charm el-Cheikh", 2019)),
                                Brackets.ROUND,
                                "x"))))
                .isEmpty();

        Diagnostic d = only(rule, citing(cite(pp, "Dubai", 2022)));
        assertThat(d.severity()).isEqualTo(Severity.WARNING);
        assertThat(d.elementId()).contains("hcontainer_1__para_1__ref_1");
        assertThat(d.message()).contains("Dubai").contains("2022").contains("2018");
        d = only(rule, citing(cite(pp, "Dubai", 2019)));
        assertThat(d.message()).contains("did not meet in 2019");
        // unknown body: the year must be plausible, nothing more
        assertThat(run(rule, citing(cite(Optional.empty(), "Dubai", 2022)))).isEmpty();
        assertThat(only(rule, citing(cite(Optional.empty(), "Dubai", 1500))).message())
                .contains("plausible");
        assertThat(only(rule, citing(cite(Optional.of(Body.ITU_COUNCIL), "Geneva", 2999)))
                        .message())
                .contains("plausible");
        // a place the table does not know is not judged when the year is right
        assertThat(run(rule, citing(cite(pp, "Somewhere", 2022)))).isEmpty();
    }

    @Test
    void theDocumentsOwnHistoryIsChecked() {
        Rule rule = Rules.citationRevision();
        Resolution ok = instructs(s -> s.item("1", "x."))
                .withIdentity(PP.withHistory(List.of(Revision.adopted("Kyoto", 1994), Revision.rev("Bucarest", 2022))));
        assertThat(run(rule, ok)).isEmpty();
        Resolution bad =
                ok.withIdentity(PP.withHistory(List.of(Revision.adopted("Kyoto", 1994), Revision.rev("Dubai", 2022))));
        Diagnostic d = only(rule, bad);
        assertThat(d.elementId()).contains("");
        assertThat(d.message()).startsWith("history:");
    }

    // ---- punctuation ----------------------------------------------------------------------

    @Test
    void punctuation() {
        Rule rule = Rules.punctuation();
        Resolution good = Resolution.builder(PP)
                .preamble(
                        "considering",
                        s -> s.item("a)", "x;")
                                .item(
                                        "b)",
                                        p -> p.text("y")
                                                .footnote("1", "a note without stop")
                                                .text(", \u00a0 ")))
                .operative(
                        "instructs",
                        s -> s.item("1", p -> p.text("to:").item("i)", "x;").item("ii)", "y;"))
                                .item("2", p -> p.text("z,").deleted(";"))
                                .item("3", p -> p.text("w;")))
                .operative("invites", s -> s.paragraph(p -> p.text("v").inserted(".")))
                .build();
        assertThat(run(rule, good)).isEmpty();

        Diagnostic d = only(rule, considering(s -> s.item("a)", "x.").item("b)", "y,")));
        assertThat(d.severity()).isEqualTo(Severity.WARNING);
        assertThat(d.elementId()).contains("preamble__container_1__list_1__item_a");
        d = only(rule, instructs(s -> s.item("1", "x").item("2", "y.")));
        assertThat(d.elementId()).contains("hcontainer_1__para_1");
        d = only(rule, instructs(s -> s.item("1", "x;").item("2", "y;")));
        assertThat(d.elementId()).contains("hcontainer_1__para_2");
        assertThat(d.message()).contains("expected '.'");
        d = only(
                rule,
                instructs(s -> s.item("1", p -> p.text("to:").item("i)", "x;").item("ii)", "y;"))));
        assertThat(d.elementId()).contains("hcontainer_1__para_1__list_1__point_ii");
        d = only(
                rule,
                instructs(s -> s.item("1", p -> p.text("to!").item("i)", "x;").item("ii)", "y."))));
        assertThat(d.elementId()).contains("hcontainer_1__para_1");
        assertThat(d.message()).contains("introduction");
        // UN style: operative paragraphs end with ';'
        Resolution un = Resolution.builder(Identity.of(Body.UN_GA, DocumentKind.RESOLUTION, "75/1", Language.ENGLISH))
                .preamble("Recalling", s -> s.runIn("its resolution 70/1,"))
                .operative(Optional.empty(), s -> s.item("1.", "Decides x,").item("2.", "Requests y."))
                .build();
        assertThat(only(rule, un).elementId()).contains("hcontainer_1__para_1");
        // other bodies are not checked
        assertThat(run(rule, un.withIdentity(Identity.unknown()))).isEmpty();
    }

    // ---- unrecognized ---------------------------------------------------------------------

    @Test
    void unrecognizedContent() {
        Rule rule = Rules.unrecognized();
        assertThat(run(rule, instructs(s -> s.item("1", "x.")))).isEmpty();
        Resolution r = instructs(s -> s.item(
                "1",
                p -> p.text("x ")
                        .add(Unrecognized.of("{{odd}}"))
                        .add(Unrecognized.of("??").withSpan(Optional.of(SPAN)))
                        .text(".")));
        List<Diagnostic> found = run(rule, r);
        assertThat(found)
                .extracting(d -> d.elementId().orElseThrow())
                .containsExactly("hcontainer_1__para_1__unrecognized_1", "hcontainer_1__para_1__unrecognized_2");
        assertThat(found).allMatch(d -> d.severity() == Severity.WARNING);
        assertThat(found.get(1).span()).contains(SPAN);
        assertThat(found.get(0).message()).contains("{{odd}}");
    }

    // ---- the set ----------------------------------------------------------------------------

    @Test
    void everyRuleHasAStableCodeASeverityAndADescription() {
        assertThat(Rules.standard())
                .extracting(Rule::code)
                .containsExactly(
                        Rules.LABEL_DUPLICATE,
                        Rules.LABEL_SEQUENCE,
                        Rules.LABEL_GLUED,
                        Rules.LABEL_MIXED,
                        Rules.FOOTNOTE_MISSING,
                        Rules.FOOTNOTE_UNREFERENCED,
                        Rules.FOOTNOTE_DUPLICATE,
                        Rules.EMPTY_DOCUMENT,
                        Rules.EMPTY_SECTION,
                        Rules.EMPTY_PARAGRAPH,
                        Rules.EMPTY_FOOTNOTE,
                        Rules.CITATION_REVISION,
                        Rules.PUNCTUATION,
                        Rules.UNRECOGNIZED);
        assertThat(Rules.standard()).allSatisfy(r -> {
            assertThat(r.code()).startsWith("RD-");
            assertThat(r.severity()).isNotNull();
            assertThat(r.description()).isNotBlank();
        });
    }
}

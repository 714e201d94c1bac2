package org.resdom.io.akn;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.resdom.diagnostic.Diagnostic;
import org.resdom.diagnostic.Severity;
import org.resdom.io.ReadResult;
import org.resdom.model.ActionKind;
import org.resdom.model.Inline;
import org.resdom.model.LabelStyle;
import org.resdom.model.OperativePhrase;
import org.resdom.model.Paragraph;
import org.resdom.model.PreambleKind;
import org.resdom.model.Resolution;
import org.resdom.model.Section;

/** UN shapes: preamble paragraphs in mainBody in document order, bold and plain phrases written once, sublists. */
class UnStructureTest {

    private static final String HEAD = "<akomaNtoso xmlns=\"http://docs.oasis-open.org/legaldocml/ns/akn/3.0\">"
            + "<statement name=\"resolution\"><meta><identification source=\"#un\"><FRBRWork>"
            + "<FRBRthis value=\"/akn/un/statement/deliberation/unhrc/2023-10-12/54-1/!main\"/>"
            + "</FRBRWork><FRBRExpression><FRBRlanguage language=\"LANG\"/></FRBRExpression></identification></meta>";

    private static Resolution read(String lang, String body) {
        return readResult(lang, body).resolution();
    }

    private static ReadResult readResult(String lang, String body) {
        return AknResolutionReader.create().read(HEAD.replace("LANG", lang) + body + "</statement></akomaNtoso>");
    }

    /** The text of the markup after {@code meta}, tags as spaces, whitespace collapsed. */
    private static String markupText(String body) {
        return body.replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ").strip();
    }

    /** The text of the model in document order: phrases, labels, content, items, wrap-ups. */
    private static String modelText(Resolution r) {
        List<String> out = new ArrayList<>();
        List<Section> sections = new ArrayList<>(r.preamble());
        sections.addAll(r.operative());
        for (Section s : sections) {
            out.add(s.headingText().orElse(""));
            s.paragraphs().forEach(p -> paragraphText(p, out));
        }
        return String.join(" ", out).replaceAll("\\s+", " ").strip();
    }

    private static void paragraphText(Paragraph p, List<String> out) {
        p.label().ifPresent(l -> out.add(l.text()));
        out.add(Inline.plainText(p.content()));
        p.items().forEach(i -> paragraphText(i, out));
        out.add(Inline.plainText(p.wrapUp()));
    }

    /** Written as Akoma Ntoso by resdom and read back: the same model, and no warning or error on the way back. */
    private static void roundTripsThroughAkn(Resolution r) {
        ReadResult back =
                AknResolutionReader.create().read(AknResolutionWriter.create().write(r));
        assertThat(back.resolution()).isEqualTo(r);
        assertThat(back.diagnostics())
                .filteredOn(d -> d.severity() != Severity.INFO)
                .isEmpty();
    }

    /** Item 6: a preamble paragraph the UN put in mainBody is a preamble section in its place, with a note. */
    @Test
    void preambleParagraphsInMainBodyKeepTheirPlace() {
        String body = "<preamble><container name=\"Recalling\"><p><i>Recalling</i> its resolution,</p>"
                + "</container></preamble><mainBody><paragraph><content><p><i>Noting</i> the report,</p></content>"
                + "</paragraph></mainBody><preamble><container name=\"Welcoming\"><p><i>Welcoming</i> the work,</p>"
                + "</container></preamble><mainBody><paragraph><num>1.</num><content><p><i>Decides</i> to act;</p>"
                + "</content></paragraph></mainBody>";
        ReadResult read = readResult("en", body);
        Resolution r = read.resolution();
        assertThat(r.preamble())
                .extracting(s -> s.phrase().kind())
                .as("UN texts read Noting as RECOGNIZING (kinds.tsv)")
                .containsExactly(PreambleKind.RECALLING, PreambleKind.RECOGNIZING, PreambleKind.WELCOMING);
        assertThat(r.preamble()).extracting(s -> s.phrase().text()).containsExactly("Recalling", "Noting", "Welcoming");
        assertThat(r.preamble().get(1).runIn()).isTrue();
        assertThat(r.preamble().get(1).paragraphs())
                .singleElement()
                .satisfies(p -> assertThat(p.plainText()).isEqualTo("the report,"));
        assertThat(r.operativeActions()).extracting(OperativePhrase::action).containsExactly(ActionKind.DECIDES);
        assertThat(r.operative())
                .singleElement()
                .satisfies(s -> assertThat(s.paragraphs())
                        .singleElement()
                        .satisfies(
                                p -> assertThat(p.label().orElseThrow().text()).isEqualTo("1.")));
        assertThat(read.diagnostics())
                .filteredOn(d -> d.code().equals("AKN-PREAMBLE-IN-BODY"))
                .singleElement()
                .satisfies(d -> {
                    assertThat(d.severity()).isEqualTo(Severity.INFO);
                    assertThat(d.message()).contains("Noting");
                });
        assertThat(read.hasErrors()).isFalse();
        assertThat(modelText(r)).isEqualTo(markupText(body));
        roundTripsThroughAkn(r);
    }

    /** Item 6: a preamble container after the operative part began stays there, with its phrase and a warning. */
    @Test
    void aPreambleAfterTheOperativePartStaysInItsPlace() {
        String body = "<preamble><container name=\"Recalling\"><p><i>Recalling</i> its resolution,</p></container>"
                + "</preamble><mainBody><paragraph><num>1.</num><content><p><i>Decides</i> to act;</p></content>"
                + "</paragraph></mainBody><preamble><container name=\"Noting\"><p><i>Noting</i> the report,</p>"
                + "</container></preamble><mainBody><paragraph><num>2.</num><content><p><i>Requests</i> a report;</p>"
                + "</content></paragraph></mainBody>";
        ReadResult read = readResult("en", body);
        Resolution r = read.resolution();
        assertThat(r.preamble()).extracting(s -> s.phrase().text()).containsExactly("Recalling");
        assertThat(r.operative())
                .extracting(s -> s.phrase().map(OperativePhrase::text).orElse("-"))
                .containsExactly("-", "Noting", "-");
        assertThat(Inline.plainText(r.operative().get(1).paragraphs().get(0).content()))
                .isEqualTo("the report,");
        assertThat(read.diagnostics())
                .filteredOn(d -> d.code().equals("AKN-SECTION-ORDER"))
                .singleElement()
                .satisfies(d -> {
                    assertThat(d.severity()).isEqualTo(Severity.WARNING);
                    assertThat(d.message()).contains("'Noting'").contains("after the operative part");
                });
        assertThat(modelText(r)).isEqualTo(markupText(body));
        roundTripsThroughAkn(r);
        // the unheaded operative sections around the kept preamble section are one numbered list: 1, 2
        assertThat(org.resdom.validation.Validator.standard().validate(r))
                .extracting(org.resdom.diagnostic.Diagnostic::code)
                .doesNotContain("RD-LABEL-SEQUENCE");
    }

    @Test
    void boldAndPlainPhrasesAreWrittenOnce() {
        Resolution r = read(
                "zh",
                "<preamble><container name=\"遵循\"><p><b>遵循</b>《联合国宪章》的宗旨，</p></container>"
                        + "<container name=\"回顾\"><p>回顾其以往的决议，</p></container>"
                        + "<container name=\"x\"><p>某某 未知的短语，</p></container></preamble>");
        assertThat(r.preamble()).extracting(s -> s.phrase().text()).containsExactly("遵循", "回顾", "某某");
        assertThat(r.preamble())
                .extracting(s -> s.phrase().kind())
                .containsExactly(PreambleKind.GUIDED, PreambleKind.RECALLING, PreambleKind.OTHER);
        assertThat(Inline.plainText(r.preamble().get(0).paragraphs().get(0).content()))
                .isEqualTo("《联合国宪章》的宗旨，");
        assertThat(Inline.plainText(r.preamble().get(1).paragraphs().get(0).content()))
                .isEqualTo("其以往的决议，");
        assertThat(Inline.plainText(r.preamble().get(2).paragraphs().get(0).content()))
                .isEqualTo("未知的短语，");
    }

    @Test
    void sublistPointsAreNestedLabelledItems() {
        Resolution r = read(
                "en",
                "<mainBody><paragraph><num>1.</num><intro><p><i>Requests</i> the Secretary-General:"
                        + "</p></intro><sublist><point><num>(a)</num><content><p>to report;</p></content></point>"
                        + "<point><num>(b)</num><content><p>to act;</p></content></point></sublist></paragraph></mainBody>");
        Paragraph p = r.operative().get(0).paragraphs().get(0);
        assertThat(p.items()).hasSize(2);
        assertThat(p.items()).extracting(i -> i.label().orElseThrow().style()).containsOnly(LabelStyle.LETTER);
        assertThat(r.operativeActions()).extracting(OperativePhrase::action).containsExactly(ActionKind.REQUESTS);
        roundTripsThroughAkn(r);
    }

    /** Item 8: a sublist inside a point of a sublist comes back nested two levels, labelled, text kept. */
    @Test
    void nestedSublistsAreNestedTwoLevels() {
        String body = "<mainBody><paragraph><num>1.</num><intro><p><i>Requests</i> the Secretary-General:</p></intro>"
                + "<sublist><point><num>(a)</num><content><p>to report;</p></content></point>"
                + "<point><num>(b)</num><intro><p>to consult:</p></intro><sublist>"
                + "<point><num>(i)</num><content><p>States;</p></content></point>"
                + "<point><num>(ii)</num><content><p>agencies;</p></content></point></sublist></point>"
                + "<point><num>(c)</num><content><p>to act.</p></content></point></sublist></paragraph></mainBody>";
        ReadResult read = readResult("en", body);
        Resolution r = read.resolution();
        Paragraph p = r.operative().get(0).paragraphs().get(0);
        assertThat(p.items()).extracting(i -> i.label().orElseThrow().text()).containsExactly("(a)", "(b)", "(c)");
        assertThat(p.items()).extracting(Paragraph::plainText).containsExactly("to report;", "to consult:", "to act.");
        Paragraph b = p.items().get(1);
        assertThat(b.items()).extracting(i -> i.label().orElseThrow().text()).containsExactly("(i)", "(ii)");
        assertThat(b.items()).extracting(i -> i.label().orElseThrow().style()).containsOnly(LabelStyle.ROMAN);
        assertThat(b.items()).extracting(Paragraph::plainText).containsExactly("States;", "agencies;");
        assertThat(read.diagnostics()).extracting(Diagnostic::code).doesNotContain("AKN-UNKNOWN-ELEMENT");
        assertThat(read.hasErrors()).isFalse();
        assertThat(modelText(r)).isEqualTo(markupText(body));
        roundTripsThroughAkn(r);
    }

    /**
     * Item 8: a sublist straight in mainBody, after the paragraph it belongs to: its points
     * become that paragraph's items (nested, labelled, in place), with a note; the next
     * paragraph stays a paragraph of its own.
     */
    @Test
    void aSublistStraightInMainBodyBelongsToTheParagraphBefore() {
        String body = "<mainBody><paragraph><num>1.</num><content><p><i>Requests</i> the Secretary-General:</p>"
                + "</content></paragraph><sublist><point><num>(a)</num><content><p>to report;</p></content></point>"
                + "<point><num>(b)</num><content><p>to act;</p></content><sublist><point><num>(i)</num><content>"
                + "<p>now;</p></content></point></sublist></point></sublist>"
                + "<paragraph><num>2.</num><content><p><i>Decides</i> to remain seized of the matter.</p></content>"
                + "</paragraph></mainBody>";
        ReadResult read = readResult("en", body);
        Resolution r = read.resolution();
        List<Paragraph> top =
                r.operative().stream().flatMap(s -> s.paragraphs().stream()).toList();
        assertThat(top).extracting(p -> p.label().orElseThrow().text()).containsExactly("1.", "2.");
        Paragraph one = top.get(0);
        assertThat(one.items()).extracting(i -> i.label().orElseThrow().text()).containsExactly("(a)", "(b)");
        assertThat(one.items()).extracting(Paragraph::plainText).containsExactly("to report;", "to act;");
        assertThat(one.items().get(1).items()).singleElement().satisfies(i -> {
            assertThat(i.label().orElseThrow().text()).isEqualTo("(i)");
            assertThat(i.plainText()).isEqualTo("now;");
        });
        assertThat(r.operativeActions())
                .extracting(OperativePhrase::action)
                .containsExactly(ActionKind.REQUESTS, ActionKind.DECIDES);
        assertThat(read.diagnostics())
                .filteredOn(d -> d.code().equals("AKN-SUBLIST"))
                .singleElement()
                .satisfies(d -> {
                    assertThat(d.severity()).isEqualTo(Severity.INFO);
                    assertThat(d.message()).contains("2 point(s)").contains("paragraph before it (1.)");
                });
        assertThat(modelText(r)).isEqualTo(markupText(body));
        roundTripsThroughAkn(r);
    }

    /** Item 8: a sublist with nothing to belong to (first in mainBody, or with an introduction) keeps its points nested in a paragraph of its own. */
    @Test
    void aSublistWithNothingBeforeItIsAParagraphHoldingItsPoints() {
        String body = "<mainBody><sublist><intro><p>The Council:</p></intro><point><num>(a)</num><content>"
                + "<p>notes;</p></content></point><point><num>(b)</num><content><p>acts.</p></content></point>"
                + "</sublist></mainBody>";
        ReadResult read = readResult("en", body);
        Paragraph holder = read.resolution().operative().get(0).paragraphs().get(0);
        assertThat(holder.label()).isEmpty();
        assertThat(holder.plainText()).isEqualTo("The Council:");
        assertThat(holder.items())
                .extracting(i -> i.label().orElseThrow().text())
                .containsExactly("(a)", "(b)");
        assertThat(read.diagnostics())
                .filteredOn(d -> d.code().equals("AKN-SUBLIST"))
                .singleElement()
                .satisfies(d -> assertThat(d.message()).contains("unlabelled paragraph holding its 2 point(s)"));
        assertThat(modelText(read.resolution())).isEqualTo(markupText(body));
        roundTripsThroughAkn(read.resolution());
    }

    /** Item 8: in a preamble container too, a sublist's points are the items of the paragraph before. */
    @Test
    void aSublistInAPreambleContainerBelongsToTheParagraphBefore() {
        String body = "<preamble><container name=\"Recalling\"><p><i>Recalling</i> its resolutions:</p>"
                + "<p>the first one, on rights:</p><sublist><point><num>(a)</num><content><p>of women,</p></content>"
                + "</point><point><num>(b)</num><content><p>of children,</p></content></point></sublist></container>"
                + "</preamble>";
        ReadResult read = readResult("en", body);
        var section = read.resolution().preamble().get(0);
        assertThat(section.phrase().text()).isEqualTo("Recalling");
        Paragraph last = section.paragraphs().get(section.paragraphs().size() - 1);
        assertThat(last.plainText()).isEqualTo("the first one, on rights:");
        assertThat(last.items()).extracting(i -> i.label().orElseThrow().text()).containsExactly("(a)", "(b)");
        assertThat(last.items()).extracting(Paragraph::plainText).containsExactly("of women,", "of children,");
        assertThat(read.diagnostics()).extracting(Diagnostic::code).contains("AKN-SUBLIST");
        assertThat(modelText(read.resolution())).isEqualTo(markupText(body));
        roundTripsThroughAkn(read.resolution());
    }

    /** A number written apart from its text: an empty numbered paragraph before it, or typed at its start. */
    @Test
    void paragraphNumbersWrittenApartFromTheirTextBecomeTheirLabels() {
        String body = "<mainBody><paragraph><num>1.</num><content><p></p></content></paragraph>"
                + "<paragraph><content><p> <i>Urges</i> all States to act;</p></content></paragraph>"
                + "<paragraph><num>2.</num><content><p><i>Decides</i> to continue;</p></content></paragraph>"
                + "<paragraph><content><p> 3\t<i>Encourages</i> States to report;</p></content></paragraph>"
                + "<paragraph><content><p> 7 States are invited;</p></content></paragraph></mainBody>";
        ReadResult read = readResult("en", body);
        Resolution r = read.resolution();
        List<Paragraph> ps = r.operative().get(0).paragraphs();
        assertThat(ps).hasSize(4);
        assertThat(ps).extracting(p -> p.label().map(l -> l.text()).orElse("-")).containsExactly("1.", "2.", "3", "-");
        assertThat(ps.get(0).plainText()).isEqualTo("Urges all States to act;");
        assertThat(ps.get(2).plainText()).isEqualTo("Encourages States to report;");
        assertThat(ps.get(2).label().orElseThrow().style()).isEqualTo(LabelStyle.NUMBER);
        assertThat(ps.get(3).plainText()).isEqualTo("7 States are invited;");
        // UN texts: urges and encourages are the one UN kind of asking to act (kinds.tsv)
        assertThat(r.operativeActions())
                .extracting(OperativePhrase::action)
                .containsExactly(ActionKind.REQUESTS, ActionKind.DECIDES, ActionKind.REQUESTS, ActionKind.OTHER);
        assertThat(r.operativeActions()).extracting(OperativePhrase::text).startsWith("Urges", "Decides", "Encourages");
        assertThat(read.diagnostics())
                .filteredOn(d -> d.code().equals("AKN-NUMBER"))
                .hasSize(2);
        assertThat(modelText(r)).isEqualTo(markupText(body));
        roundTripsThroughAkn(r);
    }

    /** An italic (or bold) phrase that stops inside a table phrase is classified with the text that runs on. */
    @Test
    void styledPhrasesAreClassifiedWithTheTextThatRunsOn() {
        Resolution ar = read(
                "ar",
                "<preamble><container name='x'><p><i>وإذ يضع</i> في اعتباره أن الحق،</p>" + "</container></preamble>");
        assertThat(ar.preamble().get(0).phrase().text()).isEqualTo("وإذ يضع");
        // bearing in mind: in UN texts the premise kind RECOGNIZING (kinds.tsv)
        assertThat(ar.preamble().get(0).phrase().kind()).isEqualTo(PreambleKind.RECOGNIZING);
        Resolution zh = read(
                "zh",
                "<preamble><container name='x'><p><b>表示</b>赞赏技术合作自愿基金的工作，</p>"
                        + "</container><container name='y'><p><b>对</b>援助团报告中的结论表示震惊，被拘留者所受待遇包括酷刑，</p>"
                        + "</container></preamble>");
        assertThat(zh.preamble()).extracting(s -> s.phrase().text()).containsExactly("表示", "对");
        assertThat(zh.preamble())
                .extracting(s -> s.phrase().kind())
                .containsExactly(PreambleKind.WELCOMING, PreambleKind.ALARMED);
        assertThat(zh.preamble().get(1).paragraphs().get(0).plainText()).isEqualTo("援助团报告中的结论表示震惊，被拘留者所受待遇包括酷刑，");
        Resolution en = read(
                "en",
                "<preamble><container name='x'><p><i>Recalling</i> also its resolution,</p>"
                        + "</container></preamble>");
        assertThat(en.preamble().get(0).phrase().kind()).isEqualTo(PreambleKind.RECALLING);
        assertThat(en.preamble().get(0).phrase().qualifier()).isEmpty();
        roundTripsThroughAkn(zh);
    }

    /** An ITU operative hcontainer's heading is its section's phrase. */
    @Test
    void anHcontainerHeadingIsTheSectionPhrase() {
        String body = "<mainBody><hcontainer name='instructs'><heading><i>instructs the Secretary-General</i>"
                + "</heading><paragraph><num>1</num><content><p>to report;</p></content></paragraph></hcontainer>"
                + "</mainBody>";
        Resolution r = AknResolutionReader.create()
                .read(HEAD.replace("LANG", "en").replace("unhrc", "itu").replace("#un", "#itu") + body
                        + "</statement></akomaNtoso>")
                .resolution();
        assertThat(r.operative()).hasSize(1);
        OperativePhrase phrase = r.operative().get(0).phrase().orElseThrow();
        assertThat(phrase.text()).isEqualTo("instructs the Secretary-General");
        assertThat(phrase.action()).isEqualTo(ActionKind.INSTRUCTS);
        assertThat(r.operative().get(0).paragraphs())
                .extracting(Paragraph::plainText)
                .containsExactly("to report;");
        assertThat(modelText(r)).isEqualTo(markupText(body));
    }

    /** The ITU PP-18 Akoma Ntoso and text in the corpus: every preamble phrase and operative action classified. */
    @Test
    void ituCorpusIsClassified() throws Exception {
        Path root = Path.of(
                UnStructureTest.class.getResource("/corpus/dev/itu-pp18").toURI());
        int[] n = new int[4];
        try (Stream<Path> files = Stream.concat(Files.list(root.resolve("akn")), Files.list(root.resolve("text")))) {
            for (Path f : files.toList()) {
                Resolution r = f.toString().endsWith(".xml")
                        ? AknResolutionReader.create().read(f).resolution()
                        : org.resdom.io.text.TextResolutionReader.create()
                                .read(f)
                                .resolution();
                r.preamble().forEach(s -> n[s.phrase().kind() == PreambleKind.OTHER ? 1 : 0]++);
                r.operativeActions().forEach(a -> n[a.action() == ActionKind.OTHER ? 3 : 2]++);
            }
        }
        System.out.printf(
                "ITU PP-18: preamble %d classified, %d other; operative %d classified, %d other%n",
                n[0], n[1], n[2], n[3]);
        assertThat(n[0]).isGreaterThan(250);
        assertThat(n[1]).isZero();
        // operative: the heading of an hcontainer (<heading><i>instructs the Secretary-General</i>) is
        // its section's phrase, so every paragraph carries its section's action (measured 2,223)
        assertThat(n[2]).isGreaterThan(2200);
        assertThat(n[3]).isZero();
    }
}

package org.resdom.io.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.resdom.diagnostic.Diagnostic;
import org.resdom.io.ReadResult;
import org.resdom.io.text.TextResolutionReader;
import org.resdom.io.text.internal.Vocabulary;
import org.resdom.lang.PhraseBook;
import org.resdom.model.Body;
import org.resdom.model.Language;
import org.resdom.model.Resolution;

/** Each layout stage on its own, then the stages together. */
class LayoutStagesTest {

    private static final PhraseBook EN = PhraseBook.of(Language.ENGLISH);

    private static List<LayoutLine> lines(String... text) {
        List<LayoutLine> out = new ArrayList<>();
        for (int i = 0; i < text.length; i++) {
            out.add(LayoutLine.of(text[i], i + 1));
        }
        return out;
    }

    @Test
    void classifierKnowsFurnitureLabelsAndPhrases() {
        List<LineKind> k = LineClassifier.classify(
                lines(
                        "18-16734",
                        "A/RES/73/3",
                        "2/5",
                        "GE.23-20012(E)",
                        "1. Takes note of",
                        "(a) The adverse",
                        "1bis.1 text",
                        "9.3.8 text",
                        "recalling",
                        "Recalling its resolution",
                        "acknowledging the work of",
                        "the Council decided",
                        "  \u2022 recalling",
                        "__________",
                        "2 A/76/207.",
                        "more of the note"),
                EN);
        // a lower-case phrase word is only a candidate heading: the unwrapper joins it when the
        // line before does not end a sentence part
        assertThat(k)
                .containsExactly(
                        LineKind.JOB_NUMBER,
                        LineKind.RUNNING_HEAD,
                        LineKind.PAGE_NUMBER,
                        LineKind.JOB_NUMBER,
                        LineKind.LABELLED,
                        LineKind.LABELLED,
                        LineKind.LABELLED,
                        LineKind.LABELLED,
                        LineKind.PHRASE_HEAD,
                        LineKind.PHRASE_START,
                        LineKind.PHRASE_HEAD,
                        LineKind.TEXT,
                        LineKind.LABELLED,
                        LineKind.RULE,
                        LineKind.FOOTNOTE_START,
                        LineKind.FOOTNOTE_MORE);
    }

    @Test
    void unwrapperJoinsWrappedLinesAndKeepsFurniture() {
        List<LayoutLine> l = lines(
                "Recalling its resolution 5/1 of 18 June 2007, and",
                "acknowledging the work of",
                "the Council,",
                "18-16734",
                "Reaffirming that",
                "States must act,",
                "1. Decides to",
                "act;");
        List<LineKind> k = LineClassifier.classify(l, EN);
        Unwrapper.Result r = Unwrapper.unwrap(l, k, 0, true);
        assertThat(r.blocks())
                .extracting(Unwrapper.Block::text)
                .containsExactly(
                        "Recalling its resolution 5/1 of 18 June 2007, and acknowledging the work of the Council,",
                        "Reaffirming that States must act,",
                        "1. Decides to act;");
        assertThat(r.furniture()).extracting(Unwrapper.Furniture::text).containsExactly("18-16734");
        assertThat(r.joined()).isEqualTo(4);
    }

    @Test
    void aWordBrokenAtALineEndIsOneWordAgain() {
        List<LayoutLine> l = lines(
                "Recalling the development of the Secretary-",
                "General and the develop-",
                "ment of the Council, and the well-",
                "being of all, and the non-",
                "governmental bodies,",
                "Noting the non-governmental bodies being present,");
        Unwrapper.Result r = Unwrapper.unwrap(l, LineClassifier.classify(l, EN), 0, true);
        // the hyphen of a compound stays; a hyphen the document does not write elsewhere goes
        assertThat(r.blocks())
                .extracting(Unwrapper.Block::text)
                .containsExactly(
                        "Recalling the development of the Secretary-General and the development of the Council, and the "
                                + "well-being of all, and the non-governmental bodies,",
                        "Noting the non-governmental bodies being present,");
    }

    @Test
    void aDocumentThatDoesNotHyphenateKeepsEveryHyphenAtALineEnd() {
        // a browser's print: lines break only at spaces and at the hyphens of compounds, whose
        // parts are words of the document, and no word broken at a line's end is written joined
        // elsewhere; every hyphen is the word's own
        List<LayoutLine> l = lines(
                "Recalling the age-",
                "responsive policies of the Secretary-",
                "General and the follow-",
                "up to the fifty-",
                "ninth session, and the burden-",
                "and responsibility-sharing,",
                "Noting that the age of those who follow up is the ninth of the fifty,");
        Unwrapper.Result r =
                Unwrapper.unwrap(l, LineClassifier.classify(l, EN), 0, true, java.util.Set.of("and", "or"));
        assertThat(r.blocks())
                .extracting(Unwrapper.Block::text)
                .containsExactly(
                        "Recalling the age-responsive policies of the Secretary-General and the follow-up to the "
                                + "fifty-ninth session, and the burden- and responsibility-sharing,",
                        "Noting that the age of those who follow up is the ninth of the fifty,");
        assertThat(r.hyphens()).containsExactly(0, 5, 0);
        // where the document does break words ("develop-" + "ment", written joined elsewhere),
        // a broken word's end that is no word of the document loses its hyphen
        List<LayoutLine> h =
                lines("Recalling the develop-", "ment of the Council and the age-", "responsive development plans,");
        assertThat(Unwrapper.unwrap(h, LineClassifier.classify(h, EN), 0, true).blocks())
                .extracting(Unwrapper.Block::text)
                .containsExactly("Recalling the development of the Council and the ageresponsive development plans,");
    }

    @Test
    void aKnownCompoundKeepsItsHyphenWhenTheDocumentDoesNotTell() {
        // the document breaks words ("develop-" + "ment" is written joined elsewhere), and writes
        // neither "ill-treatment" nor "raising" elsewhere: without core's compounds both lose their hyphen
        List<LayoutLine> h = lines(
                "Recalling the develop-",
                "ment of the Council against ill-",
                "treatment and the awareness-",
                "raising plans and the development,");
        PhraseBook en = PhraseBook.of(Language.ENGLISH);
        assertThat(Unwrapper.unwrap(h, LineClassifier.classify(h, EN), 0, true, java.util.Set.of("and", "or"))
                        .blocks())
                .extracting(Unwrapper.Block::text)
                .containsExactly(
                        "Recalling the development of the Council against illtreatment and the awarenessraising "
                                + "plans and the development,");
        assertThat(Unwrapper.unwrap(
                                h, LineClassifier.classify(h, EN), 0, true, java.util.Set.of("and", "or"), en::compound)
                        .blocks())
                .extracting(Unwrapper.Block::text)
                .containsExactly("Recalling the development of the Council against ill-treatment and the "
                        + "awareness-raising plans and the development,");
        // the document's own word wins: written joined elsewhere, the compound is joined
        List<LayoutLine> j = lines("Recalling the follow-", "up of the Council and the followup,");
        assertThat(Unwrapper.unwrap(
                                j, LineClassifier.classify(j, EN), 0, true, java.util.Set.of("and", "or"), en::compound)
                        .blocks())
                .extracting(Unwrapper.Block::text)
                .containsExactly("Recalling the followup of the Council and the followup,");
        // where pdftotext dropped the hyphen joining two lines (a line half as long again), a known
        // compound the document writes neither way gets it back
        List<String> text = new ArrayList<>();
        text.add("The Human Rights Council,");
        for (int i = 0; i < 22; i++) {
            text.add("the year and the work of the group and its many sessions held in the year and its");
        }
        text.add("work,");
        text.add("Noting the report of the group held in the year and the illtreatment of the persons held in the "
                + "year and the work of its sessions,");
        List<LayoutLine> l = lines(text.toArray(String[]::new));
        Unwrapper.Result r = Unwrapper.unwrap(
                l, LineClassifier.classify(l, EN), 0, true, java.util.Set.of("and", "or"), en::compound);
        assertThat(r.blocks().get(r.blocks().size() - 1).text())
                .isEqualTo("Noting the report of the group held in the year and the ill-treatment of the persons held "
                        + "in the year and the work of its sessions,");
    }

    @Test
    void aHyphenAnExtractorDroppedWhereItJoinedTwoLinesIsRestoredFromTheDocument() {
        // pdftotext joins a line ending with a hyphen to the next and drops the hyphen: such a
        // line is half as long again as the others; a word there that the document writes only
        // hyphenated gets its hyphen back, one it never writes hyphenated stays as it came
        List<String> text = new ArrayList<>();
        text.add("The Human Rights Council,");
        text.add("Recalling the work of the open-ended working group and its many sessions held in");
        for (int i = 0; i < 22; i++) {
            text.add("the year and the work of the group and its many sessions held in the year and its");
        }
        text.add("work,");
        text.add("Noting the report of the group held in the year and the Openended Working Group and the burdenand "
                + "responsibility-sharing and the ageresponsive plans,");
        List<LayoutLine> l = lines(text.toArray(String[]::new));
        Unwrapper.Result r =
                Unwrapper.unwrap(l, LineClassifier.classify(l, EN), 0, true, java.util.Set.of("and", "or"));
        assertThat(r.blocks().get(r.blocks().size() - 1).text())
                .isEqualTo("Noting the report of the group held in the year and the Open-ended Working Group and the "
                        + "burden- and responsibility-sharing and the ageresponsive plans,");
        assertThat(r.hyphens()[2]).isEqualTo(2);
        ReadResult read = LayoutResolutionReader.create().read(l, "pdf-text");
        assertThat(read.diagnostics())
                .filteredOn(d -> d.code().equals(LayoutCodes.EXTRACTED))
                .singleElement()
                .satisfies(d -> assertThat(d.message()).contains("2 restored"));
    }

    @Test
    void aLabelAloneOnItsLineTakesTheNextLineAsItsText() {
        // pdftotext of a browser-printed list: the number on a line of its own, a blank line, the text
        List<LayoutLine> l = lines(
                "Recalling its resolution 5/1,",
                "1.",
                "",
                "Takes note of the report,",
                "(a)",
                "",
                "The adverse consequences;",
                "2",
                "Decides to act.");
        Unwrapper.Result r = Unwrapper.unwrap(l, LineClassifier.classify(l, EN), 0, true);
        assertThat(r.blocks())
                .extracting(Unwrapper.Block::text)
                .containsExactly(
                        "Recalling its resolution 5/1,",
                        "1. Takes note of the report,",
                        "(a) The adverse consequences;",
                        "Decides to act.");
        assertThat(r.furniture()).extracting(Unwrapper.Furniture::text).containsExactly("2");
    }

    @Test
    void twoListNumbersTogetherTakeTheNextTextsInTurn() {
        // pdftotext sets the number of a list's last item and the next paragraph's number
        // together, on two lines or on one; each takes the next text in turn
        List<LayoutLine> l = lines(
                "(d)",
                "",
                "The review;",
                "",
                "(e)",
                "31.",
                "",
                "Assisting the assessment of progress;",
                "",
                "Decides to extend the mandate;",
                "",
                "1. 2.",
                "",
                "Requests a report;",
                "",
                "Decides to remain seized.");
        Unwrapper.Result r = Unwrapper.unwrap(l, LineClassifier.classify(l, EN), 0, true);
        assertThat(r.blocks())
                .extracting(Unwrapper.Block::text)
                .containsExactly(
                        "(d) The review;",
                        "(e) Assisting the assessment of progress;",
                        "31. Decides to extend the mandate;",
                        "1. Requests a report;",
                        "2. Decides to remain seized.");
        assertThat(ListNumbers.twoLabels("(a) (b)")).isEqualTo(3);
        assertThat(ListNumbers.twoLabels("1. Decides")).isEqualTo(-1);
    }

    @Test
    void mastheadGivesBodyNumberTitleAndDate() {
        List<LayoutLine> l = lines(
                "United Nations",
                "A/RES/73/3",
                "General Assembly",
                "Distr.: General",
                "Resolution adopted by the General Assembly on 10 October 2018",
                "73/3. Political declaration of",
                "the high-level meeting",
                "The General Assembly,",
                "Recalling its resolution 70/1,");
        List<LineKind> k = LineClassifier.classify(l, EN);
        Masthead.Info m = Masthead.read(l, k, Vocabulary.of(Language.ENGLISH));
        assertThat(m.un()).isTrue();
        assertThat(m.formula()).isEqualTo(7);
        assertThat(m.body()).contains(Body.UN_GA);
        assertThat(m.number()).contains("73/3");
        assertThat(m.title()).contains("Political declaration of the high-level meeting");
        assertThat(m.date()).contains("2018-10-10");
    }

    @Test
    void footnotesPairWithGluedCallOutsOnly() {
        List<LayoutLine> l = lines(
                "Recalling resolution 5/1 and target 12.4 of the study group2 and the 2030 Agenda,",
                "Noting the session,3 and more,");
        Unwrapper.Result r = Unwrapper.unwrap(l, LineClassifier.classify(l, EN), 0, true);
        List<Unwrapper.Note> notes = List.of(
                new Unwrapper.Note("1", "unused", l.get(0)),
                new Unwrapper.Note("2", "A/76/207.", l.get(0)),
                new Unwrapper.Note("3", "A/77/183.", l.get(0)));
        List<Unwrapper.Note> unpaired = new ArrayList<>();
        List<Footnotes.Call> calls = Footnotes.pair(r.blocks(), notes, unpaired);
        assertThat(calls).extracting(c -> c.note().marker()).containsExactly("2", "3");
        assertThat(unpaired).extracting(Unwrapper.Note::marker).containsExactly("1");
        assertThat(calls.get(0).block()).isZero();
        assertThat(calls.get(1).block()).isEqualTo(1);
    }

    @Test
    void aCallOutSetOffBySpacesIsTakenOnlyBeforeItsBodyAndBetweenWords() {
        // "organizations 2 involved": a superscript the extract set off with spaces; numbers the
        // text uses ("resolutions 2 and 3", "Study Group 2 studies") are not call-outs
        assertThat(Footnotes.spaced("relevant organizations 2 involved in the development", "2", 0))
                .containsExactly(22, 24);
        assertThat(Footnotes.spaced("see resolutions 2 and 3 of the Conference", "2", 0))
                .isNull();
        assertThat(Footnotes.spaced("as ITU-T Study Group 2 studies numbering", "2", 0))
                .isNull();
        List<LayoutLine> l = lines(
                "1 to explore coordination between ITU and relevant organizations 2 involved in networks;",
                "2 to step up the exchange of experiences with all stakeholders;",
                "3 to report on organizations 4 involved in this work.");
        Unwrapper.Result r = Unwrapper.unwrap(l, LineClassifier.classify(l, EN), 0, true);
        List<Unwrapper.Note> notes = List.of(
                new Unwrapper.Note("2", "Including ICANN.", l.get(1), 1),
                new Unwrapper.Note("4", "not called before its body", l.get(1), 1));
        List<Unwrapper.Note> unpaired = new ArrayList<>();
        List<Footnotes.Call> calls = Footnotes.pair(r.blocks(), notes, unpaired);
        assertThat(calls).extracting(c -> c.note().marker()).containsExactly("2");
        assertThat(calls.get(0).block()).isZero();
        assertThat(unpaired).extracting(Unwrapper.Note::marker).containsExactly("4");
    }

    @Test
    void callOutsAfterABracketAndMarksAndBodiesRunOnAfterOneRule() {
        // "(Rev. Dubai, 2018)1;" and "(Dubai, 2018)*" are call-outs; "decides 4.1" is a number
        assertThat(Footnotes.find("identified in Resolution 71 (Rev. Dubai, 2018)1;", "1", 0))
                .isNotNull();
        assertThat(Footnotes.find("the Conference (Dubai, 2018)* The undersigned", "*", 0))
                .isNotNull();
        assertThat(Footnotes.find("in accordance with decides 4.1 above", "1", 0))
                .isNull();
        List<Unwrapper.Note> notes = new ArrayList<>();
        NoteBodies.splitNotes(
                "1",
                "These include the least developed countries. 2 Africa, Americas, Arab States. "
                        + "3 IEEE Std C95.1, 3 kHz to 300 GHz.",
                LayoutLine.of("x", 1),
                0,
                notes);
        assertThat(notes)
                .extracting(n -> n.marker() + " " + n.text())
                .containsExactly(
                        "1 These include the least developed countries.",
                        "2 Africa, Americas, Arab States.",
                        "3 IEEE Std C95.1, 3 kHz to 300 GHz.");
    }

    @Test
    void aFootnoteCalledInTheTitleIsKeptWithTheFormula() {
        String text =
                "RESOLUTION 123 (REV. DUBAI, 2018)\nBridging the gap between developing1 and developed countries\n"
                        + "The Plenipotentiary Conference of the International Telecommunication Union (Dubai, 2018),\n"
                        + "considering\na)\tthat the gap exists; ____________________ 1 These include the least developed "
                        + "countries.\nresolves\n1\tto act.\n";
        ReadResult r = LayoutResolutionReader.create().readText(text, "word-text");
        Resolution res = r.resolution();
        assertThat(res.identity().title()).contains("Bridging the gap between developing and developed countries");
        assertThat(res.formula().orElseThrow().content()).anyMatch(i -> i instanceof org.resdom.model.Footnote);
        assertThat(r.diagnostics())
                .anyMatch(d -> d.code().equals(LayoutCodes.FOOTNOTE_UNPAIRED)
                        && d.message().contains("title"));
    }

    @Test
    void gluedHeadingIsSplit() {
        List<Diagnostic> d = new ArrayList<>();
        List<LayoutLine> out =
                GluedHeadings.split(lines("The Plenipotentiary Conference (Dubai, 2018),considering"), EN, d);
        assertThat(out)
                .extracting(LayoutLine::text)
                .containsExactly("The Plenipotentiary Conference (Dubai, 2018),", "considering");
        assertThat(d).extracting(Diagnostic::code).containsExactly(LayoutCodes.GLUED_HEADING);
    }

    /** A PDF line: x, font size and how many leading characters are italic. */
    private static LayoutLine pdfLine(String text, int line, double x, double size, int italic) {
        return new LayoutLine(
                text,
                java.util.OptionalInt.of(1),
                line,
                java.util.OptionalDouble.of(x),
                java.util.OptionalDouble.of(size),
                java.util.OptionalDouble.of(14),
                italic > 0 ? java.util.OptionalInt.of(italic) : java.util.OptionalInt.empty(),
                LayoutLine.Zone.BODY);
    }

    private static LayoutLine italicLine(String text, int line) {
        return pdfLine(text, line, 108, 10, text.length());
    }

    @Test
    void aWrappedItalicHeadingAndAWrappedTitleStayWholeInAPdf() {
        List<LayoutLine> lines = List.of(
                pdfLine("RESOLUTION 176 (REV. DUBAI, 2018)", 1, 200, 10, 0),
                pdfLine(
                        "Measurement and assessment concerns related to human exposure to electromagnetic",
                        2,
                        80,
                        12,
                        0),
                pdfLine("fields", 3, 280, 12, 0),
                pdfLine(
                        "The Plenipotentiary Conference of the International Telecommunication Union (Dubai, 2018),",
                        4,
                        108,
                        10,
                        0),
                italicLine("recalling", 5),
                pdfLine(
                        "a)  Resolution 72 (Rev. Hammamet, 2016) of the World Telecommunication Standardization",
                        6,
                        72,
                        10,
                        0),
                pdfLine("Assembly, on human exposure to electromagnetic fields,", 7, 72, 10, 0),
                italicLine(
                        "instructs the Director of the Telecommunication Development Bureau, in collaboration with the",
                        8),
                italicLine("Director of the Radiocommunication Bureau", 9),
                pdfLine("1  to conduct regional or international seminars;", 10, 72, 10, 0),
                pdfLine("2  to encourage Member States to cooperate,", 11, 72, 10, 0),
                italicLine(
                        "instructs the Secretary-General, in consultation with the Directors of the three Bureaux", 12),
                pdfLine("1  to prepare a report on the implementation of this resolution.", 13, 72, 10, 0));
        Resolution r = LayoutResolutionReader.create().read(lines, "pdf").resolution();
        assertThat(r.identity().title())
                .contains("Measurement and assessment concerns related to human exposure to electromagnetic fields");
        assertThat(r.identity().body()).isEqualTo(org.resdom.model.Body.ITU_PP);
        assertThat(r.operative())
                .extracting(s -> s.phrase().orElseThrow().text())
                .containsExactly(
                        "instructs the Director of the Telecommunication Development Bureau, in collaboration with the"
                                + " Director of the Radiocommunication Bureau",
                        "instructs the Secretary-General, in consultation with the Directors of the three Bureaux");
        assertThat(r.operative().get(0).paragraphs()).hasSize(2);
        assertThat(r.operative().get(1).paragraphs())
                .singleElement()
                .satisfies(p -> assertThat(org.resdom.model.Inline.plainText(p.content()))
                        .isEqualTo("to prepare a report on the implementation of this resolution."));
        // the same lines as text, without italics or sizes, are joined by their shape
        // (TitleWraps, WrappedHeadings: PdfTextItuStagesTest)
        List<LayoutLine> plain = new ArrayList<>();
        for (LayoutLine l : lines) {
            plain.add(LayoutLine.onPage(l.text(), 1, l.line()));
        }
        Resolution t = LayoutResolutionReader.create().read(plain, "pdf-text").resolution();
        assertThat(t.identity().title())
                .contains("Measurement and assessment concerns related to human exposure to electromagnetic fields");
        assertThat(t.operative())
                .extracting(s -> s.phrase().orElseThrow().text())
                .containsExactly(
                        "instructs the Director of the Telecommunication Development Bureau, in collaboration with the"
                                + " Director of the Radiocommunication Bureau",
                        "instructs the Secretary-General, in consultation with the Directors of the three Bureaux");
    }

    @Test
    void aHeadingRunIntoTheParagraphBeforeAFirstLabelIsSplit() {
        List<Diagnostic> d = new ArrayList<>();
        List<LayoutLine> out = GluedHeadings.split(
                lines(
                        "12\tthat delegates can be eligible for a fellowship if the related budget allows, further resolves",
                        "1\tto review the ITU regional presence;",
                        "6\tto support UNGA Resolutions 71/243 and 72/279, instructs the Secretary-General, in close"
                                + " consultation with the Directors of the three Bureaux",
                        "1\tto ensure that all planned activities are consolidated;"),
                EN,
                d);
        assertThat(out)
                .extracting(LayoutLine::text)
                .containsExactly(
                        "12\tthat delegates can be eligible for a fellowship if the related budget allows,",
                        "further resolves",
                        "1\tto review the ITU regional presence;",
                        "6\tto support UNGA Resolutions 71/243 and 72/279,",
                        "instructs the Secretary-General, in close consultation with the Directors of the three Bureaux",
                        "1\tto ensure that all planned activities are consolidated;");
        assertThat(d)
                .extracting(Diagnostic::code)
                .containsExactly(LayoutCodes.GLUED_HEADING, LayoutCodes.GLUED_HEADING);
    }

    @Test
    void aPhraseWordAtALinesEndIsNoHeadingWithoutAFirstLabelAfterIt() {
        List<Diagnostic> d = new ArrayList<>();
        List<String> text = List.of(
                "b)\tthat the Council, recalling", // a wrap, not a heading: the next line is no list's first
                "c)\tthat the report of the Secretary-General, noting",
                "d)\tthe outcome, notes that 2 is the number, resolves",
                "1\tto act;");
        List<LayoutLine> out = GluedHeadings.split(lines(text.toArray(String[]::new)), EN, d);
        assertThat(out)
                .extracting(LayoutLine::text)
                .containsExactly(
                        text.get(0),
                        text.get(1),
                        "d)\tthe outcome, notes that 2 is the number,",
                        "resolves",
                        "1\tto act;");
        assertThat(d).hasSize(1);
    }

    @Test
    void aCallOutGluedToAYearIsPairedWhenTheLayoutSetsItAsASuperscriptOrNothingElseCallsIt() {
        String called = "Recalling its resolution of 10 October 20146 and its work,";
        int six = called.indexOf("20146") + 4;
        for (boolean pdf : new boolean[] {true, false}) {
            List<LayoutLine> l = new ArrayList<>(
                    lines("The Human Rights Council,", called, "Noting the report,", "__________", "6 A/HRC/54/1."));
            if (pdf) {
                LayoutLine c = l.get(1);
                l.set(
                        1,
                        new LayoutLine(
                                c.text(),
                                c.page(),
                                c.line(),
                                c.x(),
                                c.fontSize(),
                                c.gapBefore(),
                                c.italicEnd(),
                                c.zone(),
                                List.of(new LayoutLine.Span(six, six + 1))));
            }
            Resolution res = LayoutResolutionReader.create().read(l, "pdf-text").resolution();
            List<org.resdom.model.Inline> content =
                    res.preamble().get(0).paragraphs().get(0).content();
            String text = content.stream()
                    .filter(i -> i instanceof org.resdom.model.Text)
                    .map(i -> ((org.resdom.model.Text) i).text())
                    .reduce("", String::concat);
            // nothing is lost either way: the body is kept, paired or not
            assertThat(res.footnotes())
                    .extracting(org.resdom.model.Footnote::marker)
                    .containsExactly("6");
            // the PDF sets the 6 as a superscript; in plain text "2014" + 6 is a year and the call-out
            // of a body that nothing else calls
            assertThat(content).anyMatch(i -> i instanceof org.resdom.model.FootnoteRef);
            assertThat(text).contains("10 October 2014 and its work,").doesNotContain("20146");
        }
    }

    @Test
    void aNumberAfterAYearIsACallOutOnlyBeforeTheNextBodysCallOutAndAfterAYear() {
        // 7 is called glued to a word: "20147" and "31247" are numbers; 8 glued to a year is only
        // searched before the call-out of 9
        Resolution res = LayoutResolutionReader.create()
                .read(
                        lines(
                                "The Human Rights Council,",
                                "Recalling the 31247 cases counted in 20147 and its report,7",
                                "Noting the work done in 20148 and its study,9",
                                "__________",
                                "7 A/HRC/54/1.",
                                "8 A/HRC/54/2.",
                                "9 A/HRC/54/3."),
                        "pdf-text")
                .resolution();
        List<org.resdom.model.Inline> first =
                res.preamble().get(0).paragraphs().get(0).content();
        assertThat(org.resdom.model.Inline.plainText(first)).contains("31247 cases counted in 20147 and");
        List<String> called = new ArrayList<>();
        res.preamble()
                .forEach(s -> s.paragraphs()
                        .forEach(p -> p.content().stream()
                                .filter(i -> i instanceof org.resdom.model.FootnoteRef)
                                .forEach(i -> called.add(((org.resdom.model.FootnoteRef) i).marker()))));
        assertThat(called).containsExactly("7", "8", "9");
        assertThat(Footnotes.afterYear("in 31248 cases", "8", 0)).isNull();
        assertThat(Footnotes.afterYear("in 2014 8 cases", "8", 0)).isNull();
        assertThat(Footnotes.afterYear("in 20148, cases", "8", 0)).containsExactly(7, 8);
        assertThat(Footnotes.afterYear("A202314 cases", "14", 0)).isNull();
    }

    @Test
    void footOfPageNotesWithoutARule() {
        String text = "The Human Rights Council,\nRecalling its resolution,2 and\nits work,\n\n2 A/76/207.\n\n2\n\f"
                + "A/HRC/RES/54/10\n\nNoting the report,\n";
        ReadResult r = TextResolutionReader.create().read(text);
        Resolution res = r.resolution();
        assertThat(res.footnotes()).hasSize(1);
        assertThat(res.footnotes().get(0).marker()).isEqualTo("2");
        assertThat(res.preamble()).hasSize(2);
        assertThat(res.hints().values())
                .containsEntry(LayoutResolutionReader.META_INPUT, "pdf-text")
                .containsKey(LayoutResolutionReader.META_FURNITURE + "001");
        assertThat(res.preamble()
                        .get(1)
                        .paragraphs()
                        .get(0)
                        .span()
                        .orElseThrow()
                        .line())
                .isEqualTo(2);
    }

    @Test
    void aWrappedLineOpeningWithANumberAtAPageFootIsTextNotAFootnote() {
        // "1 December 2022, …" wraps to the page's last line: no call-out "1" on the page, so no footnote
        String text = "The General Assembly,\nRecalling its resolution 76/1 and the meeting held from 28 November to\n"
                + "1 December 2022, in which the participants agreed,\n\n2/5\n\f"
                + "A/RES/77/1\n\nNoting the report,\n";
        ReadResult r = TextResolutionReader.create().read(text);
        Resolution res = r.resolution();
        assertThat(res.footnotes()).isEmpty();
        assertThat(res.preamble()).hasSize(2);
        assertThat(org.resdom.model.Inline.plainText(
                        res.preamble().get(0).paragraphs().get(0).content()))
                .contains("28 November to 1 December 2022, in which the participants agreed,");
        assertThat(r.hasErrors()).isFalse();
    }

    @Test
    void aFootnoteBodyWithNoCallOutIsKeptAsAFootnoteOfItsParagraph() {
        // after a rule the body is a footnote (strong evidence), but nothing calls it: kept, with a warning
        String text = "The General Assembly,\nRecalling its resolution 76/1 of the session and\nits work,\n"
                + "__________\n3 A/76/207.\n3 A/76/208.\n\n2/5\n\fA/RES/77/1\n\nNoting the report,\n";
        ReadResult r = LayoutResolutionReader.create().readText(text, "pdf-text");
        Resolution res = r.resolution();
        List<org.resdom.model.Footnote> notes = res.footnotes();
        assertThat(notes)
                .extracting(n -> org.resdom.model.Inline.plainText(n.content()))
                .containsExactly("A/76/207.", "A/76/208.");
        assertThat(r.diagnostics())
                .filteredOn(d -> d.code().equals(LayoutCodes.FOOTNOTE_UNPAIRED))
                .hasSize(2);
        assertThat(res.preamble()).hasSize(2);
    }

    @Test
    void furnitureIsKnownByItsTextAndRecurrenceNotByWhereItStands() {
        // a foot in no pattern of its own recurs on every page: furniture; the first lines of a page are text
        String text = "The General Assembly,\nRecalling its resolution 76/1,\n\nAdvance unedited version\n\f"
                + "Noting the report,\n\nAdvance unedited version\n\fWelcoming the plan,\n\nAdvance unedited version\n";
        Resolution res =
                LayoutResolutionReader.create().readText(text, "pdf-text").resolution();
        assertThat(res.preamble()).hasSize(3);
        assertThat(res.hints().values().values())
                .filteredOn(v -> v.endsWith("Advance unedited version"))
                .hasSize(3);
        assertThat(PageEdges.shape("  A/RES/77/12 ")).isEqualTo("A/RES/#/#");
    }

    @Test
    void aTitleRepeatedInThePageHeadIsFurnitureButTheDocumentsOwnTitleIsNot() {
        // a browser prints the page's title in the head of every page, the same words the
        // document's own title has; on the first page the head's copy is furniture, the title is
        // the document's; a list number pdftotext sets before the head is no line of the edge
        String title = "Resolution 54/28: Enhancement of technical cooperation and capacity-building in the field of "
                + "human rights";
        String text = title + "\n\n" + title + "\nThe Human Rights Council,\n\nRecalling its resolution 5/1,\n\n"
                + "1/3\n\f" + title + "\n\nNoting the report,\n\n2/3\n\f16.\n\n" + title
                + "\n\nDecides to act.\n\n3/3\n";
        Resolution res =
                LayoutResolutionReader.create().readText(text, "pdf-text").resolution();
        assertThat(res.hints().values().values())
                .filteredOn(v -> v.endsWith(title))
                .containsExactly(
                        "p1:1 running-head " + title, "p2:1 running-head " + title, "p3:3 running-head " + title);
        assertThat(res.preamble()).hasSize(2);
        assertThat(res.operative()
                        .get(0)
                        .paragraphs()
                        .get(0)
                        .label()
                        .orElseThrow()
                        .text())
                .isEqualTo("16.");
        assertThat(org.resdom.model.Inline.plainText(
                        res.operative().get(0).paragraphs().get(0).content()))
                .isEqualTo("Decides to act.");
    }

    @Test
    void pageNumberWordsAndAdoptionLinesComeFromThePhraseTables() {
        List<LineKind> k = LineClassifier.classify(
                lines("Page 2 of 5", "Página 3 de 7", "Страница 2 из 5", "Pages of the report"), EN);
        assertThat(k).containsExactly(LineKind.PAGE_NUMBER, LineKind.PAGE_NUMBER, LineKind.PAGE_NUMBER, LineKind.TEXT);
        // the adoption line tells extracted text in any language
        assertThat(LayoutResolutionReader.inputKind("Résolution adoptée par le Conseil des droits de l'homme le "
                        + "11 octobre 2023\n54/1. Titre\n"))
                .contains("pdf-text");
        assertThat(LayoutResolutionReader.inputKind("Resolution adopted by the General Assembly on 10 October 2018\n"))
                .contains("pdf-text");
    }

    @Test
    void lineNumberedTextIsNotTakenForExtracted() {
        assertThat(LayoutResolutionReader.inputKind("considering\na)\tthe plan;\nresolves\n1\tto act\n"))
                .isEmpty();
        assertThat(LayoutResolutionReader.inputKind("x\fy\n")).isEmpty();
        assertThat(LayoutResolutionReader.inputKind("text\f\n2/5\nmore\n")).contains("pdf-text");
        assertThat(LayoutResolutionReader.inputKind("  \u2022 recalling\n    \u2022 Resolution 58\n"))
                .contains("web-text");
    }

    @Test
    void bulletRenderedWebPageGivesSectionsAndNesting() {
        String web = "RESOLUTION 101 (REV. DUBAI, 2018)\nInternet Protocol-based networks\n"
                + "The Plenipotentiary Conference of the International Telecommunication Union (Dubai, 2018),recalling\n"
                + "    \u2022 a) Resolution 101 (Rev. Guadalajara, 2010) of the Plenipotentiary Conference;\n"
                + "    \u2022 b) Resolutions 102 and 130 (Rev. Dubai, 2018) of this conference,\n"
                + "  \u2022 considering\n"
                + "    \u2022 a) that advances in the global information infrastructure continue,\n"
                + "  \u2022 resolves\n"
                + "    \u2022 1 to explore ways and means;\n"
                + "    \u2022 2 that ITU shall embrace the opportunities.\n";
        ReadResult r = TextResolutionReader.create().read(web);
        Resolution res = r.resolution();
        assertThat(res.hints().values()).containsEntry(LayoutResolutionReader.META_INPUT, "web-text");
        assertThat(res.identity().number()).contains("101");
        assertThat(res.preamble()).extracting(s -> s.phrase().text()).containsExactly("recalling", "considering");
        assertThat(res.preamble().get(0).paragraphs())
                .extracting(p -> p.label().orElseThrow().text())
                .containsExactly("a)", "b)");
        assertThat(res.operative()).hasSize(1);
        assertThat(res.operative().get(0).paragraphs())
                .extracting(p -> p.label().orElseThrow().text())
                .containsExactly("1", "2");
        assertThat(r.diagnostics()).anyMatch(d -> d.code().equals(LayoutCodes.GLUED_HEADING));
        // heading, title and formula are three blocks: the body is known from the formula
        assertThat(res.identity().body()).isEqualTo(Body.ITU_PP);
        assertThat(res.identity().title()).contains("Internet Protocol-based networks");
        assertThat(res.formula()).isPresent();
    }

    /** Each section of a read web page: its phrase, then its paragraphs' labels and texts. */
    private static List<String> webSections(String web) {
        Resolution res = TextResolutionReader.create().read(web).resolution();
        assertThat(res.hints().values()).containsEntry(LayoutResolutionReader.META_INPUT, "web-text");
        List<String> out = new ArrayList<>();
        res.preamble().forEach(sec -> {
            out.add("# " + sec.phrase().text());
            sec.paragraphs().forEach(p -> webParagraph(p, "", out));
        });
        res.operative().forEach(sec -> {
            out.add("# " + sec.phrase().map(ph -> ph.text()).orElse(""));
            sec.paragraphs().forEach(p -> webParagraph(p, "", out));
        });
        return out;
    }

    private static void webParagraph(org.resdom.model.Paragraph p, String indent, List<String> out) {
        out.add(indent
                + p.label().map(l -> l.text() + " ").orElse("")
                + org.resdom.model.Inline.plainText(p.content()).strip());
        p.items().forEach(i -> webParagraph(i, indent + "  ", out));
    }

    @Test
    void everyBulletOpensAnItemUnlabelledAndLowerCase() {
        // the review's example: no labels, items in lower case, one without closing punctuation
        String web = "RESOLUTION 58 (REV. DUBAI, 2018)\nStrengthening relations\n"
                + "The Plenipotentiary Conference of the International Telecommunication Union (Dubai, 2018),\n"
                + "  \u2022 recalling\n"
                + "    \u2022 Resolution 58 (Rev. Busan, 2014) of the Plenipotentiary Conference;\n"
                + "    \u2022 the outcomes of the World Summit on the Information Society\n"
                + "    \u2022 the groups,\n"
                + "      Member States and Sector Members,\n"
                + "  \u2022 resolves\n"
                + "    \u2022 to explore ways and means\n"
                + "    \u2022 that ITU shall embrace the opportunities\n"
                + "      offered by the regional groups;\n"
                + "    \u2022 the Secretary-General shall report.\n";
        assertThat(webSections(web))
                .containsExactly(
                        "# recalling",
                        "Resolution 58 (Rev. Busan, 2014) of the Plenipotentiary Conference;",
                        "the outcomes of the World Summit on the Information Society",
                        "the groups, Member States and Sector Members,",
                        "# resolves",
                        "to explore ways and means",
                        "that ITU shall embrace the opportunities offered by the regional groups;",
                        "the Secretary-General shall report.");
    }

    @Test
    void everyBulletOpensAnItemWithLabelsAndNesting() {
        // labels kept; "1 to provide" after a line without closing punctuation is an item of its own;
        // a wrap at the bullet's text indent goes on with it; nested bullets nest by label
        String web = "RESOLUTION 58 (REV. DUBAI, 2018)\nStrengthening relations\n"
                + "The Plenipotentiary Conference of the International Telecommunication Union (Dubai, 2018),\n"
                + "  \u2022 considering\n"
                + "    \u2022 a) that the plan goes on\n"
                + "    \u2022 b) the needs of developing countries\n"
                + "  \u2022 resolves\n"
                + "    \u2022 1 to provide assistance to Member States\n"
                + "    \u2022 2 to report to the Council:\n"
                + "    \u2022 2.1 on the work done\n"
                + "    \u2022 2.2 on the work left,\n"
                + "      in each region;\n"
                + "    \u2022 3 to end.\n";
        assertThat(webSections(web))
                .containsExactly(
                        "# considering",
                        "a) that the plan goes on",
                        "b) the needs of developing countries",
                        "# resolves",
                        "1 to provide assistance to Member States",
                        "2 to report to the Council:",
                        "  2.1 on the work done",
                        "  2.2 on the work left, in each region;",
                        "3 to end.");
    }

    @Test
    void everyBulletOpensAnItemInFrenchAndRussian() {
        String fr = "RÉSOLUTION 58 (RÉV. DUBAÏ, 2018)\nRenforcement des relations\n"
                + "La Conférence de plénipotentiaires de l'Union internationale des télécommunications (Dubaï, 2018),\n"
                + "  \u2022 rappelant\n"
                + "    \u2022 la Résolution 58 (Rév. Busan, 2014) de la Conférence de plénipotentiaires\n"
                + "    \u2022 les résultats du Sommet mondial sur la société de l'information;\n"
                + "  \u2022 décide\n"
                + "    \u2022 d'étudier les moyens\n"
                + "    \u2022 que l'UIT saisira les occasions.\n";
        assertThat(webSections(fr))
                .containsExactly(
                        "# rappelant",
                        "la Résolution 58 (Rév. Busan, 2014) de la Conférence de plénipotentiaires",
                        "les résultats du Sommet mondial sur la société de l'information;",
                        "# décide",
                        "d'étudier les moyens",
                        "que l'UIT saisira les occasions.");
        String ru = "РЕЗОЛЮЦИЯ 58 (ПЕРЕСМ. ДУБАЙ, 2018 г.)\nУкрепление отношений\n"
                + "Полномочная конференция Международного союза электросвязи (Дубай, 2018 г.),\n"
                + "  \u2022 напоминая\n"
                + "    \u2022 о Резолюции 58 (Пересм. Пусан, 2014 г.) Полномочной конференции\n"
                + "    \u2022 о результатах Всемирной встречи на высшем уровне по вопросам информационного общества;\n"
                + "  \u2022 решает\n"
                + "    \u2022 изыскивать пути и средства\n"
                + "    \u2022 что МСЭ должен использовать возможности.\n";
        assertThat(webSections(ru))
                .containsExactly(
                        "# напоминая",
                        "о Резолюции 58 (Пересм. Пусан, 2014 г.) Полномочной конференции",
                        "о результатах Всемирной встречи на высшем уровне по вопросам информационного общества;",
                        "# решает",
                        "изыскивать пути и средства",
                        "что МСЭ должен использовать возможности.");
    }

    @Test
    void bisLabelsAndAnAppendixAfterTheLastParagraph() {
        // ITU outline numbers: 1bis is inserted after 1, 1bis.1 is its sub-paragraph, 1.1bis is
        // inserted after 1.1 (under 1), 9.3.8 is under 9.3; "2 bis" stands on its own
        String text = "RESOLUTION 123 (REV. DUBAI, 2018)\nBridging the standardization gap\n"
                + "The Plenipotentiary Conference of the International Telecommunication Union (Dubai, 2018),\n"
                + "resolves\n1 to act;\n1.1 to act first;\n1.1bis to act first again;\n1bis to act again:\n"
                + "1bis.1 to act once more;\n2 bis to go on;\n9 to report:\n9.3 on the work;\n9.3.8 on the budget;\n"
                + "9.4 to end the work of the\nconference.\n"
                + "APPENDIX 1 TO RESOLUTION 123 (REV. DUBAI, 2018)\nGuidelines for the work\n"
                + "The work goes on in the groups.\n";
        ReadResult r = LayoutResolutionReader.create().readText(text, "pdf-text");
        Resolution res = r.resolution();
        assertThat(res.operative()).hasSize(1);
        List<org.resdom.model.Paragraph> top = res.operative().get(0).paragraphs();
        assertThat(top).extracting(p -> p.label().orElseThrow().text()).containsExactly("1", "1bis", "2 bis", "9");
        assertThat(top.get(0).items())
                .extracting(p -> p.label().orElseThrow().text())
                .containsExactly("1.1", "1.1bis");
        assertThat(top.get(1).items())
                .extracting(p -> p.label().orElseThrow().text())
                .containsExactly("1bis.1");
        assertThat(top.get(2).items()).isEmpty();
        assertThat(top.get(3).items())
                .extracting(p -> p.label().orElseThrow().text())
                .containsExactly("9.3", "9.4");
        assertThat(top.get(3).items().get(0).items())
                .extracting(p -> p.label().orElseThrow().text())
                .containsExactly("9.3.8");
        assertThat(org.resdom.model.Inline.plainText(top.get(3).items().get(1).content()))
                .isEqualTo("to end the work of the conference.");
        // nothing is lost or reordered: the paragraphs in document order are the numbers as written
        List<String> all = new java.util.ArrayList<>();
        top.forEach(p -> flatten(p, all));
        assertThat(all).containsExactly("1", "1.1", "1.1bis", "1bis", "1bis.1", "2 bis", "9", "9.3", "9.3.8", "9.4");
        assertThat(res.annexes()).hasSize(1);
        assertThat(res.annexes().get(0).heading()).isEqualTo("APPENDIX 1 TO RESOLUTION 123 (REV. DUBAI, 2018)");
        assertThat(res.annexes().get(0).title()).contains("Guidelines for the work");
        assertThat(HeadingLines.heading("ANNEX", Vocabulary.of(Language.ENGLISH)))
                .isTrue();
        assertThat(HeadingLines.heading("Annex 2", Vocabulary.of(Language.ENGLISH)))
                .isTrue();
        assertThat(HeadingLines.heading("Annex to resolution 5/1", Vocabulary.of(Language.ENGLISH)))
                .isFalse();
        assertThat(HeadingLines.heading("Resolution adopted by the Council", Vocabulary.of(Language.ENGLISH)))
                .isFalse();
    }

    @Test
    void everyPrefixOfAFixtureReadsWithoutInternalErrors() throws Exception {
        String text = org.resdom.testsupport.UnCorpus.resource("/corpus/extracted/un-pdftotext/A_HRC_RES_54_10E.txt");
        LayoutResolutionReader reader = LayoutResolutionReader.create();
        for (int n = 0; n <= text.length(); n += 97) {
            ReadResult r = reader.readText(text.substring(0, n), "pdf-text");
            assertThat(r.diagnostics()).noneMatch(d -> d.code().endsWith("INTERNAL"));
        }
    }

    private static final PhraseBook RU = PhraseBook.of(Language.RUSSIAN);
    private static final PhraseBook AR = PhraseBook.of(Language.ARABIC);
    private static final PhraseBook ZH = PhraseBook.of(Language.CHINESE);

    @Test
    void labelsAsArabicRussianAndChineseTextsWriteThem() {
        List<LineKind> k = LineClassifier.classify(
                lines(
                        "1- يقرر",
                        "(أ) الآثار",
                        "١- يقرر",
                        "\u200f12- يقرر",
                        "а) текст",
                        "一、联合国",
                        "（一）联合国",
                        "１．联合国",
                        "（a）联合国",
                        "2011-2012 text",
                        "12-15 June"),
                EN);
        assertThat(k)
                .containsExactly(
                        LineKind.LABELLED,
                        LineKind.LABELLED,
                        LineKind.LABELLED,
                        LineKind.LABELLED,
                        LineKind.LABELLED,
                        LineKind.LABELLED,
                        LineKind.LABELLED,
                        LineKind.LABELLED,
                        LineKind.LABELLED,
                        LineKind.TEXT,
                        LineKind.TEXT);
        // a Chinese label closes with its own mark: the TAB of the plain-text form follows it all the same
        assertThat(LayoutResolutionReader.tabAfterLabel("一、联合国").toString()).isEqualTo("一、\t联合国");
        assertThat(LayoutResolutionReader.tabAfterLabel("1- يقرر").toString()).isEqualTo("1-\tيقرر");
    }

    @Test
    void phrasesWithModifiersConjunctionsAndWithoutCase() {
        // Russian phrases are lower case; Arabic ones carry a glued conjunction; Chinese ones a modifier
        assertThat(LineClassifier.classify(lines("учитывая пункт 6 резолюции 60/251 Генеральной Ассамблеи"), RU))
                .containsExactly(LineKind.PHRASE_LOWER);
        assertThat(LineClassifier.classify(
                        lines("وإذ يشير إلى القرار 5/1 بشأن بناء مؤسسات مجلس" + " حقوق الإنسان"), AR))
                .containsExactly(LineKind.PHRASE_START);
        assertThat(LineClassifier.classify(lines("又回顾 理事会2008年9月24日第9/1号决议"), ZH))
                .containsExactly(LineKind.PHRASE_START);
    }

    @Test
    void russianLowerCasePhrasesOpenParagraphsWhereTheDocumentWritesThemSo() {
        List<LayoutLine> l = lines(
                "Совет по правам человека,",
                "учитывая пункт 6 резолюции 60/251,",
                "ссылаясь на резолюцию 5/1 об институциональном строительстве и",
                "подчеркивая, что мандатарий,",
                "приветствуя работу,",
                "1. принимает к сведению доклад,",
                "рекомендует действовать;");
        List<LineKind> k = LineClassifier.classify(l, RU);
        assertThat(WrapMeasures.lowerPhrases(l, k, 0)).isTrue();
        Unwrapper.Result r = Unwrapper.unwrap(l, k, 0, true);
        // a phrase after a line that does not end a sentence part stays text; an action after a comma too
        assertThat(r.blocks()).extracting(Unwrapper.Block::text).hasSize(5);
        assertThat(r.blocks().get(2).text()).endsWith("и подчеркивая, что мандатарий,");
        assertThat(r.blocks().get(4).text()).contains("доклад, рекомендует");
        // in English a lower-case phrase at a line's start is a wrap
        List<LayoutLine> en = lines(
                "Recalling its resolution 5/1,", "recalling also the work of", "the Council,", "Noting the report,");
        assertThat(WrapMeasures.lowerPhrases(en, LineClassifier.classify(en, EN), 0))
                .isFalse();
    }

    @Test
    void arabicAndChineseLinesEndClausesWithTheirOwnMarks() {
        List<LayoutLine> ar = lines(
                "إن مجلس حقوق الإنسان،",
                "إذ يسترشد بمقاصد ميثاق الأمم المتحدة،\u200f",
                "وإذ يشير إلى القرار 5/1،",
                "1- يقرر أن ينظر،",
                "ويسلط الضوء على الثغرات؛",
                "2- يقرر مواصلة النظر.");
        Unwrapper.Result r = Unwrapper.unwrap(ar, LineClassifier.classify(ar, AR), 0, true);
        // the comma before a right-to-left mark ends the line; an action after a comma continues the paragraph
        assertThat(r.blocks()).hasSize(5);
        assertThat(r.blocks().get(3).text()).startsWith("1- ").contains("، ويسلط");
        List<LayoutLine> zh = lines(
                "人权理事会，",
                "回顾 大会2015年9月25日第70/1号决议，其中大会通过了《2030",
                "年可持续发展议程》，包括目标12.4和第36",
                "/15号决议，",
                "又回顾 理事会第9/1号决议，",
                "1. 注意到报告；");
        List<LineKind> zk = LineClassifier.classify(zh, ZH);
        assertThat(Scripts.ideographic(zh, zk, 0)).isTrue();
        assertThat(Unwrapper.unwrap(zh, zk, 0, true).blocks())
                .extracting(Unwrapper.Block::text)
                .containsExactly(
                        "人权理事会，",
                        "回顾 大会2015年9月25日第70/1号决议，其中大会通过了《2030年可持续发展议程》，包括目标12.4和第36/15号决议，",
                        "又回顾 理事会第9/1号决议，",
                        "1. 注意到报告；");
    }

    @Test
    void aChinesePhraseGluedToItsTextRunsInsideTheParagraphWhereParagraphPhrasesAreSpaced() {
        List<LayoutLine> zh = lines(
                "人权理事会，",
                "回顾 大会第60/251号决议，",
                "又回顾 人权理事会、人权委员会和大会的所有相关决议以及妇女地位委员会的相关决议和议定结论，",
                "还回顾大会最近宣布“照护与扶助国际日”，",
                "重申 《世界人权宣言》，");
        List<LineKind> zk = LineClassifier.classify(zh, ZH);
        assertThat(zk.get(3)).isEqualTo(LineKind.PHRASE_GLUED);
        assertThat(Unwrapper.unwrap(zh, zk, 0, true).blocks())
                .extracting(Unwrapper.Block::text)
                .containsExactly(
                        "人权理事会，",
                        "回顾 大会第60/251号决议，",
                        "又回顾 人权理事会、人权委员会和大会的所有相关决议以及妇女地位委员会的相关决议和议定结论，还回顾大会最近宣布“照护与扶助国际日”，",
                        "重申 《世界人权宣言》，");
        // where every phrase is glued, each opens its paragraph
        List<LayoutLine> glued = lines("人权理事会，", "回顾大会第60/251号决议，", "又回顾人权理事会的所有相关决议，", "重申《世界人权宣言》，");
        assertThat(Unwrapper.unwrap(glued, LineClassifier.classify(glued, ZH), 0, true)
                        .blocks())
                .hasSize(4);
    }

    @Test
    void endnotesPrintedAsAListAtTheEndAreFootnotesOfTheirCallOuts() {
        // pdftotext of a browser-printed page: the notes are an ordered list after the text, each
        // line the list's number, the note's marker and its body, across a page break
        String text = "The Human Rights Council,\nRecalling its resolution 5/1 of the session,2 and\n"
                + "the report of the group,3\n\n1.\n\nDecides to continue its work.\n\n1/2\n\f"
                + "1. 2 A/76/207.\n2. 3 A/77/183, paras. 3\u20135, and the report of the\nSecretary-General.\n\n2/2\n";
        List<LayoutLine> l = new ArrayList<>();
        ReadResult r = LayoutResolutionReader.create().readText(text, "pdf-text");
        Resolution res = r.resolution();
        assertThat(res.footnotes())
                .extracting(n -> n.marker() + " " + org.resdom.model.Inline.plainText(n.content()))
                .containsExactly(
                        "2 A/76/207.", "3 A/77/183, paras. 3\u20135, and the report of the Secretary-General.");
        // paired: the call-outs are references in the paragraph that calls them
        assertThat(res.preamble().get(0).paragraphs().get(0).content())
                .filteredOn(i -> i instanceof org.resdom.model.FootnoteRef)
                .hasSize(2);
        assertThat(res.operative()).hasSize(1);
        assertThat(res.operative().get(0).paragraphs()).hasSize(1);
        assertThat(r.diagnostics()).noneMatch(d -> d.code().equals(LayoutCodes.FOOTNOTE_UNPAIRED));
        // the list numbers are kept, not dropped
        assertThat(res.hints().values().values()).contains("p2:1 note-number 1.", "p2:2 note-number 2.");
    }

    @Test
    void endnotesWithTheirMarkerFirstAndNumberedParagraphsThatAreNoEndnotes() {
        // the marker opens the line ("4 A/76/207.", "5. Ibid."), in a PDF's body zone
        List<LayoutLine> l = new ArrayList<>();
        String[] text = {
            "The Human Rights Council,",
            "Recalling its resolution 5/1,4 and the report,5",
            "1. Decides to act;",
            "2. Requests a report.",
            "4 A/76/207.",
            "5. Ibid., para. 86."
        };
        for (int i = 0; i < text.length; i++) {
            l.add(new LayoutLine(
                    text[i],
                    java.util.OptionalInt.of(1),
                    i + 1,
                    java.util.OptionalDouble.of(72),
                    java.util.OptionalDouble.of(12),
                    java.util.OptionalDouble.of(14),
                    java.util.OptionalInt.of(0),
                    LayoutLine.Zone.BODY));
        }
        List<LineKind> k = LineClassifier.classify(l, EN);
        assertThat(k.subList(2, 6))
                .containsExactly(
                        LineKind.LABELLED, LineKind.LABELLED, LineKind.FOOTNOTE_START, LineKind.FOOTNOTE_START);
        Unwrapper.Result u = Unwrapper.unwrap(l, k, 0, true);
        assertThat(u.notes())
                .extracting(n -> n.marker() + " " + n.text())
                .containsExactly("4 A/76/207.", "5 Ibid., para. 86.");
        // numbered paragraphs at the end count up too, but nothing calls their numbers: text
        List<LayoutLine> ops = lines(
                "The Human Rights Council,",
                "Recalling its resolution 5/1 of 2015,",
                "1. Decides to act;",
                "2. Requests a report;",
                "3. Decides to remain seized of the matter.");
        assertThat(LineClassifier.classify(ops, EN).subList(2, 5)).containsOnly(LineKind.LABELLED);
        // a document with notes at the feet of its pages has no endnotes: a paragraph going on at
        // the top of the last page stays text, and so does a numbered line after it
        String feet = "The Human Rights Council,\nRecalling its resolution,2 and the report,3 and\n\n"
                + "2 A/76/207.\n\n2\n\fthe annex thereto.\n\n3 A/77/183.\n";
        Resolution fr =
                LayoutResolutionReader.create().readText(feet, "pdf-text").resolution();
        assertThat(fr.footnotes()).extracting(n -> n.marker()).containsExactly("2");
        assertThat(org.resdom.model.Inline.plainText(
                        fr.preamble().get(0).paragraphs().get(0).content()))
                .endsWith("and the annex thereto.");
        // list numbers that do not count up from one are no browser's list: the first number is the marker
        List<LayoutLine> two = lines("Recalling the session,7 and the plan,8", "", "3. 7 A/76/207.", "4. 8 A/77/183.");
        assertThat(LineClassifier.classify(two, EN).subList(2, 4)).containsOnly(LineKind.LABELLED);
    }

    private static List<String> notes(Resolution res) {
        return res.footnotes().stream()
                .map(n -> n.marker() + " " + org.resdom.model.Inline.plainText(n.content()))
                .toList();
    }

    private static List<String> calls(Resolution res) {
        List<String> out = new ArrayList<>();
        res.preamble()
                .forEach(s -> s.paragraphs()
                        .forEach(p -> p.content().stream()
                                .filter(i -> i instanceof org.resdom.model.FootnoteRef)
                                .forEach(i -> out.add(((org.resdom.model.FootnoteRef) i).marker()))));
        res.operative()
                .forEach(s -> s.paragraphs()
                        .forEach(p -> p.content().stream()
                                .filter(i -> i instanceof org.resdom.model.FootnoteRef)
                                .forEach(i -> out.add(((org.resdom.model.FootnoteRef) i).marker()))));
        return out;
    }

    @Test
    void markersOnLinesOfTheirOwnAfterARuleGoToTheirBodiesInOrder() {
        // pdftotext of a browser-printed page: the superscript markers come out apart from their
        // bodies, all first, or one of them after the others; a symbol there is a body, not a running head
        String head =
                "United Nations\nA/HRC/RES/54/12\nResolution adopted by the Human Rights Council on 11 October 2023\n"
                        + "54/12. Human rights\nThe Human Rights Council,\n"
                        + "Recalling the report of the group,2 and the study of the mechanism,3\n"
                        + "Noting the report of the Special Rapporteur,4 and of the Expert Mechanism,5\n"
                        + "1. Decides to remain seized of the matter.\n\n____________________\n";
        for (String area : new String[] {
            "2\n3\n4\n5\n\nA/HRC/44/35.\nA/HRC/49/69.\nIbid., para. 86.\nSee the report of the\nSecretary-General.\n\f",
            "2\n\nA/HRC/44/35.\nA/HRC/49/69.\n4\nIbid., para. 86.\n5\nSee the report of the\nSecretary-General.\n3\n\f"
        }) {
            ReadResult r = LayoutResolutionReader.create().readText(head + area, "pdf-text");
            Resolution res = r.resolution();
            assertThat(notes(res))
                    .containsExactly(
                            "2 A/HRC/44/35.",
                            "3 A/HRC/49/69.",
                            "4 Ibid., para. 86.",
                            "5 See the report of the Secretary-General.");
            assertThat(calls(res)).containsExactly("2", "3", "4", "5");
            assertThat(r.diagnostics()).noneMatch(d -> d.code().equals(LayoutCodes.FOOTNOTE_UNPAIRED));
            assertThat(org.resdom.model.Inline.plainText(
                            res.operative().get(0).paragraphs().get(0).content()))
                    .isEqualTo("Decides to remain seized of the matter.");
            // nothing dropped: the masthead's symbol and the rule are kept as furniture
            assertThat(res.hints().values().values())
                    .contains("p1:2 running-head A/HRC/RES/54/12", "p1:10 rule ____________________");
        }
    }

    @Test
    void aFootnoteAreaEndsAtItsPageAndKeepsThePagesFurniture() {
        // the foot of page 1 comes before the text of page 2; its running foot recurs on every page
        // and stays furniture, the number of the page too, while a marker alone is a marker
        String text = "The Human Rights Council,\nRecalling the report of the group,2 and\n\n"
                + "____________________\n2\n\nA/HRC/44/35.\n\nfile:///tmp/page.html\n\n1/2\n\f"
                + "the study of the mechanism,\n1. Decides to act on A/HRC/44/35.\n\nfile:///tmp/page.html\n\n2/2\n\f";
        ReadResult r = LayoutResolutionReader.create().readText(text, "pdf-text");
        Resolution res = r.resolution();
        assertThat(notes(res)).containsExactly("2 A/HRC/44/35.");
        assertThat(org.resdom.model.Inline.plainText(
                        res.preamble().get(0).paragraphs().get(0).content()))
                .endsWith("the report of the group, and the study of the mechanism,");
        assertThat(res.hints().values().values())
                .contains(
                        "p1:9 running-head file:///tmp/page.html",
                        "p1:11 page-number 1/2",
                        "p2:4 running-head file:///tmp/page.html");
        // a symbol in a body line after a marker is the body's: "1 See" + "A/HRC/54/1."
        List<LayoutLine> l = new ArrayList<>();
        String[] page = {"Recalling the report,1 and", "__________", "1 See the report in", "A/HRC/54/1.", "", "2"};
        for (int i = 0; i < page.length; i++) {
            l.add(LayoutLine.onPage(page[i], 1, i + 1));
        }
        List<LineKind> k = LineClassifier.classify(l, EN);
        List<LayoutLine> arranged = NoteAreas.arrange(l, k);
        assertThat(k.subList(2, 4)).containsExactly(LineKind.FOOTNOTE_START, LineKind.FOOTNOTE_MORE);
        assertThat(Unwrapper.unwrap(arranged, k, 0, true).notes())
                .extracting(n -> n.marker() + " " + n.text())
                .containsExactly("1 See the report in A/HRC/54/1.");
    }

    @Test
    void markersThatDoNotMatchTheirBodiesLeaveTheLinesAsTheyWere() {
        // three markers, two bodies: no pairing is guessed, and nothing is dropped
        List<LayoutLine> l = new ArrayList<>();
        String[] page = {
            "Recalling the report,2 the study,3 and the plan,4", "__________", "2", "3", "4", "A/1.", "A/2."
        };
        for (int i = 0; i < page.length; i++) {
            l.add(LayoutLine.onPage(page[i], 1, i + 1));
        }
        List<LineKind> k = LineClassifier.classify(l, EN);
        List<LineKind> before = new ArrayList<>(k);
        assertThat(NoteAreas.arrange(l, k)).isSameAs(l);
        assertThat(k).isEqualTo(before);
        assertThat(NoteAreas.bodies(l, List.of(5, 6), 3)).hasSize(2);
    }

    @Test
    void aSlashOrEnDashAtALineEndJoinsAndANumberAfterACommaGoesOn() {
        List<LayoutLine> l = lines(
                "напоминая о плане работы на период 2022\u2013",
                "2024 годов и призывая государственных и/",
                "или частных доноров, а также статьи 7,",
                "14 (пункт 3 g) и 6 Пакта,",
                "1. постановляет продолжать заниматься этим вопросом.");
        PhraseBook ru = PhraseBook.of(Language.RUSSIAN);
        List<Unwrapper.Block> b =
                Unwrapper.unwrap(l, LineClassifier.classify(l, ru), 0, true).blocks();
        assertThat(b)
                .extracting(Unwrapper.Block::text)
                .containsExactly(
                        "напоминая о плане работы на период 2022\u20132024 годов и призывая государственных и/или"
                                + " частных доноров, а также статьи 7, 14 (пункт 3 g) и 6 Пакта,",
                        "1. постановляет продолжать заниматься этим вопросом.");
    }

    @Test
    void aDocumentSymbolIsARunningHeadAtAPageEdgeOnlyInPagedText() {
        List<LayoutLine> l = new ArrayList<>();
        String[] page = {
            "A/HRC/RES/54/12",
            "Recalling its resolution 5/1,",
            "Taking note of the report of the Special Rapporteur contained in document",
            "A/HRC/54/12.",
            "Noting the report,",
            "Noting the study,",
            "2/5"
        };
        for (int i = 0; i < page.length; i++) {
            l.add(LayoutLine.onPage(page[i], 2, i + 1));
        }
        List<LineKind> k = LineClassifier.classify(l, EN);
        assertThat(k.get(0)).isEqualTo(LineKind.RUNNING_HEAD);
        assertThat(k.get(3)).isEqualTo(LineKind.TEXT);
        assertThat(k.get(6)).isEqualTo(LineKind.PAGE_NUMBER);
    }

    @Test
    void callOutsAsArabicAndChineseTextsGlueThem() {
        // in brackets after a word or a quote, after an Arabic or full-width comma or semicolon
        assertThat(Footnotes.find("القضايا التي تمسها(1)، وإذ", "1", 0)).containsExactly(19, 20);
        assertThat(Footnotes.find("الأصلية\"(5)، ال", "5", 0)).isNotNull();
        assertThat(Footnotes.find("article 16 (1) of", "1", 0)).isNull();
        assertThat(Footnotes.find("في المادة 16(1) من", "1", 0)).isNull();
        assertThat(Footnotes.find("专家的报告；2", "2", 0)).containsExactly(6, 7);
        // a marker running on into an ideograph only when asked (a number does so too: "第3号")
        assertThat(Footnotes.find("有关报告14以及", "14", 0)).isNull();
        assertThat(Footnotes.find("有关报告14以及", "14", 0, java.util.Set.of(), true))
                .containsExactly(4, 6);
        // after a year in brackets, the year perhaps after an Arabic conjunction
        assertThat(Footnotes.afterYear("في عام 2014(7)، وإ", "7", 0)).isNotNull();
        assertThat(Footnotes.afterYear("في 2012 و2020(13) وفي", "13", 0)).isNotNull();
        // a call-out after a full-width semicolon at a line's end: the clause has ended
        assertThat(SentenceEnds.last("专家的报告；2")).isEqualTo('\uff1b');
        List<LayoutLine> zh = lines("人权理事会，", "1. 注意到独立专家的报告；2", "2. 决定继续审议此事。", "__________", "2 A/HRC/54/28。");
        Resolution res = LayoutResolutionReader.create().read(zh, "pdf-text").resolution();
        assertThat(res.operative().stream().mapToInt(o -> o.paragraphs().size()).sum())
                .isEqualTo(2);
        assertThat(calls(res)).containsExactly("2");
        // a footnote body wrapped in an ideographic document joins without a space
        assertThat(WrapJoins.spaced(new StringBuilder("S/2013/"), "341")).isFalse();
        assertThat(WrapJoins.spaced(new StringBuilder("见"), "A/75/174")).isFalse();
        assertThat(WrapJoins.spaced(new StringBuilder("See the"), "report")).isTrue();
    }

    private static void flatten(org.resdom.model.Paragraph p, List<String> out) {
        out.add(p.label().orElseThrow().text());
        p.items().forEach(i -> flatten(i, out));
    }

    /** A paragraph of prose that runs the next paragraph into it: the evidence for {@code run-in-text}. */
    @Test
    void aLineOfProseARunInStageCutsMakesTheTextRunInText() {
        String runIn = "considering\na)\tthat the plan of the Union for the next four years sets out the"
                + " objectives and the resources of its activities; b)\tthat the Council reviews the plan each"
                + " year and reports on its implementation to the conference,\nresolves\n1\tto act.\n";
        assertThat(InputKinds.of(runIn)).contains("run-in-text");
        String trailing = "recognizing\nthat only the conference can make the decision regarding the appointment"
                + " of the external auditor of the Union, instructs the Secretary-General\nto report to the"
                + " Council.\n";
        assertThat(InputKinds.of(trailing)).contains("run-in-text");
        // one paragraph a line as resdom writes it: no cut, nothing but line per paragraph
        assertThat(InputKinds.of("considering\na)\tthat the plan of the Union for the next four years sets out"
                        + " the objectives and the resources of its activities;\nb)\tthat the Council reviews"
                        + " the plan,\nresolves\n1\tto act.\n"))
                .isEmpty();
        // the same cut in a line of labels and marks, not prose: no evidence
        assertThat(RunInLines.prose("a)a)a)21a)a)\ta) {/}\ta)a)1 , instructs the Council]a)"))
                .isFalse();
        assertThat(InputKinds.of("a)a)a)21a)a)a)a)\ta) {/}\ta)a)\ta)\ta)a)a)1 , instructs the Council\na) x\n"))
                .isEmpty();
    }

    /** A heading run into the end of a line before an unlabelled paragraph, split only before a paragraph. */
    @Test
    void aHeadingAtALinesEndIsSplitBeforeTheParagraphItGoverns() {
        PhraseBook en = PhraseBook.of(Language.ENGLISH);
        String line = "to report to the ITU Council, as appropriate, on progress of the work, invites Member States"
                + " and Sector Members";
        int cut = TrailingHeadings.cut(line, "to participate in the activities,", en);
        assertThat(line.substring(cut + 1).strip()).isEqualTo("invites Member States and Sector Members");
        // no paragraph after it, a line that ends a sentence, a comma before no phrase: no cut
        assertThat(TrailingHeadings.cut(line, "", en)).isEqualTo(-1);
        assertThat(TrailingHeadings.cut(line + ".", "to participate,", en)).isEqualTo(-1);
        assertThat(TrailingHeadings.cut(
                        "to report to the ITU Council, as appropriate, on progress of the work", "to participate,", en))
                .isEqualTo(-1);
        List<Diagnostic> diags = new ArrayList<>();
        List<LayoutLine> out = TrailingHeadings.split(
                List.of(LayoutLine.of(line, 1), LayoutLine.of("to participate in the activities,", 2)), en, diags);
        assertThat(out)
                .extracting(LayoutLine::text)
                .containsExactly(
                        "to report to the ITU Council, as appropriate, on progress of the work,",
                        "invites Member States and Sector Members",
                        "to participate in the activities,");
        assertThat(diags).extracting(Diagnostic::code).containsExactly(LayoutCodes.GLUED_HEADING);
    }

    /** Text read as run-in-text goes through the word-text stages: the run-in heading opens its section. */
    @Test
    void runInTextIsReadWithTheWordTextStages() {
        String text = "The Plenipotentiary Conference of the International Telecommunication Union (Dubai, 2018),\n"
                + "recognizing\nthat only the conference can make the decision regarding the appointment"
                + " of the external auditor of the Union, instructs the Secretary-General\nto report to the"
                + " Council.\n";
        ReadResult r = TextResolutionReader.create().read(text);
        assertThat(r.resolution().hints().values()).containsEntry(LayoutResolutionReader.META_INPUT, "run-in-text");
        assertThat(r.resolution().operative()).hasSize(1);
        assertThat(r.resolution().preamble().get(0).paragraphs()).hasSize(1);
    }
}

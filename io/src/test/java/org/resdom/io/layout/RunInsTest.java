package org.resdom.io.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.resdom.diagnostic.Diagnostic;
import org.resdom.io.text.internal.Vocabulary;
import org.resdom.lang.PhraseBook;
import org.resdom.model.Language;

/** Stage 0 for Word extracts on its own: what runs into the middle of a line is cut only on strong evidence. */
class RunInsTest {

    private static final PhraseBook EN = PhraseBook.of(Language.ENGLISH);
    private static final List<String> ANNEX = Vocabulary.of(Language.ENGLISH).words("ANNEX_HEADING");

    private static List<String> pieces(String line, List<Diagnostic> diags) {
        List<LayoutLine> out = RunIns.split(List.of(LayoutLine.of(line, 3)), EN, ANNEX, diags);
        assertThat(out).allSatisfy(l -> assertThat(l.line()).isEqualTo(3));
        assertThat(String.join(" ", out.stream().map(LayoutLine::text).toList()))
                .as("nothing is lost: the pieces and the spaces between them are the line")
                .isEqualTo(line);
        return out.stream().map(LayoutLine::text).toList();
    }

    private static List<String> pieces(String line) {
        return pieces(line, new ArrayList<>());
    }

    @Test
    void aNumberThatContinuesTheLinesSequenceAfterASemicolonOpensAParagraph() {
        List<Diagnostic> diags = new ArrayList<>();
        assertThat(pieces(
                        "9\tthat if a chairman is unable to remain in office, a vice-chairman acts; "
                                + "10 that the Council shall merge groups; 11 that meetings are collocated.",
                        diags))
                .containsExactly(
                        "9\tthat if a chairman is unable to remain in office, a vice-chairman acts;",
                        "10 that the Council shall merge groups;",
                        "11 that meetings are collocated.");
        assertThat(diags).extracting(Diagnostic::code).containsOnly(LayoutCodes.RUN_IN);
        assertThat(diags).hasSize(2);
        assertThat(diags.get(0).message()).contains("paragraph '10'");
    }

    @Test
    void lettersAndRomanNumbersGoOnTheirOwnSequence() {
        assertThat(
                        pieces(
                                "i)\tstaffing and category of employment; ii) finances per objective; iii) activities of the Sectors;"))
                .containsExactly(
                        "i)\tstaffing and category of employment;",
                        "ii) finances per objective;",
                        "iii) activities of the Sectors;");
        assertThat(pieces("b)\tthe growing demands on the Union; c) that there is an urgent need to act,"))
                .containsExactly("b)\tthe growing demands on the Union;", "c) that there is an urgent need to act,");
    }

    @Test
    void aNumberOutOfSequenceOrWithoutSemicolonOrBeforeACapitalStays() {
        String skipped = "9\tthat the meetings are held; 11 that the Council decides the matter;";
        assertThat(pieces(skipped)).containsExactly(skipped);
        String noSemicolon = "9\tthat the report of 10 countries is taken into account, 10 that it is published;";
        assertThat(pieces(noSemicolon)).containsExactly(noSemicolon);
        String capital = "4\tthat the list is kept; 5 Member States have asked for it;";
        assertThat(pieces(capital)).containsExactly(capital);
        String inline =
                "b)\tthat the States undertook to prevent a) the inducement of a child; b) the exploitative use "
                        + "of children; c) the exploitative use of children in performances (Article 34);";
        assertThat(pieces(inline)).containsExactly(inline);
        String unlabelled = "that the meetings are held in sequence; 2 that they are short;";
        assertThat(pieces(unlabelled)).containsExactly(unlabelled);
    }

    @Test
    void dashAndBulletItemsOpenAfterAColonAndGoOnAfterSemicolons() {
        assertThat(pieces("5\tthat, based on the review, the Council shall: - maintain or establish CWGs; and "
                        + "- modify their terms of reference, as applicable;"))
                .containsExactly(
                        "5\tthat, based on the review, the Council shall:",
                        "- maintain or establish CWGs; and",
                        "- modify their terms of reference, as applicable;");
        assertThat(
                        pieces(
                                "that focus on the following is needed: • to develop standards; • to assist in bridging the gap,"))
                .containsExactly(
                        "that focus on the following is needed:",
                        "• to develop standards;",
                        "• to assist in bridging the gap,");
    }

    @Test
    void aDashInsideTheTextIsNoItem() {
        String noColon = "a)\tthe plan for 2020 - 2023 and the budget; - as noted before - is adopted;";
        assertThat(pieces(noColon)).containsExactly(noColon);
        String capital = "e)\tthe following groups: - Council working groups and expert groups;";
        assertThat(pieces(capital)).containsExactly(capital);
    }

    @Test
    void anActionHeadingBeforeTheFirstLabelOfAListIsCutOutWithTheList() {
        assertThat(
                        pieces(
                                "5\tto encourage Member States to conduct reviews, instructs the Secretary-General, in consultation "
                                        + "with the Directors of the three Bureaux 1 to prepare a report; 2 to provide a report,"))
                .containsExactly(
                        "5\tto encourage Member States to conduct reviews,",
                        "instructs the Secretary-General, in consultation with the Directors of the three Bureaux",
                        "1 to prepare a report;",
                        "2 to provide a report,");
        // after a full stop, as where the text goes on after the footnotes of a page
        assertThat(
                        pieces(
                                "i)\tthat the tools are lacking, ____________________ 1 These include the least developed "
                                        + "countries. resolves to instruct the Directors of the three Bureaux 1 to collect information;"))
                .containsExactly(
                        "i)\tthat the tools are lacking, ____________________ 1 These include the least developed countries.",
                        "resolves to instruct the Directors of the three Bureaux",
                        "1 to collect information;");
    }

    @Test
    void inANumberedParagraphAnActionHeadingEndsBeforeTheWordItsParagraphsOpenWith() {
        assertThat(pieces(
                        "10\tto consolidate all guidelines and to hasten the transfer of knowledge, invites Member States "
                                + "and Sector Members to make voluntary contributions to the fund,"))
                .containsExactly(
                        "10\tto consolidate all guidelines and to hasten the transfer of knowledge,",
                        "invites Member States and Sector Members",
                        "to make voluntary contributions to the fund,");
        // an addressee that ends with a comma goes on: no cut before "in"
        String comma =
                "6\tin cooperation with BDT, instructs the Director of the Bureau, in close collaboration with the others;";
        assertThat(pieces(comma)).containsExactly(comma);
    }

    @Test
    void noHeadingWithoutAPhraseOrWithoutAList() {
        String noPhrase = "3\tto report to the Council, the Secretary-General and the Directors 1 to 3 of the Bureaux;";
        assertThat(pieces(noPhrase)).containsExactly(noPhrase);
        String noList = "2\tthat the Council, instructs the Director of the Bureau, shall report;";
        assertThat(pieces(noList)).containsExactly(noList);
        // a lettered (preamble) paragraph takes no action heading before its first word
        String lettered =
                "d)\tthe report of the Committee, which recommends that States act so that the women are heard;";
        assertThat(pieces(lettered)).containsExactly(lettered);
    }

    @Test
    void inALetteredParagraphAPreambleHeadingWithItsQualifierBeforeTheParagraphsFirstWord() {
        assertThat(pieces("d)\tthat there is a need for evaluation of resources, noting also that regional offices "
                        + "represent the Union,"))
                .containsExactly(
                        "d)\tthat there is a need for evaluation of resources,",
                        "noting also",
                        "that regional offices represent the Union,");
        // without a qualifier the phrase is the paragraph's own word
        String plain = "d)\tthat there is a need for evaluation of resources, noting that regional offices act,";
        assertThat(pieces(plain)).containsExactly(plain);
    }

    @Test
    void anAnnexHeadingInCapitalsAfterASentencesEndOpensAnAnnexWithItsTitle() {
        assertThat(pieces("2\tto promote the nomination of women candidates. ANNEX 1 TO RESOLUTION 208 (DUBAI, 2018) "
                        + "Procedure for the appointment of chairmen of the Sector advisory groups"))
                .containsExactly(
                        "2\tto promote the nomination of women candidates.",
                        "ANNEX 1 TO RESOLUTION 208 (DUBAI, 2018)",
                        "Procedure for the appointment of chairmen of the Sector advisory groups");
        assertThat(
                        pieces(
                                "2\tto provide regional activities. ANNEX TO RESOLUTION 25 (REV. DUBAI, 2018) Elements for "
                                        + "review of the regional presence The review of the presence takes into account: the functions."))
                .containsExactly(
                        "2\tto provide regional activities.",
                        "ANNEX TO RESOLUTION 25 (REV. DUBAI, 2018)",
                        "Elements for review of the regional presence",
                        "The review of the presence takes into account: the functions.");
        assertThat(pieces("7\tto adopt the plan. ANNEX 1 TO RESOLUTION 167 (REV. DUBAI, 2018) Action to be taken on "
                        + "measures - Submit a plan of action to the Council - Upgrade infrastructure at headquarters"))
                .containsExactly(
                        "7\tto adopt the plan.",
                        "ANNEX 1 TO RESOLUTION 167 (REV. DUBAI, 2018)",
                        "Action to be taken on measures",
                        "- Submit a plan of action to the Council",
                        "- Upgrade infrastructure at headquarters");
    }

    @Test
    void theWordAnnexInASentenceIsNoHeading() {
        String cited =
                "c)\tthe list is circulated. Annex 2 to this resolution gives the qualifications of each candidate.";
        assertThat(pieces(cited)).containsExactly(cited);
        String lower = "c)\tthe list is circulated. ANNEX to this resolution gives the qualifications.";
        assertThat(pieces(lower)).containsExactly(lower);
    }

    @Test
    void aTitleRunsOnWhenNoSentenceStartsThatTheLineWritesInLowerCase() {
        assertThat(pieces("2\tto adopt the plan. ANNEX 1 TO RESOLUTION 48 (REV. DUBAI, 2018) Matters for reporting to "
                        + "the Council on staff issues: recruitment"))
                .containsExactly(
                        "2\tto adopt the plan.",
                        "ANNEX 1 TO RESOLUTION 48 (REV. DUBAI, 2018)",
                        "Matters for reporting to the Council on staff issues: recruitment");
    }

    @Test
    void insideAFootnoteAreaOnlyAHeadingCuts() {
        String notes = "b)\tthe needs of the regions; ____________________ 1 Health Physics 74(4): 494-522; 2 Taking "
                + "into account the decisions: - of the Council;";
        assertThat(pieces(notes)).containsExactly(notes);
    }

    @Test
    @Timeout(10)
    void hostileLinesAreCutQuicklyAndLoseNothing() {
        StringBuilder many = new StringBuilder("1\tthat a");
        for (int i = 2; i < 1200; i++) {
            many.append("; ").append(i).append(" that a");
        }
        // a label has at most three digits: 1000 is cut off after 999, and no sequence goes on from it
        assertThat(pieces(many.toString()).size()).isEqualTo(1000);
        String commas = "1\tto act" + ", instructs the Director".repeat(5000) + " 1 to act";
        assertThat(pieces(commas)).isNotEmpty();
        String colons = "1\tthat:" + " - a;".repeat(5000);
        assertThat(pieces(colons).size()).isEqualTo(5001);
    }

    @Test
    void linesWithNothingRunInAreTheSameObjects() {
        List<LayoutLine> in = List.of(LayoutLine.of("considering", 1), LayoutLine.of("a)\tthat the Union acts;", 2));
        assertThat(RunIns.split(in, EN, ANNEX, new ArrayList<>())).isSameAs(in);
    }
}

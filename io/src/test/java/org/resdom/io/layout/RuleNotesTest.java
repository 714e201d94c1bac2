package org.resdom.io.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.resdom.diagnostic.Diagnostic;
import org.resdom.lang.PhraseBook;
import org.resdom.model.Language;

/** Stage 0b on its own: footnote bodies under a rule inside a line, and the text that goes on after them. */
class RuleNotesTest {

    private static final PhraseBook EN = PhraseBook.of(Language.ENGLISH);

    private static List<String> bodies(String marker, String body) {
        return RuleNotes.bodies(marker, body).stream()
                .map(b -> b[0] + " " + b[1])
                .toList();
    }

    @Test
    void twoBodiesUnderOneRuleAreCutAtTheNextMarkerAfterABracket() {
        assertThat(bodies(
                        "3",
                        "Taking into account resolves 2 of Resolution 58 (Rev. Busan, 2014) 4 Taking into"
                                + " account Resolution 1386 of the Council (2017)."))
                .containsExactly(
                        "3 Taking into account resolves 2 of Resolution 58 (Rev. Busan, 2014)",
                        "4 Taking into account Resolution 1386 of the Council (2017).");
    }

    @Test
    void aNumberThatIsNotTheNextMarkerOrOpensNoCapitalisedWordStaysInTheBody() {
        // "2 of" is no body (lower case after it); "5 Member" is not one more than 3
        assertThat(bodies("3", "See resolves 2 of Resolution 58 (Rev. Busan, 2014) 5 Member States."))
                .containsExactly("3 See resolves 2 of Resolution 58 (Rev. Busan, 2014) 5 Member States.");
        assertThat(bodies("1", "Study Group (2) 2 of ITU-T.")).containsExactly("1 Study Group (2) 2 of ITU-T.");
    }

    @Test
    void theTextGoesOnAfterTheLastBodyWithAPhraseABulletOrALabel() {
        String body = "IEEE Std C95.1-2005, 3 kHz to 300 GHz. resolves to instruct the Directors of the three Bureaux";
        assertThat(body.substring(RuleNotes.resumes(body, EN))).startsWith("resolves to instruct");
        String invites = "in transition. invites Member States and Sector Members";
        assertThat(invites.substring(RuleNotes.resumes(invites, EN)))
                .isEqualTo("invites Member States and Sector Members");
        String label = "See the work of the Focus Group on future networks. 2 to coordinate studies";
        assertThat(label.substring(RuleNotes.resumes(label, EN))).isEqualTo("2 to coordinate studies");
        String bullet = "economies in transition. \u2022 e-agriculture \u2022 e-science;";
        assertThat(bullet.substring(RuleNotes.resumes(bullet, EN))).startsWith("\u2022 e-agriculture");
    }

    @Test
    void aBodyThatRunsToTheLineEndIsNotCut() {
        // sentences inside a body, a lower-case word that opens no phrase, a number after an
        // abbreviation ("No. 13 in"), a quoted numbered paragraph
        assertThat(RuleNotes.resumes("The term is defined. It is the price. see also the annex.", EN))
                .isEqualTo(-1);
        assertThat(RuleNotes.resumes("Under No. 13 in Article 1 of the Constitution.", EN))
                .isEqualTo(-1);
        assertThat(RuleNotes.resumes("No. 154 of the Constitution: \"2. The paramount consideration.\"", EN))
                .isEqualTo(-1);
        assertThat(RuleNotes.resumes("These include the least developed countries.", EN))
                .isEqualTo(-1);
    }

    @Test
    void theLineIsSplitWhereTheTextGoesOnAndTheSplitIsReported() {
        List<LayoutLine> in = List.of(
                LayoutLine.of(
                        "i)\tthat the tools are lacking, ____________________ 1 These include the least"
                                + " developed countries. 2 Guidelines, 1998. resolves to instruct the Directors 1 to collect"
                                + " information;",
                        7),
                LayoutLine.of("plain text", 8));
        List<Diagnostic> diags = new ArrayList<>();
        List<LayoutLine> out = RuleNotes.split(in, EN, diags);
        assertThat(out)
                .extracting(LayoutLine::text)
                .containsExactly(
                        "i)\tthat the tools are lacking, ____________________ 1 These include the least"
                                + " developed countries. 2 Guidelines, 1998.",
                        "resolves to instruct the Directors 1 to collect information;",
                        "plain text");
        assertThat(out).extracting(LayoutLine::line).containsExactly(7, 7, 8);
        assertThat(diags).extracting(Diagnostic::code).containsExactly(LayoutCodes.NOTE_TEXT_RESUMED);
    }

    @Test
    void linesWithoutARuleOrWhoseNotesRunToTheEndAreLeftAsTheyAre() {
        List<LayoutLine> in = List.of(
                LayoutLine.of(
                        "a)\tthat the gap exists; ____________________ 1 These include the least developed"
                                + " countries.",
                        1),
                LayoutLine.of("resolves to instruct the Directors. invites Member States", 2));
        List<Diagnostic> diags = new ArrayList<>();
        assertThat(RuleNotes.split(in, EN, diags)).isSameAs(in);
        assertThat(diags).isEmpty();
    }

    @Test
    void theReaderKeepsTheTextAfterTheNotesOutOfTheLastNote() {
        String text = "RESOLUTION 1 (DUBAI, 2018)\nA title\n"
                + "The Plenipotentiary Conference of the International Telecommunication Union (Dubai, 2018),\n"
                + "considering\na)\tthat the tools are lacking in developing countries1, ____________________ 1 These"
                + " include the least developed countries. resolves\n1\tto act.\n";
        var r = LayoutResolutionReader.create().readText(text, "word-text");
        var notes = r.resolution().footnotes();
        assertThat(notes).hasSize(1);
        assertThat(notes.get(0).content().toString()).doesNotContain("resolves");
        assertThat(r.resolution().operative()).isNotEmpty();
        assertThat(r.diagnostics()).extracting(Diagnostic::code).contains(LayoutCodes.NOTE_TEXT_RESUMED);
    }
}

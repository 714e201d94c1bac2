package org.resdom.io.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.resdom.diagnostic.Diagnostic;
import org.resdom.lang.PhraseBook;
import org.resdom.model.Language;

/**
 * Stage 1b on notes printed after the last paragraph under a drawn rule (no {@code ____} in the
 * text), their markers on lines of their own, as {@code pdftotext} gives a browser's print.
 */
class NoteAreasTest {

    private static final PhraseBook BOOK = PhraseBook.of(Language.ENGLISH);

    /** Two pages: the call-outs on the first, the last paragraph and the notes on the second. */
    private static List<LayoutLine> page(String... end) {
        List<String> t = new ArrayList<>(List.of(
                "12/3/26, 8:54 PM",
                "",
                "The General Assembly,",
                "Welcoming the report of the Secretary-General on the question,1",
                "Taking note of the report of the Special Rapporteur,2",
                "1. Decides to continue its consideration of the question;",
                "",
                "file:///tmp/a.html",
                "",
                "1/2",
                "\f",
                "12/3/26, 8:54 PM",
                "",
                "2. Requests the Secretary-General to report to it at its next session;"));
        t.addAll(List.of(end));
        t.addAll(List.of("", "file:///tmp/a.html", "", "2/2"));
        return StageLines.paged(t.toArray(String[]::new));
    }

    private static String[] notes(String... between) {
        List<String> t = new ArrayList<>(List.of(between));
        t.addAll(List.of("", "1", "", "A/79/200.", "", "2", "", "A/79/300, annex."));
        return t.toArray(String[]::new);
    }

    @Test
    void markersApartAfterTheLastParagraphAreGivenToTheirBodies() {
        List<LayoutLine> lines = page(notes("3. Decides to remain seized of the matter."));
        List<LineKind> kinds = LineClassifier.classify(lines, BOOK);
        int mark1 = 15;
        int body1 = 17;
        int body2 = 21;
        assertThat(lines.get(body1).text()).isEqualTo("A/79/200.");
        // what the classifier makes of them by their text: page numbers and a document symbol
        assertThat(kinds.get(mark1)).isEqualTo(LineKind.PAGE_NUMBER);
        List<Diagnostic> diags = new ArrayList<>();
        List<LayoutLine> out = NoteAreas.arrange(lines, kinds, diags);
        assertThat(out.get(body1).text()).isEqualTo("1 A/79/200.");
        assertThat(out.get(body2).text()).isEqualTo("2 A/79/300, annex.");
        assertThat(kinds.get(mark1)).isEqualTo(LineKind.NOTE_MARK);
        assertThat(kinds.get(19)).isEqualTo(LineKind.NOTE_MARK);
        assertThat(kinds.get(body1)).isEqualTo(LineKind.FOOTNOTE_START);
        assertThat(kinds.get(body2)).isEqualTo(LineKind.FOOTNOTE_START);
        // the browser's foot stays furniture, and nothing before the notes changed
        assertThat(kinds.subList(22, 26)).contains(LineKind.RUNNING_HEAD, LineKind.PAGE_NUMBER);
        assertThat(out.subList(0, mark1)).isEqualTo(lines.subList(0, mark1));
        assertThat(diags).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo(LayoutCodes.NOTE_MARKERS);
            assertThat(d.message())
                    .isEqualTo("2 footnote markers on lines of their own (1, 2) given in order to the bodies"
                            + " after them, after the last paragraph with no rule above them (a drawn rule)");
            assertThat(d.span()).hasValue(org.resdom.model.SourceSpan.at(2, 6));
        });
    }

    @Test
    void oneNoteJustAboveTheBrowsersFootIsPairedToo() {
        List<LayoutLine> lines = page("3. Decides to remain seized of the matter.", "", "1", "", "A/79/200.");
        List<LineKind> kinds = LineClassifier.classify(lines, BOOK);
        assertThat(kinds.get(15)).isEqualTo(LineKind.PAGE_NUMBER);
        List<LayoutLine> out = NoteAreas.arrange(lines, kinds, new ArrayList<>());
        assertThat(out.get(17).text()).isEqualTo("1 A/79/200.");
        assertThat(kinds.get(17)).isEqualTo(LineKind.FOOTNOTE_START);
        assertThat(kinds.get(15)).isEqualTo(LineKind.NOTE_MARK);
    }

    @Test
    void numbersThatNothingCallsStayAsTheyWere() {
        List<LayoutLine> lines = page(notes("3. Decides to remain seized of the matter."));
        List<LayoutLine> uncalled = new ArrayList<>(lines);
        uncalled.set(3, LayoutLine.onPage("Welcoming the report of the Secretary-General on the question,", 1, 4));
        assertUnchanged(uncalled);
    }

    @Test
    void markersThatDoNotCountUpByOneStayAsTheyWere() {
        List<LayoutLine> lines = new ArrayList<>(page(notes("3. Decides to remain seized of the matter.")));
        lines.set(19, LayoutLine.onPage("3", 2, 10));
        assertUnchanged(lines);
    }

    @Test
    void aLastParagraphThatGoesOnKeepsItsNumber() {
        assertUnchanged(page(notes("3. Decides to consider the question at its session")));
    }

    @Test
    void moreMarkersThanBodiesChangeNothingAndSayNothing() {
        assertUnchanged(page(
                "3. Decides to remain seized of the matter.", "", "1", "", "2", "", "A/79/200, annex, and A/79/300."));
    }

    private static void assertUnchanged(List<LayoutLine> lines) {
        List<LineKind> kinds = LineClassifier.classify(lines, BOOK);
        List<LineKind> before = new ArrayList<>(kinds);
        List<Diagnostic> diags = new ArrayList<>();
        assertThat(NoteAreas.arrange(lines, kinds, diags)).isEqualTo(lines);
        assertThat(kinds).isEqualTo(before);
        assertThat(diags).isEmpty();
    }
}

package org.resdom.io.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.resdom.model.Footnote;
import org.resdom.model.Inline;
import org.resdom.model.Text;

/** The call-out mark-up taken out of a string that cannot hold it (a title), on its own. */
class InlineMarksTest {

    private static List<Inline> notes = new ArrayList<>();

    private static String take(String s) {
        notes = new ArrayList<>();
        return InlineMarks.takeNotes(s, notes);
    }

    private static Footnote note(String marker, String body) {
        return Footnote.of(marker, List.of(Text.of(body)));
    }

    @Test
    void aCallOutAndItsBodyLeaveTheStringAndTheBodyBecomesAFootnote() {
        assertThat(take("Situation of human rights in Burundi[footnoteRef:2][2: A/HRC/54/56. ] and after"))
                .isEqualTo("Situation of human rights in Burundi and after");
        assertThat(notes).containsExactly(note("2", "A/HRC/54/56."));
    }

    @Test
    void severalCallOutsKeepTheirOrderAndTheirMarkers() {
        assertThat(take("A[footnoteRef:*][*:first]B[footnoteRef:12][12:second]C"))
                .isEqualTo("ABC");
        assertThat(notes).containsExactly(note("*", "first"), note("12", "second"));
    }

    @Test
    void bracketsInsideABodyAreTheBodys() {
        assertThat(take("Title[footnoteRef:3][3:See [the report] of [2023].], end"))
                .isEqualTo("Title, end");
        assertThat(notes).containsExactly(note("3", "See [the report] of [2023]."));
    }

    @Test
    void aStringWithoutCallOutsIsUnchanged() {
        String s = "Mandate of the Working Group [of Experts] on People of African Descent";
        assertThat(take(s)).isEqualTo(s);
        assertThat(notes).isEmpty();
    }

    @Test
    void aCallOutWithoutItsBodyOrWithABlankMarkerIsTakenAndMakesNoNote() {
        assertThat(take("Title[footnoteRef:2] and [footnoteRef:][:x] more")).isEqualTo("Title and [:x] more");
        assertThat(notes).isEmpty();
        // another marker's body is not this call-out's
        assertThat(take("Title[footnoteRef:2][3:body]")).isEqualTo("Title[3:body]");
        assertThat(notes).isEmpty();
    }

    @Test
    void anEmptyBodyMakesNoNote() {
        assertThat(take("Title[footnoteRef:2][2:   ].")).isEqualTo("Title.");
        assertThat(notes).isEmpty();
    }

    @Test
    void unclosedMarkUpKeepsItsText() {
        // a body that never closes: its text stays, only the call-out goes
        assertThat(take("Title[footnoteRef:2][2:A/HRC/54/56. and more")).isEqualTo("Title[2:A/HRC/54/56. and more");
        assertThat(notes).isEmpty();
        // a call-out that never closes stays as it is
        assertThat(take("Title[footnoteRef:2 and more")).isEqualTo("Title[footnoteRef:2 and more");
        assertThat(notes).isEmpty();
    }

    @Test
    @Timeout(10)
    void manyUnclosedCallOutsAreReadInLinearTime() {
        String s = "[footnoteRef:1][1:[".repeat(20_000);
        String out = take(s);
        assertThat(out).startsWith("[1:[").endsWith("[footnoteRef:1][1:[").hasSizeLessThan(s.length());
        assertThat(notes).isEmpty();
    }
}

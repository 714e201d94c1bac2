package org.resdom.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A footnote whose call-out is inserted or deleted exists in one version only, its body with it. */
class RevisionsFootnotesTest {

    private static final Identity ID = Identity.of(Body.ITU_PP, DocumentKind.RESOLUTION, "1", Language.ENGLISH);

    private static Resolution doc(List<Paragraph> ps) {
        return new Resolution(
                ID,
                Optional.empty(),
                List.of(),
                List.of(new OperativeSection(Optional.of(OperativePhrase.of("resolves")), false, ps, Optional.empty())),
                List.of(),
                java.util.Map.of(),
                Optional.empty());
    }

    private static FootnoteRef ref(String m) {
        return new FootnoteRef(m, Optional.empty());
    }

    private static Footnote note(String m, String text) {
        return new Footnote(m, List.of(new Text(text)), Optional.empty());
    }

    private static List<String> notes(Resolution r) {
        return r.find(Footnote.class)
                .map(f -> f.marker() + " " + Inline.plainText(f.content()))
                .toList();
    }

    @Test
    void theBodyOfACallOutNotInAVersionIsDroppedAndEveryOtherBodyKept() {
        Resolution r = doc(List.of(
                Paragraph.of(
                        Label.of("1", "\t"),
                        List.of(new Text("to adopt the plan;"), Inserted.of(List.of(ref("1"))), note("1", "New."))),
                Paragraph.of(
                        Label.of("2", "\t"),
                        List.of(new Text("to review it;"), Deleted.of(List.of(ref("2"))), note("2", "Old."))),
                // called twice, one call deleted: the body stays in both versions
                Paragraph.of(
                        Label.of("3", "\t"),
                        List.of(
                                new Text("to report"),
                                ref("3"),
                                new Text(" and"),
                                Deleted.of(List.of(ref("3"))),
                                note("3", "Kept."))),
                // a body never called is not touched
                Paragraph.of(Label.of("4", "\t"), List.of(new Text("to close."), note("9", "Uncalled.")))));
        assertThat(notes(r.accepted())).containsExactly("1 New.", "3 Kept.", "9 Uncalled.");
        assertThat(notes(r.rejected())).containsExactly("2 Old.", "3 Kept.", "9 Uncalled.");
        Resolution plain = doc(List.of(Paragraph.of(
                Label.of("1", "\t"), List.of(new Text("to adopt the plan;"), ref("1"), note("1", "Note.")))));
        assertThat(plain.accepted()).isEqualTo(plain);
        assertThat(plain.rejected()).isEqualTo(plain);
    }
}

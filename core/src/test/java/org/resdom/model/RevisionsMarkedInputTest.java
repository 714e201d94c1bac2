package org.resdom.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@link Revisions#compare} of versions that already hold marks, or sections without a phrase. */
class RevisionsMarkedInputTest {

    private static final Identity ID = Identity.of(Body.ITU_PP, DocumentKind.RESOLUTION, "1", Language.ENGLISH);

    private static Resolution doc(List<OperativeSection> op) {
        return new Resolution(ID, Optional.empty(), List.of(), op, List.of(), java.util.Map.of(), Optional.empty());
    }

    private static OperativeSection section(String phrase, Paragraph... ps) {
        return new OperativeSection(
                Optional.ofNullable(phrase).map(OperativePhrase::of), false, List.of(ps), Optional.empty());
    }

    /** Whether a mark holds another mark, at any depth. */
    private static boolean nested(List<Inline> content, boolean inMark) {
        for (Inline i : content) {
            if (i instanceof Inserted m && (inMark || nested(m.content(), true))) {
                return true;
            }
            if (i instanceof Deleted m && (inMark || nested(m.content(), true))) {
                return true;
            }
        }
        return false;
    }

    @Test
    void marksOfAnInputAreNotNested() {
        Paragraph marked = Paragraph.of(
                Label.of("1", "\t"),
                List.of(new Text("to report "), Inserted.of(List.of(new Text("each year"))), new Text(".")));
        Resolution older = doc(List.of(section("resolves", marked)));
        Resolution newer = doc(List.of(
                section("resolves", Paragraph.of(Label.of("1", "\t"), List.of(new Text("to report each month."))))));
        Resolution diff = Revisions.compare(older, newer);
        assertThat(diff.find(Paragraph.class)).noneMatch(p -> nested(p.content(), false));
        assertThat(diff.accepted()).isEqualTo(newer);
        assertThat(diff.rejected()).isEqualTo(older.accepted());
        // a marked document compared with itself: its accepted version, no mark
        assertThat(Revisions.compare(older, older)).isEqualTo(older.accepted());
    }

    @Test
    void aSectionWithoutAPhraseBesideOneWithAPhraseIsCompared() {
        Paragraph p = Paragraph.of(Label.of("1", "\t"), List.of(new Text("to report.")));
        Resolution older = doc(List.of(section(null, p)));
        Resolution newer = doc(List.of(section("resolves", p)));
        Resolution diff = Revisions.compare(older, newer);
        assertThat(diff.accepted().operative().get(0).paragraphs()).containsExactly(p);
        Resolution back = Revisions.compare(newer, older);
        assertThat(back.accepted().find(Paragraph.class)).contains(p);
    }
}

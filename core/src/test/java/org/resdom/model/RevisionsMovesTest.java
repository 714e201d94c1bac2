package org.resdom.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@link Revisions#compare} recognises a paragraph that left one place and reappears elsewhere. */
class RevisionsMovesTest {

    private static final Identity ID = Identity.of(Body.ITU_PP, DocumentKind.RESOLUTION, "1", Language.ENGLISH);

    private static Resolution doc(String... texts) {
        List<Paragraph> ps = new ArrayList<>();
        for (String t : texts) {
            ps.add(Paragraph.of(List.of(new Text(t))));
        }
        return new Resolution(
                ID,
                Optional.empty(),
                List.of(),
                List.of(new OperativeSection(Optional.of(OperativePhrase.of("resolves")), false, ps, Optional.empty())),
                List.of(),
                java.util.Map.of(),
                Optional.empty());
    }

    /** Each mark of the diff as {@code +text@move} or {@code -text@move} ({@code @} alone: no move). */
    private static List<String> marks(Resolution r) {
        List<String> out = new ArrayList<>();
        for (Paragraph p : r.operative().get(0).paragraphs()) {
            for (Inline i : p.content()) {
                if (i instanceof Inserted m) {
                    out.add("+" + Inline.plainText(m.content()) + "@" + m.move().orElse(""));
                } else if (i instanceof Deleted m) {
                    out.add("-" + Inline.plainText(m.content()) + "@" + m.move().orElse(""));
                }
            }
        }
        return out;
    }

    private static final String A = "to invite Member States to take part in the work of the Union;";
    private static final String B = "to instruct the Secretary-General to report to the Council;";
    private static final String C = "to encourage the regional offices to hold workshops on the matter;";
    private static final String D = "to request the Director to prepare a plan for the next period;";

    @Test
    void aParagraphMovedWithTheSameTextIsAMove() {
        Resolution before = doc(A, B, C, D);
        Resolution after = doc(B, C, A, D);
        Resolution diff = Revisions.compare(before, after);
        assertThat(marks(diff)).containsExactly("-" + A + "@move1", "+" + A + "@move1");
        assertThat(diff.accepted()).isEqualTo(after);
        assertThat(diff.rejected()).isEqualTo(before);
    }

    @Test
    void twoParagraphsWithTheSameTextMovedAreTwoMoves() {
        // A appears twice; both copies move to the end
        Resolution before = doc(A, B, A, C, D);
        Resolution after = doc(B, C, D, A, A);
        Resolution diff = Revisions.compare(before, after);
        List<String> marks = marks(diff);
        assertThat(marks).hasSize(4).allSatisfy(m -> assertThat(m.substring(1)).startsWith(A + "@move"));
        assertThat(marks.stream().filter(m -> m.startsWith("-")).map(m -> m.substring(m.indexOf('@'))))
                .containsExactlyInAnyOrder("@move1", "@move2");
        assertThat(marks.stream().filter(m -> m.startsWith("+")).map(m -> m.substring(m.indexOf('@'))))
                .containsExactlyInAnyOrder("@move1", "@move2");
        assertThat(diff.accepted()).isEqualTo(after);
        assertThat(diff.rejected()).isEqualTo(before);
    }

    @Test
    void aReplacementSideBySideIsNoMove() {
        Resolution diff = Revisions.compare(doc(A, B, C), doc(A, D, C));
        assertThat(marks(diff)).noneMatch(m -> m.contains("@move"));
    }
}

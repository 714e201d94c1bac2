package org.resdom.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A list redrafted as a whole: a relabelled, edited paragraph alone inside it is not paired. */
class RevisionsRedraftTest {

    private static final Identity ID = Identity.of(Body.ITU_PP, DocumentKind.RESOLUTION, "1", Language.ENGLISH);

    private static Resolution doc(String... labelled) {
        List<Paragraph> ps = new ArrayList<>();
        for (String t : labelled) {
            int tab = t.indexOf('\t');
            ps.add(Paragraph.of(Label.of(t.substring(0, tab), "\t"), List.of(new Text(t.substring(tab + 1)))));
        }
        return new Resolution(
                ID,
                Optional.empty(),
                List.of(new PreambleSection(PreamblePhrase.of("considering"), false, ps, Optional.empty())),
                List.of(),
                List.of(),
                java.util.Map.of(),
                Optional.empty());
    }

    /** Per paragraph: {@code =} kept, {@code -} deleted whole, {@code +} inserted whole, {@code ~} paired with marks. */
    private static String shape(Resolution r) {
        StringBuilder sb = new StringBuilder();
        for (Paragraph p : r.preamble().get(0).paragraphs()) {
            List<Inline> c = p.content();
            sb.append(
                    !Revisions.hasMarks(c)
                            ? "="
                            : c.size() == 1 && c.get(0) instanceof Deleted
                                    ? "-"
                                    : c.size() == 1 && c.get(0) instanceof Inserted ? "+" : "~");
        }
        return sb.toString();
    }

    private static final String A = "the provisions of the Constitution relating to the strategic plan;";
    private static final String B = "Resolution 70 of this conference on the equality of women and men in the plan;";
    private static final String B2 =
            "Resolution 70 of the plenipotentiary conference on the equality of women and men in the plan;";
    private static final String C =
            "Resolution 72 on the coordination of the strategic, financial and operational plans;";
    private static final String X = "Resolution 25 on the strengthening of the regional presence;";
    private static final String Y = "Resolution 48 on the management and development of human resources;";
    private static final String OLD = "article 19 of the Convention on the participation of Sector Members;";
    private static final String Z = "Resolution 200 on the Connect 2030 agenda for global telecommunications;";

    @Test
    void aRelabelledEditedParagraphAloneInAReplacedRunIsReplacedWithIt() {
        Resolution before = doc("a)\t" + A, "b)\t" + OLD, "c)\t" + B, "d)\t" + C);
        Resolution after = doc("a)\t" + A, "b)\t" + X, "c)\t" + Y, "d)\t" + B2, "e)\t" + Z);
        Resolution diff = Revisions.compare(before, after);
        // the old b) c) d) deleted, then the new b) to e) inserted: nothing paired inside the run
        assertThat(shape(diff)).isEqualTo("=---++++");
        assertThat(diff.accepted()).isEqualTo(after);
        assertThat(diff.rejected()).isEqualTo(before);
    }

    @Test
    void aRelabelledEditedParagraphNextToARenumberedOneStaysPaired() {
        Resolution before = doc("a)\t" + A, "b)\t" + B, "c)\t" + C);
        Resolution after = doc("a)\t" + A, "b)\t" + X, "c)\t" + B2, "d)\t" + C);
        Resolution diff = Revisions.compare(before, after);
        assertThat(shape(diff)).isEqualTo("=+~~");
        assertThat(diff.accepted()).isEqualTo(after);
        assertThat(diff.rejected()).isEqualTo(before);
    }
}

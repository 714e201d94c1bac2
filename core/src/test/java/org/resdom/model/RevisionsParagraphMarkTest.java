package org.resdom.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A mark of a pilcrow alone at the end of a paragraph: its paragraph mark inserted or deleted. */
class RevisionsParagraphMarkTest {

    private static final Identity ID = Identity.of(Body.ITU_PP, DocumentKind.RESOLUTION, "1", Language.ENGLISH);

    private static Resolution doc(List<Paragraph> ps) {
        return new Resolution(
                ID,
                java.util.Optional.empty(),
                List.of(),
                List.of(new OperativeSection(
                        java.util.Optional.of(OperativePhrase.of("resolves")), false, ps, java.util.Optional.empty())),
                List.of(),
                java.util.Map.of(),
                java.util.Optional.empty());
    }

    private static List<String> texts(Resolution r) {
        return r.operative().get(0).paragraphs().stream()
                .map(p -> p.label().map(Label::text).orElse("") + "|" + p.plainText())
                .toList();
    }

    @Test
    void anInsertedParagraphMarkSplitsAndADeletedOneMerges() {
        Paragraph split = Paragraph.of(
                Label.of("1", "\t"),
                List.of(new Text("to adopt the plan "), Inserted.of(List.of(new Text(Revisions.PARAGRAPH_MARK)))));
        Paragraph second = Paragraph.of(List.of(Inserted.of(List.of(new Text("2\t"))), new Text("and to report;")));
        Paragraph merged = Paragraph.of(
                Label.of("3", "\t"),
                List.of(new Text("to consult "), Deleted.of(List.of(new Text(Revisions.PARAGRAPH_MARK)))));
        Paragraph fourth = Paragraph.of(List.of(Deleted.of(List.of(new Text("4\t"))), new Text("the members.")));
        Resolution r = doc(List.of(split, second, merged, fourth));
        assertThat(texts(r.accepted()))
                .containsExactly("1|to adopt the plan ", "2|and to report;", "3|to consult the members.");
        assertThat(texts(r.rejected()))
                .containsExactly("1|to adopt the plan and to report;", "3|to consult ", "4|the members.");
    }

    @Test
    void aPilcrowInTheMiddleOrAtTheEndOfAListIsNoMerge() {
        Paragraph last = Paragraph.of(
                Label.of("1", "\t"),
                List.of(new Text("to report "), Deleted.of(List.of(new Text(Revisions.PARAGRAPH_MARK)))));
        Paragraph literal =
                Paragraph.of(Label.of("2", "\t"), List.of(Inserted.of(List.of(new Text("¶"))), new Text(" a sign")));
        Resolution r = doc(List.of(literal, last));
        assertThat(texts(r.accepted())).containsExactly("2|¶ a sign", "1|to report ");
        assertThat(texts(r.rejected())).containsExactly("2| a sign", "1|to report ");
    }
}

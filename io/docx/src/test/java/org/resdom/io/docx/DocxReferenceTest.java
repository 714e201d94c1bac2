package org.resdom.io.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.resdom.diagnostic.Diagnostic;
import org.resdom.io.ReadResult;
import org.resdom.model.Deleted;
import org.resdom.model.Inline;
import org.resdom.model.Inserted;
import org.resdom.model.Located;
import org.resdom.model.Node;
import org.resdom.model.Paragraph;
import org.resdom.model.Resolution;
import org.resdom.model.Revisions;
import org.resdom.testsupport.DocxFixtures;
import org.resdom.validation.Validator;

/** The reference input as a Word document with real tracked changes. */
class DocxReferenceTest {

    static final byte[] DOCX = DocxFixtures.reference();
    static final String REFERENCE = org.resdom.testing.SeedFixture.text();

    @Test
    void flattenedLikeAnExtractorIsTheReferenceInputByteForByte() throws IOException {
        String flat = DocxResolutionReader.create()
                .flatten(new ByteArrayInputStream(DOCX))
                .orElseThrow();
        if (!flat.equals(REFERENCE)) {
            java.nio.file.Files.writeString(java.nio.file.Path.of("target/flattened.txt"), flat);
        }
        assertThat(flat).isEqualTo(REFERENCE);
    }

    @Test
    void everyChangeIsAMarkWithAuthorAndDate() {
        ReadResult read = DocxResolutionReader.create().read(DOCX);
        Resolution r = read.resolution();
        List<Inserted> ins = r.find(Inserted.class).toList();
        List<Deleted> del = r.find(Deleted.class).toList();
        assertThat(ins.size() + del.size()).isEqualTo(61);
        assertThat(ins).allSatisfy(i -> {
            assertThat(i.author()).isPresent();
            assertThat(i.date()).isPresent();
        });
        assertThat(del).allSatisfy(i -> {
            assertThat(i.author()).isPresent();
            assertThat(i.date()).isPresent();
        });
        assertThat(read.diagnostics()).extracting(Diagnostic::code).doesNotContain("DOCX-CHANGE-UNPLACED");
        assertThat(ins.stream().filter(i -> i.move().isPresent())).hasSize(1);
        assertThat(del.stream().filter(i -> i.move().isPresent())).hasSize(1);
    }

    @Test
    void acceptedIsThe2022TextAndRejectedThe2018Text() {
        Resolution r = DocxResolutionReader.create().read(DOCX).resolution();
        Resolution accepted = r.accepted();
        Resolution rejected = r.rejected();
        for (Resolution v : List.of(accepted, rejected)) {
            assertThat(v.find(Inserted.class)).isEmpty();
            assertThat(v.find(Deleted.class)).isEmpty();
            assertThat(Validator.standard().validate(v))
                    .extracting(Diagnostic::code)
                    .doesNotContain("RD-LABEL-DUPLICATE", "RD-LABEL-GLUED");
        }
        assertThat(accepted.formula().orElseThrow().plainText())
                .contains("(Bucarest,\u00a02022)")
                .doesNotContain("2018");
        assertThat(rejected.formula().orElseThrow().plainText())
                .contains("(Dubaï, 2018)")
                .doesNotContain("Bucarest");
        assertThat(accepted.preamble())
                .extracting(s -> s.phrase().text())
                .containsExactly("considérant", "considérant en outre", "notant", "reconnaissant");
        assertThat(rejected.preamble())
                .extracting(s -> s.phrase().text())
                .containsExactly("considérant", "se félicitant", "notant", "reconnaissant");
        assertThat(labels(accepted.operative().get(1).paragraphs())).isEqualTo("1 2 3 4 5 6 7");
        assertThat(labels(rejected.operative().get(1).paragraphs())).isEqualTo("1 2 3 4 5 6");
        assertThat(labels(accepted.operative().get(2).paragraphs())).isEqualTo("1 2 3 4 5");
        assertThat(labels(rejected.operative().get(2).paragraphs())).isEqualTo("1 2 3 4");
        assertThat(labels(accepted.preamble().get(0).paragraphs())).isEqualTo("a) b) c) d) e) f) g) h)");
        assertThat(labels(rejected.preamble().get(0).paragraphs())).isEqualTo("a) b) c) d)");
    }

    static String labels(List<Paragraph> ps) {
        return ps.stream().map(p -> p.label().map(l -> l.text()).orElse("-")).collect(Collectors.joining(" "));
    }

    @Test
    void comparingTheVersionsGivesBackTheVersionsAndTheMarksOfTheWordDocument() {
        Resolution r = DocxResolutionReader.create().read(DOCX).resolution();
        Resolution diff = Revisions.compare(r.rejected(), r.accepted());
        assertThat(diff.accepted()).isEqualTo(r.accepted());
        assertThat(diff.rejected()).isEqualTo(r.rejected());
        List<String> word = marks(r);
        List<String> ours = marks(diff);
        List<String> same = new ArrayList<>(ours);
        same.retainAll(word);
        System.out.println("marked paragraphs: " + word.size() + " in Word, " + ours.size() + " in the diff, "
                + same.size() + " identical");
        assertThat(word).hasSize(28);
        // every paragraph Word marked, with exactly Word's marks, and no other
        assertThat(ours).isEqualTo(word);
        assertThat(same).hasSize(28);
        // the old c) and the new d), relabelled and edited inside the replaced b)-d) / b)-h): deleted
        // and inserted whole, as Word has them, not paired
        assertThat(ours)
                .anySatisfy(m -> assertThat(m)
                        .startsWith("-[c)\tla Résolution 70 (Rév. Dubaï, 2018)")
                        .endsWith(" +[]"))
                .anySatisfy(m -> assertThat(m).startsWith("-[] +[d)\tla Résolution 70 [Rév. Bucarest, 2022]"));
        // the move is recognised as a move, the renumbering as label marks
        assertThat(diff.find(Inserted.class).filter(i -> i.move().isPresent())).hasSize(1);
        assertThat(diff.find(Deleted.class).filter(i -> i.move().isPresent())).hasSize(1);
        assertThat(ours).contains("-[1] +[2]", "-[2] +[3]", "-[3] +[4]");
    }

    private static Paragraph markedParagraph(Resolution r, String marks) {
        return r.find(Paragraph.class)
                .filter(p -> marks.equals(marks(p)))
                .findFirst()
                .orElseThrow();
    }

    /** The paragraph's text, label included, in one version. */
    private static String version(Paragraph p, boolean accepted) {
        StringBuilder sb = new StringBuilder();
        for (Inline i : p.content()) {
            if (i instanceof Inserted m) {
                sb.append(accepted ? Inline.plainText(m.content()) : "");
            } else if (i instanceof Deleted m) {
                sb.append(accepted ? "" : Inline.plainText(m.content()));
            } else {
                sb.append(Inline.plainText(List.of(i)));
            }
        }
        return sb.toString();
    }

    @Test
    void comparingADocumentWithItselfGivesNoMark() {
        Resolution a = DocxResolutionReader.create().read(DOCX).resolution().accepted();
        Resolution same = Revisions.compare(a, a);
        assertThat(same).isEqualTo(a);
        assertThat(same.find(Inserted.class)).isEmpty();
        assertThat(same.find(Deleted.class)).isEmpty();
    }

    /** Per marked paragraph (in order): its deleted texts and its inserted texts, sorted. */
    static List<String> marks(Resolution r) {
        List<String> out = new ArrayList<>();
        for (Located<Node> l : r.elements()) {
            if (l.node() instanceof Paragraph p) {
                String m = marks(p);
                if (m != null) {
                    out.add(m);
                }
            }
        }
        return out;
    }

    /** @return the paragraph's deleted and inserted texts (not its items'), or null when it has none */
    static String marks(Paragraph p) {
        List<String> del = new ArrayList<>();
        List<String> ins = new ArrayList<>();
        collect(p.content(), del, ins);
        collect(p.wrapUp(), del, ins);
        if (del.isEmpty() && ins.isEmpty()) {
            return null;
        }
        del.sort(null);
        ins.sort(null);
        return "-" + del + " +" + ins;
    }

    private static void collect(List<Inline> content, List<String> del, List<String> ins) {
        for (Inline i : content) {
            if (i instanceof Inserted m) {
                ins.add(Inline.plainText(m.content()));
            } else if (i instanceof Deleted m) {
                del.add(Inline.plainText(m.content()));
            } else if (i instanceof org.resdom.model.Footnote f) {
                collect(f.content(), del, ins);
            }
        }
    }
}

package org.resdom.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.resdom.testing.Theories.qt;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;
import org.resdom.model.Deleted;
import org.resdom.model.Inserted;
import org.resdom.model.OperativeSection;
import org.resdom.model.Paragraph;
import org.resdom.model.PreambleSection;
import org.resdom.model.Resolution;
import org.resdom.model.Revisions;

/**
 * {@link Revisions#compare}, {@link Resolution#accepted()} and {@link Resolution#rejected()} on
 * generated documents: related pairs (one document and an edit of it) and unrelated ones.
 */
class RevisionsPropertiesTest {

    private static List<String> texts(Resolution r) {
        return r.find(Paragraph.class)
                .filter(p -> !p.plainText().isBlank())
                .map(p -> p.plainText().strip())
                .toList();
    }

    private static void assertGivesBothBack(Resolution older, Resolution newer) {
        Resolution diff = Revisions.compare(older, newer);
        // compared as a whole first: a failure message of two long lists would fill the heap while shrinking
        List<String> accepted = texts(diff.accepted());
        List<String> rejected = texts(diff.rejected());
        if (!accepted.equals(texts(newer)) || !rejected.equals(texts(older))) {
            assertThat(accepted.subList(0, Math.min(40, accepted.size())))
                    .isEqualTo(texts(newer).subList(0, Math.min(40, texts(newer).size())));
            assertThat(rejected.subList(0, Math.min(40, rejected.size())))
                    .isEqualTo(texts(older).subList(0, Math.min(40, texts(older).size())));
            throw new AssertionError("the versions differ after the first 40 paragraphs");
        }
    }

    @Test
    void comparingADocumentWithItselfGivesNoMark() {
        qt().withExamples(100).forAll(Generators.wellFormed()).checkAssert(g -> {
            Resolution r = g.accepted();
            Resolution same = Revisions.compare(r, r);
            assertThat(same.find(Inserted.class)).isEmpty();
            assertThat(same.find(Deleted.class)).isEmpty();
            assertThat(texts(same)).isEqualTo(texts(r));
        });
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void theDifferenceOfUnrelatedDocumentsGivesBothBack() {
        qt().withExamples(100)
                .forAll(Generators.wellFormed(), Generators.wellFormed())
                .checkAssert((x, y) -> assertGivesBothBack(x.accepted(), y.accepted()));
    }

    /** The annexes without their paragraphs: number, heading, title. */
    private static List<String> annexes(Resolution r) {
        return r.annexes().stream()
                .map(a -> a.number() + "|" + a.heading() + "|" + a.title())
                .toList();
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void eachVersionGetsItsOwnIdentityAndAnnexesBack() {
        qt().withExamples(100)
                .forAll(Generators.wellFormed(), Generators.wellFormed())
                .checkAssert((x, y) -> {
                    Resolution a = x.accepted();
                    Resolution b = y.accepted();
                    Resolution diff = Revisions.compare(a, b);
                    assertThat(diff.rejected().identity()).isEqualTo(a.identity());
                    assertThat(diff.accepted().identity()).isEqualTo(b.identity());
                    assertThat(annexes(diff.rejected())).isEqualTo(annexes(a));
                    assertThat(annexes(diff.accepted())).isEqualTo(annexes(b));
                    assertThat(diff.accepted().metadata()).isEqualTo(b.metadata());
                    boolean same =
                            a.identity().equals(b.identity()) && annexes(a).equals(annexes(b));
                    assertThat(Revisions.unmarkedChanges(diff).isEmpty()).isEqualTo(same);
                });
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void theDifferenceOfADocumentAndAnEditOfItGivesBothBack() {
        Gen<Resolution> docs = Generators.wellFormed().map(Resolution::accepted);
        qt().withExamples(100)
                .forAll(docs, docs, SourceDSL.integers().between(0, 1 << 20))
                .checkAssert((x, y, seed) -> {
                    Resolution edited = edit(x, y, seed);
                    assertGivesBothBack(x, edited);
                });
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void theDifferenceOfADocumentAndAWordEditOfItGivesBothBack() {
        Gen<Resolution> docs = Generators.wellFormed().map(Resolution::accepted);
        qt().withExamples(200)
                .forAll(docs, SourceDSL.integers().between(0, 1 << 20))
                .checkAssert((x, seed) -> {
                    Resolution edited = editWords(x, seed);
                    assertGivesBothBack(x, edited);
                    Resolution diff = Revisions.compare(x, edited);
                    assertThat(diff.accepted()).isEqualTo(edited);
                    assertThat(diff.rejected()).isEqualTo(x);
                });
    }

    /** Words, elided articles, punctuation and spaces an edit puts in. */
    private static final String[] INSERTS = {
        "d'", "l'", "de ", ", ", "  ", "Conseil", "des", "and", "x", "2022", "qu'il", "(", "; "
    };

    /**
     * An edit of {@code x} inside its operative paragraphs: in the texts, words dropped, replaced
     * and put in (chosen by {@code seed}), labels and structure kept.
     */
    private static Resolution editWords(Resolution x, int seed) {
        java.util.Random random = new java.util.Random(seed);
        List<OperativeSection> operative = new ArrayList<>();
        for (OperativeSection s : x.operative()) {
            List<Paragraph> ps = new ArrayList<>();
            for (Paragraph p : s.paragraphs()) {
                List<org.resdom.model.Inline> content = new ArrayList<>();
                for (org.resdom.model.Inline i : p.content()) {
                    if (i instanceof org.resdom.model.Text t && random.nextBoolean()) {
                        String text = editWords(t.text(), random);
                        // a paragraph emptied of all its text is no paragraph: keep that text
                        content.add(org.resdom.model.Text.of(text.isEmpty() ? t.text() : text));
                    } else {
                        content.add(i);
                    }
                }
                ps.add(new Paragraph(
                        p.anchors(),
                        p.label(),
                        org.resdom.model.Inline.normalize(content),
                        p.items(),
                        p.wrapUp(),
                        p.span()));
            }
            operative.add(new OperativeSection(s.phrase(), s.runIn(), ps, s.span()));
        }
        return new Resolution(x.identity(), x.formula(), x.preamble(), operative, x.annexes(), x.metadata(), x.span());
    }

    private static String editWords(String text, java.util.Random random) {
        StringBuilder sb = new StringBuilder();
        for (String w : text.split("(?<=[ '\u2019,])", -1)) {
            int roll = random.nextInt(8);
            if (roll == 0) {
                continue; // dropped
            }
            if (roll == 1 || roll == 2) {
                sb.append(INSERTS[random.nextInt(INSERTS.length)]);
            }
            if (roll != 1) {
                sb.append(w);
            }
        }
        return sb.toString();
    }

    /**
     * An edit of {@code x}: some of its operative paragraphs replaced by paragraphs of {@code y},
     * some dropped, the rest kept (chosen by {@code seed}).
     */
    private static Resolution edit(Resolution x, Resolution y, int seed) {
        List<Paragraph> donors =
                y.operative().stream().flatMap(s -> s.paragraphs().stream()).toList();
        java.util.Random random = new java.util.Random(seed);
        List<OperativeSection> operative = new ArrayList<>();
        int d = 0;
        for (OperativeSection s : x.operative()) {
            List<Paragraph> ps = new ArrayList<>();
            for (Paragraph p : s.paragraphs()) {
                int roll = random.nextInt(6);
                if (roll == 0 && !donors.isEmpty()) {
                    ps.add(donors.get(d++ % donors.size()));
                } else if (roll != 1) {
                    ps.add(p);
                }
            }
            operative.add(new OperativeSection(s.phrase(), s.runIn() && !ps.isEmpty(), ps, s.span()));
        }
        return new Resolution(x.identity(), x.formula(), x.preamble(), operative, x.annexes(), x.metadata(), x.span());
    }

    /**
     * Two large documents with nothing in common (about 300 KB of text each): the comparison
     * stays within its work budget, finishes, and still gives both versions back. Before the
     * budget, such a pair ran out of a 1 GB heap.
     */
    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void largeUnrelatedDocumentsFinish() {
        Resolution older = large(Generators.wellFormed(), 1);
        Resolution newer = large(Generators.wellFormed(), 2);
        assertGivesBothBack(older, newer);
    }

    /** About 150 generated documents' operative sections one after the other. */
    private static Resolution large(Gen<Resolution> gen, long seed) {
        List<Resolution> parts = new ArrayList<>();
        qt().withFixedSeed(seed).withExamples(150).forAll(gen).checkAssert(r -> parts.add(r.accepted()));
        Resolution first = parts.get(0);
        List<OperativeSection> operative = new ArrayList<>();
        List<PreambleSection> preamble = new ArrayList<>();
        for (Resolution r : parts) {
            preamble.addAll(r.preamble());
            operative.addAll(r.operative());
        }
        return new Resolution(
                first.identity(), first.formula(), preamble, operative, List.of(), first.metadata(), first.span());
    }
}

package org.resdom.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What {@link Revisions#compare} cannot mark inline: identity fields and annexes, kept and listed. */
class RevisionsUnmarkedTest {

    private static Resolution older() {
        Identity id = new Identity(
                Body.ITU_PP,
                DocumentKind.RESOLUTION,
                Optional.of("71"),
                Optional.of("RÉSOLUTION 71 (RÉV. DUBAÏ, 2018)"),
                Optional.of("Plan stratégique de l'Union"),
                Language.FRENCH,
                List.of(Revision.adopted("Kyoto", 1994), Revision.rev("Dubaï", 2018)));
        return Resolution.builder(id)
                .operative("décide", s -> s.item("1", "d'adopter le plan;"))
                .annex("1", "ANNEXE 1", s -> s.item("1", "Texte de l'annexe."))
                .build();
    }

    private static Resolution newer() {
        Identity id = new Identity(
                Body.ITU_PP,
                DocumentKind.RESOLUTION,
                Optional.of("71"),
                Optional.of("RÉSOLUTION 71 (RÉV. BUCAREST, 2022)"),
                Optional.empty(),
                Language.FRENCH,
                List.of(Revision.adopted("Kyoto", 1994), Revision.rev("Bucarest", 2022)));
        Resolution r = Resolution.builder(id)
                .operative("décide", s -> s.item("1", "d'adopter le plan stratégique;"))
                .build();
        Annex a = new Annex(
                Optional.of("1"),
                "ANNEXE 1",
                Optional.of("Plan stratégique pour 2024-2027"),
                List.of(Paragraph.of("1", "Texte de l'annexe.")),
                Optional.empty());
        Annex b = Annex.of("2", "ANNEXE 2", List.of(Paragraph.of("1", "Une nouvelle annexe.")));
        return new Resolution(
                r.identity(), r.formula(), r.preamble(), r.operative(), List.of(a, b), r.metadata(), r.span());
    }

    @Test
    void theOlderIdentityAndAnnexTitlesAreKeptSoBothVersionsComeBackWhole() {
        Resolution a = older();
        Resolution b = newer();
        Resolution d = Revisions.compare(a, b);
        assertThat(d.identity()).isEqualTo(b.identity());
        assertThat(d.metadata())
                .containsEntry("revision.before.heading", "RÉSOLUTION 71 (RÉV. DUBAÏ, 2018)")
                .containsEntry("revision.before.history.2", "Rev. Dubaï, 2018")
                .containsEntry("revision.before.annexes", "1")
                .containsEntry("revision.after.annexes", "2")
                .containsEntry("revision.before.absent", "annex.1.title")
                .containsEntry("revision.before.title", "Plan stratégique de l'Union");
        assertThat(d.rejected()).isEqualTo(a);
        assertThat(d.accepted()).isEqualTo(b);
        assertThat(d.accepted().metadata()).isEmpty();
        assertThat(d.rejected().metadata()).isEmpty();
    }

    @Test
    void theChangesThatHaveNoInlineMarkAreListed() {
        List<UnmarkedChange> changes = Revisions.unmarkedChanges(Revisions.compare(older(), newer()));
        assertThat(changes)
                .extracting(UnmarkedChange::toString)
                .containsExactly(
                        "title: \"Plan stratégique de l'Union\" -> none",
                        "heading: \"RÉSOLUTION 71 (RÉV. DUBAÏ, 2018)\" -> \"RÉSOLUTION 71 (RÉV. BUCAREST, 2022)\"",
                        "history: \"Kyoto, 1994; Rev. Dubaï, 2018\" -> \"Kyoto, 1994; Rev. Bucarest, 2022\"",
                        "annexes: \"1\" -> \"2\"",
                        "annex.1.title: none -> \"Plan stratégique pour 2024-2027\"");
    }

    @Test
    void aDocumentComparedWithItselfOrReadWithMarksHasNoUnmarkedChange() {
        Resolution a = older();
        Resolution same = Revisions.compare(a, a);
        assertThat(same.metadata()).isEqualTo(a.metadata());
        assertThat(Revisions.unmarkedChanges(same)).isEmpty();
        assertThat(Revisions.unmarkedChanges(a)).isEmpty();
    }

    @Test
    void metadataEditedByHandIsIgnoredNeverThrown() {
        Resolution d = Revisions.compare(older(), newer());
        java.util.Map<String, String> meta = new java.util.TreeMap<>(d.metadata());
        meta.put("revision.before.body", "NO_SUCH_BODY");
        meta.put("revision.before.history.2", "nonsense");
        meta.put("revision.before.annexes", "many");
        meta.put("revision.before.annex.1.heading", " ");
        Resolution bad =
                new Resolution(d.identity(), d.formula(), d.preamble(), d.operative(), d.annexes(), meta, d.span());
        Resolution r = bad.rejected();
        assertThat(r.identity().body()).isEqualTo(Body.ITU_PP);
        assertThat(r.identity().history()).isEqualTo(newer().identity().history());
        assertThat(r.annexes()).hasSize(2);
        assertThat(r.annexes().get(0).heading()).isEqualTo("ANNEXE 1");
        assertThat(Revisions.unmarkedChanges(bad)).isNotNull();
    }
}

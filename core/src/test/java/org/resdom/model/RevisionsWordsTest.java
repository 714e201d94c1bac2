package org.resdom.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** How {@link Revisions#compare} cuts the change inside one paragraph: words, spaces, rewordings. */
class RevisionsWordsTest {

    private static final Identity ID = Identity.of(Body.ITU_PP, DocumentKind.RESOLUTION, "1", Language.FRENCH);

    private static Resolution doc(String text) {
        return Resolution.builder(ID)
                .operative("décide", s -> s.item("1", text))
                .build();
    }

    /** The compared paragraph written with {@code {-…-}} and {@code {+…+}}; both versions checked. */
    private static String diff(String older, String newer) {
        Resolution a = doc(older);
        Resolution b = doc(newer);
        Resolution d = Revisions.compare(a, b);
        assertThat(d.accepted()).isEqualTo(b);
        assertThat(d.rejected()).isEqualTo(a);
        Paragraph p = d.operative().get(0).paragraphs().get(0);
        return show(p.content());
    }

    private static String show(List<Inline> content) {
        StringBuilder sb = new StringBuilder();
        for (Inline i : content) {
            if (i instanceof Inserted m) {
                sb.append("{+").append(Inline.plainText(m.content())).append("+}");
            } else if (i instanceof Deleted m) {
                sb.append("{-").append(Inline.plainText(m.content())).append("-}");
            } else {
                sb.append(Inline.plainText(List.of(i)));
            }
        }
        return sb.toString();
    }

    @Test
    void anElidedArticleIsAWordOfItsOwn() {
        // "d'examiner" is "d'" and "examiner": the verb stays common when only the article changes
        assertThat(diff(
                        "de demander au Secrétaire d'examiner le rapport annuel;",
                        "d'inviter le Secrétaire général à examiner le rapport annuel;"))
                .isEqualTo("{-de demander au-}{+d'inviter le+} Secrétaire {-d'-}{+général à +}examiner le rapport"
                        + " annuel;");
    }

    @Test
    void contentWordsAlignBeforeShortWordsAndSpaces() {
        // "examiner le rapport" (content words) is kept; "de" and "à" do not pull the alignment apart
        assertThat(diff(
                        "de prier le Conseil d'examiner le rapport à sa session;",
                        "de prier le Groupe de travail à examiner le rapport;"))
                .isEqualTo("de prier le {-Conseil d'-}{+Groupe de travail à +}examiner le rapport{- à sa session-};");
    }

    @Test
    void aRewordingAbsorbsACommonWordMuchShorterThanItsSides() {
        // one rewording, not two changes around the common "des"
        String start = "de continuer de dialoguer avec les États Membres et les autres entités, afin de ";
        assertThat(diff(
                        start + "garantir la pleine application des décisions prises par les organes directeurs,",
                        start + "contribuer aux activités des entités chargées du suivi dans ce domaine,"))
                .isEqualTo(start + "{-garantir la pleine application des décisions prises par les organes directeurs-}"
                        + "{+contribuer aux activités des entités chargées du suivi dans ce domaine+},");
    }

    @Test
    void aCommonWordAsLongAsTheChangesAroundItStays() {
        assertThat(diff("de prier le Conseil d'agir;", "d'aider le Conseil à agir;"))
                .isEqualTo("{-de prier-}{+d'aider+} le Conseil {-d'-}{+à +}agir;");
        assertThat(diff("le rapport annuel du Conseil", "le rapport final du Conseil"))
                .isEqualTo("le rapport {-annuel-}{+final+} du Conseil");
    }

    @Test
    void spacesAreKeptWhereTheyAreCommon() {
        assertThat(diff("le plan  stratégique", "le plan stratégique")).isEqualTo("le plan{-  -}{+ +}stratégique");
        assertThat(diff("le plan stratégique", "le plan stratégique et financier"))
                .isEqualTo("le plan stratégique{+ et financier+}");
    }

    @Test
    void aParagraphComparedWithItselfHasNoMark() {
        Resolution a = doc("d'inviter le Secrétaire général à examiner l'ensemble des rapports;");
        assertThat(Revisions.compare(a, a)).isEqualTo(a);
    }
}

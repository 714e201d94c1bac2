package org.resdom.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.resdom.model.AnnexCitation;
import org.resdom.model.Body;
import org.resdom.model.Brackets;
import org.resdom.model.Deleted;
import org.resdom.model.DocumentKind;
import org.resdom.model.Identity;
import org.resdom.model.Inserted;
import org.resdom.model.Instrument;
import org.resdom.model.InstrumentCitation;
import org.resdom.model.Language;
import org.resdom.model.OpeningFormula;
import org.resdom.model.ProvisionCitation;
import org.resdom.model.Resolution;
import org.resdom.model.Revision;
import org.resdom.model.Text;
import org.resdom.model.UnResolutionCitation;

/**
 * The seed document, ITU Plenipotentiary Conference Resolution 71 (Rev. Bucharest, 2022) in
 * French: its tracked-changes-flattened text as a DOCX text extractor wrote it, bundled in this
 * jar ({@link #text()}, {@link #RESOURCE}; the one copy resdom's own tests read), and a
 * hand-built copy of its structure ({@link #resolution71()}) as that text gives it: the same
 * sections, labels (including the duplicated and glued ones the flattening left), sub-items,
 * bookmarks, the footnote and representative citations. Paragraph texts are shortened.
 * Public ITU text; source: International Telecommunication Union.
 *
 * <p>What the standard validator finds on it: the duplicated labels {@code b) c) d)} of the
 * first {@code considérant}, {@code b)} of {@code reconnaissant}, {@code 3} of the first
 * {@code charge}; the glued numbers {@code 56 67} of the first {@code charge} and
 * {@code 21 32 43 54} of the second.
 */
public final class SeedFixture {

    /** The seed text's file name without extension, as golden files and test names use it: {@value}. */
    public static final String NAME = "res71-fr-tracked-flattened";

    /** The seed text's file name: {@value}. */
    public static final String FILE_NAME = NAME + ".txt";

    /** The seed text's absolute class path resource name: {@value}. */
    public static final String RESOURCE = "/org/resdom/testing/" + FILE_NAME;

    private SeedFixture() {}

    /**
     * The seed text exactly as the extractor wrote it.
     *
     * @return the bytes of {@link #RESOURCE} (UTF-8); a new array on each call
     */
    public static byte[] bytes() {
        try (InputStream in = SeedFixture.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing class path resource " + RESOURCE);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the seed text, decoded from UTF-8 */
    public static String text() {
        return new String(bytes(), StandardCharsets.UTF_8);
    }

    /**
     * Writes the seed text into a folder, for tests of code that reads files (a command line,
     * a corpus).
     *
     * @param dir an existing folder
     * @return the written file, {@code dir/}{@value #FILE_NAME}
     * @throws IOException if it cannot be written
     */
    public static Path copyTo(Path dir) throws IOException {
        return Files.write(dir.resolve(FILE_NAME), bytes());
    }

    /** @return the identity of Resolution 71 (Rev. Bucharest, 2022), French */
    public static Identity identity() {
        return new Identity(
                Body.ITU_PP,
                DocumentKind.RESOLUTION,
                Optional.of("71"),
                Optional.of("RÉSOLUTION 71 (RÉV. BUCAREST, 2022)"),
                Optional.of("Plan stratégique de l'Union pour la période 2024-2027"),
                Language.FRENCH,
                List.of(
                        Revision.adopted("Kyoto", 1994),
                        Revision.rev("Minneapolis", 1998),
                        Revision.rev("Marrakech", 2002),
                        Revision.rev("Antalya", 2006),
                        Revision.rev("Guadalajara", 2010),
                        Revision.rev("Busan", 2014),
                        Revision.rev("Dubaï", 2018),
                        Revision.rev("Bucarest", 2022)));
    }

    /** @return the seed's structure, built with the builder; a new (equal) instance on each call */
    public static Resolution resolution71() {
        return Resolution.builder(identity())
                .formula(new OpeningFormula(
                        List.of(
                                Text.of(
                                        "La Conférence de plénipotentiaires de l'Union internationale des télécommunications ("),
                                Deleted.of(List.of(Text.of("Dubaï, 2018"))),
                                Inserted.of(List.of(Text.of("Bucarest, 2022"))),
                                Text.of("),")),
                        Optional.empty()))
                .preamble(
                        "considérant",
                        s -> s.item(
                                        "a)",
                                        "les articles et les dispositions de la Constitution de l'UIT et de la Convention "
                                                + "de l'UIT relatives aux politiques et plans stratégiques;")
                                .item(
                                        "b)",
                                        p -> p.text("l'")
                                                .cite(provision(
                                                        Optional.of("19"),
                                                        Optional.empty(),
                                                        "article 19 de la Convention"))
                                                .text(" relatif à la participation des Membres des "
                                                        + "Secteurs aux activités de l'Union;"))
                                .item(
                                        "c)",
                                        p -> p.text("la ")
                                                .cite(pp("70", "Dubaï", 2018, Brackets.ROUND))
                                                .text(
                                                        " de la présente Conférence, relative à l'égalité hommes/femmes;"))
                                .item(
                                        "d)",
                                        p -> p.text("la ")
                                                .cite(pp("72", "Busan", 2014, Brackets.ROUND))
                                                .text(
                                                        " de la Conférence de plénipotentiaires, sur la coordination des plans,"))
                                .item(
                                        "b)",
                                        p -> p.text("la ")
                                                .cite(pp("25", "Bucarest", 2022, Brackets.SQUARE))
                                                .text(
                                                        " de la Conférence de plénipotentiaires, sur les bureaux régionaux;"))
                                .item(
                                        "c)",
                                        p -> p.text("la ")
                                                .cite(pp("48", "Bucarest", 2022, Brackets.SQUARE))
                                                .text(
                                                        " de la Conférence de plénipotentiaires, sur les ressources humaines;"))
                                .item(
                                        "d)",
                                        p -> p.text("la ")
                                                .cite(pp("70", "Bucarest", 2022, Brackets.SQUARE))
                                                .text(
                                                        " de la Conférence de plénipotentiaires, sur l'égalité hommes/femmes;"))
                                .item(
                                        "e)",
                                        p -> p.anchor("_Toc165351524")
                                                .anchor("_Toc407016239")
                                                .anchor("_Toc536017972")
                                                .text("la ")
                                                .cite(pp("140", "Bucarest", 2022, Brackets.SQUARE))
                                                .text(
                                                        " de la Conférence de plénipotentiaires \"Rôle de l'UIT dans la mise en œuvre "
                                                                + "des résultats du SMSI\";"))
                                .item(
                                        "f)",
                                        p -> p.text("la ")
                                                .cite(pp("151", "Bucarest", 2022, Brackets.SQUARE))
                                                .text(
                                                        " de la Conférence de plénipotentiaires, sur la gestion axée sur les résultats;"))
                                .item(
                                        "g)",
                                        p -> p.text("la ")
                                                .cite(pp("191", "Bucarest", 2022, Brackets.SQUARE))
                                                .text(
                                                        " de la Conférence de plénipotentiaires, sur la coordination entre Secteurs;"))
                                .item(
                                        "h)",
                                        p -> p.text("la ")
                                                .cite(pp("200", "Bucarest", 2022, Brackets.SQUARE))
                                                .text(
                                                        " de la Conférence de plénipotentiaires, relative au Programme Connect 2030,")))
                .preamble(
                        "considérant en outre",
                        s -> s.item(
                                        "a)",
                                        p -> p.text("les Résolutions ")
                                                .cite(UnResolutionCitation.of(Body.UN_GA, "75/233", "75/233"))
                                                .text(" et ")
                                                .cite(UnResolutionCitation.of(Body.UN_GA, "72/279", "72/279"))
                                                .text(" de l'Assemblée générale des Nations Unies,"))
                                .item(
                                        "b)",
                                        p -> p.text(
                                                        "la déclaration faite par l'Assemblée générale le 21 septembre 2020 ("
                                                                + "Résolution ")
                                                .cite(UnResolutionCitation.of(Body.UN_GA, "75/1", "75/1"))
                                                .text(" de l'Assemblée générale des Nations Unies);"))
                                .item(
                                        "[c)",
                                        "le programme commun élaboré par le Secrétaire général de l'Organisation des "
                                                + "Nations Unies \"de protéger l'espace en ligne et d'en renforcer la gouvernance\"],"))
                .preamble(
                        "notant",
                        s -> s.item(
                                        "a)",
                                        p -> p.text("les défis que devra relever l'Union, tels que décrits dans ")
                                                .cite(annex("2", "l'Annexe 2 de la présente résolution"))
                                                .text(";"))
                                .item(
                                        "b)",
                                        p -> p.text("le glossaire de termes figurant dans ")
                                                .cite(annex("3", "l'Annexe 3 de la présente résolution"))
                                                .text(",")))
                .preamble(
                        "reconnaissant",
                        s -> s.item(
                                        "a)",
                                        "l'expérience acquise dans la mise en œuvre des plans stratégiques précédents;")
                                .item("b)", "les recommandations du Corps commun d'inspection (CCI) publiées en 2012;")
                                .item(
                                        "b)",
                                        "la persistance de la fracture numérique, en particulier dans le contexte du "
                                                + "COVID-19;")
                                .item("c)", "les recommandations du CCI sur la gestion des risques, publiées en 2016;")
                                .item(
                                        "d)",
                                        p -> p.text("que la coordination décrite dans l'Annexe 1 de la ")
                                                .cite(InstrumentCitation.of(
                                                        DocumentKind.DECISION,
                                                        Optional.of(Body.ITU_PP),
                                                        List.of("5"),
                                                        Optional.of(Revision.rev("Dubaï", 2018)),
                                                        Brackets.ROUND,
                                                        "Décision 5 (Rév. Dubaï, 2018)"))
                                                .text(
                                                        " de la présente Conférence peut se faire par la réimputation des ressources")
                                                .deleted(",")
                                                .inserted(";"))
                                .item("e)", "le nouveau modèle et cadre de responsabilité de l'UIT, approuvé en 2022,"))
                .operative(
                        "décide",
                        s -> s.paragraph(
                                p -> p.text("d'adopter le plan stratégique de l'Union pour la période 2024-2027 "
                                                + "figurant dans ")
                                        .cite(annex("1", "l'Annexe 1 de la présente résolution"))
                                        .text(",")))
                .operative(
                        "charge le Secrétaire général et les Directeurs des Bureaux",
                        s -> s.item("1", "de continuer d'améliorer le cadre UIT de présentation des résultats;")
                                .item("2", "de coordonner la mise en œuvre du plan stratégique;")
                                .item(
                                        "3",
                                        "de faire rapport chaque année au Conseil de l'UIT sur la mise en œuvre du plan;")
                                .item(
                                        "3",
                                        "de renforcer le rôle que l'UIT joue dans le suivi des processus pertinents;")
                                .item(
                                        "4",
                                        p -> p.text("d'aider le Conseil de l'UIT à apporter des adaptations aux plans "
                                                        + "stratégique et financier, en particulier:")
                                                .item(
                                                        "i)",
                                                        "en apportant toutes les modifications nécessaires au plan stratégique;")
                                                .item("ii)", "en assurant la coordination entre les plans de l'UIT;"))
                                .item(
                                        "5",
                                        "de faire rapport chaque année au Conseil sur la mise en œuvre du plan stratégique;")
                                .item(
                                        "56",
                                        p -> p.text("de communiquer ces rapports aux entités visées au ")
                                                .cite(provision(
                                                        Optional.empty(),
                                                        Optional.of("235"),
                                                        "numéro 235 de la Convention"))
                                                .text(";"))
                                .item(
                                        "67",
                                        "de continuer de dialoguer avec le Secrétaire général de l'Organisation des "
                                                + "Nations Unies,"))
                .operative(
                        "charge le Conseil de l'UIT",
                        s -> s.item(
                                        "1",
                                        "de contrôler l'évolution et l'application du cadre UIT de présentation des "
                                                + "résultats;")
                                .item(
                                        "21",
                                        p -> p.text(
                                                        "de contrôler la mise en œuvre du plan stratégique, compte tenu du ")
                                                .cite(provision(
                                                        Optional.of("4"),
                                                        Optional.of("61A"),
                                                        "numéro 61A (alinéa 10 bis de l'article 4 de la Convention)"))
                                                .footnote(
                                                        "1",
                                                        "\"Tout en respectant en tout temps les limites financières telles "
                                                                + "qu'adoptées par la Conférence de plénipotentiaires, le Conseil peut, au "
                                                                + "besoin, réexaminer et mettre à jour le plan stratégique.\"")
                                                .text(";"))
                                .item(
                                        "32",
                                        "de présenter à la prochaine Conférence de plénipotentiaires une évaluation des "
                                                + "résultats du plan stratégique;")
                                .item(
                                        "43",
                                        p -> p.text("de prendre les mesures voulues pour appuyer la mise en œuvre des "
                                                        + "Résolutions ")
                                                .cite(UnResolutionCitation.of(Body.UN_GA, "71/243", "71/243"))
                                                .text(" et ")
                                                .cite(UnResolutionCitation.of(Body.UN_GA, "72/279", "72/279"))
                                                .text(" de l'Assemblée générale des Nations Unies;"))
                                .item(
                                        "54",
                                        p -> p.text("de veiller à ce que les plans opérationnels soient alignés sur le "
                                                        + "plan financier approuvé dans la ")
                                                .cite(InstrumentCitation.of(
                                                        DocumentKind.DECISION,
                                                        Optional.of(Body.ITU_PP),
                                                        List.of("5"),
                                                        Optional.of(Revision.rev("Bucarest", 2022)),
                                                        Brackets.SQUARE,
                                                        "Décision 5 [Rév. Bucarest, 2022]"))
                                                .text(" de la présente Conférence,")))
                .operative(
                        "invite les États Membres",
                        s -> s.paragraph(p -> p.text("à contribuer au processus de planification stratégique entrepris "
                                        + "par l'Union, afin:")
                                .item("–", "de renforcer l'efficacité de l'Union dans la réalisation de ses objectifs;")
                                .item(
                                        "–",
                                        "d'aider l'Union à répondre aux nouvelles aspirations de toutes ses "
                                                + "parties prenantes,")))
                .operative(
                        "invite les Membres des Secteurs",
                        s -> s.paragraph(
                                "à faire connaître leurs vues sur le plan stratégique de l'Union conformément aux "
                                        + "procédures en vigueur à l'UIT."))
                .build();
    }

    private static InstrumentCitation pp(String number, String place, int year, Brackets brackets) {
        String rev = "Rév. " + place + ", " + year;
        return InstrumentCitation.of(
                DocumentKind.RESOLUTION,
                Optional.of(Body.ITU_PP),
                List.of(number),
                Optional.of(Revision.rev(place, year)),
                brackets,
                "Résolution " + number + " " + (brackets == Brackets.SQUARE ? "[" + rev + "]" : "(" + rev + ")"));
    }

    private static ProvisionCitation provision(Optional<String> article, Optional<String> number, String text) {
        return ProvisionCitation.of(Instrument.CONVENTION, article, number, Optional.empty(), text);
    }

    private static AnnexCitation annex(String number, String text) {
        return AnnexCitation.of(Optional.of(number), Optional.empty(), text);
    }
}

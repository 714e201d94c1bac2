package org.resdom.examples;

import java.util.List;
import java.util.Optional;
import org.resdom.model.Body;
import org.resdom.model.Brackets;
import org.resdom.model.DocumentKind;
import org.resdom.model.Identity;
import org.resdom.model.InstrumentCitation;
import org.resdom.model.Language;
import org.resdom.model.Located;
import org.resdom.model.Node;
import org.resdom.model.Resolution;
import org.resdom.model.Revision;

/**
 * Builds a resolution in code with {@link Resolution#builder(Identity)} and prints the element
 * identifier of every node.
 *
 * <p>Run it with:
 * <pre>
 * mvn -q -pl examples exec:java -Dexec.mainClass=org.resdom.examples.BuildResolution
 * </pre>
 */
public final class BuildResolution {

    private BuildResolution() {}

    /**
     * Builds a short ITU resolution with a preamble, two operative sections, sub-items, a
     * footnote and a citation.
     *
     * @return the resolution
     */
    public static Resolution build() {
        // Who adopted it, what it is, its number and language. Heading, title and history are
        // optional extras, added with the with… methods.
        Identity identity = Identity.of(Body.ITU_PP, DocumentKind.RESOLUTION, "71", Language.ENGLISH)
                .withTitle("Strategic plan for the Union")
                .withHistory(List.of(Revision.rev("Bucharest", 2022)));

        // A citation keeps its exact source text next to what it means: here, Resolution 70
        // of the Plenipotentiary Conference as revised in Dubai in 2018.
        InstrumentCitation res70 = InstrumentCitation.of(
                DocumentKind.RESOLUTION,
                Optional.of(Body.ITU_PP),
                List.of("70"),
                Optional.of(Revision.rev("Dubai", 2018)),
                Brackets.ROUND,
                "Resolution 70 (Rev. Dubai, 2018)");

        return Resolution.builder(identity)
                .formula("The Plenipotentiary Conference of the International Telecommunication Union "
                        + "(Bucharest, 2022),")
                // A preamble section: the phrase is classified (CONSIDERING) and kept as written.
                .preamble(
                        "considering",
                        s -> s.item("a)", "the relevant provisions of the Constitution and the Convention;")
                                // Mixed content: text, a citation, more text, and a footnote. The
                                // footnote's call-out stands here; its body goes to the paragraph's end.
                                .item(
                                        "b)",
                                        p -> p.cite(res70)
                                                .text(" of this conference, on gender equality")
                                                .footnote("1", "See also the Council's annual report on gender.")
                                                .text(",")))
                // An operative section addressed to someone: action INSTRUCTS, addressee kept.
                .operative(
                        "instructs the Secretary-General",
                        s -> s.item("1", "to report annually to the Council on the implementation of the plan;")
                                // A paragraph with sub-items: the text before them is the introduction.
                                .item(
                                        "2",
                                        p -> p.text("to coordinate the operational plans of:")
                                                .item("i)", "the Sectors;")
                                                .item("ii)", "the General Secretariat,")
                                                .text("taking the financial plan into account.")))
                .operative("invites Member States", s -> s.item("1", "to contribute to the review of the plan."))
                .build();
    }

    /**
     * The element identifier of every node but plain text, with the node's type.
     *
     * @param resolution a resolution
     * @return one line per node, such as {@code hcontainer_1__para_2__list_1__point_i (Paragraph)}
     */
    public static List<String> elementIds(Resolution resolution) {
        // elements() walks the whole document once; Located.toString() is "id (Type)".
        return resolution.elements().stream()
                .filter(l -> !l.id().isEmpty()) // the resolution itself has the empty id
                .map(Located::toString)
                .toList();
    }

    /**
     * Finds one node by its identifier.
     *
     * @param resolution a resolution
     * @param id an identifier, such as {@code hcontainer_1__para_2}
     * @return the node, if there is one with that identifier
     */
    public static Optional<Node> find(Resolution resolution, String id) {
        return resolution.byId(id).map(Located::node);
    }

    /**
     * Prints the element identifiers of the built resolution.
     *
     * @param args not used
     */
    public static void main(String[] args) {
        Resolution resolution = build();
        System.out.println("Resolution " + resolution.identity().number().orElse("?") + ": "
                + resolution.identity().title().orElse(""));
        elementIds(resolution).forEach(System.out::println);
    }
}

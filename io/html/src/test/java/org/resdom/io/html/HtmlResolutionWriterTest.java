package org.resdom.io.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.resdom.model.Body;
import org.resdom.model.Deleted;
import org.resdom.model.DocumentKind;
import org.resdom.model.Identity;
import org.resdom.model.Inserted;
import org.resdom.model.Language;
import org.resdom.model.Resolution;
import org.resdom.model.Text;

class HtmlResolutionWriterTest {

    static Resolution sample() {
        return Resolution.builder(Identity.of(Body.ITU_PP, DocumentKind.RESOLUTION, "71", Language.ENGLISH))
                .formula("The Plenipotentiary Conference <of the ITU> & friends (Bucharest, 2022),")
                .preamble(
                        "considering",
                        s -> s.item("a)", "the relevant provisions of the Constitution;")
                                .item(
                                        "b)",
                                        p -> p.text("the results")
                                                .footnote("1", "See the \"report\".")
                                                .text(",")))
                .operative(
                        "resolves",
                        s -> s.item(
                                "1",
                                p -> p.text("to adopt ")
                                        .add(Inserted.of(
                                                List.of(Text.of("the new plan")), "ITU", "2022-10-14T09:30:00Z"))
                                        .add(Deleted.of(List.of(Text.of("the plan")), "ITU", "2022-10-14T09:31:00Z"))
                                        .text(".")))
                .build();
    }

    /** Like every writer, beyond the model's depth limit it refuses, instead of overflowing the stack. */
    @Test
    @org.junit.jupiter.api.Timeout(30)
    void aDocumentDeeperThanTheModelsLimitIsRefusedWithAClearMessage() {
        for (int depth : new int[] {org.resdom.model.Nesting.MAX + 1, 1_000, 5_000}) {
            org.resdom.model.Inline inner = Text.of("deep");
            for (int i = 1; i < depth; i++) {
                inner = Inserted.of(List.of(inner));
            }
            org.resdom.model.Inline top = inner;
            Resolution deep = Resolution.builder(Identity.unknown())
                    .operative(Optional.empty(), s -> s.add(org.resdom.model.Paragraph.of(List.of(top))))
                    .build();
            org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                    .isThrownBy(() -> HtmlResolutionWriter.create().write(deep))
                    .withMessageContaining("the HTML writer")
                    .withMessageContaining(depth + " levels")
                    .withMessageContaining("at most " + org.resdom.model.Nesting.MAX);
        }
        org.resdom.model.Inline atLimit = Text.of("deep");
        for (int i = 2; i < org.resdom.model.Nesting.MAX; i++) {
            atLimit = Inserted.of(List.of(atLimit));
        }
        org.resdom.model.Inline last = atLimit;
        Resolution ok = Resolution.builder(Identity.unknown())
                .operative(Optional.empty(), s -> s.add(org.resdom.model.Paragraph.of(List.of(last))))
                .build();
        assertThat(org.resdom.model.Nesting.depth(ok)).isEqualTo(org.resdom.model.Nesting.MAX - 1);
        assertThat(HtmlResolutionWriter.create().write(ok)).contains("deep");
    }

    @Test
    void aSelfContainedAccessiblePage() {
        String html = HtmlResolutionWriter.create().write(sample());
        assertThat(html).startsWith("<!DOCTYPE html>\n<html lang=\"en\">");
        assertThat(html).contains("&lt;of the ITU&gt; &amp; friends");
        assertThat(html).contains("<h2 class=\"rd-phrase\">considering</h2>");
        assertThat(html).contains("<span class=\"rd-label\">a)</span> the relevant");
        assertThat(html)
                .contains("<ins id=\"hcontainer_1__para_1__ins_1\" datetime=\"2022-10-14T09:30:00Z\" "
                        + "title=\"inserted by ITU, 2022-10-14T09:30:00Z\">the new plan</ins>");
        assertThat(html).contains("title=\"deleted by ITU, 2022-10-14T09:31:00Z\">the plan</del>");
        assertThat(html).contains("role=\"doc-noteref\">1</a></sup>").contains("See the &quot;report&quot;.");
        assertThat(html).contains("role=\"group\" aria-label=\"Revision view\"");
        assertThat(html).doesNotContain("src=").doesNotContain("http://").doesNotContain("https://");
    }

    private static Resolution guided(String phrase) {
        return Resolution.builder(Identity.of(Body.UN_GA, DocumentKind.RESOLUTION, "1", Language.ENGLISH))
                .formula("The General Assembly,")
                .preamble(phrase, s -> s.runIn("by the Charter of the United Nations,"))
                .preamble("Recalling", s -> s.runIn("its resolution 70/1,"))
                .operative("Decides", s -> s.item("1.", "to continue its work."))
                .build();
    }

    /** A part's first run-in phrase changed by the diff is shown once, by its marks, not as a heading too. */
    @Test
    void aChangedFirstRunInPhraseIsShownOnce() {
        String html = HtmlResolutionWriter.create()
                .write(org.resdom.model.Revisions.compare(guided("Guided"), guided("Guided also")));
        assertThat(html).doesNotContain("<h2 class=\"rd-phrase\">Guided also</h2>");
        assertThat(html.split("Guided also", -1)).hasSize(2);
        assertThat(html).containsPattern("<ins[^>]*>Guided also\\s*</ins>");
    }

    /** A run-in phrase starts its paragraph's sentence; a label changed by the revision stands where labels stand. */
    @Test
    void aRunInPhraseRunsIntoItsSentenceAndAMarkedLabelIsALabel() {
        String html = HtmlResolutionWriter.create().write(guided("Guided"));
        assertThat(html)
                .doesNotContain("<h2 class=\"rd-phrase\">Guided</h2>")
                .containsPattern("<li[^>]*><span class=\"rd-phrase rd-run-in\" role=\"heading\" aria-level=\"2\">"
                        + "Guided</span> by the Charter");
        Resolution r = Resolution.builder(Identity.of(Body.ITU_PP, DocumentKind.RESOLUTION, "71", Language.ENGLISH))
                .formula("The Plenipotentiary Conference (Bucharest, 2022),")
                .operative(
                        "resolves",
                        s -> s.paragraph(p -> p.add(Inserted.of(List.of(Text.of("3")), "ITU", "2022"))
                                .add(Deleted.of(List.of(Text.of("2")), "ITU", "2022"))
                                .text("\tto report.")))
                .build();
        assertThat(HtmlResolutionWriter.create().write(r))
                .containsPattern("<span class=\"rd-label\"><ins[^>]*>3</ins><del[^>]*>2</del></span> to report\\.");
    }

    /** A French document: the page's words in French, from core's captions; a changed heading is a heading. */
    @Test
    void aFrenchPageSpeaksFrenchAndAChangedHeadingIsAHeading() {
        Resolution r = Resolution.builder(Identity.of(Body.ITU_PP, DocumentKind.RESOLUTION, "71", Language.FRENCH))
                .formula("La Conférence de plénipotentiaires (Bucarest, 2022),")
                .preamble(
                        "considérant",
                        s -> s.item("a)", "les articles de la Constitution;")
                                .paragraph(p -> p.add(Deleted.of(List.of(Text.of("se félicitant")), "UIT", "2022"))
                                        .add(Inserted.of(List.of(Text.of("considérant en outre")), "UIT", "2022")))
                                .item("b)", "les résolutions de l'Assemblée générale,"))
                .operative(
                        "décide",
                        s -> s.item(
                                "1",
                                p -> p.text("d'adopter ")
                                        .add(Inserted.of(List.of(Text.of("le plan")), "UIT", "2022"))
                                        .text(".")))
                .build();
        String html = HtmlResolutionWriter.create().write(r);
        assertThat(html)
                .contains("<title>Résolution 71</title>")
                .contains("aria-label=\"Affichage de la révision\"")
                .contains(">Modifications</button>", ">Après</button>", ">Avant</button>")
                .contains("title=\"inséré par UIT, 2022\">le plan</ins>")
                .doesNotContain(">Changes<")
                .doesNotContain("inserted by");
        // the heading under revision is a heading with its marks, not a numbered paragraph
        assertThat(html)
                .containsPattern("<li class=\"rd-heading\"[^>]*><h2 class=\"rd-phrase\"><del[^>]*>se félicitant</del>"
                        + "<ins[^>]*>considérant en outre</ins></h2></li>");
        // the English page keeps English words
        assertThat(HtmlResolutionWriter.create().write(sample())).contains(">Changes</button>");
    }

    @Test
    void aParagraphMarkChangeIsAPilcrowTitledAsSuchAndHiddenInTheVersions() {
        Resolution r = Resolution.builder(Identity.of(Body.ITU_PP, DocumentKind.RESOLUTION, "71", Language.ENGLISH))
                .operative(
                        "resolves",
                        s -> s.item(
                                "1",
                                p -> p.text("to adopt the plan ")
                                        .add(Inserted.of(
                                                List.of(Text.of(org.resdom.model.Revisions.PARAGRAPH_MARK)),
                                                "ITU",
                                                "2022"))))
                .build();
        String html = HtmlResolutionWriter.create().write(r);
        assertThat(html)
                .containsPattern("<ins id=\"[^\"]+\" class=\"rd-para-mark\" datetime=\"2022\" "
                        + "title=\"paragraph split \\(paragraph mark inserted\\) by ITU, 2022\">\u00b6</ins>");
        assertThat(html).contains("body.rd-after .rd-para-mark,body.rd-before .rd-para-mark{display:none}");
    }

    @Test
    void citationsLinkWhereTheLinkFunctionKnowsAnAddress() {
        Resolution r = org.resdom.io.text.TextResolutionReader.create()
                .read(String.join(
                        "\n",
                        "The Plenipotentiary Conference of the International Telecommunication Union (Bucharest, 2022),",
                        "considering",
                        "a)\tResolution 70 (Rev. Dubai, 2018) of the Plenipotentiary Conference;"))
                .resolution();
        String plain = HtmlResolutionWriter.create().write(r);
        assertThat(plain).contains("<cite class=\"rd-cite\"").doesNotContain("rd-toolbar\"");
        String linked = HtmlResolutionWriter.builder()
                .links(c -> Optional.of("https://example.org/" + c.text()))
                .build()
                .write(r);
        assertThat(linked).contains("<a class=\"rd-cite\"").contains("href=\"https://example.org/Resolution 70");
    }

    @Test
    void anUnknownElementIsItsContentInASpanNamingIt() {
        Resolution r = Resolution.builder(Identity.unknown())
                .operative(
                        "decides",
                        s -> s.add(org.resdom.model.Paragraph.of(List.of(
                                Text.of("to act "),
                                org.resdom.model.UnknownElement.of(
                                        "urn:x",
                                        "term",
                                        List.of(),
                                        List.of(Text.of("<now>"), Inserted.of(List.of(Text.of(" fast")))))))))
                .build();
        String html = HtmlResolutionWriter.create().write(r);
        assertThat(html)
                .contains("to act <span class=\"rd-unknown\" data-element=\"term\">&lt;now&gt;<ins ")
                .contains("> fast</ins></span>");
    }
}

package org.resdom.io.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.resdom.model.Body;
import org.resdom.model.DocumentKind;
import org.resdom.model.Identity;
import org.resdom.model.Inline;
import org.resdom.model.Label;
import org.resdom.model.Language;
import org.resdom.model.OpeningFormula;
import org.resdom.model.Paragraph;
import org.resdom.model.Resolution;
import org.resdom.model.Text;
import org.resdom.model.Unrecognized;

/**
 * The raw text of an {@code Unrecognized} node is literal text: written so that it reads back
 * as that text in its place, or refused, never written so that the reader reads other content.
 */
class UnrecognizedTextTest {

    private final TextResolutionWriter writer = TextResolutionWriter.create();
    private final TextResolutionReader reader = TextResolutionReader.create();

    private static final String FORMULA =
            "The Plenipotentiary Conference of the International Telecommunication Union (Dubai, 2018),";

    /** A formula whose further lines are unrecognized, as the text reader reads them. */
    private static Resolution formula(String... raws) {
        List<Inline> content = new ArrayList<>(List.of(Text.of(FORMULA)));
        for (String raw : raws) {
            content.add(Text.of("\n"));
            content.add(Unrecognized.of(raw));
        }
        return Resolution.builder(Identity.of(Body.ITU_PP, DocumentKind.RESOLUTION, "71", Language.ENGLISH))
                .formula(new OpeningFormula(Inline.normalize(content), Optional.empty()))
                .preamble("considering", s -> s.add(Paragraph.of(Label.of("a)"), List.of(Text.of("that it is;")))))
                .build();
    }

    /** A formula of one unrecognized node: its line is read as the formula's first line, mark-up and all. */
    private static Resolution withFormula(Unrecognized u) {
        return Resolution.builder(Identity.unknown())
                .formula(new OpeningFormula(List.of(u), Optional.empty()))
                .operative(Optional.empty(), s -> s.add(Paragraph.of(Label.of("1."), List.of(Text.of("Decides;")))))
                .build();
    }

    private static Resolution paragraph(Inline... content) {
        return Resolution.builder(Identity.unknown())
                .operative(Optional.empty(), s -> s.add(Paragraph.of(Label.of("1."), List.of(content))))
                .build();
    }

    @Test
    void unrecognizedLinesOfTheFormulaThatReadBackAsThemselvesRoundTrip() {
        for (Resolution r : List.of(
                formula("(Geneva, 1994)"),
                formula("  with spaces around  "),
                formula("[footnoteRef:1] and [bookmark: x] as the line was"),
                formula("a {+ lone opening", "and +} a lone closing"),
                formula("LIT{+ins+} and {[b]}: kept as the line was"))) {
            String written = writer.write(r);
            Resolution back = reader.read(written).resolution();
            // the identity's number and history are what the reader derives from the formula: compare the parts
            assertThat(back.formula()).as(written).isEqualTo(r.formula());
            assertThat(back.preamble()).as(written).isEqualTo(r.preamble());
            assertThat(back.operative()).as(written).isEqualTo(r.operative());
        }
    }

    @Test
    void unrecognizedLinesOfTheFormulaThatWouldReadBackAsOtherContentAreRefused() {
        for (Resolution r : List.of(
                formula("1. Decides to act;"),
                formula("recalling"),
                formula("Recalling its resolution 70/1, that it is,"),
                formula("ANNEX 1 TO RESOLUTION 71"),
                formula("a) an item;"),
                formula("   "),
                formula("first\n\nsecond"),
                formula("first\n1. second"),
                withFormula(Unrecognized.of("{+ins+} The Conference,")),
                withFormula(Unrecognized.of("1. Decides to act;")))) {
            assertThatIllegalArgumentException()
                    .as(r.toString())
                    .isThrownBy(() -> writer.write(r))
                    .withMessageContaining("the text writer refuses")
                    .withMessageContaining("nothing is changed");
        }
    }

    @Test
    void unrecognizedTextInAParagraphIsCheckedAsText() {
        for (Resolution r : List.of(
                paragraph(Text.of("a "), Unrecognized.of("LIT{+ins+}"), Text.of(";")),
                paragraph(Text.of("a "), Unrecognized.of("LIT{/}"), Text.of(";")))) {
            assertThatIllegalArgumentException()
                    .as(r.toString())
                    .isThrownBy(() -> writer.write(r))
                    .withMessageContaining("the text writer refuses")
                    .withMessageContaining("nothing is changed");
        }
        // what reads back as the same text is written; the node is then text
        Resolution ok = paragraph(Text.of("a "), Unrecognized.of(" heading {x} "), Text.of(";"));
        String written = writer.write(ok);
        assertThat(Inline.plainText(reader.read(written)
                        .resolution()
                        .operative()
                        .get(0)
                        .paragraphs()
                        .get(0)
                        .content()))
                .isEqualTo("a  heading {x} ;");
        // line breaks in it are written as {/}, as in any text: it reads back as text with its line breaks
        for (String raw : List.of("x\n2. Decides to act;", "x\n\ny", "\nRecalling its resolution 70/1,")) {
            Resolution r = paragraph(Text.of("a "), Unrecognized.of(raw));
            String text = writer.write(r);
            assertThat(text).as(raw).contains("{/}").doesNotContain("\n2.");
            Resolution back = reader.read(text).resolution();
            assertThat(back.operative()).hasSize(1);
            assertThat(back.operative().get(0).paragraphs()).hasSize(1);
            assertThat(Inline.plainText(
                            back.operative().get(0).paragraphs().get(0).content()))
                    .isEqualTo("a " + raw);
        }
    }
}

package org.resdom.io.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.resdom.model.Body;
import org.resdom.model.DocumentKind;
import org.resdom.model.Footnote;
import org.resdom.model.FootnoteRef;
import org.resdom.model.Identity;
import org.resdom.model.Inline;
import org.resdom.model.Inserted;
import org.resdom.model.Label;
import org.resdom.model.Language;
import org.resdom.model.OpeningFormula;
import org.resdom.model.OtherCitation;
import org.resdom.model.Paragraph;
import org.resdom.model.Resolution;
import org.resdom.model.Text;

/**
 * A line break inside a paragraph's text is written as {@code {/}} and reads back as the line
 * break: text with line breaks is written without loss, never split into other paragraphs.
 */
class LineBreakTest {

    private final TextResolutionWriter writer = TextResolutionWriter.create();
    private final TextResolutionReader reader = TextResolutionReader.create();

    private static Resolution paragraph(Inline... content) {
        return Resolution.builder(Identity.of(Body.ITU_PP, DocumentKind.RESOLUTION, "71", Language.ENGLISH))
                .preamble("considering", s -> s.add(Paragraph.of(Label.of("a)"), List.of(content))))
                .operative(
                        Optional.empty(), s -> s.add(Paragraph.of(Label.of("1."), List.of(Text.of("Decides to act;")))))
                .build();
    }

    private Resolution roundTrip(Resolution r) {
        String text = writer.write(r);
        Resolution back = reader.read(text).resolution();
        assertThat(writer.write(back)).as("written again").isEqualTo(text);
        return back;
    }

    @Test
    void lineBreaksInTextReadBackEqual() {
        for (Resolution r : List.of(
                paragraph(Text.of("first line\nsecond line;")),
                paragraph(Text.of("\nRecalling its work,\n1. Decides;\n\n")),
                paragraph(Text.of("CR LF\r\nand a lone\rCR;")),
                paragraph(Text.of("a "), Inserted.of(List.of(Text.of("in\nserted"))), Text.of(" b;")),
                paragraph(
                        Text.of("see the\nreport"),
                        FootnoteRef.of("1"),
                        Footnote.of("1", List.of(Text.of("\tnote\non two lines."))),
                        Text.of(";")),
                paragraph(Text.of("braces {\n/} around it, and {/ then\n};")))) {
            String text = writer.write(r);
            assertThat(text.split("\n", -1)).as(text).hasSize(4);
            Resolution back = roundTrip(r);
            assertThat(back.preamble()).as(text).isEqualTo(r.preamble());
            assertThat(back.operative()).as(text).isEqualTo(r.operative());
        }
    }

    @Test
    void aLineBreakInTheOpeningFormulaTextReadsBackEqual() {
        Resolution r = Resolution.builder(Identity.of(Body.ITU_PP, DocumentKind.RESOLUTION, "71", Language.ENGLISH))
                .formula(OpeningFormula.of("The Plenipotentiary Conference\nof the ITU (Dubai, 2018),"))
                .preamble("considering", s -> s.add(Paragraph.of(Label.of("a)"), List.of(Text.of("that it is;")))))
                .build();
        String text = writer.write(r);
        assertThat(text).startsWith("The Plenipotentiary Conference{/}of the ITU");
        assertThat(roundTrip(r).formula()).isEqualTo(r.formula());
    }

    @Test
    void theMarkInATextFileIsALineBreakAndWritesBackByteForByte() {
        String text = "considering\na)\tfirst{/}second;\n";
        Resolution r = reader.read(text).resolution();
        assertThat(Inline.plainText(r.preamble().get(0).paragraphs().get(0).content()))
                .isEqualTo("first\nsecond;");
        assertThat(writer.write(r)).isEqualTo(text);
    }

    @Test
    void textHoldingTheMarkItselfIsRefused() {
        for (Resolution r : List.of(
                paragraph(Text.of("a literal {/} mark;")),
                paragraph(Text.of("split {"), OtherCitation.of("/}"), Text.of(" across nodes;")),
                paragraph(Footnote.of("1", List.of(Text.of("x{/}y")))))) {
            assertThatIllegalArgumentException()
                    .as(r.toString())
                    .isThrownBy(() -> writer.write(r))
                    .withMessageContaining("the text writer refuses")
                    .withMessageContaining("{/}")
                    .withMessageContaining("nothing is changed");
        }
    }

    @Test
    void aLineBreakWhereTextHasNoFormForItIsRefused() {
        Identity id = Identity.of(Body.ITU_PP, DocumentKind.RESOLUTION, "71", Language.ENGLISH);
        for (Resolution r : List.of(
                Resolution.builder(id.withHeading("RESOLUTION 71\n(DUBAI, 2018)"))
                        .operative(Optional.empty(), s -> s.add(Paragraph.of(Label.of("1."), List.of(Text.of("x;")))))
                        .build(),
                Resolution.builder(id)
                        .operative(
                                Optional.empty(), s -> s.add(Paragraph.of(Label.of("1.\n2."), List.of(Text.of("x;")))))
                        .build(),
                Resolution.builder(id)
                        .preamble("considering\nfurther", s -> s.add(Paragraph.of(List.of(Text.of("that it is;")))))
                        .build())) {
            assertThatIllegalArgumentException()
                    .as(r.toString())
                    .isThrownBy(() -> writer.write(r))
                    .withMessageContaining("the text writer refuses a line break")
                    .withMessageContaining("nothing is changed");
        }
    }

    /** A CR ending every line (the text's, before the line end) is not read as a CR LF line end and dropped. */
    @Test
    void aCrEndingEveryLineReadsBackAsText() {
        Resolution one = Resolution.builder(Identity.unknown())
                .operative(Optional.empty(), s -> s.add(Paragraph.of(Label.of("1."), List.of(Text.of("x\r")))))
                .build();
        Resolution two = Resolution.builder(Identity.unknown())
                .operative(
                        Optional.empty(),
                        s -> s.add(Paragraph.of(Label.of("1."), List.of(Text.of("x\r"))))
                                .add(Paragraph.of(Label.of("2."), List.of(Text.of("y\r")))))
                .build();
        for (Resolution r : List.of(one, two)) {
            String text = writer.write(r);
            assertThat(reader.read(text).resolution()).as("text: %s", text).isEqualTo(r);
            assertThat(reader.read(text).resolution().find(Text.class).map(Text::text))
                    .allSatisfy(t -> assertThat(t).endsWith("\r"));
        }
        // a line that does not end in CR keeps LF line ends
        Resolution mixed = Resolution.builder(Identity.unknown())
                .operative(
                        Optional.empty(),
                        s -> s.add(Paragraph.of(Label.of("1."), List.of(Text.of("x\r"))))
                                .add(Paragraph.of(Label.of("2."), List.of(Text.of("y")))))
                .build();
        assertThat(writer.write(mixed)).isEqualTo("1.\tx\r\n2.\ty\n");
        assertThat(reader.read(writer.write(mixed)).resolution()).isEqualTo(mixed);
    }
}

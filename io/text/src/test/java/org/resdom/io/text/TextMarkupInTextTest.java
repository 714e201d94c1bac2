package org.resdom.io.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.resdom.model.Bracketed;
import org.resdom.model.Deleted;
import org.resdom.model.Footnote;
import org.resdom.model.Identity;
import org.resdom.model.Inline;
import org.resdom.model.Inserted;
import org.resdom.model.Paragraph;
import org.resdom.model.Resolution;
import org.resdom.model.Text;

/** Text that holds the text format's own revision-mark syntax is refused, never written so that it reads back changed. */
class TextMarkupInTextTest {

    private final TextResolutionWriter writer = TextResolutionWriter.create();
    private final TextResolutionReader reader = TextResolutionReader.create();

    private static Resolution of(Inline... content) {
        return Resolution.builder(Identity.unknown())
                .operative(
                        Optional.empty(), s -> s.add(Paragraph.of(org.resdom.model.Label.of("1."), List.of(content))))
                .build();
    }

    @Test
    void aLiteralMarkInTextIsRefusedNamingIt() {
        for (Resolution r : List.of(
                of(Text.of("LIT{+ins+}[-del-] and more;")),
                of(Text.of("a {[bracket]} b;")),
                of(Inserted.of(List.of(Text.of("x+}y")))),
                of(Inserted.of(List.of(Text.of("a {- b")))),
                of(Footnote.of("1", List.of(Text.of("note {-gone-}")))),
                // a citation's text is literal text too
                of(Text.of("see "), org.resdom.model.OtherCitation.of("the {+x+} report"), Text.of(";")))) {
            assertThatIllegalArgumentException()
                    .as(r.toString())
                    .isThrownBy(() -> writer.write(r))
                    .withMessageContaining("the text writer refuses")
                    .withMessageContaining("{+ +}")
                    .withMessageContaining("nothing is changed");
        }
    }

    @Test
    void marksTheWriterWritesAndTokensThatStayTextReadBackUnchanged() {
        for (Resolution r : List.of(
                of(Text.of("Decides "), Inserted.of(List.of(Text.of("to act"))), Text.of(";")),
                of(Text.of("a "), Deleted.of(List.of(Text.of("b "), Bracketed.of(List.of(Text.of("c")))))),
                of(Text.of("an opening {+ alone;")),
                of(Text.of("a closing +} alone;")),
                of(Text.of("braces {x} and [-y-] are text;")))) {
            String written = writer.write(r);
            Resolution back = reader.read(written).resolution();
            assertThat(back.operative().get(0).paragraphs().get(0).content())
                    .as(written)
                    .isEqualTo(r.operative().get(0).paragraphs().get(0).content());
        }
    }

    /** The check is linear-logarithmic per line: many marks and braces on one line take well under the bound. */
    @Test
    @org.junit.jupiter.api.Timeout(value = 30, unit = java.util.concurrent.TimeUnit.SECONDS)
    void aLineWithManyMarksAndBracesIsCheckedQuickly() {
        java.util.List<Inline> content = new java.util.ArrayList<>();
        for (int i = 0; i < 100_000; i++) {
            content.add(Text.of("a{ "));
            content.add(Inserted.of(List.of(Text.of("x}"))));
        }
        Resolution r = of(content.toArray(new Inline[0]));
        String written = writer.write(r);
        assertThat(written).contains("a{ {+x}+}a{ ");
        assertThat(reader.read(written)
                        .resolution()
                        .operative()
                        .get(0)
                        .paragraphs()
                        .get(0)
                        .content())
                .isEqualTo(r.operative().get(0).paragraphs().get(0).content());
    }
}

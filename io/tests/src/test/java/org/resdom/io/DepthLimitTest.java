package org.resdom.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.resdom.diagnostic.Diagnostic;
import org.resdom.model.Bracketed;
import org.resdom.model.Deleted;
import org.resdom.model.Footnote;
import org.resdom.model.Identity;
import org.resdom.model.Inline;
import org.resdom.model.Inserted;
import org.resdom.model.Label;
import org.resdom.model.Nesting;
import org.resdom.model.Paragraph;
import org.resdom.model.Resolution;
import org.resdom.model.Text;
import org.resdom.validation.Validator;

/**
 * Limits on the model's depth, the same for every reader, and writers that write only what every
 * reader reads under the defaults (issue 9, items 4 and 11).
 */
class DepthLimitTest {

    /** A document {@code paragraphs + inlines} deep: nested items, then nested inline containers. */
    static Resolution deep(int paragraphs, int inlines) {
        Inline inner = Text.of("deep text");
        for (int i = 0; i < inlines; i++) {
            List<Inline> c = List.of(Text.of("x "), inner, Text.of(" y"));
            inner = switch (i % 4) {
                case 0 -> Inserted.of(c);
                case 1 -> Deleted.of(c);
                case 2 -> Bracketed.of(c);
                default -> Footnote.of("1", c);
            };
        }
        Paragraph p = Paragraph.of(Label.of("1"), List.of(Text.of("start "), inner, Text.of(";")));
        for (int i = 1; i < paragraphs; i++) {
            p = new Paragraph(
                    List.of(),
                    Optional.of(Label.of("a)")),
                    List.of(Text.of("intro:")),
                    List.of(p),
                    List.of(),
                    Optional.empty());
        }
        Paragraph top = p;
        return Resolution.builder(Identity.unknown())
                .preamble("considering", s -> s.item("a)", "first,"))
                .operative("resolves", s -> s.add(top))
                .build();
    }

    static final int[][] SHAPES = {
        {Nesting.MAX, 0}, {1, Nesting.MAX - 1}, {Nesting.MAX / 2, Nesting.MAX / 2}, {10, Nesting.MAX - 10}
    };

    @ParameterizedTest
    @ValueSource(strings = {"json", "xml", "akn"})
    void everyStructuredFormatCarriesTheDeepestDocumentTheWritersWrite(String format) {
        for (int[] shape : SHAPES) {
            Resolution r = deep(shape[0], shape[1]);
            assertThat(Nesting.depth(r)).isEqualTo(Nesting.MAX);
            String written = Formats.writer(format).write(r);
            ReadResult back = Formats.reader(format).read(written);
            assertThat(back.diagnostics()).extracting(Diagnostic::code).doesNotContain("IO-LIMIT");
            assertThat(back.resolution())
                    .as("%s %d+%d", format, shape[0], shape[1])
                    .isEqualTo(r);
        }
    }

    @Test
    void whatTheTextWriterWritesTheTextReaderReadsWithinItsLimits() {
        for (int[] shape : SHAPES) {
            String written = Formats.writer("text").write(deep(shape[0], shape[1]));
            ReadResult back = Formats.reader("text").read(written);
            assertThat(back.diagnostics())
                    .extracting(Diagnostic::code)
                    .as("%d+%d", shape[0], shape[1])
                    .doesNotContain("IO-LIMIT");
        }
    }

    /** The example of the issue: thirty nested insertions in a text read cleanly, and so do their JSON, XML and AKN. */
    @Test
    void thirtyNestedInsertionsInATextGoThroughEveryFormat() {
        String text = "RESOLUTION 1\n\nresolves\n1\t" + "{+a ".repeat(30) + "core" + " b+}".repeat(30) + ";\n";
        ReadResult read = Formats.reader("text").read(text);
        assertThat(read.diagnostics()).extracting(Diagnostic::code).doesNotContain("IO-LIMIT");
        // the paragraph and its thirty insertions
        assertThat(Nesting.depth(read.resolution())).isEqualTo(31);
        for (String f : List.of("text", "json", "xml", "akn")) {
            ReadResult back = Formats.reader(f).read(Formats.writer(f).write(read.resolution()));
            assertThat(back.diagnostics()).extracting(Diagnostic::code).as(f).doesNotContain("IO-LIMIT");
            assertThat(back.resolution()).as(f).isEqualTo(read.resolution());
        }
    }

    /**
     * One limit for all, exactly at the boundary: a reader whose maxDepth is the document's depth
     * reads it cleanly and equal; the same reader with maxDepth one less refuses it with an
     * {@code IO-LIMIT} error.
     */
    @ParameterizedTest
    @ValueSource(strings = {"text", "json", "xml", "akn"})
    void everyReaderRefusesTheSameDepth(String format) {
        // plain text nests items by their labels, so for text the depth is in inline markup
        Resolution r = "text".equals(format)
                ? Formats.reader("text")
                        .read("RESOLUTION 1\n\nresolves\n1\t" + "{+a ".repeat(39) + "core" + " b+}".repeat(39) + ";\n")
                        .resolution()
                : deep(20, 20);
        assertThat(Nesting.depth(r)).isEqualTo(40);
        String written = Formats.writer(format).write(r);
        ReadResult atTheLimit =
                reader(format, ReadLimits.defaults().withMaxDepth(40)).read(written);
        assertThat(atTheLimit.diagnostics()).extracting(Diagnostic::code).doesNotContain("IO-LIMIT");
        assertThat(atTheLimit.resolution()).isEqualTo(r);
        ReadResult overTheLimit =
                reader(format, ReadLimits.defaults().withMaxDepth(39)).read(written);
        assertThat(overTheLimit.diagnostics())
                .filteredOn(d -> d.code().equals("IO-LIMIT"))
                .singleElement()
                .satisfies(d -> assertThat(d.message()).as(format).contains("maxDepth 39"));
    }

    private static ResolutionReader reader(String format, ReadLimits limits) {
        return switch (format) {
            case "text" ->
                org.resdom.io.text.TextResolutionReader.builder().limits(limits).build();
            case "json" ->
                org.resdom.io.json.JsonResolutionReader.builder().limits(limits).build();
            case "xml" ->
                org.resdom.io.xml.XmlResolutionReader.builder().limits(limits).build();
            case "akn" ->
                org.resdom.io.akn.AknResolutionReader.builder().limits(limits).build();
            default -> throw new IllegalArgumentException(format);
        };
    }

    /** Deeper than the model's limit: every writer refuses with a clear message, nothing overflows. */
    @ParameterizedTest
    @ValueSource(strings = {"text", "json", "xml", "akn"})
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void writersRefuseADocumentDeeperThanTheLimit(String format) {
        Resolution tooDeep = deep(3_000, 3_000);
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Formats.writer(format).write(tooDeep))
                .withMessageContaining("6000 levels")
                .withMessageContaining("at most 64");
        assertThat(Validator.standard().validate(tooDeep))
                .extracting(Diagnostic::code)
                .containsExactly(Validator.DEPTH);
    }
}

package org.resdom.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.resdom.model.Located;
import org.resdom.model.Node;
import org.resdom.model.Paragraph;
import org.resdom.model.Resolution;
import org.resdom.model.SourceSpan;

/** JSON and XML keep the spans of the text they were converted from, or report their own. */
class PositionsTest {

    private static List<Optional<SourceSpan>> paragraphSpans(Resolution r) {
        return r.locate(Paragraph.class).map(Located::node).map(Node::span).toList();
    }

    @ParameterizedTest
    @EnumSource(value = Format.class, names = {"JSON", "XML"})
    void storedSpansAreTheTextsAndDocumentPositionsPointIntoTheFile(Format format) {
        Resolution text = ReferenceDocumentTest.reference();
        String written = Formats.writer(format).write(text);
        String[] lines = written.split("\n", -1);

        Resolution stored = Formats.reader(format, Positions.STORED).read(written).resolution();
        assertThat(stored).isEqualTo(text);
        assertThat(paragraphSpans(stored)).isEqualTo(paragraphSpans(text));

        ReadResult read = Formats.reader(format, Positions.DOCUMENT).read(written);
        assertThat(read.diagnostics()).isEmpty();
        assertThat(read.resolution()).isEqualTo(text);
        List<Optional<SourceSpan>> spans = paragraphSpans(read.resolution());
        assertThat(spans).isNotEmpty().allMatch(Optional::isPresent).isNotEqualTo(paragraphSpans(text));
        int previous = 0;
        for (Optional<SourceSpan> s : spans) {
            int line = s.get().line();
            assertThat(line).isBetween(1, lines.length).isGreaterThan(previous);
            previous = line;
            String at = lines[line - 1];
            assertThat(at).as("line %d of the %s", line, format)
                    .contains(format == Format.JSON ? "{" : "paragraph");
        }
    }

    @ParameterizedTest
    @EnumSource(value = Format.class, names = {"TEXT", "AKN"})
    void textAndAknReadersAlwaysGivePositionsInTheFile(Format format) {
        String written = Formats.writer(format).write(ReferenceDocumentTest.reference());
        assertThat(Formats.reader(format, Positions.STORED).read(written).resolution().span())
                .isEqualTo(Formats.reader(format, Positions.DOCUMENT).read(written).resolution().span());
    }
}

package org.resdom.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
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
    @ValueSource(strings = {"json", "xml"})
    void storedSpansAreTheTextsAndDocumentPositionsPointIntoTheFile(String format) {
        Resolution text = ReferenceDocumentTest.reference();
        String written = Formats.writer(format).write(text);
        String[] lines = written.split("\n", -1);

        Resolution stored =
                Formats.reader(format, Positions.STORED).read(written).resolution();
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
            assertThat(at).as("line %d of the %s", line, format).contains(format.equals("json") ? "{" : "paragraph");
        }
    }

    @Test
    void aTextFileIsItsOwnSourceSoBothPositionsArePositionsInTheFile() {
        String written = Formats.writer("text").write(ReferenceDocumentTest.reference());
        assertThat(Formats.get("text").readerBuilder().supportedPositions()).containsOnly(Positions.values());
        Resolution stored =
                Formats.reader("text", Positions.STORED).read(written).resolution();
        Resolution document =
                Formats.reader("text", Positions.DOCUMENT).read(written).resolution();
        assertThat(paragraphSpans(stored)).isEqualTo(paragraphSpans(document)).allMatch(Optional::isPresent);
    }

    @Test
    void akomaNtosoCarriesNoStoredSpansAndSaysSoInsteadOfIgnoringTheOption() {
        String written = Formats.writer("akn").write(ReferenceDocumentTest.reference());
        assertThat(Formats.get("akn").readerBuilder().supportedPositions()).containsOnly(Positions.DOCUMENT);
        assertThatThrownBy(() -> Formats.reader("akn", Positions.STORED))
                .isInstanceOf(UnsupportedOperationException.class)
                .hasMessageContaining("akn")
                .hasMessageContaining("STORED");
        assertThat(paragraphSpans(
                        Formats.reader("akn", Positions.DOCUMENT).read(written).resolution()))
                .isNotEmpty()
                .allMatch(Optional::isPresent);
    }
}

package org.resdom.io.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.resdom.diagnostic.Diagnostic;
import org.resdom.diagnostic.Severity;
import org.resdom.io.ResolutionWriter;
import org.resdom.model.Identity;
import org.resdom.model.Label;
import org.resdom.model.Paragraph;
import org.resdom.model.Resolution;
import org.resdom.model.SourceHints;
import org.resdom.model.Text;
import org.resdom.model.UnknownElement;

/** What plain text has no place for is reported by {@code notCarried}, never dropped silently. */
class TextNotCarriedTest {

    private final TextResolutionWriter writer = TextResolutionWriter.create();

    private static Resolution doc(org.resdom.model.Inline... content) {
        return Resolution.builder(Identity.unknown())
                .operative(Optional.empty(), s -> s.add(Paragraph.of(Label.of("1."), List.of(content))))
                .build();
    }

    @Test
    void aDocumentTextCarriesWholeHasNoFinding() {
        Resolution r = TextResolutionReader.create()
                .read("considering\r\na)\tthat it is;\r\n\r\n1.\tDecides;\r\n")
                .resolution();
        assertThat(r.hints().values()).isNotEmpty(); // text.* hints: the text writer's own
        assertThat(writer.notCarried(r)).isEmpty();
    }

    @Test
    void aknHintsMetadataAndUnknownElementMarkupAreReported() {
        Resolution r = doc(
                        Text.of("see "),
                        UnknownElement.of(
                                "term", List.of(UnknownElement.Attribute.of("refersTo", "#x")), List.of(Text.of("x"))),
                        Text.of(";"))
                .withMetadata(Map.of("source", "UN", "status", "final"))
                .withHints(SourceHints.of(Map.of(
                        "akn.coverPage.01", "Human Rights Council",
                        "akn.unplaced.01", "<toc/>",
                        "akn.date", "2023-10-11",
                        "text.newline", "CRLF",
                        "layout.pages", "3")));
        List<Diagnostic> found = writer.notCarried(r);
        assertThat(found).hasSize(3).allSatisfy(d -> {
            assertThat(d.code()).isEqualTo(ResolutionWriter.NOT_CARRIED);
            assertThat(d.severity()).isEqualTo(Severity.WARNING);
            assertThat(d.line()).hasValue(1);
        });
        assertThat(found.get(0).message()).contains("metadata").contains("2 entries (source, status)");
        assertThat(found.get(1).message())
                .contains("Akoma Ntoso")
                .contains("3 entries (akn.coverPage.01, akn.date, akn.unplaced.01)")
                .doesNotContain("text.newline")
                .doesNotContain("layout.pages");
        assertThat(found.get(2).message()).contains("1 unknown element").contains("<term>");
        // what is reported is indeed not in the text
        String text = writer.write(r);
        assertThat(text)
                .doesNotContain("Human Rights Council")
                .doesNotContain("final")
                .doesNotContain("refersTo");
    }

    @Test
    void theAuthorAndDateOfRevisionMarksAreReported() {
        Resolution r = doc(
                Text.of("to "),
                org.resdom.model.Inserted.of(List.of(Text.of("keep")), "Ann", "2024-05-01"),
                Text.of(" and "),
                org.resdom.model.Deleted.of(List.of(Text.of("drop")), "Bo", "2024-05-02"),
                Text.of("."));
        List<Diagnostic> found = writer.notCarried(r);
        assertThat(found).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo(ResolutionWriter.NOT_CARRIED);
            assertThat(d.message()).contains("author, date").contains("2 revision marks");
        });
        assertThat(writer.write(r)).doesNotContain("Ann").doesNotContain("2024");
        // marks without an author or date are carried whole
        assertThat(writer.notCarried(
                        doc(Text.of("to "), org.resdom.model.Inserted.of(List.of(Text.of("keep"))), Text.of("."))))
                .isEmpty();
    }

    @Test
    void theIdentityWithoutAHeadingIsReported() {
        Resolution r = doc(Text.of("Decides."))
                .withIdentity(new Identity(
                        org.resdom.model.Body.UN_GA,
                        org.resdom.model.DocumentKind.RESOLUTION,
                        Optional.of("71/243"),
                        Optional.empty(),
                        Optional.empty(),
                        org.resdom.model.Language.UNDETERMINED,
                        List.of()));
        List<Diagnostic> found = writer.notCarried(r);
        assertThat(found).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo(ResolutionWriter.NOT_CARRIED);
            assertThat(d.message()).contains("body (UN_GA)").contains("number (71/243)");
        });
        assertThat(writer.write(r)).doesNotContain("71/243");
    }
}

package org.resdom.io.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.resdom.diagnostic.Diagnostic;
import org.resdom.io.ResolutionWriter;
import org.resdom.model.Identity;
import org.resdom.model.Label;
import org.resdom.model.Paragraph;
import org.resdom.model.Resolution;
import org.resdom.model.SourceHints;
import org.resdom.model.Text;
import org.resdom.model.UnknownElement;

/** What a page has no place for is reported by {@code notCarried}, never dropped silently. */
class HtmlNotCarriedTest {

    private final HtmlResolutionWriter writer = HtmlResolutionWriter.create();

    @Test
    void aknHintsMetadataAndUnknownElementAttributesAreReported() {
        Resolution plain = Resolution.builder(Identity.unknown())
                .operative(
                        Optional.empty(),
                        s -> s.add(Paragraph.of(
                                Label.of("1."),
                                List.of(
                                        Text.of("see "),
                                        UnknownElement.of(
                                                "term",
                                                List.of(UnknownElement.Attribute.of("refersTo", "#x")),
                                                List.of(Text.of("x"))),
                                        Text.of(";")))))
                .build();
        assertThat(writer.notCarried(plain))
                .singleElement()
                .satisfies(d -> assertThat(d.message()).contains("attributes").contains("<term>"));
        Resolution r = plain.withMetadata(Map.of("status", "final"))
                .withHints(SourceHints.of(Map.of("akn.coverPage.01", "Human Rights Council")));
        List<Diagnostic> found = writer.notCarried(r);
        assertThat(found).extracting(Diagnostic::code).containsOnly(ResolutionWriter.NOT_CARRIED);
        assertThat(found).hasSize(3);
        assertThat(found.get(1).message()).contains("HTML").contains("akn.coverPage.01");
        assertThat(writer.write(r)).doesNotContain("Human Rights Council").doesNotContain("refersTo");
    }
}

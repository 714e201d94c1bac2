package org.resdom.io.akn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.resdom.testing.Theories.qt;

import org.junit.jupiter.api.Test;
import org.resdom.diagnostic.Severity;
import org.resdom.io.ReadResult;
import org.resdom.model.Identity;
import org.resdom.model.Resolution;
import org.resdom.testing.Generators;
import org.resdom.testsupport.AknSchema;

class AknRoundTripTest {

    private final AknResolutionWriter writer = AknResolutionWriter.create();
    private final AknResolutionReader reader = AknResolutionReader.create();

    private void roundTrip(Resolution r) {
        String xml = writer.write(r);
        ReadResult back = reader.read(xml);
        assertThat(back.diagnostics()).as(xml).noneMatch(d -> d.severity() != Severity.INFO);
        assertThat(back.resolution()).as(xml).isEqualTo(r);
        assertThat(back.resolution().hints())
                .as("hints survive (equals ignores them)")
                .isEqualTo(r.hints());
        assertThat(writer.write(back.resolution())).isEqualTo(xml);
    }

    @Test
    void referenceDocument() {
        roundTrip(Samples.reference());
    }

    /**
     * A phrase's class comes from resdom's facts ({@code rd:phrase}); facts that cannot be read
     * are reported and the phrase tables classify the phrase instead, as for a phrase without facts.
     */
    @Test
    void unreadablePhraseFactsFallBackToThePhraseTables() {
        // phrases whose class differs from the tables' (as a person may correct it): written as facts
        org.resdom.model.PreamblePhrase recalling = org.resdom.model.PreamblePhrase.of("Recalling");
        org.resdom.model.PreambleKind other = java.util.Arrays.stream(org.resdom.model.PreambleKind.values())
                .filter(k -> k != recalling.kind())
                .findFirst()
                .orElseThrow();
        org.resdom.model.OperativePhrase resolves = org.resdom.model.OperativePhrase.of("resolves");
        org.resdom.model.ActionKind action = java.util.Arrays.stream(org.resdom.model.ActionKind.values())
                .filter(k -> k != resolves.action())
                .findFirst()
                .orElseThrow();
        org.resdom.model.Paragraph p = new org.resdom.model.Paragraph(
                java.util.List.of(),
                java.util.Optional.empty(),
                java.util.List.of(org.resdom.model.Text.of("the text")),
                java.util.List.of(),
                java.util.List.of(),
                java.util.Optional.empty());
        Resolution r = new Resolution(
                Samples.reference().identity(),
                java.util.Optional.empty(),
                java.util.List.of(new org.resdom.model.PreambleSection(
                        new org.resdom.model.PreamblePhrase("Recalling", other, java.util.Optional.empty()),
                        false,
                        java.util.List.of(p),
                        java.util.Optional.empty())),
                java.util.List.of(new org.resdom.model.OperativeSection(
                        java.util.Optional.of(new org.resdom.model.OperativePhrase(
                                "resolves", action, java.util.Optional.empty(), java.util.Optional.empty())),
                        false,
                        java.util.List.of(p),
                        java.util.Optional.empty())),
                java.util.List.of(),
                java.util.Map.of(),
                java.util.Optional.empty());
        String xml = writer.write(r);
        assertThat(reader.read(xml).resolution()).isEqualTo(r);
        for (String attribute : new String[] {"kind", "action"}) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile(
                            "<rd:phrase [^>]*" + attribute + "=\"([A-Z_]+)\"[^>]*/>")
                    .matcher(xml);
            assertThat(m.find()).as(attribute).isTrue();
            String broken = xml.substring(0, m.start(1)) + "NOT_A_CLASS" + xml.substring(m.end(1));
            String without = xml.substring(0, m.start()) + xml.substring(m.end());
            ReadResult back = reader.read(broken);
            assertThat(back.diagnostics())
                    .as(attribute)
                    .anyMatch(d -> d.code().equals("AKN-RESDOM") && d.message().startsWith("unreadable phrase facts"));
            assertThat(back.resolution())
                    .as(attribute)
                    .isEqualTo(reader.read(without).resolution());
        }
    }

    @Test
    void emptyDocument() {
        roundTrip(Resolution.empty(Identity.unknown()));
    }

    @Test
    void wellFormedResolutions() {
        qt().withExamples(200).forAll(Generators.wellFormed()).checkAssert(this::roundTrip);
    }

    @Test
    void arbitraryResolutions() {
        qt().withExamples(300).forAll(Generators.arbitrary()).checkAssert(this::roundTrip);
    }

    /** Control characters, U+FFFE and U+FFFF anywhere in text: written valid, read back equal. */
    @Test
    void arbitraryResolutionsWithControlCharacters() {
        qt().withExamples(300)
                .forAll(Generators.arbitrary(new Generators.Options(true, true)))
                .checkAssert(r -> {
                    String xml = writer.write(r);
                    // an unknown element is written back as found (as valid as the file it came from): checked around
                    // it
                    assertThat(AknSchema.errors(AknSchemaTest.withoutUnknownElements(xml, new int[1])))
                            .as(xml)
                            .isEmpty();
                    roundTrip(r);
                });
    }
}

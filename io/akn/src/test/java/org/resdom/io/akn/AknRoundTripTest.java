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

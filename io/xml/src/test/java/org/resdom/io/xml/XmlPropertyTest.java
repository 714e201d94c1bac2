package org.resdom.io.xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.resdom.testing.Theories.qt;

import org.junit.jupiter.api.Test;
import org.resdom.io.ReadResult;
import org.resdom.model.Resolution;
import org.resdom.testing.Generators;
import org.resdom.testing.Spans;
import org.resdom.testsupport.XsdSupport;

/** Model → XML → model is the identity, and every document written is valid against the XSD. */
class XmlPropertyTest {

    private static void roundTrips(Resolution r, XmlResolutionWriter writer) {
        String xml = writer.write(r);
        assertThat(XsdSupport.errors(xml)).as(xml).isEmpty();
        ReadResult back = XmlResolutionReader.create().read(xml);
        assertThat(back.diagnostics()).as(xml).isEmpty();
        assertThat(back.resolution()).as(xml).isEqualTo(r);
        assertThat(back.resolution().hints())
                .as("hints survive (equals ignores them)")
                .isEqualTo(r.hints());
    }

    private static void roundTripsWithSpans(Resolution r, XmlResolutionWriter writer) {
        roundTrips(r, writer);
        Resolution back = XmlResolutionReader.create().read(writer.write(r)).resolution();
        assertThat(Spans.of(back)).as("spans survive (equals ignores them)").isEqualTo(Spans.of(r));
    }

    @Test
    void arbitraryDocumentsWithControlCharactersRoundTripPretty() {
        XmlResolutionWriter writer = XmlResolutionWriter.create();
        qt().withExamples(200)
                .forAll(Generators.arbitrary(new Generators.Options(true, true)))
                .checkAssert(r -> roundTripsWithSpans(r, writer));
    }

    @Test
    void arbitraryDocumentsRoundTripCompact() {
        XmlResolutionWriter writer =
                XmlResolutionWriter.builder().pretty(false).spans(false).build();
        qt().withExamples(100)
                .forAll(Generators.arbitrary(new Generators.Options(true, true)))
                .checkAssert(r -> roundTrips(r, writer));
    }

    @Test
    void wellFormedDocumentsRoundTrip() {
        XmlResolutionWriter writer = XmlResolutionWriter.create();
        qt().withExamples(60).forAll(Generators.wellFormed()).checkAssert(r -> roundTrips(r, writer));
    }
}

package org.resdom.io.akn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.resdom.testing.Theories.qt;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.resdom.model.Resolution;
import org.resdom.testing.Generators;

class AknSchemaTest {

    private final AknResolutionWriter writer = AknResolutionWriter.create();

    static String resource(String path) throws IOException {
        try (InputStream in = AknSchemaTest.class.getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void referenceDocumentIsValid() {
        String xml = writer.write(Samples.reference());
        assertThat(AknSchema.errors(xml)).as(xml).isEmpty();
    }

    @Test
    void theValidatorRejectsInvalidDocuments() {
        String xml = writer.write(Samples.reference()).replace("date=\"2022-10-14\"", "date=\"2022\"")
                .replaceFirst("<num>", "<nom>");
        assertThat(AknSchema.errors(xml)).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void emptyDocumentIsValid() {
        String xml = writer.write(Resolution.empty(org.resdom.model.Identity.unknown()));
        assertThat(AknSchema.errors(xml)).as(xml).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"A_HRC_RES_55_2E.xml", "A_HRC_RES_55_5E.xml"})
    void unFilesAreValidAndStayValidWhenRewritten(String name) throws IOException {
        String original = resource("/fixtures/akn/" + name);
        assertThat(AknSchema.errors(original)).isEmpty();
        Resolution r = AknResolutionReader.create().read(original).resolution();
        String xml = writer.write(r);
        assertThat(AknSchema.errors(xml)).as(xml).isEmpty();
    }

    @Test
    void wellFormedResolutionsAreValid() {
        qt().withExamples(60).forAll(Generators.wellFormed()).checkAssert(r -> {
            String xml = writer.write(r);
            assertThat(AknSchema.errors(xml)).as(xml).isEmpty();
        });
    }

    @Test
    void arbitraryResolutionsAreValid() {
        qt().withExamples(100).forAll(Generators.arbitrary()).checkAssert(r -> {
            String xml = writer.write(r);
            assertThat(AknSchema.errors(xml)).as(xml).isEmpty();
        });
    }
}

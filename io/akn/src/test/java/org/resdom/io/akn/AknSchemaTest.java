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

    /**
     * Valid, unless the document holds an {@code UnknownElement}: that is written back as the
     * element it was, so the file is as valid as the one it came from (here, generated: not).
     */
    @Test
    void arbitraryResolutionsAreValid() {
        int[] checked = {0};
        qt().withExamples(100).forAll(Generators.arbitrary()).checkAssert(r -> {
            if (r.find(org.resdom.model.UnknownElement.class).findAny().isPresent()) {
                return;
            }
            checked[0]++;
            String xml = writer.write(r);
            assertThat(AknSchema.errors(xml)).as(xml).isEmpty();
        });
        assertThat(checked[0]).as("documents without an unknown element checked").isGreaterThan(30);
    }

    /**
     * A revision as {@link org.resdom.model.Revisions#compare} makes it (words changed, a paragraph
     * inserted whole, one renumbered, one moved), every change with an author and a date: the
     * {@code rd:} attributes (author, date, move) sit on {@code ins}/{@code del} in resdom's own
     * namespace, which the OASIS schema admits on every element, so the document stays valid and
     * reads back equal.
     */
    @Test
    void revisionMarksWithAuthorDateAndMoveAreValid() {
        org.resdom.io.text.TextResolutionReader text = org.resdom.io.text.TextResolutionReader.create();
        Resolution older = text.read("The Conference (Dubai, 2018),\nconsidering\na)\tthe plan of the Union;\n"
                + "b)\tthe report of the Council on the implementation of the strategic plan;\nresolves\n"
                + "1\tto adopt the plan;\n2\tto report each year to the Council on its implementation;\n"
                + "3\tto publish the results.\n").resolution();
        Resolution newer = text.read("The Conference (Bucharest, 2022),\nconsidering\n"
                + "a)\tthe report of the Council on the implementation of the strategic plan;\n"
                + "b)\tthe strategic plan of the Union;\nresolves\n1\tto adopt the revised plan;\n"
                + "2\tto consult Member States;\n3\tto report each year to the Council on its implementation;\n"
                + "4\tto publish the results.\n").resolution();
        Resolution marked = signed(org.resdom.model.Revisions.compare(older, newer));
        assertThat(marked.find(org.resdom.model.Inserted.class)).isNotEmpty()
                .allSatisfy(m -> assertThat(m.author()).isPresent());
        String xml = writer.write(marked);
        assertThat(xml).contains("<ins ").contains("<del ").contains("rd:author=\"ITU\"")
                .contains("rd:date=\"2022-10-14T09:00:00Z\"");
        assertThat(AknSchema.errors(xml)).as(xml).isEmpty();
        assertThat(AknResolutionReader.create().read(xml).resolution()).isEqualTo(marked);
    }

    /** Every mark of the top-level paragraphs' text given an author and a date. */
    private static Resolution signed(Resolution r) {
        java.util.Optional<String> who = java.util.Optional.of("ITU");
        java.util.Optional<String> when = java.util.Optional.of("2022-10-14T09:00:00Z");
        java.util.function.UnaryOperator<org.resdom.model.Paragraph> sign = p -> p.withContent(p.content().stream()
                .map(i -> i instanceof org.resdom.model.Inserted m ? m.withChange(who, when)
                        : i instanceof org.resdom.model.Deleted m ? m.withChange(who, when) : i)
                .toList());
        java.util.List<org.resdom.model.PreambleSection> pre = r.preamble().stream()
                .map(s -> new org.resdom.model.PreambleSection(s.phrase(), s.runIn(),
                        s.paragraphs().stream().map(sign).toList(), s.span())).toList();
        java.util.List<org.resdom.model.OperativeSection> op = r.operative().stream()
                .map(s -> new org.resdom.model.OperativeSection(s.phrase(), s.runIn(),
                        s.paragraphs().stream().map(sign).toList(), s.span())).toList();
        java.util.Optional<org.resdom.model.OpeningFormula> formula = r.formula().map(f ->
                new org.resdom.model.OpeningFormula(sign.apply(org.resdom.model.Paragraph.of(f.content())).content(),
                        f.span()));
        return new Resolution(r.identity(), formula, pre, op, r.annexes(), r.metadata(), r.span());
    }
}

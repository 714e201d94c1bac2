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
import org.resdom.testsupport.AknSchema;

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
        String xml = writer.write(Samples.reference())
                .replace("date=\"2022-10-14\"", "date=\"2022\"")
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
     * Valid: every element resdom writes for the model is. An {@code UnknownElement} is written back
     * as the element it was (as valid as the file it came from; here, generated, not), so those
     * elements, marked {@code rd:unknown}, are unwrapped before the check: everything around and
     * inside them must be valid.
     */
    @Test
    void arbitraryResolutionsAreValid() {
        int[] unwrapped = {0};
        qt().withExamples(100).forAll(Generators.arbitrary()).checkAssert(r -> {
            String xml = writer.write(r);
            String checked = withoutUnknownElements(xml, unwrapped);
            assertThat(AknSchema.errors(checked)).as(checked).isEmpty();
        });
        assertThat(unwrapped[0])
                .as("unknown elements unwrapped (the generator makes them)")
                .isPositive();
    }

    /** Replaces every element marked {@code rd:unknown} by its content. */
    static String withoutUnknownElements(String xml, int[] count) {
        try {
            javax.xml.parsers.DocumentBuilderFactory f = javax.xml.parsers.DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            org.w3c.dom.Document d =
                    f.newDocumentBuilder().parse(new org.xml.sax.InputSource(new java.io.StringReader(xml)));
            org.w3c.dom.NodeList all = d.getElementsByTagNameNS("*", "*");
            java.util.List<org.w3c.dom.Element> marked = new java.util.ArrayList<>();
            for (int i = 0; i < all.getLength(); i++) {
                org.w3c.dom.Element e = (org.w3c.dom.Element) all.item(i);
                if (e.hasAttributeNS(Akn.RD, Akn.ATTR_UNKNOWN)) {
                    marked.add(e);
                }
            }
            for (int i = marked.size() - 1; i >= 0; i--) {
                org.w3c.dom.Element e = marked.get(i);
                while (e.getFirstChild() != null) {
                    e.getParentNode().insertBefore(e.getFirstChild(), e);
                }
                e.getParentNode().removeChild(e);
                count[0]++;
            }
            java.io.StringWriter out = new java.io.StringWriter();
            javax.xml.transform.TransformerFactory.newInstance()
                    .newTransformer()
                    .transform(
                            new javax.xml.transform.dom.DOMSource(d), new javax.xml.transform.stream.StreamResult(out));
            return out.toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
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
                        + "3\tto publish the results.\n")
                .resolution();
        Resolution newer = text.read("The Conference (Bucharest, 2022),\nconsidering\n"
                        + "a)\tthe report of the Council on the implementation of the strategic plan;\n"
                        + "b)\tthe strategic plan of the Union;\nresolves\n1\tto adopt the revised plan;\n"
                        + "2\tto consult Member States;\n3\tto report each year to the Council on its implementation;\n"
                        + "4\tto publish the results.\n")
                .resolution();
        Resolution marked = signed(org.resdom.model.Revisions.compare(older, newer));
        assertThat(marked.find(org.resdom.model.Inserted.class))
                .isNotEmpty()
                .allSatisfy(m -> assertThat(m.author()).isPresent());
        String xml = writer.write(marked);
        assertThat(xml)
                .contains("<ins ")
                .contains("<del ")
                .contains("rd:author=\"ITU\"")
                .contains("rd:date=\"2022-10-14T09:00:00Z\"");
        assertThat(AknSchema.errors(xml)).as(xml).isEmpty();
        assertThat(AknResolutionReader.create().read(xml).resolution()).isEqualTo(marked);
    }

    /** Every mark of the top-level paragraphs' text given an author and a date. */
    private static Resolution signed(Resolution r) {
        java.util.Optional<String> who = java.util.Optional.of("ITU");
        java.util.Optional<String> when = java.util.Optional.of("2022-10-14T09:00:00Z");
        java.util.function.UnaryOperator<org.resdom.model.Paragraph> sign = p -> p.withContent(p.content().stream()
                .map(i -> i instanceof org.resdom.model.Inserted m
                        ? m.withChange(who, when)
                        : i instanceof org.resdom.model.Deleted m ? m.withChange(who, when) : i)
                .toList());
        java.util.List<org.resdom.model.PreambleSection> pre = r.preamble().stream()
                .map(s -> new org.resdom.model.PreambleSection(
                        s.phrase(), s.runIn(), s.paragraphs().stream().map(sign).toList(), s.span()))
                .toList();
        java.util.List<org.resdom.model.OperativeSection> op = r.operative().stream()
                .map(s -> new org.resdom.model.OperativeSection(
                        s.phrase(), s.runIn(), s.paragraphs().stream().map(sign).toList(), s.span()))
                .toList();
        java.util.Optional<org.resdom.model.OpeningFormula> formula = r.formula()
                .map(f -> new org.resdom.model.OpeningFormula(
                        sign.apply(org.resdom.model.Paragraph.of(f.content())).content(), f.span()));
        return new Resolution(r.identity(), formula, pre, op, r.annexes(), r.metadata(), r.span());
    }
}

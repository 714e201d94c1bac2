package org.resdom.io.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.resdom.diagnostic.Diagnostic;
import org.resdom.diagnostic.Severity;
import org.resdom.io.ReadLimits;
import org.resdom.io.ReadResult;
import org.resdom.model.Identity;
import org.resdom.model.Inline;
import org.resdom.model.Paragraph;
import org.resdom.model.Resolution;
import org.resdom.model.Unrecognized;

/** Bad JSON never throws: it gives a document and diagnostics with a JSON path and a position. */
@org.junit.jupiter.api.Timeout(value = 120, unit = java.util.concurrent.TimeUnit.SECONDS)
class JsonHostileInputTest {

    private static final JsonResolutionReader READER = JsonResolutionReader.create();

    private static String golden() throws IOException {
        try (InputStream in =
                JsonHostileInputTest.class.getClassLoader().getResourceAsStream("golden/json/rich.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String compactRich() {
        return JsonResolutionWriter.builder().compact().build().write(JsonSamples.rich());
    }

    private static Diagnostic onlyError(ReadResult r, String code) {
        List<Diagnostic> errors = r.diagnostics().stream()
                .filter(d -> d.severity() == Severity.ERROR)
                .toList();
        assertThat(errors).as(r.diagnostics().toString()).hasSize(1);
        Diagnostic d = errors.get(0);
        assertThat(d.code()).isEqualTo(code);
        assertThat(d.span()).as("position of %s", d).isPresent();
        return d;
    }

    /** The 1-based line and column of the first occurrence of a fragment. */
    private static String position(String json, String fragment) {
        int at = json.indexOf(fragment);
        assertThat(at).as(fragment).isNotNegative();
        int line = 1;
        int column = 1;
        for (int i = 0; i < at; i++) {
            if (json.charAt(i) == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return line + ":" + column;
    }

    private static String where(Diagnostic d) {
        return d.line().orElse(0) + ":" + d.column().orElse(0);
    }

    @Test
    void wrongTypeNamesPathAndPosition() throws IOException {
        String json = golden().replaceFirst(
                        java.util.regex.Pattern.quote(
                                "\"label\": {\n            \"text\": \"1\",\n            \"style\": \"number\",\n"
                                        + "            \"value\": \"1\",\n            \"separator\": \"\\t\"\n          }"),
                        "\"label\": \"1\"");
        assertThat(json).isNotEqualTo(golden());
        ReadResult r = READER.read(json);
        Diagnostic d = onlyError(r, JsonFormat.TYPE);
        assertThat(d.message()).startsWith("$.operative[0].paragraphs[0].label: expected an object, found a string");
        assertThat(where(d))
                .isEqualTo(position(json, "\"1\",\n          \"content\"").toString());
        // the paragraph is kept, without its label
        Paragraph p = r.resolution().operative().get(0).paragraphs().get(0);
        assertThat(p.label()).isEmpty();
        assertThat(p.content())
                .isEqualTo(JsonSamples.rich()
                        .operative()
                        .get(0)
                        .paragraphs()
                        .get(0)
                        .content());
    }

    @Test
    void unknownInlineTypeIsKeptAsUnrecognized() {
        String json = compactRich()
                .replace(
                        "{\"type\":\"text\",\"text\":\"to keep \"}",
                        "{\"type\":\"hyperlink\",\"href\":\"https://itu.int\"}");
        ReadResult r = READER.read(json);
        Diagnostic d = onlyError(r, JsonFormat.UNKNOWN_TYPE);
        assertThat(d.message()).startsWith("$.operative[0].paragraphs[1].content[0].type: unknown inline type");
        assertThat(where(d)).isEqualTo(position(json, "\"type\":\"hyperlink\""));
        Inline kept =
                r.resolution().operative().get(0).paragraphs().get(1).content().get(0);
        assertThat(kept).isEqualTo(Unrecognized.of("{\"type\":\"hyperlink\",\"href\":\"https://itu.int\"}"));
    }

    @Test
    void missingRequiredPropertyDropsTheNodeOnly() {
        String json = compactRich().replace("\"name\":\"_Toc1234\",", "");
        ReadResult r = READER.read(json);
        Diagnostic d = onlyError(r, JsonFormat.MISSING);
        assertThat(d.message()).startsWith("$.preamble[0].paragraphs[0].anchors[0].name: required property");
        assertThat(r.resolution().preamble().get(0).paragraphs().get(0).anchors())
                .isEmpty();
        assertThat(r.resolution().operative()).isEqualTo(JsonSamples.rich().operative());
    }

    @Test
    void unknownEnumerationConstantIsAValueError() {
        String json = compactRich().replace("\"action\":\"instructs\"", "\"action\":\"INSTRUCTS\"");
        ReadResult r = READER.read(json);
        Diagnostic d = onlyError(r, JsonFormat.VALUE);
        assertThat(d.message()).startsWith("$.operative[0].phrase.action: \"INSTRUCTS\" is not one of resolves,");
    }

    @Test
    void modelRefusalsAreValueErrors() {
        String json = compactRich().replace("\"year\":1994", "\"year\":94");
        ReadResult r = READER.read(json);
        Diagnostic d = onlyError(r, JsonFormat.VALUE);
        assertThat(d.message()).startsWith("$.identity.history[0]: year must have four digits");
        assertThat(r.resolution().identity().history()).hasSize(1);
    }

    @Test
    void unknownPropertiesAreWarnings() {
        String json = compactRich().replace("\"runIn\":false", "\"runIn\":false,\"colour\":\"red\"");
        ReadResult r = READER.read(json);
        assertThat(r.hasErrors()).isFalse();
        assertThat(r.diagnostics()).extracting(Diagnostic::code).containsOnly(JsonFormat.UNKNOWN_PROPERTY);
        assertThat(r.diagnostics().get(0).message()).startsWith("$.preamble[0].colour: unknown property");
        assertThat(r.resolution()).isEqualTo(JsonSamples.rich());
    }

    @Test
    void duplicatePropertiesAreErrors() {
        String json = compactRich().replace("\"number\":\"71\"", "\"number\":\"71\",\"number\":\"72\"");
        Diagnostic d = onlyError(READER.read(json), JsonFormat.DUPLICATE);
        assertThat(d.message()).startsWith("$.identity.number: property \"number\" appears more than once");
    }

    @Test
    void wrongIdsAreWarnings() {
        String json = compactRich().replace("\"id\":\"hcontainer_2\"", "\"id\":\"hcontainer_9\"");
        ReadResult r = READER.read(json);
        assertThat(r.hasErrors()).isFalse();
        assertThat(r.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo(JsonFormat.ID);
            assertThat(d.message())
                    .startsWith("$.operative[1].id: \"hcontainer_9\" differs from")
                    .contains("\"hcontainer_2\"");
        });
        assertThat(r.resolution()).isEqualTo(JsonSamples.rich());
    }

    @Test
    void formatAndVersionAreChecked() {
        String json =
                compactRich().replace("\"format\":\"resdom\",\"version\":1", "\"format\":\"other\",\"version\":2");
        ReadResult r = READER.read(json);
        assertThat(r.diagnostics())
                .extracting(Diagnostic::code)
                .containsExactly(JsonFormat.FORMAT, JsonFormat.VERSION_CODE);
        assertThat(r.diagnostics().get(1).message()).startsWith("$.version: version 2 is not supported");
        ReadResult missing =
                READER.read("{\"identity\":{\"body\":\"UNGA\",\"kind\":\"resolution\",\"language\":\"fr\"}}");
        assertThat(missing.diagnostics())
                .extracting(Diagnostic::code)
                .containsExactly(JsonFormat.FORMAT, JsonFormat.VERSION_CODE);
        assertThat(missing.resolution().identity().language()).isEqualTo(org.resdom.model.Language.FRENCH);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '`',
            value = {
                "``|JSON-SYNTAX|$|`END`",
                "`   `|JSON-SYNTAX|$|`END`",
                "`{`|JSON-SYNTAX|$|`END`",
                "`{\"format\": \"resdom\",}`|JSON-SYNTAX|$.format|`}`",
                "`{\"format\": \"resdom\"\n \"version\": 1}`|JSON-SYNTAX|$.format|`\"version`",
                "`{\"format\": 'resdom'}`|JSON-SYNTAX|$.format|`'`",
                "`[1, 2]`|JSON-TYPE|$|`[`",
                "`\"text\"`|JSON-TYPE|$|`\"`",
                "`null`|JSON-TYPE|$|`n`",
                "`{\"format\": \"resdom\", \"version\": 1, \"identity\": 7}`|JSON-TYPE|$.identity|`7`",
                "`{\"format\": \"resdom\", \"version\": 1}`|JSON-MISSING|$.identity|`{`",
                "`{\"format\": \"resdom\", \"version\": 1, \"identity\": {\"body\": \"UNGA\", \"kind\": \"resolution\", \"language\": \"en\"}} x`|JSON-TRAILING|$|`x`",
                "`{\"format\": \"resdom\", \"version\": 1, \"identity\": {\"body\": \"UNGA\", \"kind\": \"resolution\", \"language\": \"en\"}} {}`|JSON-TRAILING|$|`{}`",
                "`{\"format\": \"resdom\", \"version\": 1, \"identity\": {\"body\": \"UNGA\", \"kind\": \"resolution\", \"language\": \"en\", \"number\": 71}}`|JSON-TYPE|$.identity.number|`71`",
                "`{\"format\": \"resdom\", \"version\": 1, \"identity\": {\"body\": \"UNGA\", \"kind\": \"resolution\", \"language\": \"en\"}, \"operative\": [{\"type\": \"preambleSection\"}]}`|JSON-UNKNOWN-TYPE|$.operative[0].type|`\"preambleSection`",
                "`{\"format\": \"resdom\", \"version\": 1, \"identity\": {\"body\": \"UNGA\", \"kind\": \"resolution\", \"language\": \"en\"}, \"operative\": [{\"type\": \"operativeSection\", \"span\": {\"startOffset\": 1.5, \"endOffset\": 2, \"line\": 1, \"column\": 1}}]}`|JSON-TYPE|$.operative[0].span.startOffset|`1.5`",
                "`{\"format\": \"resdom\", \"version\": 1, \"identity\": {\"body\": \"UNGA\", \"kind\": \"resolution\", \"language\": \"en\"}, \"operative\": [{\"type\": \"operativeSection\", \"span\": {\"startOffset\": 99999999999, \"endOffset\": 2, \"line\": 1, \"column\": 1}}]}`|JSON-TYPE|$.operative[0].span.startOffset|`99999999999`",
                "`{\"format\": \"resdom\", \"version\": 1, \"identity\": {\"body\": \"UNGA\", \"kind\": \"resolution\", \"language\": \"en\"}, \"annexes\": {}}`|JSON-TYPE|$.annexes|`{}`",
            })
    void malformedDocumentsGiveOneErrorWithPathAndPosition(String json, String code, String path, String at) {
        json = json == null ? "" : json;
        ReadResult r = READER.read(json);
        Diagnostic d = onlyError(r, code);
        assertThat(d.message()).startsWith(path + ": ");
        String expected = at.equals("END") ? "1:" + (json.length() + 1) : position(json, at);
        assertThat(where(d)).isEqualTo(expected);
    }

    @Test
    void syntaxErrorsGiveAnEmptyDocument() {
        ReadResult r = READER.read("{\"format\": \"resdom\", \"identity\": {\"body\": }");
        assertThat(r.resolution()).isEqualTo(Resolution.empty(Identity.unknown()));
        assertThat(onlyError(r, JsonFormat.SYNTAX).message()).startsWith("$.identity.body: malformed JSON");
    }

    /** Jackson's note on its own source settings stays out of the message; the position is the diagnostic's. */
    @Test
    void aTruncatedObjectSaysSoWithoutTheParsersSourceNote() {
        ReadResult r = READER.read("{\"format\":\"resdom\"\n");
        Diagnostic d = onlyError(r, JsonFormat.SYNTAX);
        assertThat(d.message())
                .contains("malformed JSON: Unexpected end-of-input: expected close marker for Object")
                .doesNotContain("Source")
                .doesNotContain("REDACTED")
                .doesNotContain("StreamReadFeature")
                .doesNotContain("#UNKNOWN");
        assertThat(d.line()).hasValue(2);
        assertThat(d.column()).hasValue(1);
    }

    @Test
    void deepNestingIsALimitError() {
        String deep = "{\"format\":\"resdom\",\"version\":1,\"metadata\":" + "[".repeat(5000) + "]".repeat(5000) + "}";
        Diagnostic d = onlyError(READER.read(deep), JsonFormat.LIMIT);
        assertThat(d.message()).contains("depth");
        // the limit is on the model's depth, as in every reader (issue 9, item 4)
        ReadResult shallow = JsonResolutionReader.builder()
                .limits(ReadLimits.defaults().withMaxDepth(1))
                .build()
                .read(compactRich());
        assertThat(onlyError(shallow, JsonFormat.LIMIT).message())
                .contains("levels deep")
                .endsWith("maxDepth 1");
        String nestedInline = "{\"type\":\"inserted\",\"content\":[".repeat(100) + "]}".repeat(100);
        String doc = compactRich().replace("{\"type\":\"text\",\"text\":\"to keep \"}", nestedInline);
        assertThat(onlyError(READER.read(doc), JsonFormat.LIMIT)).isNotNull();
        ReadResult unlimited = JsonResolutionReader.builder()
                .limits(ReadLimits.defaults().withMaxDepth(Integer.MAX_VALUE))
                .build()
                .read(deep);
        assertThat(onlyError(unlimited, JsonFormat.LIMIT)).isNotNull();
    }

    @Test
    void hugeDocumentsAndStringsAreLimitErrors() {
        String huge = "x".repeat(3_000_000);
        String json = compactRich().replace("\"to keep \"", "\"" + huge + "\"");
        ReadResult limited = JsonResolutionReader.builder()
                .limits(ReadLimits.defaults().withMaxChars(1_000_000))
                .build()
                .read(json);
        assertThat(onlyError(limited, JsonFormat.LIMIT).message()).contains("length");
        assertThat(limited.resolution()).isEqualTo(Resolution.empty(Identity.unknown()));
        ReadResult fine = READER.read(json);
        assertThat(fine.diagnostics()).isEmpty();
        assertThat(Inline.plainText(
                        fine.resolution().operative().get(0).paragraphs().get(1).content()))
                .startsWith(huge);
    }

    @Test
    void tooManyDiagnosticsAreCounted() {
        StringBuilder sb = new StringBuilder("{\"format\":\"resdom\",\"version\":1,"
                + "\"identity\":{\"body\":\"UNGA\",\"kind\":\"resolution\",\"language\":\"en\"}");
        for (int i = 0; i < 50; i++) {
            sb.append(",\"x").append(i).append("\":1");
        }
        ReadResult r = JsonResolutionReader.builder()
                .limits(new ReadLimits(1_000_000, 64, 10))
                .build()
                .read(sb.append('}').toString());
        assertThat(r.diagnostics()).hasSize(11);
        assertThat(r.diagnostics().get(10).code()).isEqualTo(JsonFormat.LIMIT);
        assertThat(r.diagnostics().get(10).message()).contains("40 more");
    }

    @Test
    void nullMeansAbsent() {
        ReadResult r = READER.read("{\"format\":\"resdom\",\"version\":1,\"identity\":{\"body\":\"UNGA\","
                + "\"kind\":\"resolution\",\"language\":\"en\",\"number\":null,\"history\":null},\"formula\":null,"
                + "\"preamble\":[],\"operative\":null}");
        assertThat(r.diagnostics()).isEmpty();
        assertThat(r.resolution().identity().number()).isEmpty();
        assertThat(r.resolution().formula()).isEmpty();
    }

    @Test
    void everyPrefixOfTheGoldenFileReadsWithoutException() throws IOException {
        String json = golden();
        for (int i = 0; i < json.length(); i += 7) {
            ReadResult r = READER.read(json.substring(0, i));
            assertThat(r.hasErrors()).as("prefix %d", i).isTrue();
            assertThat(r.diagnostics()).allSatisfy(d -> assertThat(d.message()).startsWith("$"));
        }
        assertThat(READER.read(json).diagnostics()).isEmpty();
    }

    @Test
    void everySingleCharacterCorruptionReadsWithoutException() {
        String json = compactRich();
        String replacements = "{}[]\",:0x \u0000\uD800";
        for (int i = 0; i < json.length(); i += 11) {
            char c = replacements.charAt(i % replacements.length());
            ReadResult r = READER.read(json.substring(0, i) + c + json.substring(i + 1));
            assertThat(r.resolution()).isNotNull();
            assertThat(r.diagnostics()).allSatisfy(d -> assertThat(d.code()).matches("JSON-[A-Z-]+|IO-LIMIT"));
        }
    }

    @Test
    void aFailingStreamThrowsIOException() {
        Reader failing = new Reader() {
            @Override
            public int read(char[] buf, int off, int len) throws IOException {
                throw new IOException("disk on fire");
            }

            @Override
            public void close() {}
        };
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> READER.read(failing))
                .isInstanceOf(IOException.class)
                .hasMessage("disk on fire");
    }

    @Test
    void aByteOrderMarkIsNotAnError() {
        ReadResult r = READER.read("\uFEFF" + compactRich());
        assertThat(r.diagnostics()).extracting(Diagnostic::code).isEmpty();
        assertThat(r.resolution()).isEqualTo(JsonSamples.rich());
        assertThat(r.resolution().span())
                .isPresent()
                .isEqualTo(JsonSamples.rich().span());
        assertThat(JsonResolutionReader.builder()
                        .positions(org.resdom.io.Positions.DOCUMENT)
                        .build()
                        .read("\uFEFF" + compactRich())
                        .resolution()
                        .span())
                .as("the byte order mark is not a column")
                .hasValueSatisfying(s -> assertThat(s.column()).isEqualTo(1));
    }
}

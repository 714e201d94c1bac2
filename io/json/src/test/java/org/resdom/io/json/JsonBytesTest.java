package org.resdom.io.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;
import org.resdom.io.Positions;
import org.resdom.io.ReadLimits;
import org.resdom.io.ReadResult;
import org.resdom.io.internal.Utf8Reader;

/**
 * {@code read(InputStream)} parses the bytes themselves (see {@link JsonResolutionReader#read(InputStream)}):
 * the document, the diagnostics and their positions (in characters) are those of the same input read as
 * characters, whatever the text, the layout, the errors and the position mode.
 */
@org.junit.jupiter.api.Timeout(value = 120, unit = java.util.concurrent.TimeUnit.SECONDS)
class JsonBytesTest {

    private static final List<JsonResolutionReader> READERS = List.of(
            JsonResolutionReader.create(),
            JsonResolutionReader.builder().positions(Positions.DOCUMENT).build());

    private static String golden() {
        try (InputStream in = JsonBytesTest.class.getClassLoader().getResourceAsStream("golden/json/rich.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads the bytes both ways with every reader and asserts the same outcome. */
    private static void sameBothWays(byte[] bytes) {
        for (JsonResolutionReader reader : READERS) {
            ReadResult asBytes;
            ReadResult asChars;
            try {
                asBytes = reader.read(new ByteArrayInputStream(bytes));
                asChars = reader.read(new Utf8Reader(new ByteArrayInputStream(bytes)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            // a stream that says nothing of its length and gives a few bytes at a time
            ReadResult trickled;
            try {
                trickled = reader.read(new ByteArrayInputStream(bytes) {
                    @Override
                    public synchronized int read(byte[] b, int off, int len) {
                        return super.read(b, off, Math.min(len, 7));
                    }

                    @Override
                    public synchronized int available() {
                        return 0;
                    }
                });
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            assertThat(trickled).isEqualTo(asBytes);
            assertThat(asBytes.diagnostics()).isEqualTo(asChars.diagnostics());
            assertThat(asBytes.resolution()).isEqualTo(asChars.resolution());
            // the spans are not part of equals: compare them through the writer
            JsonResolutionWriter spans =
                    JsonResolutionWriter.builder().includeSpans(true).build();
            assertThat(spans.write(asBytes.resolution())).isEqualTo(spans.write(asChars.resolution()));
        }
    }

    private static void sameBothWays(String json) {
        sameBothWays(json.getBytes(StandardCharsets.UTF_8));
    }

    /** The golden document with its texts in other scripts, in several layouts and with errors. */
    private static List<String> variants(String insert) {
        String rich = golden();
        List<String> texts = new ArrayList<>();
        texts.add(rich);
        texts.add(rich.replace("the ", "the " + insert));
        texts.add(rich.replace("Union", insert + "Union" + insert));
        List<String> out = new ArrayList<>();
        for (String t : texts) {
            out.add(t);
            out.add(t.replace("\n", "\r\n"));
            out.add(t.replace("\n", "\r"));
            out.add("\uFEFF" + t);
            // one line: the columns are long
            out.add(t.replace("\n", ""));
            // errors with positions: a wrong identifier, a wrong type, an unknown member, a type that is not first
            out.add(t.replace("\"preamble__formula_1\"", "\"" + insert + "x\""));
            out.add(t.replace("\"year\": 1994", "\"year\": \"" + insert + "\""));
            out.add(t.replace("\"revised\": false,", "\"" + insert + "\": 1, \"revised\": false,"));
            out.add(t.replaceFirst(
                    "\"type\": \"text\",\\s*\"text\": \"([^\"]*)\"",
                    "\"text\": \"$1" + insert + "\", \"type\": \"text\""));
            // bad JSON and trailing content: read as characters again
            out.add(t.replaceFirst("\"kind\":", "\"kind\" " + insert));
            out.add(t + " " + insert);
            out.add(t + " {}");
            out.add(t.substring(0, t.length() / 2));
        }
        return out;
    }

    @Test
    void everyVariantReadsTheSameFromBytesAsFromCharacters() {
        for (String insert : List.of("", "é", "中文 ", "قرار ", "Резолюция ", "\uD83D\uDE00", "\uD83D\uDE00中")) {
            for (String json : variants(insert)) {
                sameBothWays(json);
            }
        }
    }

    @Test
    void anyTextInADocumentReadsTheSameFromBytesAsFromCharacters() {
        String compact = JsonResolutionWriter.builder().compact().build().write(JsonSamples.rich());
        String pretty = golden();
        qt().withShrinkCycles(50)
                .withExamples(60)
                .forAll(SourceDSL.strings().allPossible().ofLengthBetween(0, 30))
                .checkAssert(s -> {
                    // as a JSON string's content: quotes, backslashes and controls escaped by hand
                    StringBuilder escaped = new StringBuilder();
                    for (char c : s.toCharArray()) {
                        if (c == '"' || c == '\\') {
                            escaped.append('\\').append(c);
                        } else if (c < 0x20) {
                            escaped.append(String.format("\\u%04x", (int) c));
                        } else {
                            escaped.append(c);
                        }
                    }
                    String e = escaped.toString();
                    sameBothWays(compact.replace("Union", e + "Union" + e));
                    sameBothWays(
                            pretty.replace("the ", "the " + e).replace("\"year\": 1994", "\"year\": \"" + e + "\""));
                });
    }

    @Test
    void shortEmptyAndOddOpeningsReadAsCharacters() {
        for (String json : List.of("", " ", "{}", "[]", "\uFEFF", "\uFEFF\uFEFF{}", "é{}", "  é", "nul", "{\"a\"")) {
            sameBothWays(json);
        }
        sameBothWays(new byte[] {'{', 0, '}', ' ', ' '});
        sameBothWays(new byte[] {0, '{', 0, '}', 0, ' '});
    }

    @Test
    void bytesThatAreNotUtf8AreRefusedAsForCharacters() {
        byte[] good = golden().getBytes(StandardCharsets.UTF_8);
        for (int at : new int[] {10, good.length / 2, good.length - 2}) {
            byte[] bad = good.clone();
            bad[at] = (byte) 0xFF;
            assertThatThrownBy(() -> JsonResolutionReader.create().read(new ByteArrayInputStream(bad)))
                    .isInstanceOf(MalformedInputException.class);
        }
    }

    /** Bytes that are not UTF-8: bad and missing continuations, overlong forms, surrogates, above U+10FFFF. */
    private static final int[][] NOT_UTF8 = {
        {0x80},
        {0xC0, 0xAF},
        {0xC1, 0xBF},
        {0xC3},
        {0xC3, 0x41},
        {0xE0, 0x80, 0xAF},
        {0xE4, 0xB8},
        {0xE4, 0x41, 0x80},
        {0xED, 0xA0, 0x80},
        {0xED, 0xBF, 0xBF},
        {0xF0, 0x80, 0x80, 0xAF},
        {0xF0, 0x9F, 0x98},
        {0xF4, 0x90, 0x80, 0x80},
        {0xF5, 0x80, 0x80, 0x80},
        {0xFE},
        {0xFF}
    };

    /**
     * Where bad bytes may stand: in text the reader takes, and in values it skips or never
     * decodes (an unknown member, a span in document positions, an unknown inline type, a
     * metadata key, trailing content), in a document that is otherwise well-formed.
     */
    private static List<String> placesForBadBytes(String json) {
        String bad = "\u0000BAD";
        return List.of(
                json.replace("the ", "the " + bad),
                json.replace(
                        "\"revised\": false,",
                        "\"other\": [\"" + bad + "\", {\"x\": \"" + bad + "\"}], \"revised\": false,"),
                json.replaceFirst("\"span\": \\{", "\"span\": {\"note\": \"" + bad + "\", "),
                json.replaceFirst("\"type\": \"text\",", "\"type\": \"picture\", \"alt\": \"" + bad + "\","),
                json.replaceFirst("\"metadata\": \\{", "\"metadata\": {\"" + bad + "\": \"x\", "),
                json + " \"" + bad + "\"");
    }

    @Test
    void bytesThatAreNotUtf8AreRefusedWhereverTheyStand() {
        for (String json : List.of(golden(), golden().replace("\n", ""))) {
            List<String> places = placesForBadBytes(json);
            for (String place : places) {
                assertThat(place).contains("\u0000BAD");
                // the well-formed placeholder reads the same both ways
                sameBothWays(place.replace("\u0000BAD", "ok"));
                for (int[] sequence : NOT_UTF8) {
                    byte[] bytes = withBytes(place, sequence);
                    for (JsonResolutionReader reader : READERS) {
                        assertThatThrownBy(() -> reader.read(new Utf8Reader(new ByteArrayInputStream(bytes))))
                                .isInstanceOf(MalformedInputException.class);
                        assertThatThrownBy(() -> reader.read(new ByteArrayInputStream(bytes)))
                                .isInstanceOf(MalformedInputException.class);
                    }
                }
            }
        }
    }

    /** @return the UTF-8 of a text with its placeholders replaced by the bytes */
    private static byte[] withBytes(String text, int[] sequence) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        String[] parts = text.split("\u0000BAD", -1);
        for (int i = 0; i < parts.length; i++) {
            out.writeBytes(parts[i].getBytes(StandardCharsets.UTF_8));
            if (i < parts.length - 1) {
                for (int b : sequence) {
                    out.write(b);
                }
            }
        }
        return out.toByteArray();
    }

    @Test
    void aDocumentOverTheLimitIsRefusedAsForCharacters() {
        String rich = golden();
        for (long max : new long[] {rich.length() / 3, rich.length() - 1, rich.length(), rich.length() + 1}) {
            JsonResolutionReader reader = JsonResolutionReader.builder()
                    .limits(ReadLimits.defaults().withMaxChars(max))
                    .build();
            for (String json : List.of(rich, rich.replace("the ", "the 中文"))) {
                byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
                try {
                    assertThat(reader.read(new ByteArrayInputStream(bytes)))
                            .isEqualTo(reader.read(new Utf8Reader(new ByteArrayInputStream(bytes))));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
    }
}

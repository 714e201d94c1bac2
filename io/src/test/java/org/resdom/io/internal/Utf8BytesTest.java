package org.resdom.io.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.quicktheories.generators.SourceDSL;

/** The UTF-8 check refuses what the JDK's strict decoder refuses, and counts the characters it gives. */
class Utf8BytesTest {

    private static String jdk(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    @Test
    void anyTextIsWellFormedAndCountsAsItsLengthFromAnyCharacterToAnyOther() {
        qt().withShrinkCycles(100)
                .withExamples(400)
                .forAll(
                        SourceDSL.strings().allPossible().ofLengthBetween(0, 200),
                        SourceDSL.integers().between(0, 1000),
                        SourceDSL.integers().between(0, 1000))
                .checkAssert((raw, a, b) -> {
                    // lone surrogates become '?' here, as in any string that reaches UTF-8
                    String s = new String(raw.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
                    byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
                    assertThat(Utf8Bytes.wellFormed(bytes, 0, bytes.length)).isTrue();
                    assertThat(Utf8Bytes.chars(bytes, 0, bytes.length)).isEqualTo(s.length());
                    // two character boundaries, as byte indexes
                    int from = Math.min(a, s.length());
                    int to = Math.min(b, s.length());
                    if (from > to) {
                        int t = from;
                        from = to;
                        to = t;
                    }
                    if (from > 0 && from < s.length() && Character.isLowSurrogate(s.charAt(from))) {
                        from--;
                    }
                    if (to > 0 && to < s.length() && Character.isLowSurrogate(s.charAt(to))) {
                        to--;
                    }
                    int byteFrom = s.substring(0, from).getBytes(StandardCharsets.UTF_8).length;
                    int byteTo = s.substring(0, to).getBytes(StandardCharsets.UTF_8).length;
                    assertThat(Utf8Bytes.chars(bytes, byteFrom, byteTo)).isEqualTo(to - from);
                });
    }

    @Test
    void randomBytesAreWellFormedExactlyWhenTheJdkDecodesThem() {
        Random random = new Random(17);
        for (int i = 0; i < 20000; i++) {
            byte[] bytes = new byte[random.nextInt(24)];
            random.nextBytes(bytes);
            if (random.nextBoolean()) {
                // mostly ASCII, so that the eight-byte steps meet the rest
                for (int k = 0; k < bytes.length; k++) {
                    if (random.nextInt(4) > 0) {
                        bytes[k] &= 0x7F;
                    }
                }
            }
            String decoded = jdk(bytes);
            assertThat(Utf8Bytes.wellFormed(bytes, 0, bytes.length))
                    .as("%s", Arrays.toString(bytes))
                    .isEqualTo(decoded != null);
            if (decoded != null) {
                assertThat(Utf8Bytes.chars(bytes, 0, bytes.length)).isEqualTo(decoded.length());
            }
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "C0 80",
                "C1 BF",
                "E0 80 80",
                "ED A0 80",
                "F0 80 80 80",
                "F4 90 80 80",
                "F5 80 80 80",
                "80",
                "C3",
                "E2 82",
                "F0 9F 98",
                "C3 28",
                "FF"
            })
    void malformedSequencesAreRefusedAfterAnyRunOfAscii(String hex) {
        String[] parts = hex.split(" ");
        for (int ascii = 0; ascii < 20; ascii++) {
            byte[] bytes = new byte[ascii + parts.length + 3];
            Arrays.fill(bytes, (byte) 'a');
            for (int i = 0; i < parts.length; i++) {
                bytes[ascii + i] = (byte) Integer.parseInt(parts[i], 16);
            }
            assertThat(Utf8Bytes.wellFormed(bytes, 0, bytes.length)).as(hex).isFalse();
            // and cut off before the end: only the part before the bad bytes is looked at
            assertThat(Utf8Bytes.wellFormed(bytes, 0, ascii)).isTrue();
        }
    }
}

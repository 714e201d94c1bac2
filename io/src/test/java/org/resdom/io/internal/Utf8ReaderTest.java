package org.resdom.io.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.quicktheories.generators.SourceDSL;

/** The strict UTF-8 decoder gives what the JDK's strict decoder gives, or refuses what it refuses. */
class Utf8ReaderTest {

    /** Reads everything, in chunks of the given size, from a stream that hands out a few bytes at a time. */
    private static String read(byte[] bytes, int chunk, int trickle) throws IOException {
        InputStream in = new ByteArrayInputStream(bytes) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, trickle));
            }
        };
        Reader r = new Utf8Reader(in);
        StringBuilder sb = new StringBuilder();
        char[] buf = new char[chunk];
        for (int n = r.read(buf, 0, chunk); n >= 0; n = r.read(buf, 0, chunk)) {
            assertThat(n).isPositive();
            sb.append(buf, 0, n);
        }
        return sb.toString();
    }

    private static String jdk(byte[] bytes) throws CharacterCodingException {
        return StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes))
                .toString();
    }

    @Test
    void anyTextComesBackExactlyWhateverTheChunking() {
        // resdom-io cannot use resdom-testing's bounded helper (that module depends on this one)
        qt().withShrinkCycles(100)
                .withExamples(300)
                .forAll(
                        SourceDSL.strings().allPossible().ofLengthBetween(0, 300),
                        SourceDSL.integers().between(1, 7),
                        SourceDSL.integers().between(1, 20000))
                .checkAssert((s, chunk, trickle) -> {
                    String valid = new String(s.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
                    try {
                        assertThat(read(valid.getBytes(StandardCharsets.UTF_8), chunk, trickle))
                                .isEqualTo(valid);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
    }

    @Test
    void randomBytesDecodeAsTheJdkDecodesThemOrFailAsItFails() throws IOException {
        Random random = new Random(13);
        for (int i = 0; i < 5000; i++) {
            byte[] bytes = new byte[random.nextInt(12)];
            random.nextBytes(bytes);
            String expected;
            try {
                expected = jdk(bytes);
            } catch (CharacterCodingException e) {
                expected = null;
            }
            if (expected == null) {
                assertThatThrownBy(() -> read(bytes, 3, 5))
                        .as("%s", java.util.Arrays.toString(bytes))
                        .isInstanceOf(MalformedInputException.class);
            } else {
                assertThat(read(bytes, 3, 5)).isEqualTo(expected);
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
    void malformedSequencesAreRefused(String hex) {
        String[] parts = hex.split(" ");
        byte[] bytes = new byte[parts.length + 1];
        bytes[0] = 'a';
        for (int i = 0; i < parts.length; i++) {
            bytes[i + 1] = (byte) Integer.parseInt(parts[i], 16);
        }
        assertThatThrownBy(() -> read(bytes, 8, 8)).isInstanceOf(MalformedInputException.class);
    }

    @Test
    void supplementaryCharactersSplitAcrossReads() throws IOException {
        String s = "a\uD83D\uDE00b\uD83D\uDE00";
        assertThat(read(s.getBytes(StandardCharsets.UTF_8), 1, 1)).isEqualTo(s);
        assertThat(read(s.getBytes(StandardCharsets.UTF_8), 2, 3)).isEqualTo(s);
    }
}

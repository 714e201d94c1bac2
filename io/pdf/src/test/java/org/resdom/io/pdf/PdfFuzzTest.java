package org.resdom.io.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.resdom.io.ReadResult;

/**
 * Mutated PDF files (bytes flipped, cut, repeated and deleted, with a fixed seed) through the PDF
 * reader: it returns a document and diagnostics for every one, never throws. The text formats are
 * fuzzed, with round trips, in {@code io/tests} ({@code FuzzTest}); this reader writes nothing.
 * {@code -Dfuzz.pdf.cases=N} runs more.
 */
class PdfFuzzTest {

    @Test
    @Timeout(value = 240, unit = TimeUnit.SECONDS)
    void mutatedPdfsNeverBreakTheReader() throws IOException {
        byte[] seed;
        try (InputStream in = PdfFuzzTest.class.getResourceAsStream("/un/A_HRC_RES_54_10E.pdf")) {
            seed = in.readAllBytes();
        }
        int cases = Integer.getInteger("fuzz.pdf.cases", 40);
        Random random = new Random(20_261_202L);
        PdfResolutionReader reader = PdfResolutionReader.create();
        List<String> failures = new ArrayList<>();
        for (int c = 0; c < cases; c++) {
            byte[] input = mutate(seed, random);
            try {
                ReadResult r = reader.read(input);
                assertThat(r.resolution()).isNotNull();
            } catch (RuntimeException | Error e) {
                failures.add("case " + c + ": " + e);
            }
        }
        assertThat(failures).as("exceptions escaping the PDF reader").isEmpty();
    }

    /** A copy of {@code seed} with a few random edits of one of four kinds. */
    static byte[] mutate(byte[] seed, Random random) {
        byte[] b = seed.clone();
        int edits = 1 + random.nextInt(8);
        for (int i = 0; i < edits; i++) {
            int at = random.nextInt(b.length);
            switch (random.nextInt(4)) {
                case 0 -> b[at] = (byte) random.nextInt(256);
                case 1 -> b = java.util.Arrays.copyOf(b, Math.max(1, at));
                case 2 -> {
                    int len = Math.min(b.length - at, 1 + random.nextInt(64));
                    byte[] out = new byte[b.length + len];
                    System.arraycopy(b, 0, out, 0, at + len);
                    System.arraycopy(b, at, out, at + len, b.length - at);
                    b = out;
                }
                default -> {
                    int len = Math.min(b.length - at - 1, random.nextInt(64));
                    if (len > 0) {
                        byte[] out = new byte[b.length - len];
                        System.arraycopy(b, 0, out, 0, at);
                        System.arraycopy(b, at + len, out, at, b.length - at - len);
                        b = out;
                    }
                }
            }
        }
        return b;
    }
}

package org.resdom.io.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.resdom.io.ReadResult;
import org.resdom.testing.Mutations;

/**
 * Mutated Word files (the reference DOCX: bytes flipped, cut, repeated and deleted, with a fixed seed) through
 * the Word reader: it returns a document and diagnostics for every one, never throws. The text formats are
 * fuzzed, with round trips, in {@code io/tests} ({@code FuzzTest}); this reader writes nothing.
 * {@code -Dfuzz.docx.cases=N} runs more.
 */
class DocxFuzzTest {

    @Test
    @Timeout(value = 240, unit = TimeUnit.SECONDS)
    void mutatedDocxNeverBreakTheReader() throws IOException {
        byte[] seed = DocxFixtures.reference();
        int cases = Integer.getInteger("fuzz.docx.cases", 40);
        Random random = new Random(20_261_202L);
        DocxResolutionReader reader = DocxResolutionReader.create();
        List<String> failures = new ArrayList<>();
        for (int c = 0; c < cases; c++) {
            byte[] input = Mutations.ofBytes(seed, random);
            try {
                ReadResult r = reader.read(input);
                assertThat(r.resolution()).isNotNull();
            } catch (RuntimeException | Error e) {
                failures.add("case " + c + ": " + e);
            }
        }
        assertThat(failures).as("exceptions escaping the Word reader").isEmpty();
    }
}

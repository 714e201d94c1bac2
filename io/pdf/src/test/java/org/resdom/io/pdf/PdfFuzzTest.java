package org.resdom.io.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.resdom.testing.Mutations;

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
        PdfResolutionReader reader = PdfResolutionReader.create();
        List<String> failures =
                Mutations.failures(seed, 20_261_202L, cases, b -> reader.read(b).resolution());
        assertThat(failures).as("exceptions escaping the PDF reader").isEmpty();
    }
}

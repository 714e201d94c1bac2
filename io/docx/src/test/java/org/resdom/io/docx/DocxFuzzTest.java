package org.resdom.io.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.resdom.testing.Mutations;
import org.resdom.testsupport.DocxFixtures;

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
        DocxResolutionReader reader = DocxResolutionReader.create();
        List<String> failures =
                Mutations.failures(seed, 20_261_202L, cases, b -> reader.read(b).resolution());
        assertThat(failures).as("exceptions escaping the Word reader").isEmpty();
    }
}

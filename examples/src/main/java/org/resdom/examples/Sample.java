package org.resdom.examples;

import org.resdom.io.ReadResult;
import org.resdom.io.text.TextResolutionReader;
import org.resdom.testing.SeedFixture;

/**
 * The reference text bundled with the examples: the French text of ITU Plenipotentiary
 * Conference Resolution 71 (Rev. Bucharest, 2022), as a DOCX text extractor wrote it.
 * Source: International Telecommunication Union.
 */
public final class Sample {

    /** The sample's file name; the text is the seed fixture bundled in resdom-testing. */
    public static final String RESOURCE = SeedFixture.FILE_NAME;

    private Sample() {}

    /** @return the sample's text, decoded from UTF-8 */
    public static String text() {
        return SeedFixture.text();
    }

    /** @return the sample read with the plain-text reader: the document and the reader's diagnostics */
    public static ReadResult read() {
        // Readers are immutable and thread-safe: create one and reuse it.
        return TextResolutionReader.create().read(text());
    }
}

package org.resdom.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.resdom.io.ReadResult;
import org.resdom.io.text.TextResolutionReader;

/**
 * The reference text bundled with the examples: the French text of ITU Plenipotentiary
 * Conference Resolution 71 (Rev. Bucharest, 2022), as a DOCX text extractor wrote it.
 * Source: International Telecommunication Union.
 */
public final class Sample {

    /** The classpath resource, next to this class. */
    public static final String RESOURCE = "res71-fr-tracked-flattened.txt";

    private Sample() {
    }

    /** @return the sample's text, decoded from UTF-8 */
    public static String text() {
        try (InputStream in = Sample.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing classpath resource " + RESOURCE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the sample read with the plain-text reader: the document and the reader's diagnostics */
    public static ReadResult read() {
        // Readers are immutable and thread-safe: create one and reuse it.
        return TextResolutionReader.create().read(text());
    }
}

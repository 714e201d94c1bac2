package org.resdom.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The benchmarks' input: the French text of ITU Plenipotentiary Conference Resolution 71 (Rev.
 * Bucharest, 2022), bundled as a classpath resource. Source: International Telecommunication Union.
 */
public final class ReferenceInput {

    /** The classpath resource, next to this class. */
    public static final String RESOURCE = "res71-fr-tracked-flattened.txt";

    private ReferenceInput() {
    }

    /** @return the reference text, decoded from UTF-8 */
    public static String text() {
        try (InputStream in = ReferenceInput.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing classpath resource " + RESOURCE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The reference text repeated: a document {@code copies} times as long, with the same
     * structure over and over (every copy starts on a new line).
     *
     * @param copies how many copies, at least 1
     * @return the repeated text
     */
    public static String repeated(int copies) {
        if (copies < 1) {
            throw new IllegalArgumentException("copies must be at least 1");
        }
        String one = text();
        String unit = one.endsWith("\n") ? one : one + "\n";
        return unit.repeat(copies);
    }
}

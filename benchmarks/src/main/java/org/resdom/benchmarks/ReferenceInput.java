package org.resdom.benchmarks;

/**
 * The benchmarks' input: the French text of ITU Plenipotentiary Conference Resolution 71 (Rev.
 * Bucharest, 2022), bundled as a classpath resource. Source: International Telecommunication Union.
 */
public final class ReferenceInput {

    /** The input's file name; the text is the seed fixture bundled in resdom-testing. */
    public static final String RESOURCE = org.resdom.testing.SeedFixture.FILE_NAME;

    private ReferenceInput() {}

    /** @return the reference text, decoded from UTF-8 */
    public static String text() {
        return org.resdom.testing.SeedFixture.text();
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

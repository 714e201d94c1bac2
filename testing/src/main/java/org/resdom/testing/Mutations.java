package org.resdom.testing;

import java.util.Arrays;
import java.util.Objects;
import java.util.Random;

/**
 * Random edits of a file's bytes, for fuzzing a reader of a binary format (PDF, DOCX) with a fixed
 * seed: the same seed and the same {@link Random} give the same inputs on every run.
 *
 * <pre>{@code
 * Random random = new Random(42);
 * for (int i = 0; i < 100; i++) {
 *     ReadResult r = reader.read(Mutations.ofBytes(pdf, random)); // must never throw
 * }
 * }</pre>
 */
public final class Mutations {

    private Mutations() {}

    /**
     * Reads {@code cases} mutations of {@code seed} ({@link #ofBytes}, from a {@code Random} of
     * {@code randomSeed}) and lists every case whose read threw or returned {@code null}: a reader
     * that keeps its promise gives an empty list.
     *
     * @param seed the bytes to mutate; not empty
     * @param randomSeed the seed of the edits, so a failing case comes back on every run
     * @param cases how many inputs to read
     * @param read the reader under test, as {@code reader::read}
     * @return one line per failing case: its number and what was thrown
     */
    public static java.util.List<String> failures(
            byte[] seed, long randomSeed, int cases, java.util.function.Function<byte[], ?> read) {
        Objects.requireNonNull(read, "read must not be null");
        Random random = new Random(randomSeed);
        java.util.List<String> failures = new java.util.ArrayList<>();
        for (int c = 0; c < cases; c++) {
            byte[] input = ofBytes(seed, random);
            try {
                if (read.apply(input) == null) {
                    failures.add("case " + c + ": null");
                }
            } catch (RuntimeException | Error e) {
                failures.add("case " + c + ": " + e);
            }
        }
        return java.util.List.copyOf(failures);
    }

    /**
     * A copy of {@code seed} with one to eight edits, each of one kind: a byte replaced, the rest cut
     * off, a stretch of up to 64 bytes repeated, or a stretch of up to 64 bytes deleted.
     *
     * @param seed the bytes to start from (not changed); not empty
     * @param random where the edits come from
     * @return the edited copy, never empty
     */
    public static byte[] ofBytes(byte[] seed, Random random) {
        Objects.requireNonNull(seed, "seed must not be null");
        Objects.requireNonNull(random, "random must not be null");
        if (seed.length == 0) {
            throw new IllegalArgumentException("seed must not be empty");
        }
        byte[] b = seed.clone();
        int edits = 1 + random.nextInt(8);
        for (int i = 0; i < edits; i++) {
            int at = random.nextInt(b.length);
            switch (random.nextInt(4)) {
                case 0 -> b[at] = (byte) random.nextInt(256);
                case 1 -> b = Arrays.copyOf(b, Math.max(1, at));
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

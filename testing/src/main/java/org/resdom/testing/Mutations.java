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

package org.resdom.examples;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Runs a {@code main} method with {@code System.out} captured. */
final class StdoutCapture {

    /** A main method that may throw. */
    @FunctionalInterface
    interface Main {
        void run() throws Exception;
    }

    private StdoutCapture() {}

    static synchronized String run(Main main) throws Exception {
        PrintStream saved = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PrintStream capture = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            System.setOut(capture);
            main.run();
        } finally {
            System.setOut(saved);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}

package org.resdom.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.resdom.io.ReadResult;
import org.resdom.io.text.TextResolutionReader;

/**
 * The plain-text reader on the reference input repeated 1, 10 and 100 times, next to a baseline
 * that makes one trivial pass over the same characters (splitting into lines and adding up
 * their lengths). {@link BenchmarkReport} divides the reader's time by the baseline's at each
 * size: a constant ratio means the reader grows linearly, as the baseline does.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class TextReaderBenchmark {

    /** How many copies of the reference text the input holds. */
    @Param({"1", "10", "100"})
    public int copies;

    private String input;
    private TextResolutionReader reader;

    /** Builds the input and the reader once per trial. */
    @Setup(Level.Trial)
    public void setUp() {
        input = ReferenceInput.repeated(copies);
        reader = TextResolutionReader.create();
    }

    /**
     * Reads the input into a resolution.
     *
     * @return the result, so that the work is not optimised away
     */
    @Benchmark
    public ReadResult read() {
        return reader.read(input);
    }

    /**
     * The baseline: one pass over the same characters, splitting them into lines.
     *
     * @return the number of characters in lines, so that the work is not optimised away
     */
    @Benchmark
    public long baselineLines() {
        long chars = 0;
        for (String line : input.split("\n", -1)) {
            chars += line.length();
        }
        return chars;
    }
}

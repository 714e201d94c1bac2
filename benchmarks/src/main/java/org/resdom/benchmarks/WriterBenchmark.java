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
import org.resdom.io.Formats;
import org.resdom.io.ResolutionWriter;
import org.resdom.model.Resolution;

/**
 * Each writer (text, JSON, XML, Akoma Ntoso) on the reference document, next to a baseline
 * that copies the reference text into a new {@code String} in one bulk copy
 * (the least any writer producing that much text must do). {@link BenchmarkReport} gives each
 * writer's time as a ratio to the copy and to the text writer.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class WriterBenchmark {

    /** The reference text alone: the baseline's state, with no parameter, so it runs once. */
    @State(Scope.Benchmark)
    public static class Reference {
        String text;

        /** Loads the reference text once per trial. */
        @Setup(Level.Trial)
        public void setUp() {
            text = ReferenceInput.text();
        }
    }

    /** The reference document and one format's writer. */
    @State(Scope.Benchmark)
    public static class Writing {
        /** The format written. */
        @Param({"TEXT", "JSON", "XML", "AKN"})
        public String format;

        Resolution document;
        ResolutionWriter writer;

        /** Reads the reference document and picks the writer once per trial. */
        @Setup(Level.Trial)
        public void setUp() {
            document = Formats.reader("text").read(ReferenceInput.text()).resolution();
            writer = Formats.writer(format);
        }
    }

    /**
     * Writes the document to a string.
     *
     * @param state the document and the writer
     * @return the output, so that the work is not optimised away
     */
    @Benchmark
    public String write(Writing state) {
        return state.writer.write(state.document);
    }

    /**
     * The baseline: copies the reference text into a new string in one bulk copy (the least
     * any writer producing that much text must do).
     *
     * @param state the reference text
     * @return the copy, so that the work is not optimised away
     */
    @Benchmark
    public String baselineCopy(Reference state) {
        String reference = state.text;
        return new StringBuilder(reference.length()).append(reference).toString();
    }
}

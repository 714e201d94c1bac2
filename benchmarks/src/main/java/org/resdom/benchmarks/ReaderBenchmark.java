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
import org.resdom.io.ReadResult;
import org.resdom.io.ResolutionReader;
import org.resdom.model.Resolution;

/**
 * Each reader (text, JSON, XML, Akoma Ntoso) on the reference document written in its format.
 * {@link BenchmarkReport} gives each reader's time as a ratio to the text reader's and per
 * input character.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ReaderBenchmark {

    /** The format read. */
    @Param({"TEXT", "JSON", "XML", "AKN"})
    public String format;

    private String input;
    private ResolutionReader reader;

    /** Writes the reference document in the format once per trial. */
    @Setup(Level.Trial)
    public void setUp() {
        Resolution document = Formats.reader("text").read(ReferenceInput.text()).resolution();
        input = format.equalsIgnoreCase("text")
                ? ReferenceInput.text()
                : Formats.writer(format).write(document);
        reader = Formats.reader(format);
    }

    /**
     * Reads the input.
     *
     * @return the result, so that the work is not optimised away
     */
    @Benchmark
    public ReadResult read() {
        return reader.read(input);
    }
}

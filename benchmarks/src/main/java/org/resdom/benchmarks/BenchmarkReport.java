package org.resdom.benchmarks;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.resdom.io.Formats;

/**
 * Runs the benchmarks through the JMH API, with the GC profiler, writes JMH's JSON result and
 * prints the figures as ratios to the baselines measured in the same run. Times are those of
 * each benchmark's best measurement iteration (the one least disturbed by other work on the
 * machine; JMH's own means are in the JSON result); allocation is JMH's mean
 * {@code gc.alloc.rate.norm}, which does not depend on load:
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar org.resdom.benchmarks.BenchmarkReport -f 1 -wi 1 -i 2
 * </pre>
 * Any JMH option may be given (they are JMH's own command line); without {@code -rff} the JSON
 * result goes to {@code jmh-result.json} under the benchmarks module's {@code target} folder
 * (see {@link Output#file(String)}), never into the source tree.
 */
public final class BenchmarkReport {

    /** The key of JMH's normalised allocation figure, in bytes per operation. */
    static final String ALLOC_NORM = "gc.alloc.rate.norm";

    private BenchmarkReport() {}

    /**
     * One measured benchmark.
     *
     * @param benchmark the class and method, such as {@code TextReaderBenchmark.read}
     * @param param the value of its parameter ({@code copies} or {@code format}), or empty
     * @param micros the time per operation of the best (fastest) measurement iteration, in
     *        microseconds: on a shared machine, the iteration least disturbed by other work
     * @param allocBytes the bytes allocated per operation, when the GC profiler ran, else -1
     */
    record Row(String benchmark, String param, double micros, double allocBytes) {}

    /**
     * Turns JMH's results into rows.
     *
     * @param results what the runner returned
     * @return one row per benchmark and parameter
     */
    static List<Row> rows(Collection<RunResult> results) {
        List<Row> rows = new ArrayList<>();
        for (RunResult rr : results) {
            String name = rr.getParams().getBenchmark();
            String shortName = name.substring(name.lastIndexOf('.', name.lastIndexOf('.') - 1) + 1);
            String param = Optional.ofNullable(rr.getParams().getParam("copies"))
                    .or(() -> Optional.ofNullable(rr.getParams().getParam("format")))
                    .orElse("");
            Result<?> primary = rr.getPrimaryResult();
            double best = rr.getBenchmarkResults().stream()
                    .flatMap(br -> br.getIterationResults().stream())
                    .mapToDouble(ir -> ir.getPrimaryResult().getScore())
                    .min()
                    .orElse(primary.getScore());
            double micros = toMicros(best, primary.getScoreUnit());
            Result<?> alloc = rr.getSecondaryResults().get(ALLOC_NORM);
            if (alloc == null) {
                // JMH before 1.33 named it "·gc.alloc.rate.norm"
                alloc = rr.getSecondaryResults().get("\u00b7" + ALLOC_NORM);
            }
            rows.add(new Row(shortName, param, micros, alloc == null ? -1 : alloc.getScore()));
        }
        return rows;
    }

    private static double toMicros(double score, String unit) {
        return switch (unit) {
            case "ns/op" -> score / 1_000;
            case "us/op" -> score;
            case "ms/op" -> score * 1_000;
            case "s/op" -> score * 1_000_000;
            default -> throw new IllegalArgumentException("unexpected unit " + unit + " (use -bm avgt)");
        };
    }

    private static Optional<Row> find(List<Row> rows, String benchmark, String param) {
        return rows.stream()
                .filter(r -> r.benchmark().equals(benchmark) && r.param().equals(param))
                .findFirst();
    }

    /**
     * Prints the ratios of the text reader and of the writers.
     *
     * @param rows the measured rows
     * @param out where to print
     */
    static void print(List<Row> rows, PrintStream out) {
        int referenceChars = ReferenceInput.text().length();
        out.println();
        out.println("Text reader: time (best iteration) and allocation against one pass over the same characters");
        out.println();
        out.println("| copies | input chars | read µs/op | baseline µs/op | read / baseline | growth vs 1× per char "
                + "| alloc B/op | alloc B per input char |");
        out.println("|---:|---:|---:|---:|---:|---:|---:|---:|");
        Optional<Row> one = find(rows, "TextReaderBenchmark.read", "1");
        for (Row read : rows) {
            if (!read.benchmark().equals("TextReaderBenchmark.read")) {
                continue;
            }
            int copies = Integer.parseInt(read.param());
            long chars = (long) ReferenceInput.repeated(copies).length();
            Optional<Row> base = find(rows, "TextReaderBenchmark.baselineLines", read.param());
            out.printf(
                    Locale.ROOT,
                    "| %d× | %,d | %.1f | %s | %s | %s | %s | %s |%n",
                    copies,
                    chars,
                    read.micros(),
                    base.map(b -> fmt("%.1f", b.micros())).orElse("–"),
                    base.map(b -> fmt("%.1f", read.micros() / b.micros())).orElse("–"),
                    one.map(o -> fmt("%.2f", read.micros() / copies / o.micros()))
                            .orElse("–"),
                    alloc(read.allocBytes()),
                    read.allocBytes() < 0 ? "–" : fmt("%.1f", read.allocBytes() / chars));
        }
        out.println();
        out.println("Writers on the reference document (" + referenceChars + " input chars): against a plain "
                + "String copy and against the text writer");
        out.println();
        out.println("| writer | output chars | µs/op | / String copy | / text writer | alloc B/op "
                + "| alloc B per input char |");
        out.println("|---|---:|---:|---:|---:|---:|---:|");
        Optional<Row> copy = find(rows, "WriterBenchmark.baselineCopy", "");
        Optional<Row> text = find(rows, "WriterBenchmark.write", "TEXT");
        Map<String, Integer> outputChars = outputChars();
        copy.ifPresent(c -> out.printf(
                Locale.ROOT,
                "| String copy (baseline) | %,d | %.1f | 1.0 | %s | %s | %s |%n",
                referenceChars,
                c.micros(),
                text.map(t -> fmt("%.2f", c.micros() / t.micros())).orElse("–"),
                alloc(c.allocBytes()),
                c.allocBytes() < 0 ? "–" : fmt("%.1f", c.allocBytes() / referenceChars)));
        for (Row w : rows) {
            if (!w.benchmark().equals("WriterBenchmark.write")) {
                continue;
            }
            out.printf(
                    Locale.ROOT,
                    "| %s | %,d | %.1f | %s | %s | %s | %s |%n",
                    w.param(),
                    outputChars.getOrDefault(w.param(), -1),
                    w.micros(),
                    copy.map(c -> fmt("%.1f", w.micros() / c.micros())).orElse("–"),
                    text.map(t -> fmt("%.2f", w.micros() / t.micros())).orElse("–"),
                    alloc(w.allocBytes()),
                    w.allocBytes() < 0 ? "–" : fmt("%.1f", w.allocBytes() / referenceChars));
        }
        printReaders(rows, outputChars, out);
    }

    private static void printReaders(List<Row> rows, Map<String, Integer> inputChars, PrintStream out) {
        Optional<Row> text = find(rows, "ReaderBenchmark.read", "TEXT");
        if (rows.stream().noneMatch(r -> r.benchmark().equals("ReaderBenchmark.read"))) {
            return;
        }
        out.println();
        out.println("Readers on the reference document written in each format: against the text reader");
        out.println();
        out.println("| reader | input chars | µs/op | / text reader | ns per input char | alloc B/op "
                + "| alloc B per input char |");
        out.println("|---|---:|---:|---:|---:|---:|---:|");
        for (Row r : rows) {
            if (!r.benchmark().equals("ReaderBenchmark.read")) {
                continue;
            }
            int chars =
                    r.param().equals("TEXT") ? ReferenceInput.text().length() : inputChars.getOrDefault(r.param(), -1);
            out.printf(
                    Locale.ROOT,
                    "| %s | %,d | %.1f | %s | %s | %s | %s |%n",
                    r.param(),
                    chars,
                    r.micros(),
                    text.map(t -> fmt("%.2f", r.micros() / t.micros())).orElse("–"),
                    chars > 0 ? fmt("%.1f", r.micros() * 1000 / chars) : "–",
                    alloc(r.allocBytes()),
                    r.allocBytes() < 0 || chars <= 0 ? "–" : fmt("%.1f", r.allocBytes() / chars));
        }
    }

    private static Map<String, Integer> outputChars() {
        Map<String, Integer> sizes = new LinkedHashMap<>();
        for (String f : Formats.names()) {
            try {
                var document =
                        Formats.reader("text").read(ReferenceInput.text()).resolution();
                sizes.put(
                        f.toUpperCase(Locale.ROOT),
                        Formats.writer(f).write(document).length());
            } catch (RuntimeException e) {
                // a format not implemented yet: its size is left out
            }
        }
        return sizes;
    }

    private static String alloc(double bytes) {
        return bytes < 0 ? "–" : fmt("%,.0f", bytes);
    }

    private static String fmt(String format, double value) {
        return String.format(Locale.ROOT, format, value);
    }

    /**
     * Runs the benchmarks and prints the ratios.
     *
     * @param args JMH command-line options, such as {@code -f 1 -wi 1 -i 2}
     * @throws RunnerException if JMH fails
     * @throws CommandLineOptionException if an option is wrong
     */
    public static void main(String[] args) throws RunnerException, CommandLineOptionException {
        CommandLineOptions cli = new CommandLineOptions(args);
        OptionsBuilder builder = new OptionsBuilder();
        builder.parent(cli);
        if (cli.getIncludes().isEmpty()) {
            builder.include(TextReaderBenchmark.class.getName())
                    .include(WriterBenchmark.class.getName())
                    .include(ReaderBenchmark.class.getName());
        }
        if (cli.getProfilers().stream()
                .noneMatch(p -> p.getKlass().equals("gc") || p.getKlass().equals(GCProfiler.class.getName()))) {
            builder.addProfiler(GCProfiler.class);
        }
        if (cli.getResultFormat().hasValue() || cli.getResult().hasValue()) {
            builder.resultFormat(cli.getResultFormat().orElse(ResultFormatType.JSON));
        } else {
            builder.resultFormat(ResultFormatType.JSON)
                    .result(Output.file("jmh-result.json").toString());
        }
        Options options = builder.build();
        Collection<RunResult> results = new Runner(options).run();
        print(rows(results), System.out);
    }
}

package org.resdom.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The report's arithmetic and the benchmark input; no benchmark runs here. */
class BenchmarkReportTest {

    @Test
    void theRepeatedInputIsTheReferenceTextOverAndOver() {
        String one = ReferenceInput.repeated(1);
        assertThat(one).startsWith(ReferenceInput.text()).endsWith("\n");
        assertThat(ReferenceInput.repeated(10)).hasSize(10 * one.length()).isEqualTo(one.repeat(10));
        assertThatThrownBy(() -> ReferenceInput.repeated(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void printsRatiosToTheBaselinesOfTheSameRun() {
        int chars1 = ReferenceInput.repeated(1).length();
        List<BenchmarkReport.Row> rows = List.of(
                new BenchmarkReport.Row("TextReaderBenchmark.baselineLines", "1", 10, 2.0 * chars1),
                new BenchmarkReport.Row("TextReaderBenchmark.read", "1", 250, 40.0 * chars1),
                new BenchmarkReport.Row("TextReaderBenchmark.baselineLines", "10", 100, -1),
                new BenchmarkReport.Row("TextReaderBenchmark.read", "10", 3000, -1),
                new BenchmarkReport.Row("WriterBenchmark.baselineCopy", "", 20, -1),
                new BenchmarkReport.Row("WriterBenchmark.write", "TEXT", 50, -1),
                new BenchmarkReport.Row("WriterBenchmark.write", "JSON", 200, -1));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        BenchmarkReport.print(rows, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String out = bytes.toString(StandardCharsets.UTF_8);
        // 1×: 250 / 10 = 25.0, growth 1.00, 40 bytes per input char
        assertThat(out)
                .contains("| 1× | " + String.format(java.util.Locale.ROOT, "%,d", chars1)
                        + " | 250.0 | 10.0 | 25.0 | 1.00 | ");
        assertThat(out).containsPattern("\\| 1× .* \\| 40\\.0 \\|");
        // 10×: 3000 / 100 = 30.0, growth 3000 / 10 / 250 = 1.20, no allocation figure
        assertThat(out)
                .containsPattern("\\| 10× \\| [0-9,]+ \\| 3000\\.0 \\| 100\\.0 \\| 30\\.0 \\| 1\\.20 \\| – \\| – \\|");
        // writers: JSON 200 / copy 20 = 10.0, / text 50 = 4.00
        assertThat(out).containsPattern("\\| JSON \\| -?[0-9,]+ \\| 200\\.0 \\| 10\\.0 \\| 4\\.00 \\|");
        assertThat(out).containsPattern("\\| TEXT \\| -?[0-9,]+ \\| 50\\.0 \\| 2\\.5 \\| 1\\.00 \\|");
        assertThat(out).contains("| String copy (baseline) | ");
    }
}

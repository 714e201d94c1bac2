package org.resdom.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A smoke test of the speed suite: every comparison runs once on a small part of the corpus and
 * gives its row. No time is asserted; the measurement is {@code SpeedReport} without {@code --quick}.
 */
class SpeedReportTest {

    @Test
    void everyComparisonRunsAndGivesItsRow() throws Exception {
        List<String> lines = new SpeedReport(0, 0, 1, 0, true).run();
        String all = String.join("\n", lines);
        assertThat(all)
                .contains(
                        "| AKN read (UN and ITU files as published) |",
                        "W3C DOM parse",
                        "StAX scan (floor)",
                        "| AKN write (to a byte stream) |",
                        "StAX cursor copy",
                        "| JSON read (bytes: read(InputStream)) |",
                        "Jackson readTree(byte[])",
                        "Jackson token scan",
                        "| JSON write (compact, to a byte stream) |",
                        "Retained heap",
                        "| 10 KB |",
                        "lines + lower case + words looked up");
        assertThat(lines.stream().filter(l -> l.startsWith("| ") && l.contains("x (")))
                .allSatisfy(l -> assertThat(l).containsPattern("\\*\\*[0-9.]+x\\*\\* \\([0-9.]+–[0-9.]+\\)"));
    }

    @Test
    void inputsOfAGivenSizeTakeTheFilesInTurn() {
        List<byte[]> files = List.of(new byte[] {1, 2, 3}, new byte[] {4, 5});
        List<byte[]> seven = DevCorpus.ofSize(files, 7);
        assertThat(seven).hasSize(3);
        assertThat(seven.get(2)).isSameAs(files.get(0));
        assertThat(DevCorpus.size(seven)).isEqualTo(8);
        assertThat(DevCorpus.ofSize(files, 1)).hasSize(1);
    }

    @Test
    void theMedianAndTheRatiosPerRound() {
        assertThat(Interleaved.median(new double[] {3, 1, 2})).isEqualTo(2.0);
        assertThat(Interleaved.median(new double[] {4, 1, 2, 3})).isEqualTo(2.5);
        Interleaved.Method m = new Interleaved.Method("m", 10, () -> 1);
        Interleaved.Measured a = new Interleaved.Measured(m, new double[] {10, 30}, 20);
        Interleaved.Measured b = new Interleaved.Measured(m, new double[] {5, 10}, 0);
        assertThat(a.ratios(b)).containsExactly(2.0, 3.0);
        assertThat(a.allocatedPerByte()).isEqualTo(2.0);
    }
}

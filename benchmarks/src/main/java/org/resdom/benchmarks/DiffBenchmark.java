package org.resdom.benchmarks;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.Patch;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
import org.resdom.internal.Myers;
import org.resdom.io.text.TextResolutionReader;
import org.resdom.model.Resolution;
import org.resdom.model.Revisions;

/**
 * {@link Revisions#compare} on two versions of the reference text repeated {@code copies} times
 * (8 copies: 107 KB each, 80: 1.07 MB, 400: 5.4 MB) that differ in one word a copy, next to the
 * baseline of reading both texts, interleaved in the same run. {@code kind} {@code distinct}
 * numbers each copy's labelled paragraphs (as in a real document, paragraphs are then mostly
 * distinct); {@code repeated} keeps the copies identical, the worst case for the alignment (no
 * paragraph is unique). Besides, resdom's own Myers diff against java-diff-utils (its default Myers) on the
 * words of both texts: the reason core carries its own linear-space diff rather than a
 * dependency.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class DiffBenchmark {

    /** How many copies of the reference text each version holds. */
    @Param({"8", "80", "400"})
    public int copies;

    /** {@code distinct}: each copy's labelled paragraphs numbered; {@code repeated}: identical copies. */
    @Param({"distinct", "repeated"})
    public String kind;

    private String olderText;
    private String newerText;
    private Resolution older;
    private Resolution newer;
    private List<String> olderWords;
    private List<String> newerWords;
    private int[] olderIds;
    private int[] newerIds;
    private TextResolutionReader reader;

    /** Builds both versions once per trial. */
    @Setup(Level.Trial)
    public void setUp() {
        reader = TextResolutionReader.create();
        String one = ReferenceInput.text();
        // the newer version: one word changed in each copy
        String edited = one.replaceFirst("de coordonner la mise en", "de coordonner pleinement la mise en");
        olderText = copies(one);
        newerText = copies(edited);
        older = reader.read(olderText).resolution();
        newer = reader.read(newerText).resolution();
        olderWords = List.of(olderText.split("\\s+"));
        newerWords = List.of(newerText.split("\\s+"));
        Map<String, Integer> ids = new HashMap<>();
        olderIds = olderWords.stream()
                .mapToInt(w -> ids.computeIfAbsent(w, k -> ids.size()))
                .toArray();
        newerIds = newerWords.stream()
                .mapToInt(w -> ids.computeIfAbsent(w, k -> ids.size()))
                .toArray();
    }

    private String copies(String one) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < copies; i++) {
            String copy = kind.equals("distinct") ? one.replace("\t", "\tn\u00B0" + i + " ") : one;
            sb.append(copy);
            if (!copy.endsWith("\n")) {
                sb.append('\n');
            }
        }
        return sb.toString();
    }

    /** @return the marked document */
    @Benchmark
    public Resolution compare() {
        return Revisions.compare(older, newer);
    }

    /** @return both documents read: the baseline */
    @Benchmark
    public List<Resolution> baselineReadBoth() {
        List<Resolution> out = new ArrayList<>(2);
        out.add(reader.read(olderText).resolution());
        out.add(reader.read(newerText).resolution());
        return out;
    }

    /** @return resdom's Myers on the words of both texts */
    @Benchmark
    public Myers.Result myersWords() {
        return Myers.diff(olderIds, newerIds);
    }

    /** @return java-diff-utils on the same words */
    @Benchmark
    public Patch<String> diffUtilsWords() {
        return DiffUtils.diff(olderWords, newerWords);
    }
}

package org.resdom.io.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.resdom.io.Formats;
import org.resdom.io.Positions;
import org.resdom.io.ReadResult;
import org.resdom.io.ResolutionReader;
import org.resdom.io.ResolutionWriter;
import org.resdom.model.Nesting;
import org.resdom.model.Resolution;
import org.resdom.testing.SeedFixture;

/**
 * Mutation fuzzing of every reader, with a fixed seed and a bounded budget (issue 9). Each case
 * takes a seed document (every fixture, and real documents of the development corpus in six
 * languages), applies one to three random mutations (bytes, lines, elements, characters such as
 * lone surrogates, bidirectional marks and NUL, truncation), then:
 * <ul>
 * <li>reads the result with every reader (and with the seed's reader as UTF-8 bytes too):
 * nothing may escape a reader but an {@link IOException} for bytes that are not UTF-8;</li>
 * <li>takes the document the seed's reader and one other reader (chosen at random) read, writes
 * it in every format, then reads that back: the model must be equal (JSON, XML and Akoma Ntoso
 * always; text for what the text reader read);</li>
 * <li>fails any case that takes longer than {@code fuzz.caseSeconds} (default 10 s, generous for
 * a loaded machine).</li>
 * </ul>
 * The default run is {@value #DEFAULT_CASES} cases on one thread; a longer run: {@code mvn -o -pl io/tests -am
 * test -Dtest=FuzzTest -Dsurefire.failIfNoSpecifiedTests=false -Dfuzz.cases=100000 -Dfuzz.threads=2} runs exactly
 * that many cases (also {@code -Dfuzz.seed=N}, {@code -Dfuzz.caseSeconds=N}, and {@code -Dfuzz.seconds=N} to stop
 * after a time instead). Each case's input depends only on the seed and its number, so a run finds the same
 * failures on any number of threads. The whole run is bounded by {@code fuzz.totalSeconds} (by default one
 * second a case on average, at least {@value #MIN_TOTAL_SECONDS} s, for a default run a loaded machine
 * does in well under a minute), each case by
 * {@code fuzz.caseSeconds}. Failing inputs are saved under {@code target/fuzz-failures/}.
 */
class FuzzTest {

    static final int DEFAULT_CASES = 200;

    /** The least bound on the whole run, in seconds. */
    static final long MIN_TOTAL_SECONDS = 240;

    static final String[] SEEDS = {
        "/fixtures/res71-en.txt",
        "/fixtures/res71-fr-clean.txt",
        SeedFixture.RESOURCE,
        "/fixtures/res71-ar.txt",
        "/fixtures/res71-zh.txt",
        "/fixtures/res71-ru.txt",
        "/fixtures/res71-es.txt",
        "/fixtures/akn/A_HRC_RES_55_2E.xml",
        "/fixtures/akn/A_HRC_RES_55_5E.xml",
        "/golden/json/rich.json",
        "/golden/xml/rich.resdom.xml",
        "/golden/akn/reference.akn.xml",
        "/golden/reference/res71.resdom.xml",
        "/golden/reference/res71.akn.xml",
        "/golden/reference/res71.json",
        "/corpus/dev/un-hrc-54/Arabic/A_HRC_RES_54_33A.xml",
        "/corpus/dev/un-hrc-54/Chinese/A_HRC_RES_54_17C.xml",
        "/corpus/dev/un-hrc-54/English/A_HRC_RES_54_17E.xml",
        "/corpus/dev/un-hrc-54/French/A_HRC_RES_54_33F.xml",
        "/corpus/dev/un-hrc-54/Russian/A_HRC_RES_54_4R.xml",
        "/corpus/dev/un-hrc-54/Spanish/A_HRC_RES_54_33S.xml",
        "/corpus/dev/itu-pp18/akn/res-150.akn.xml",
        "/corpus/dev/itu-pp18/akn/res-94.akn.xml",
        "/corpus/dev/itu-pp18/text/res-94-en.txt",
        "/corpus/dev/itu-pp18/text/res-150-en.txt",
    };

    /** Characters that break naive code: lone surrogates, bidi controls, NUL, non-characters, combining marks. */
    private static final String[] NASTY = {
        "\uD800",
        "\uDFFF",
        "\uDBFF\uDBFF",
        "\u202E",
        "\u202D",
        "\u200F",
        "\u200E",
        "\u2066",
        "\u2069",
        "\u061C",
        "\u0000",
        "\uFFFE",
        "\uFFFF",
        "\uFFFD",
        "\uFEFF",
        "\u0301",
        "\u00A0",
        "\u202F",
        "\u200B",
        "\u200D",
        "\r",
        "\r\n",
        "\t",
        "\u000B",
        "\u001B",
        "\u0085",
        "\u2028",
        "\uD83D\uDE00",
        "\\",
        "&amp;",
        "&#0;",
        "&#xD800;",
        "<",
        ">",
        "&",
        "\"",
        "{+",
        "+}",
        "{-",
        "-}",
        "{[",
        "]}",
        "[footnoteRef:1]",
        "[1: ",
        "[bookmark: x]",
        "\u0627\u0644",
        "\u4E2D",
        "considering",
        "décide",
        "1\t",
        "a)\t",
        "i)\t",
        "–\t",
        "ANNEX",
        "<akomaNtoso>",
        "<!-- -->",
        "<![CDATA[x]]>",
        "<?pi x?>",
        "{",
        "}",
        "[",
        "]",
        ":",
        ",",
        "\"\\ud800\""
    };

    private static final String[] ELEMENTS = {
        "p",
        "ins",
        "del",
        "b",
        "i",
        "paragraph",
        "point",
        "list",
        "intro",
        "content",
        "num",
        "authorialNote",
        "ref",
        "preamble",
        "mainBody",
        "item",
        "text",
        "span",
        "x:y"
    };

    private static final String[] FORMATS = {"text", "json", "xml", "akn"};

    /** One reader and writer of each format, shared (they are immutable and thread-safe). */
    private static final java.util.Map<String, ResolutionReader> READERS = new java.util.HashMap<>();

    private static final java.util.Map<String, ResolutionReader> STORED = new java.util.HashMap<>();
    private static final java.util.Map<String, ResolutionWriter> WRITERS = new java.util.HashMap<>();

    static {
        for (String f : List.of("text", "json", "xml", "akn")) {
            READERS.put(f, Formats.reader(f));
            STORED.put(
                    f,
                    Formats.reader(
                            f,
                            Formats.get(f).readerBuilder().supportedPositions().contains(Positions.STORED)
                                    ? Positions.STORED
                                    : Positions.DOCUMENT));
            WRITERS.put(f, Formats.writer(f));
        }
    }

    private static final class Seed {
        final String name;
        final String text;
        final String format;

        Seed(String name, String text) {
            this.name = name;
            this.text = text;
            this.format = Formats.detect(Path.of(name), text).orElseThrow().name();
        }
    }

    /**
     * The whole run's bound: {@code fuzz.totalSeconds}, or one second a case on average and at
     * least {@value #MIN_TOTAL_SECONDS} s, so the default run (a few seconds) failing this bound
     * means something became far slower, even on a loaded two-core machine.
     */
    static long totalSeconds(int cases) {
        return Long.getLong("fuzz.totalSeconds", Math.max(MIN_TOTAL_SECONDS, cases));
    }

    @Test
    void mutatedInputsNeverBreakAReaderAndRoundTripUnchanged() {
        int cases = Integer.getInteger("fuzz.cases", DEFAULT_CASES);
        assertTimeoutPreemptively(
                Duration.ofSeconds(totalSeconds(cases)),
                () -> run(cases),
                () -> "the fuzz run took longer than fuzz.totalSeconds = " + totalSeconds(cases));
    }

    private void run(int cases) throws Exception {
        long seed = Long.getLong("fuzz.seed", 20_260_901L);
        long caseSeconds = Long.getLong("fuzz.caseSeconds", 10L);
        int threads = Math.max(1, Integer.getInteger("fuzz.threads", 1));
        // a long run may also be bounded by time: it stops after this many seconds, reporting the cases run
        long budget = Long.getLong("fuzz.seconds", 0L);
        List<Seed> seeds = new ArrayList<>();
        for (String name : SEEDS) {
            seeds.add(new Seed(name, resource(name)));
        }
        // every seed as it is first: a check of its own, and it warms the readers up before cases are timed
        List<String> failures = new ArrayList<>();
        for (Seed s : seeds) {
            for (String other : FORMATS) {
                for (String p : check(s, s.text, other)) {
                    failures.add("seed " + s.name + " unmutated: " + p);
                }
            }
        }
        Random random = new Random(seed);
        long[] caseSeeds = new long[cases];
        for (int c = 0; c < cases; c++) {
            caseSeeds[c] = random.nextLong();
        }
        long started = System.nanoTime();
        AtomicInteger next = new AtomicInteger();
        AtomicInteger run = new AtomicInteger();
        AtomicLong slowest = new AtomicLong();
        List<String> found = Collections.synchronizedList(new ArrayList<>());
        ExecutorService lanes = Executors.newFixedThreadPool(threads, daemon("fuzz-lane"));
        List<Future<?>> running = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            running.add(lanes.submit(() -> {
                lane(seeds, caseSeeds, next, run, slowest, found, started, budget, caseSeconds);
                return null;
            }));
        }
        try {
            for (Future<?> f : running) {
                f.get();
            }
        } finally {
            lanes.shutdownNow();
        }
        List<String> sorted = new ArrayList<>(found);
        sorted.sort(Comparator.comparingInt(FuzzTest::caseNumber));
        failures.addAll(sorted);
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf(
                Locale.ROOT,
                "fuzz: %d cases (seed %d, %d thread(s)) in %.1f s, slowest case %.0f ms, " + "%d failures%n",
                run.get(),
                seed,
                threads,
                seconds,
                slowest.get() / 1e6,
                failures.size());
        assertThat(failures).as("fuzz failures").isEmpty();
        if (budget == 0) {
            assertThat(run.get()).as("cases run").isEqualTo(cases);
        }
    }

    /**
     * One thread of a run: takes the next case number until all are taken, the time budget is
     * spent or 20 failures are found, and runs each case under its own time bound.
     */
    private static void lane(
            List<Seed> seeds,
            long[] caseSeeds,
            AtomicInteger next,
            AtomicInteger run,
            AtomicLong slowest,
            List<String> failures,
            long started,
            long budget,
            long caseSeconds)
            throws InterruptedException, ExecutionException {
        ExecutorService pool = Executors.newSingleThreadExecutor(daemon("fuzz-case"));
        try {
            for (int c; (c = next.getAndIncrement()) < caseSeeds.length && failures.size() < 20; ) {
                if (budget > 0 && System.nanoTime() - started > TimeUnit.SECONDS.toNanos(budget)) {
                    break;
                }
                Seed s = seeds.get(c % seeds.size());
                long caseSeed = caseSeeds[c];
                Mutation m = mutate(s.text, new Random(caseSeed));
                long t0 = System.nanoTime();
                String other = FORMATS[new Random(caseSeed).nextInt(FORMATS.length)];
                Future<List<String>> f = pool.submit(() -> check(s, m.text, other));
                List<String> problems;
                try {
                    problems = f.get(caseSeconds, TimeUnit.SECONDS);
                } catch (TimeoutException e) {
                    f.cancel(true);
                    pool.shutdownNow();
                    pool = Executors.newSingleThreadExecutor(daemon("fuzz-case"));
                    problems = List.of("took longer than " + caseSeconds + " s");
                }
                long took = System.nanoTime() - t0;
                slowest.accumulateAndGet(took, Math::max);
                int done = run.incrementAndGet();
                if (done % 1000 == 0) {
                    System.out.printf(
                            Locale.ROOT,
                            "fuzz: %d cases in %.0f s, %d failures%n",
                            done,
                            (System.nanoTime() - started) / 1e9,
                            failures.size());
                }
                if (!problems.isEmpty()) {
                    String where = save(c, m.text);
                    failures.add("case " + c + " (seed " + caseSeed + ", " + s.name + ", " + m.description + ", input "
                            + where + "): " + String.join("; ", problems));
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static int caseNumber(String failure) {
        return failure.startsWith("case ") ? Integer.parseInt(failure.substring(5, failure.indexOf(' ', 5))) : -1;
    }

    /**
     * Every reader on the input; the reader of the seed's format on its bytes too; then every
     * round trip of what the seed's reader and one other reader read.
     */
    static List<String> check(Seed seed, String input, String other) {
        List<String> problems = new ArrayList<>();
        byte[] utf8 = input.getBytes(StandardCharsets.UTF_8);
        for (String format : FORMATS) {
            ResolutionReader reader = READERS.get(format);
            ReadResult result;
            try {
                result = reader.read(input);
            } catch (Throwable e) {
                problems.add(format + " reader threw on the string: " + describe(e));
                continue;
            }
            if (readsBytes(format, seed.format)) {
                try (InputStream in = new ByteArrayInputStream(utf8)) {
                    reader.read(in);
                } catch (CharacterCodingException e) {
                    // a lone surrogate has no UTF-8 form: the bytes hold '?', or malformed input is refused
                } catch (Throwable e) {
                    problems.add(format + " reader threw on the bytes: " + describe(e));
                }
            }
            if (roundTripped(format, seed.format, other)) {
                roundTrips(format, result.resolution(), problems);
            }
        }
        return problems;
    }

    /** Whether a case reads the input as UTF-8 bytes with this format's reader: the seed's own format. */
    static boolean readsBytes(String format, String seedFormat) {
        return format.equals(seedFormat);
    }

    /** Whether a case round-trips what this format's reader read: the seed's own format and the other one. */
    static boolean roundTripped(String format, String seedFormat, String other) {
        return format.equals(seedFormat) || format.equals(other);
    }

    /** Writes a document in every format and reads it back: the model must not change. */
    static void roundTrips(String from, Resolution r, List<String> problems) {
        if (Nesting.depth(r) > Nesting.MAX) {
            return;
        }
        for (String to : FORMATS) {
            if ("text".equals(to) && !"text".equals(from)) {
                continue; // text is a reading of prose: only what the text reader read comes back equal
            }
            ResolutionWriter writer = WRITERS.get(to);
            String written;
            try {
                written = writer.write(r);
            } catch (Throwable e) {
                problems.add(to + " writer threw on what the " + from + " reader read: " + describe(e));
                continue;
            }
            ReadResult back;
            try {
                back = STORED.get(to).read(written);
            } catch (Throwable e) {
                problems.add(to + " reader threw on what the " + to + " writer wrote: " + describe(e));
                continue;
            }
            if (!back.resolution().equals(r)) {
                problems.add(from + " -> " + to + " -> model differs" + firstDifference(r, back.resolution()));
            }
            // hints are not part of equals; each writer keeps them (the text writer its own, text.*)
            if (!hints(back.resolution(), to).equals(hints(r, to))) {
                problems.add(from + " -> " + to + " -> hints differ: "
                        + abbreviate(hints(r, to).toString()) + " became "
                        + abbreviate(hints(back.resolution(), to).toString()));
            }
            if (back.diagnostics().stream()
                    .anyMatch(
                            d -> "IO-LIMIT".equals(d.code()) && d.severity() != org.resdom.diagnostic.Severity.INFO)) {
                problems.add(to + " reader hit a limit on what the " + to + " writer wrote");
            }
        }
    }

    private static Map<String, String> hints(Resolution r, String format) {
        Map<String, String> out = new java.util.TreeMap<>(r.hints().values());
        if ("text".equals(format)) {
            out.keySet().removeIf(k -> !k.startsWith("text."));
        }
        return out;
    }

    private static String firstDifference(Resolution a, Resolution b) {
        List<org.resdom.model.Node> x = a.stream().toList();
        List<org.resdom.model.Node> y = b.stream().toList();
        for (int i = 0; i < Math.min(x.size(), y.size()); i++) {
            if (x.get(i).children().isEmpty() && !x.get(i).equals(y.get(i))) {
                return ": " + abbreviate(x.get(i).toString()) + " became "
                        + abbreviate(y.get(i).toString());
            }
        }
        if (!a.identity().equals(b.identity())) {
            return ": identity " + abbreviate(a.identity().toString()) + " became "
                    + abbreviate(b.identity().toString());
        }
        if (!a.metadata().equals(b.metadata())) {
            return ": metadata " + abbreviate(a.metadata().toString()) + " became "
                    + abbreviate(b.metadata().toString());
        }
        return " (" + x.size() + " nodes, " + y.size() + " after)";
    }

    private static String abbreviate(String s) {
        String e = s.codePoints()
                .mapToObj(cp ->
                        cp < 0x20 || cp >= 0x7F ? String.format(Locale.ROOT, "\\u%04X", cp) : Character.toString(cp))
                .reduce(new StringBuilder(), StringBuilder::append, StringBuilder::append)
                .toString();
        return e.length() > 300 ? e.substring(0, 300) + "…" : e;
    }

    private static String describe(Throwable e) {
        StackTraceElement[] st = e.getStackTrace();
        return e + (st.length > 0 ? " at " + st[0] : "");
    }

    /** A mutated input and what was done to it. */
    record Mutation(String text, String description) {}

    static Mutation mutate(String text, Random r) {
        int n = 1 + r.nextInt(3);
        StringBuilder what = new StringBuilder();
        String s = text;
        for (int i = 0; i < n; i++) {
            int kind = r.nextInt(9);
            if (what.length() > 0) {
                what.append('+');
            }
            switch (kind) {
                case 0 -> {
                    what.append("bytes");
                    s = bytes(s, r);
                }
                case 1 -> {
                    what.append("line");
                    s = lines(s, r);
                }
                case 2, 3 -> {
                    what.append("element");
                    s = elements(s, r);
                }
                case 4, 5 -> {
                    what.append("char");
                    s = insert(s, r.nextInt(s.length() + 1), NASTY[r.nextInt(NASTY.length)]);
                }
                case 6 -> {
                    what.append("truncate");
                    s = s.substring(0, r.nextInt(s.length() + 1));
                }
                case 7 -> {
                    what.append("delete");
                    int at = r.nextInt(s.length() + 1);
                    s = s.substring(0, at) + s.substring(Math.min(s.length(), at + 1 + r.nextInt(40)));
                }
                default -> {
                    what.append("copy");
                    int from = r.nextInt(s.length() + 1);
                    int to = Math.min(s.length(), from + r.nextInt(200));
                    s = insert(s, r.nextInt(s.length() + 1), s.substring(from, to));
                }
            }
        }
        return new Mutation(s, what.toString());
    }

    private static String insert(String s, int at, String piece) {
        return s.substring(0, at) + piece + s.substring(at);
    }

    /** Flips, inserts or deletes bytes of the UTF-8 form, then decodes it as a lenient decoder would. */
    private static String bytes(String s, Random r) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        if (b.length == 0) {
            return s;
        }
        int at = r.nextInt(b.length);
        switch (r.nextInt(3)) {
            case 0 -> b[at] ^= (byte) (1 << r.nextInt(8));
            case 1 -> b[at] = (byte) r.nextInt(256);
            default -> {
                byte[] c = new byte[b.length - 1];
                System.arraycopy(b, 0, c, 0, at);
                System.arraycopy(b, at + 1, c, at, b.length - at - 1);
                b = c;
            }
        }
        return new String(b, StandardCharsets.UTF_8);
    }

    /** Deletes, duplicates or swaps lines. */
    private static String lines(String s, Random r) {
        List<String> lines = new ArrayList<>(List.of(s.split("\n", -1)));
        int i = r.nextInt(lines.size());
        int j = r.nextInt(lines.size());
        switch (r.nextInt(3)) {
            case 0 -> lines.remove(i);
            case 1 -> lines.add(i, lines.get(j));
            default -> {
                String t = lines.get(i);
                lines.set(i, lines.get(j));
                lines.set(j, t);
            }
        }
        return String.join("\n", lines);
    }

    /** Removes a tag, duplicates an element's start tag, or wraps a stretch of text in an element. */
    private static String elements(String s, Random r) {
        List<int[]> tags = new ArrayList<>();
        for (int i = s.indexOf('<'); i >= 0 && tags.size() < 5000; i = s.indexOf('<', i + 1)) {
            int end = s.indexOf('>', i);
            if (end < 0) {
                break;
            }
            tags.add(new int[] {i, end + 1});
        }
        int op = r.nextInt(4);
        if (tags.isEmpty() || op == 3) {
            String name = ELEMENTS[r.nextInt(ELEMENTS.length)];
            int a = r.nextInt(s.length() + 1);
            int b = Math.min(s.length(), a + r.nextInt(60));
            return s.substring(0, a) + "<" + name + ">" + s.substring(a, b) + "</" + name + ">" + s.substring(b);
        }
        int[] t = tags.get(r.nextInt(tags.size()));
        return switch (op) {
            case 0 -> s.substring(0, t[0]) + s.substring(t[1]);
            case 1 -> insert(s, t[0], s.substring(t[0], t[1]));
            default -> insert(s, tags.get(r.nextInt(tags.size()))[0], s.substring(t[0], t[1]));
        };
    }

    private static String save(int c, String text) {
        try {
            Path dir = Path.of("target", "fuzz-failures");
            Files.createDirectories(dir);
            // UTF-16 code units as they are (big-endian), so lone surrogates survive
            Path p = dir.resolve("case-" + c + ".utf16be");
            java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(text.length() * 2);
            text.chars().forEach(ch -> b.putChar((char) ch));
            Files.write(p, b.array());
            return p.toString();
        } catch (IOException | RuntimeException e) {
            return "(not saved: " + e + ")";
        }
    }

    static String resource(String name) {
        try (InputStream in = FuzzTest.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return task -> {
            Thread t = new Thread(task, name);
            t.setDaemon(true);
            return t;
        };
    }
}

package org.resdom.benchmarks;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;
import org.resdom.io.ReadResult;
import org.resdom.io.akn.AknResolutionReader;
import org.resdom.io.akn.AknResolutionWriter;
import org.resdom.io.json.JsonResolutionReader;
import org.resdom.io.json.JsonResolutionWriter;
import org.resdom.io.text.TextResolutionReader;
import org.resdom.io.text.TextResolutionWriter;
import org.resdom.model.Resolution;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Measures every reader and writer against its floor and the usual library baselines in one
 * run, on the development corpus (see {@link DevCorpus}), with {@link Interleaved} rounds, and
 * prints one Markdown table: speed (MB/s), bytes allocated per input byte, the ratio per round
 * (median, lowest–highest) and the target; then the retained heap of the model against the
 * W3C DOM and the per-megabyte time at growing sizes. The table is also written to
 * {@code benchmarks/target/speed-report.md}.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar org.resdom.benchmarks.SpeedReport [--rounds N] [--size BYTES] [--min-ms MILLIS] [--reads-only] [--quick]
 * </pre>
 *
 * {@code --reads-only} measures only the readers against their baselines (no writers, no
 * retained heap, no scaling): a shorter run for work on the readers.
 *
 * {@code --quick} runs every method once on a small part of the corpus (a smoke test of the
 * suite, not a measurement).
 */
public final class SpeedReport {

    private static final double MB = 1e6;

    /** The size of the input of the main table: a part of the corpus with every language in it. */
    private final long tableBytes;

    private final int warmups;
    private final int rounds;
    private final long minNanos;
    private final boolean quick;
    private boolean readsOnly;
    private final List<String> lines = new ArrayList<>();

    private final AknResolutionReader aknReader = AknResolutionReader.create();
    private final AknResolutionWriter aknWriter = AknResolutionWriter.create();
    private final JsonResolutionReader jsonReader = JsonResolutionReader.create();
    private final JsonResolutionWriter jsonCompact =
            JsonResolutionWriter.builder().compact().build();
    private final TextResolutionReader textReader = TextResolutionReader.create();
    private final JsonMapper mapper = JsonMapper.builder().build();
    private final JsonFactory jsonFactory = new JsonFactory();
    private final XMLInputFactory stax = secureStax();
    private final XMLOutputFactory staxOut = XMLOutputFactory.newDefaultFactory();
    private final DocumentBuilderFactory dom = secureDom();

    SpeedReport(long tableBytes, int warmups, int rounds, long minNanos, boolean quick) {
        this.tableBytes = tableBytes;
        this.warmups = warmups;
        this.rounds = rounds;
        this.minNanos = minNanos;
        this.quick = quick;
    }

    /**
     * Runs the suite and prints the report.
     *
     * @param args {@code --rounds N} (default 7), {@code --size BYTES} of the main table's input
     *        (default 2 MB), {@code --min-ms MILLIS} of CPU time each method runs at least per
     *        round (default 100; longer rounds are steadier on a busy machine), {@code --reads-only}
     *        (the readers only), {@code --quick}
     * @throws Exception if a reader or writer fails
     */
    public static void main(String[] args) throws Exception {
        int rounds = 7;
        long size = 2_000_000;
        boolean quick = false;
        boolean readsOnly = false;
        long minMillis = 100;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--quick")) {
                quick = true;
            } else if (args[i].equals("--min-ms") && i + 1 < args.length) {
                minMillis = Long.parseLong(args[++i]);
            } else if (args[i].equals("--rounds") && i + 1 < args.length) {
                rounds = Integer.parseInt(args[++i]);
            } else if (args[i].equals("--reads-only")) {
                readsOnly = true;
            } else if (args[i].equals("--size") && i + 1 < args.length) {
                size = Long.parseLong(args[++i]);
            } else {
                throw new IllegalArgumentException(
                        "usage: SpeedReport [--rounds N] [--size BYTES] [--min-ms MILLIS] [--reads-only] [--quick]");
            }
        }
        SpeedReport report = quick
                ? new SpeedReport(0, 0, 1, 0, true)
                : new SpeedReport(size, 2, rounds, minMillis * 1_000_000L, false);
        report.readsOnly = readsOnly;
        List<String> out = report.run();
        Path file = Output.file("speed-report.md");
        Files.write(file, out, StandardCharsets.UTF_8);
        System.out.println("written to " + file);
    }

    /**
     * Runs every comparison.
     *
     * @return the report's lines
     * @throws Exception if a reader or writer fails
     */
    List<String> run() throws Exception {
        List<byte[]> corpus = DevCorpus.akn();
        List<byte[]> akn = DevCorpus.ofSize(corpus, quick ? 100_000 : tableBytes);
        List<Resolution> models = new ArrayList<>();
        List<byte[]> ownAkn = new ArrayList<>();
        List<byte[]> json = new ArrayList<>();
        List<String> jsonStrings = new ArrayList<>();
        List<byte[]> compact = new ArrayList<>();
        List<String> text = new ArrayList<>();
        for (byte[] f : akn) {
            Resolution r = aknReader.read(new ByteArrayInputStream(f)).resolution();
            models.add(r);
            ownAkn.add(aknWriter.write(r).getBytes(StandardCharsets.UTF_8));
            String j = JsonResolutionWriter.create().write(r);
            jsonStrings.add(j);
            json.add(j.getBytes(StandardCharsets.UTF_8));
            compact.add(jsonCompact.write(r).getBytes(StandardCharsets.UTF_8));
            text.add(TextResolutionWriter.create().write(r));
        }
        List<JsonNode> trees = new ArrayList<>();
        for (byte[] c : compact) {
            trees.add(mapper.readTree(c));
        }
        long aknBytes = DevCorpus.size(akn);
        long ownBytes = DevCorpus.size(ownAkn);
        long jsonBytes = DevCorpus.size(json);
        long compactBytes = DevCorpus.size(compact);
        long textBytes = 0;
        for (String t : text) {
            textBytes += t.getBytes(StandardCharsets.UTF_8).length;
        }

        line("Run " + Instant.now().truncatedTo(ChronoUnit.MINUTES) + " on " + machine() + "; "
                + akn.size() + " Akoma Ntoso files taken in turn from the " + corpus.size()
                + " of the development corpus, all languages (" + mbText(aknBytes)
                + " MB), their resdom AKN (" + mbText(ownBytes) + " MB), JSON (" + mbText(jsonBytes) + " MB, compact "
                + mbText(compactBytes) + " MB) and text (" + mbText(textBytes) + " MB); " + rounds
                + " interleaved rounds after " + warmups + " warm-up rounds, each method at least "
                + minNanos / 1_000_000 + " ms of CPU time per round; load average "
                + String.format(
                        Locale.ROOT,
                        "%.1f",
                        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage())
                + " at the start.");
        line("");
        line("| work | resdom | baseline in the same run | elapsed-time ratio (median, lowest–highest of the rounds) "
                + "| CPU time ratio (median, lowest–highest) | target |");
        line("|---|---|---|---|---|---|");

        Interleaved.Method aknRead = new Interleaved.Method("read", aknBytes, () -> readAll(aknReader, akn));
        compare(
                "AKN read (UN and ITU files as published)",
                aknRead,
                List.of(
                        new Interleaved.Method("W3C DOM parse", aknBytes, () -> domAll(akn)),
                        new Interleaved.Method("StAX scan (floor)", aknBytes, () -> staxAll(akn))),
                new String[] {"≤ 1.0x DOM", "≤ 1.5x StAX floor"});
        compare(
                "AKN read (resdom-written AKN)",
                new Interleaved.Method("read", ownBytes, () -> readAll(aknReader, ownAkn)),
                List.of(
                        new Interleaved.Method("W3C DOM parse", ownBytes, () -> domAll(ownAkn)),
                        new Interleaved.Method("StAX scan (floor)", ownBytes, () -> staxAll(ownAkn))),
                new String[] {"≤ 1.0x DOM", "≤ 1.5x StAX floor"});
        ByteArrayOutputStream sink = new ByteArrayOutputStream(1 << 20);
        if (!readsOnly) {
            compare(
                    "AKN write (to a byte stream)",
                    new Interleaved.Method("write", ownBytes, () -> {
                        long n = 0;
                        for (Resolution r : models) {
                            sink.reset();
                            aknWriter.write(r, sink);
                            n += sink.size();
                        }
                        return n;
                    }),
                    List.of(
                            new Interleaved.Method(
                                    "StAX cursor copy (write floor)", ownBytes, () -> staxCopyAll(ownAkn)),
                            new Interleaved.Method("bulk copy", ownBytes, () -> bulkCopy(ownAkn))),
                    new String[] {"≤ 1.0–1.2x StAX copy", "—"});
        }
        compare(
                "JSON read (bytes: read(InputStream))",
                new Interleaved.Method("read", jsonBytes, () -> readAll(jsonReader, json)),
                List.of(
                        new Interleaved.Method("Jackson readTree(byte[])", jsonBytes, () -> readTrees(json)),
                        new Interleaved.Method("Jackson token scan", jsonBytes, () -> tokenScan(json))),
                new String[] {"≤ 1.5x readTree", "—"});
        if (!readsOnly) {
            compare(
                    "JSON read (read(String))",
                    new Interleaved.Method("read", jsonBytes, () -> {
                        long n = 0;
                        for (String s : jsonStrings) {
                            n += jsonReader.read(s).diagnostics().size() + 1;
                        }
                        return n;
                    }),
                    List.of(new Interleaved.Method("read(InputStream)", jsonBytes, () -> readAll(jsonReader, json))),
                    new String[] {"—"});
            compare(
                    "JSON write (compact, to a byte stream)",
                    new Interleaved.Method("write", compactBytes, () -> {
                        long n = 0;
                        for (Resolution r : models) {
                            sink.reset();
                            jsonCompact.write(r, sink);
                            n += sink.size();
                        }
                        return n;
                    }),
                    List.of(new Interleaved.Method("Jackson tree → bytes, compact", compactBytes, () -> {
                        long n = 0;
                        for (JsonNode t : trees) {
                            n += mapper.writeValueAsBytes(t).length;
                        }
                        return n;
                    })),
                    new String[] {"≤ 1.2x"});
        }
        long textChars = textBytes;
        java.util.Set<String> vocabulary = vocabulary(text);
        compare(
                "text read (read(String); text branch's target)",
                new Interleaved.Method("read", textChars, () -> {
                    long n = 0;
                    for (String t : text) {
                        n += textReader.read(t).diagnostics().size() + 1;
                    }
                    return n;
                }),
                List.of(
                        new Interleaved.Method("split into lines + scan every char", textChars, () -> scanLines(text)),
                        new Interleaved.Method(
                                "lines + lower case + words looked up", textChars, () -> scanWords(text, vocabulary))),
                new String[] {"≤ 5x floor", "—"});

        if (!readsOnly) {
            heap(corpus, DevCorpus.size(corpus));
            scaling(corpus, json);
        }
        return lines;
    }

    private void compare(String work, Interleaved.Method resdom, List<Interleaved.Method> baselines, String[] targets)
            throws Exception {
        List<Interleaved.Method> all = new ArrayList<>();
        all.add(resdom);
        all.addAll(baselines);
        List<Interleaved.Measured> m = Interleaved.run(all, warmups, rounds, minNanos);
        Interleaved.Measured r = m.get(0);
        for (int i = 1; i < m.size(); i++) {
            Interleaved.Measured b = m.get(i);
            double[] ratios = r.ratios(b);
            double[] cpu = r.cpuRatios(b);
            line(String.format(
                    Locale.ROOT,
                    "| %s | %s | %s: %s | **%.2fx** (%.2f–%.2f) | %.2fx (%.2f–%.2f) | %s |",
                    i == 1 ? work : "",
                    i == 1 ? speed(r) : "",
                    b.method().name(),
                    speed(b),
                    Interleaved.median(ratios),
                    ratios[0],
                    ratios[ratios.length - 1],
                    Interleaved.median(cpu),
                    cpu[0],
                    cpu[cpu.length - 1],
                    targets[i - 1]));
        }
    }

    private static String speed(Interleaved.Measured m) {
        return String.format(Locale.ROOT, "%.1f MB/s, %.1f B/B", m.megabytesPerSecond(), m.allocatedPerByte());
    }

    private void heap(List<byte[]> akn, long aknBytes) throws Exception {
        long before = usedHeap();
        List<Resolution> models = new ArrayList<>();
        for (byte[] f : akn) {
            models.add(aknReader.read(new ByteArrayInputStream(f)).resolution());
        }
        long modelHeap = usedHeap() - before;
        List<Object> doms = new ArrayList<>();
        long before2 = usedHeap();
        for (byte[] f : akn) {
            doms.add(dom.newDocumentBuilder().parse(new ByteArrayInputStream(f)));
        }
        long domHeap = usedHeap() - before2;
        line("");
        line(String.format(
                Locale.ROOT,
                "Retained heap, the %d Akoma Ntoso files (%.1f MB) read and kept: model %.1f MB "
                        + "(%.2fx the input), W3C DOM %.1f MB (%.2fx): **%.2fx DOM** (target ≤ 0.5x).",
                models.size(),
                mb(aknBytes),
                mb(modelHeap),
                (double) modelHeap / aknBytes,
                mb(domHeap),
                (double) domHeap / aknBytes,
                (double) modelHeap / domHeap));
        if (models.size() + doms.size() == 0) {
            throw new IllegalStateException("nothing kept");
        }
    }

    private void scaling(List<byte[]> akn, List<byte[]> json) throws Exception {
        long[] sizes = quick ? new long[] {10_000, 100_000} : new long[] {10_000, 1_000_000, 10_000_000, 50_000_000};
        line("");
        line(
                "Scaling: time per MB relative to the 1 MB input (1.00 is linear), and the ratio to the baseline at each size.");
        line("");
        line("| size | AKN read ms/MB | per-MB vs 1 MB | / DOM | JSON read ms/MB | per-MB vs 1 MB | / readTree |");
        line("|---:|---:|---:|---:|---:|---:|---:|");
        List<double[]> rows = new ArrayList<>();
        double aknRef = -1;
        double jsonRef = -1;
        for (long size : sizes) {
            List<byte[]> a = DevCorpus.ofSize(akn, size);
            List<byte[]> j = DevCorpus.ofSize(json, size);
            long ab = DevCorpus.size(a);
            long jb = DevCorpus.size(j);
            int r = quick ? 1 : size >= 50_000_000 ? 1 : size >= 10_000_000 ? 2 : 3;
            List<Interleaved.Measured> m = Interleaved.run(
                    List.of(
                            new Interleaved.Method("akn", ab, () -> readAll(aknReader, a)),
                            new Interleaved.Method("dom", ab, () -> domAll(a)),
                            new Interleaved.Method("json", jb, () -> readAll(jsonReader, j)),
                            new Interleaved.Method("tree", jb, () -> readTrees(j))),
                    quick || size >= 10_000_000 ? 0 : 1,
                    r,
                    minNanos);
            double aknPerMb = m.get(0).medianNanos() / 1e6 / mb(ab);
            double jsonPerMb = m.get(2).medianNanos() / 1e6 / mb(jb);
            if (size == 1_000_000 || aknRef < 0) {
                aknRef = aknPerMb;
                jsonRef = jsonPerMb;
            }
            rows.add(new double[] {
                size,
                aknPerMb,
                Interleaved.median(m.get(0).ratios(m.get(1))),
                jsonPerMb,
                Interleaved.median(m.get(2).ratios(m.get(3)))
            });
        }
        for (double[] row : rows) {
            long size = (long) row[0];
            line(String.format(
                    Locale.ROOT,
                    "| %s | %.1f | %.2f | %.2fx | %.1f | %.2f | %.2fx |",
                    size >= 1_000_000 ? size / 1_000_000 + " MB" : size / 1000 + " KB",
                    row[1],
                    row[1] / aknRef,
                    row[2],
                    row[3],
                    row[3] / jsonRef,
                    row[4]));
        }
    }

    // ---- the passes ------------------------------------------------------------------------

    private static long readAll(org.resdom.io.ResolutionReader reader, List<byte[]> files) throws IOException {
        long n = 0;
        for (byte[] f : files) {
            ReadResult r = reader.read(new ByteArrayInputStream(f));
            n += r.diagnostics().size() + 1;
        }
        return n;
    }

    private long domAll(List<byte[]> files) throws Exception {
        long n = 0;
        for (byte[] f : files) {
            n += dom.newDocumentBuilder()
                    .parse(new ByteArrayInputStream(f))
                    .getDocumentElement()
                    .getChildNodes()
                    .getLength();
        }
        return n;
    }

    private long staxAll(List<byte[]> files) throws Exception {
        long n = 0;
        for (byte[] f : files) {
            XMLStreamReader x = stax.createXMLStreamReader(new ByteArrayInputStream(f));
            while (x.hasNext()) {
                int e = x.next();
                if (e == XMLStreamConstants.CHARACTERS) {
                    n += x.getTextLength();
                } else if (e == XMLStreamConstants.START_ELEMENT) {
                    n += x.getAttributeCount();
                }
            }
            x.close();
        }
        return n;
    }

    private long staxCopyAll(List<byte[]> files) throws Exception {
        long n = 0;
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
        for (byte[] f : files) {
            out.reset();
            XMLStreamReader x = stax.createXMLStreamReader(new ByteArrayInputStream(f));
            XMLStreamWriter w = staxOut.createXMLStreamWriter(out, "UTF-8");
            w.writeStartDocument("UTF-8", "1.0");
            while (x.hasNext()) {
                switch (x.next()) {
                    case XMLStreamConstants.START_ELEMENT -> {
                        w.writeStartElement(
                                x.getPrefix() == null ? "" : x.getPrefix(),
                                x.getLocalName(),
                                x.getNamespaceURI() == null ? "" : x.getNamespaceURI());
                        for (int i = 0; i < x.getNamespaceCount(); i++) {
                            w.writeNamespace(x.getNamespacePrefix(i), x.getNamespaceURI(i));
                        }
                        for (int i = 0; i < x.getAttributeCount(); i++) {
                            w.writeAttribute(x.getAttributeLocalName(i), x.getAttributeValue(i));
                        }
                    }
                    case XMLStreamConstants.END_ELEMENT -> w.writeEndElement();
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.SPACE ->
                        w.writeCharacters(x.getTextCharacters(), x.getTextStart(), x.getTextLength());
                    default -> {}
                }
            }
            w.writeEndDocument();
            w.close();
            x.close();
            n += out.size();
        }
        return n;
    }

    private static long bulkCopy(List<byte[]> files) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
        long n = 0;
        for (byte[] f : files) {
            out.reset();
            out.write(f, 0, f.length);
            n += out.size();
        }
        return n;
    }

    private long readTrees(List<byte[]> files) {
        long n = 0;
        for (byte[] f : files) {
            n += mapper.readTree(f).size();
        }
        return n;
    }

    private long tokenScan(List<byte[]> files) {
        long n = 0;
        for (byte[] f : files) {
            try (JsonParser p = jsonFactory.createParser(ObjectReadContext.empty(), f)) {
                for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                    if (t == JsonToken.VALUE_STRING) {
                        n += p.getTextLength();
                    } else {
                        n++;
                    }
                }
            }
        }
        return n;
    }

    /** The text floor: split into lines, and look at every character of every line. */
    static long scanLines(List<String> texts) {
        long n = 0;
        for (String t : texts) {
            int start = 0;
            while (start < t.length()) {
                int end = t.indexOf('\n', start);
                if (end < 0) {
                    end = t.length();
                }
                String line = t.substring(start, end);
                for (int i = 0; i < line.length(); i++) {
                    if (Character.isLetter(line.charAt(i))) {
                        n++;
                    }
                }
                start = end + 1;
            }
        }
        return n;
    }

    /**
     * A word-level baseline for reading text, the least a reader that classifies lines by their
     * words does with the JDK alone: split into lines, lower-case each line
     * ({@code toLowerCase(Locale.ROOT)}), cut it into words (runs of letters and digits) and look
     * each word up in a hash set.
     */
    static long scanWords(List<String> texts, java.util.Set<String> vocabulary) {
        long n = 0;
        for (String t : texts) {
            int start = 0;
            while (start < t.length()) {
                int end = t.indexOf('\n', start);
                if (end < 0) {
                    end = t.length();
                }
                String line = t.substring(start, end).toLowerCase(Locale.ROOT);
                int i = 0;
                while (i < line.length()) {
                    while (i < line.length() && !Character.isLetterOrDigit(line.charAt(i))) {
                        i++;
                    }
                    int w = i;
                    while (i < line.length() && Character.isLetterOrDigit(line.charAt(i))) {
                        i++;
                    }
                    if (i > w && vocabulary.contains(line.substring(w, i))) {
                        n++;
                    }
                }
                start = end + 1;
            }
        }
        return n;
    }

    /** The vocabulary of {@link #scanWords}: every other distinct word of the texts (so half the look-ups miss). */
    static java.util.Set<String> vocabulary(List<String> texts) {
        java.util.Set<String> all = new java.util.TreeSet<>();
        for (String t : texts) {
            String lower = t.toLowerCase(Locale.ROOT);
            int i = 0;
            while (i < lower.length()) {
                while (i < lower.length() && !Character.isLetterOrDigit(lower.charAt(i))) {
                    i++;
                }
                int w = i;
                while (i < lower.length() && Character.isLetterOrDigit(lower.charAt(i))) {
                    i++;
                }
                if (i > w) {
                    all.add(lower.substring(w, i));
                }
            }
        }
        java.util.Set<String> half = new java.util.HashSet<>();
        int k = 0;
        for (String w : all) {
            if (k++ % 2 == 0) {
                half.add(w);
            }
        }
        return half;
    }

    // ---- set-up ----------------------------------------------------------------------------

    private static XMLInputFactory secureStax() {
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        return f;
    }

    private static DocumentBuilderFactory secureDom() {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newDefaultInstance();
            f.setNamespaceAware(true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setExpandEntityReferences(false);
            return f;
        } catch (javax.xml.parsers.ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long usedHeap() throws InterruptedException {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 4; i++) {
            System.gc();
            Thread.sleep(50);
        }
        return memory.getHeapMemoryUsage().getUsed();
    }

    private static String machine() {
        return Runtime.getRuntime().availableProcessors() + " cores, " + System.getProperty("java.vm.name") + " "
                + System.getProperty("java.version") + ", " + System.getProperty("os.name") + " "
                + System.getProperty("os.arch") + ", max heap "
                + Runtime.getRuntime().maxMemory() / (1 << 20) + " MiB";
    }

    private static double mb(long bytes) {
        return bytes / MB;
    }

    private static String mbText(long bytes) {
        return String.format(Locale.ROOT, "%.1f", bytes / MB);
    }

    private void line(String s) {
        lines.add(s);
        System.out.println(s);
        System.out.flush();
    }

    static PrintStream out() {
        return System.out;
    }
}

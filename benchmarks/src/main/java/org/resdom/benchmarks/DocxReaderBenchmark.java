package org.resdom.benchmarks;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javax.xml.namespace.QName;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.xmlbeans.XmlCursor;
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
import org.resdom.io.docx.DocxResolutionReader;
import org.resdom.testsupport.DocxFixtures;

/**
 * The two ways the issue asked to weigh for reading a Word document's tracked changes, on the
 * reference input's DOCX (61 tracked changes) repeated {@code copies} times: resdom's StAX pass
 * over the package ({@link DocxResolutionReader#markedText}: unzip under limits, one forward
 * pass, the marked text) against Apache POI 5.5.1's low-level XML ({@link XWPFDocument} opens
 * the package and binds every part with XMLBeans; a cursor then walks each paragraph's
 * {@code CTP} for the same runs, insertions, deletions and moves, {@link #poiChanges}). Both
 * give the changes with author and date; {@code DocxReaderBenchmarkTest} checks they find the
 * same ones.
 *
 * <p>JMH runs the methods one after the other; {@link #main} runs them interleaved in one JVM
 * (every round each method once, the order alternating, {@link Interleaved}) and prints the ratio
 * per round with the allocation per input byte, which is what docs/docx.md reports.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class DocxReaderBenchmark {

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final QName AUTHOR = new QName(W, "author");
    private static final QName DATE = new QName(W, "date");

    /** How many copies of the reference input the document holds (1: a 7.6 KB package, 13,000 characters of text; 20: 28 KB, 260,000). */
    @Param({"1", "20"})
    public int copies;

    private byte[] docx;
    private DocxResolutionReader reader;

    /** Builds the package once per trial. */
    @Setup(Level.Trial)
    public void setUp() {
        docx = DocxFixtures.reference(copies);
        reader = DocxResolutionReader.create();
    }

    /** @return the marked text, read by resdom's StAX pass */
    @Benchmark
    public String stax() throws IOException {
        return reader.markedText(new ByteArrayInputStream(docx)).orElseThrow();
    }

    /** @return the changes, read through POI's low-level XML */
    @Benchmark
    public List<String> poi() throws IOException {
        return poiChanges(docx);
    }

    /** @return the whole read (StAX pass, then the text rules build the model): for scale */
    @Benchmark
    public Object read() {
        return reader.read(docx);
    }

    /**
     * The body's tracked changes through POI: each as {@code +text|author|date} or
     * {@code -text|author|date}, in document order, runs of one change joined, the way resdom's
     * reader lists them (a paragraph's text outside any change is skipped).
     *
     * @param docx the package
     * @return the changes
     * @throws IOException if POI cannot open the package
     */
    public static List<String> poiChanges(byte[] docx) throws IOException {
        List<String> out = new ArrayList<>();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            for (XWPFParagraph p : doc.getParagraphs()) {
                walk(p, out);
            }
        }
        return out;
    }

    private static void walk(XWPFParagraph p, List<String> out) {
        Deque<String[]> marks = new ArrayDeque<>(); // kind, author, date
        Deque<Boolean> opened = new ArrayDeque<>();
        StringBuilder text = new StringBuilder();
        String[] current = null;
        try (XmlCursor c = p.getCTP().newCursor()) {
            int depth = 0;
            for (XmlCursor.TokenType t = c.toFirstContentToken(); depth >= 0; t = c.toNextToken()) {
                if (t.isNone() || t.isEnddoc()) {
                    break;
                }
                if (t.isStart()) {
                    depth++;
                    String n = c.getName().getLocalPart();
                    boolean mark = W.equals(c.getName().getNamespaceURI())
                            && (n.equals("ins") || n.equals("del") || n.equals("moveFrom") || n.equals("moveTo"))
                            && !inProperties(c);
                    if (mark) {
                        String kind = n.equals("ins") || n.equals("moveTo") ? "+" : "-";
                        marks.push(new String[] {kind, c.getAttributeText(AUTHOR), c.getAttributeText(DATE)});
                    }
                    opened.push(mark);
                    if (n.equals("t") || n.equals("delText")) {
                        String[] m = marks.peek();
                        if (m != current && current != null && text.length() > 0) {
                            out.add(current[0] + text + "|" + current[1] + "|" + current[2]);
                            text.setLength(0);
                        }
                        current = m;
                        if (m != null) {
                            text.append(c.getTextValue());
                        }
                    } else if (n.equals("tab") && marks.peek() != null && marks.peek() == current) {
                        text.append('\t');
                    }
                } else if (t.isEnd()) {
                    depth--;
                    if (!opened.isEmpty() && opened.pop()) {
                        marks.pop();
                    }
                }
            }
        }
        if (current != null && text.length() > 0) {
            out.add(current[0] + text + "|" + current[1] + "|" + current[2]);
        }
    }

    /** Whether the cursor's element is in a run's or paragraph's properties (a mark of a paragraph mark, not text). */
    private static boolean inProperties(XmlCursor c) {
        try (XmlCursor up = c.newCursor()) {
            return up.toParent()
                    && up.getName().getLocalPart().toLowerCase(Locale.ROOT).endsWith("pr");
        }
    }

    /**
     * Runs {@code stax} and {@code poi} interleaved and prints the ratio (POI ÷ StAX) per round.
     * Options: {@code --copies N} (default 20), {@code --rounds N} (default 9), {@code --min-ms N}
     * (default 300).
     *
     * @param args the options
     * @throws Exception if a pass fails
     */
    public static void main(String[] args) throws Exception {
        int copies = 20;
        int rounds = 9;
        long minMs = 300;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--copies" -> copies = Integer.parseInt(args[i + 1]);
                case "--rounds" -> rounds = Integer.parseInt(args[i + 1]);
                case "--min-ms" -> minMs = Long.parseLong(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        DocxReaderBenchmark b = new DocxReaderBenchmark();
        b.copies = copies;
        b.setUp();
        long bytes = b.docx.length;
        List<Interleaved.Measured> m = Interleaved.run(
                List.of(
                        new Interleaved.Method("stax", bytes, b::stax),
                        new Interleaved.Method("poi", bytes, b::poi),
                        new Interleaved.Method("read", bytes, b::read)),
                2,
                rounds,
                minMs * 1_000_000L);
        Interleaved.Measured stax = m.get(0);
        System.out.printf(Locale.ROOT, "DOCX of %d copies: %,d bytes, %d rounds%n", copies, bytes, rounds);
        for (Interleaved.Measured x : m) {
            double[] r = x.ratios(stax);
            double[] cpu = x.cpuRatios(stax);
            System.out.printf(
                    Locale.ROOT,
                    "%-5s %8.2f ms  %6.1f B/B allocated  / stax: %.2fx (%.2f-%.2f)  cpu %.2fx%n",
                    x.method().name(),
                    x.medianNanos() / 1e6,
                    x.allocatedPerByte(),
                    Interleaved.median(r),
                    java.util.Arrays.stream(r).min().orElse(0),
                    java.util.Arrays.stream(r).max().orElse(0),
                    Interleaved.median(cpu));
        }
    }
}

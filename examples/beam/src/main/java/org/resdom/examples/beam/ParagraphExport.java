package org.resdom.examples.beam;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.io.FileIO;
import org.apache.beam.sdk.io.TextIO;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.options.Default;
import org.apache.beam.sdk.options.Description;
import org.apache.beam.sdk.options.PipelineOptions;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.options.Validation;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PCollection;
import org.resdom.io.FormatProvider;
import org.resdom.io.Formats;
import org.resdom.io.ReadResult;
import org.resdom.io.export.ExportJson;
import org.resdom.io.export.ExportRecord;
import org.resdom.io.export.Exporter;
import org.resdom.io.export.Unit;
import org.resdom.model.Resolution;

/**
 * Reads every resolution under a folder or bucket, converts it with resdom and writes the per-paragraph export
 * (JSON Lines, one record per paragraph, see {@code docs/export.md}).
 *
 * <pre>
 * mvn -q -pl examples/beam exec:java -Dexec.args="--input=texts/ --output=out/paragraphs"
 * </pre>
 *
 * <p>The same pipeline runs unchanged on Flink, Spark or Dataflow: add the runner's artifact and pass
 * {@code --runner=FlinkRunner}, {@code --runner=SparkRunner} or {@code --runner=DataflowRunner} with its options;
 * an input such as {@code gs://bucket/texts/} needs the file system's artifact
 * ({@code beam-sdks-java-extensions-google-cloud-platform-core}). Resolutions travel between stages as resdom
 * JSON ({@link ResolutionCoder}).
 */
public final class ParagraphExport {

    /** The pipeline's options. */
    public interface Options extends PipelineOptions {
        /** @return the folder or bucket to read, walked recursively */
        @Description("Folder or bucket of resolutions (.txt, .json, .xml, .akn.xml)")
        @Validation.Required
        String getInput();

        /** @param value the folder or bucket to read */
        void setInput(String value);

        /** @return the output prefix */
        @Description("Output prefix; files are written as PREFIX-SSSSS-of-NNNNN.jsonl")
        @Validation.Required
        String getOutput();

        /** @param value the output prefix */
        void setOutput(String value);

        /** @return the number of output shards (0: the runner decides) */
        @Description("Number of output shards; 0 lets the runner decide")
        @Default.Integer(0)
        int getShards();

        /** @param value the number of output shards */
        void setShards(int value);
    }

    private ParagraphExport() {}

    /**
     * @param args the pipeline options, such as {@code --input=texts/ --output=out/paragraphs}
     */
    public static void main(String[] args) {
        Options options = PipelineOptionsFactory.fromArgs(args).withValidation().as(Options.class);
        build(options).run().waitUntilFinish();
    }

    /**
     * @param options the options
     * @return the pipeline, not yet run
     */
    public static Pipeline build(Options options) {
        Pipeline p = Pipeline.create(options);
        String input = options.getInput().endsWith("/") ? options.getInput() : options.getInput() + "/";
        PCollection<Resolution> resolutions = p.apply("Find", FileIO.match().filepattern(input + "**"))
                .apply("Open", FileIO.readMatches())
                .apply("Convert", ParDo.of(new Convert()))
                .setCoder(ResolutionCoder.of());
        TextIO.Write write = TextIO.write().to(options.getOutput()).withSuffix(".jsonl");
        if (options.getShards() > 0) {
            write = write.withNumShards(options.getShards());
        }
        resolutions.apply("Export", ParDo.of(new Export())).apply("Write", write);
        return p;
    }

    /**
     * @param result a finished run
     * @param name a counter's name ({@code documents}, {@code paragraphs}, {@code skipped}, {@code bytes})
     * @return its value
     */
    public static long counter(PipelineResult result, String name) {
        long sum = 0;
        for (org.apache.beam.sdk.metrics.MetricResult<Long> c :
                result.metrics().allMetrics().getCounters()) {
            if (c.getName().getName().equals(name)) {
                sum += c.getAttempted();
            }
        }
        return sum;
    }

    /** Reads one file with the reader its name and content call for; a file resdom does not read is skipped. */
    static final class Convert extends DoFn<FileIO.ReadableFile, Resolution> {
        private static final long serialVersionUID = 1L;
        private static final List<String> EXTENSIONS = List.of(".akn.xml", ".akn", ".json", ".xml", ".txt");
        private final Counter documents = Metrics.counter(ParagraphExport.class, "documents");
        private final Counter skipped = Metrics.counter(ParagraphExport.class, "skipped");
        private final Counter bytes = Metrics.counter(ParagraphExport.class, "bytes");

        @ProcessElement
        public void process(@Element FileIO.ReadableFile file, OutputReceiver<Resolution> out) throws IOException {
            String name = file.getMetadata().resourceId().getFilename();
            String lower = name == null ? "" : name.toLowerCase(Locale.ROOT);
            if (EXTENSIONS.stream().noneMatch(lower::endsWith) || lower.startsWith(".")) {
                skipped.inc();
                return;
            }
            byte[] content = file.readFullyAsBytes();
            bytes.inc(content.length);
            String text = new String(content, StandardCharsets.UTF_8);
            Optional<FormatProvider> format = Formats.detect(Path.of(name), text);
            if (format.isEmpty()) {
                skipped.inc(); // no format on the class path reads it
                return;
            }
            ReadResult r = format.get().readerBuilder().build().read(text);
            documents.inc();
            out.output(r.resolution()
                    .withMetadata(withSource(
                            r.resolution(), file.getMetadata().resourceId().toString())));
        }

        private static java.util.Map<String, String> withSource(Resolution r, String source) {
            java.util.Map<String, String> m = new java.util.TreeMap<>(r.metadata());
            m.put(SOURCE, source);
            return m;
        }
    }

    /** The metadata key under which the pipeline keeps the file a resolution came from. */
    public static final String SOURCE = "beam.source";

    /** One JSON line per paragraph. */
    static final class Export extends DoFn<Resolution, String> {
        private static final long serialVersionUID = 1L;
        private final Counter paragraphs = Metrics.counter(ParagraphExport.class, "paragraphs");

        @ProcessElement
        public void process(@Element Resolution r, OutputReceiver<String> out) {
            for (ExportRecord rec :
                    Exporter.of(Unit.PARAGRAPH).records(r, r.metadata().get(SOURCE))) {
                paragraphs.inc();
                out.output(ExportJson.toJson(rec));
            }
        }
    }
}

package org.resdom.examples.beam;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.resdom.io.corpus.Corpus;
import org.resdom.io.export.ExportJson;
import org.resdom.io.export.Exporter;
import org.resdom.io.export.Unit;
import org.resdom.model.Resolution;

/** Runs the pipeline with the direct runner on the development corpus and checks what it wrote. */
class ParagraphExportTest {

    @TempDir
    Path out;

    static Path corpus() throws URISyntaxException {
        return Path.of(ParagraphExportTest.class.getResource("/corpus/dev").toURI());
    }

    /**
     * The documents the pipeline test runs on: by default a representative subset (every eighth
     * file of each folder, sorted by name, so both bodies, all six languages and both formats are
     * in it) so that {@code mvn verify} stays short; the whole development corpus with
     * {@code -Dbeam.corpus=full}.
     */
    static Path input(Path work) throws IOException, URISyntaxException {
        Path all = corpus();
        if ("full".equals(System.getProperty("beam.corpus"))) {
            return all;
        }
        int every = Integer.getInteger("beam.every", 8);
        Path subset = Files.createDirectories(work.resolve("subset"));
        List<Path> folders;
        try (Stream<Path> s = Files.walk(all)) {
            folders = s.filter(Files::isDirectory).sorted().toList();
        }
        for (Path folder : folders) {
            List<Path> files;
            try (Stream<Path> s = Files.list(folder)) {
                files = s.filter(Files::isRegularFile)
                        .filter(f -> !f.getFileName().toString().endsWith(".md"))
                        .sorted()
                        .toList();
            }
            for (int i = 0; i < files.size(); i += every) {
                Path target = subset.resolve(all.relativize(files.get(i)).toString());
                Files.createDirectories(target.getParent());
                Files.copy(files.get(i), target);
            }
        }
        return subset;
    }

    @Test
    @Timeout(300)
    void exportsEveryParagraphOfTheDevCorpus(@TempDir Path work) throws Exception {
        Path in = input(work);
        ParagraphExport.Options o = PipelineOptionsFactory.as(ParagraphExport.Options.class);
        o.setInput(in.toString());
        o.setOutput(out.resolve("paragraphs").toString());
        o.setShards(2);
        // every element is still encoded and decoded between stages (enforceEncodability); the immutability
        // check, which encodes each element once more per stage, is off: resdom's model is immutable
        o.as(org.apache.beam.runners.direct.DirectOptions.class).setEnforceImmutability(false);
        long start = System.nanoTime();
        PipelineResult result = ParagraphExport.build(o).run();
        result.waitUntilFinish();
        double seconds = (System.nanoTime() - start) / 1e9;

        List<String> lines = new ArrayList<>();
        try (Stream<Path> files = Files.list(out)) {
            for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".jsonl"))
                    .sorted()
                    .toList()) {
                lines.addAll(Files.readAllLines(f, StandardCharsets.UTF_8));
            }
        }
        // the same records as the export computed locally, document by document, compared line by line
        List<String> expected = new ArrayList<>();
        long bytes = 0;
        int documents = 0;
        for (var d : Corpus.of(in).stream().toList()) {
            Resolution r = d.resolution().orElseThrow();
            String source = d.file().toAbsolutePath().toString();
            for (var rec : Exporter.of(Unit.PARAGRAPH).records(r, source)) {
                expected.add(ExportJson.toJson(rec));
            }
            bytes += Files.size(d.file());
            documents++;
        }
        assertThat(ParagraphExport.counter(result, "documents")).isEqualTo(documents);
        assertThat(ParagraphExport.counter(result, "paragraphs")).isEqualTo(expected.size());
        assertThat(expected).isNotEmpty();
        // shards come back in no particular order: compare the two sets of lines, sorted
        assertThat(lines.stream().sorted().toList())
                .containsExactlyElementsOf(expected.stream().sorted().toList());
        System.out.printf(
                Locale.ROOT,
                "beam direct runner on the dev corpus (" + in.getFileName() + "): %d documents, %.1f MB, %d paragraph "
                        + "records in %.1f s (%.0f documents/s, %.0f records/s, including pipeline start-up)%n",
                documents,
                bytes / 1e6,
                expected.size(),
                seconds,
                documents / seconds,
                expected.size() / seconds);
    }

    @Test
    void theCoderRoundTripsResolutions() throws Exception {
        Path file = corpus().resolve("un-hrc-54/French/A_HRC_RES_54_10F.xml");
        Resolution r = Corpus.of(file).read(file).resolution().orElseThrow();
        java.io.ByteArrayOutputStream a = new java.io.ByteArrayOutputStream();
        ResolutionCoder.of().encode(r, a);
        Resolution back = ResolutionCoder.of().decode(new java.io.ByteArrayInputStream(a.toByteArray()));
        assertThat(back).isEqualTo(r);
        assertThat(back.preamble().get(0).span()).isEqualTo(r.preamble().get(0).span());
        java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
        ResolutionCoder.of().encode(Corpus.of(file).read(file).resolution().orElseThrow(), b);
        assertThat(b.toByteArray()).isEqualTo(a.toByteArray());
    }

    @Test
    void skipsFilesItDoesNotRead(@TempDir Path in) throws IOException {
        Files.writeString(in.resolve("notes.md"), "not a resolution");
        Files.writeString(in.resolve("r.txt"), "RESOLUTION 3\n\nresolves\n\n1 to act.\n");
        ParagraphExport.Options o = PipelineOptionsFactory.as(ParagraphExport.Options.class);
        o.setInput(in.toString());
        o.setOutput(out.resolve("p").toString());
        o.setShards(1);
        PipelineResult result = ParagraphExport.build(o).run();
        result.waitUntilFinish();
        assertThat(ParagraphExport.counter(result, "documents")).isEqualTo(1);
        assertThat(ParagraphExport.counter(result, "skipped")).isEqualTo(1);
    }
}

package org.resdom.io.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusTest {

    @TempDir
    Path dir;

    private void write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text, StandardCharsets.UTF_8);
    }

    @Test
    void oneBadFileNeverStopsTheRest() throws IOException {
        write(
                "a/good.txt",
                "RESOLUTION 1\n\nThe Conference,\n\nconsidering\n\na) that one;\n\nresolves\n\n1 to act.\n");
        Files.write(dir.resolve("a/bad.txt"), new byte[] {(byte) 0xC3, (byte) 0x28, 'x'});
        write("b/broken.json", "{\"format\": \"resdom\", \"version\": ");
        write(".hidden/skip.txt", "not read");
        write("b/notes.md", "not a resolution file");
        List<CorpusDocument> docs = Corpus.of(dir).stream().toList();
        assertThat(docs)
                .extracting(CorpusDocument::name)
                .containsExactly(
                        Path.of("a/bad.txt").toString(),
                        Path.of("a/good.txt").toString(),
                        Path.of("b/broken.json").toString());
        assertThat(docs.get(0).readable()).isFalse();
        assertThat(docs.get(0).diagnostics()).extracting(d -> d.code()).containsExactly(Corpus.UNREADABLE);
        assertThat(docs.get(1).readable()).isTrue();
        assertThat(docs.get(1).resolution().orElseThrow().operative()).hasSize(1);
        assertThat(docs.get(2).hasErrors()).isTrue();
    }

    @Test
    void readsLazily() throws IOException {
        for (int i = 0; i < 5; i++) {
            write("f" + i + ".txt", "RESOLUTION " + i + "\n\nresolves\n\n1 to act.\n");
        }
        AtomicInteger seen = new AtomicInteger();
        Corpus.of(dir).stream().peek(d -> seen.incrementAndGet()).limit(2).forEach(d -> {});
        assertThat(seen).hasValue(2);
    }

    @Test
    void parallelGivesTheSameDocuments() throws IOException {
        for (int i = 0; i < 12; i++) {
            write("f" + i + ".txt", "RESOLUTION " + i + "\n\nresolves\n\n1 to act " + i + ".\n");
        }
        List<String> seq = Corpus.of(dir).stream()
                .map(d -> d.name() + d.resolution().orElseThrow())
                .toList();
        List<String> par = Corpus.of(dir).parallel(true).stream()
                .map(d -> d.name() + d.resolution().orElseThrow())
                .sorted()
                .toList();
        assertThat(par).containsExactlyElementsOf(seq.stream().sorted().toList());
    }

    @Test
    void tooLargeIsReportedNotRead() throws IOException {
        write("big.txt", "x".repeat(2000));
        CorpusDocument d = Corpus.of(dir).maxBytes(1000).stream().findFirst().orElseThrow();
        assertThat(d.readable()).isFalse();
        assertThat(d.diagnostics().get(0).message()).contains("too large");
    }
}

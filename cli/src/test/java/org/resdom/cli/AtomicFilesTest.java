package org.resdom.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    @TempDir
    Path dir;

    private List<String> names() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void writesANewFileInUtf8AndLeavesNoTemporaryFile() throws IOException {
        Path target = dir.resolve("sub/out.json");
        AtomicFiles.write(target, w -> w.write("Résolution 71 — «plan»"));
        assertThat(Files.readString(target, StandardCharsets.UTF_8)).isEqualTo("Résolution 71 — «plan»");
        try (Stream<Path> s = Files.list(target.getParent())) {
            assertThat(s.map(p -> p.getFileName().toString())).containsExactly("out.json");
        }
    }

    @Test
    void replacesAnExistingFileWhole() throws IOException {
        Path target = Files.writeString(
                dir.resolve("out.txt"), "a much longer old content that must disappear entirely\n".repeat(50));
        AtomicFiles.write(target, w -> w.write("new"));
        assertThat(Files.readString(target)).isEqualTo("new");
        assertThat(names()).containsExactly("out.txt");
    }

    @Test
    void aFailureMidWriteLeavesTheTargetUntouchedAndNoTemporaryFile() throws IOException {
        Path target = Files.writeString(dir.resolve("out.xml"), "<old/>");
        assertThatThrownBy(() -> AtomicFiles.write(target, w -> {
                    w.write("<new>".repeat(100_000)); // more than the buffer: part of it reaches the temporary file
                    throw new IOException("disk full");
                }))
                .isInstanceOf(IOException.class)
                .hasMessage("disk full");
        assertThat(Files.readString(target)).isEqualTo("<old/>");
        assertThat(names()).containsExactly("out.xml");
    }

    @Test
    void anUncheckedFailureMidWriteIsCleanedUpToo() throws IOException {
        Path target = dir.resolve("new.json");
        assertThatThrownBy(() -> AtomicFiles.write(target, w -> {
                    w.write("{\"half\":");
                    w.flush();
                    throw new IllegalStateException("writer bug");
                }))
                .isInstanceOf(IllegalStateException.class);
        assertThat(target).doesNotExist();
        assertThat(names()).isEmpty();
    }

    @Test
    void theTemporaryFileIsHiddenInTheTargetFolderWhileWriting() throws IOException {
        Path target = dir.resolve("doc.akn.xml");
        AtomicFiles.write(target, w -> {
            try (Stream<Path> s = Files.list(dir)) {
                assertThat(s.map(p -> p.getFileName().toString()).toList())
                        .singleElement()
                        .asString()
                        .startsWith(AtomicFiles.TEMP_PREFIX + "doc.akn.xml.")
                        .endsWith(".tmp");
            }
            w.write("x");
        });
        assertThat(names()).containsExactly("doc.akn.xml");
    }

    @Test
    void aTargetWhoseNameIsNearTheFileSystemLimitCanBeWritten() throws IOException {
        Path target = dir.resolve("r".repeat(240) + ".json");
        AtomicFiles.write(target, w -> w.write("{}"));
        assertThat(Files.readString(target)).isEqualTo("{}");
        try (java.util.stream.Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(target);
        }
        Path cjk = dir.resolve("决".repeat(80) + ".json");
        AtomicFiles.write(cjk, w -> w.write("[]"));
        assertThat(Files.readString(cjk)).isEqualTo("[]");
    }
}

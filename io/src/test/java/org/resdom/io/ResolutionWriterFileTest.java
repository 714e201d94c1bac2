package org.resdom.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.resdom.model.Identity;
import org.resdom.model.Resolution;

/**
 * {@link ResolutionWriter#write(Resolution, Path)} writes strict UTF-8 through a temporary file, so
 * that a failed write leaves neither a partial file nor a changed one.
 */
class ResolutionWriterFileTest {
    @TempDir
    Path dir;

    /** Writes the given text whatever the resolution. */
    private static ResolutionWriter writing(String text) {
        return new ResolutionWriter() {
            @Override
            public String format() {
                return "fixed";
            }

            @Override
            public void write(Resolution resolution, Writer out) throws IOException {
                out.write(text);
                out.flush();
            }
        };
    }

    private static final Resolution R = Resolution.empty(Identity.unknown());

    private Stream<String> leftovers() throws IOException {
        return Files.list(dir).map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".tmp"));
    }

    @Test
    void aLoneSurrogateFailsWithAReasonAndLeavesTheOldFileAsItWas() throws IOException {
        Path file = Files.writeString(dir.resolve("out.txt"), "old", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> writing("a".repeat(100_000) + "\uD800 b").write(R, file))
                .isInstanceOf(CharacterCodingException.class)
                .hasMessageContaining("surrogate");
        assertThat(Files.readString(file)).isEqualTo("old");
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void aFailedWriteOfANewFileLeavesNoFile() throws IOException {
        Path file = dir.resolve("new.txt");
        assertThatThrownBy(() -> writing("x\uDC00").write(R, file)).isInstanceOf(CharacterCodingException.class);
        assertThat(file).doesNotExist();
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void aWriteReplacesTheFileWithStrictUtf8() throws IOException {
        Path file = Files.writeString(dir.resolve("out.txt"), "old and longer", StandardCharsets.UTF_8);
        writing("Résolution 71 \uD83D\uDE00").write(R, file);
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo("Résolution 71 \uD83D\uDE00");
        assertThat(leftovers()).isEmpty();
    }
}

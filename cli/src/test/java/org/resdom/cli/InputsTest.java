package org.resdom.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputsTest {

    @TempDir
    Path dir;

    @Test
    void baseNamesDropTheKnownExtensionOnly() {
        assertThat(Inputs.baseName("res71.akn.xml")).isEqualTo("res71");
        assertThat(Inputs.baseName("res71.TXT")).isEqualTo("res71");
        assertThat(Inputs.baseName("res71.json")).isEqualTo("res71");
        assertThat(Inputs.baseName("res.71.xml")).isEqualTo("res.71");
        assertThat(Inputs.baseName("notes.md")).isEqualTo("notes.md");
        assertThat(Inputs.baseName(".txt")).isEqualTo(".txt");
    }

    @Test
    void strictUtf8NamesTheLineOfTheBadByte() {
        byte[] latin1 = "ligne 1\nligne 2\nr\u00e9solution\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> Loader.decode(latin1))
                .isInstanceOf(Loader.InputException.class)
                .hasMessageContaining("not UTF-8 text: invalid byte 0xE9 on line 3 (byte offset 17)")
                .hasMessageContaining("save the file as UTF-8");
    }

    @Test
    void aByteOrderMarkIsDropped() throws Exception {
        byte[] bom = "\uFEFFconsidering".getBytes(StandardCharsets.UTF_8);
        assertThat(Loader.decode(bom)).isEqualTo("considering");
        assertThat(Loader.decode("R\u00e9s \ud83d\ude00".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("R\u00e9s \ud83d\ude00");
    }

    @Test
    void aTruncatedSequenceAtTheEndIsNotUtf8() {
        byte[] cut = {'a', '\n', (byte) 0xE2, (byte) 0x80};
        assertThatThrownBy(() -> Loader.decode(cut)).hasMessageContaining("on line 2 (byte offset 2)");
    }

    @Test
    void foldersAreWalkedForKnownExtensionsSortedSkippingHiddenFiles() throws Exception {
        Files.createDirectories(dir.resolve("b/c"));
        Files.createDirectories(dir.resolve(".git"));
        for (String f : new String[] {
            "z.txt",
            "a.json",
            "b/c/d.akn.xml",
            "b/e.xml",
            "notes.md",
            ".hidden.txt",
            ".git/x.txt",
            "b/.resdom-x.txt.1.tmp"
        }) {
            Files.writeString(dir.resolve(f), "x");
        }
        PrintWriter none = new PrintWriter(Writer.nullWriter());
        Session session = new Session(new ResdomCommand(none, none, false), "test", false);
        List<InputFile> found = Inputs.expand(List.of(dir), session);
        assertThat(found)
                .extracting(f -> f.relative().toString().replace('\\', '/'))
                .containsExactly("a.json", "b/c/d.akn.xml", "b/e.xml", "z.txt");
        assertThat(found).allMatch(InputFile::inFolder);
        assertThat(found.get(1).display())
                .isEqualTo(dir.resolve("b/c/d.akn.xml").toString());
    }

    @Test
    void progressBarOnlyOnATerminalAndOverSeveralFiles() throws Exception {
        byte[] bad = {(byte) 0xFF};
        Files.write(dir.resolve("one.txt"), bad);
        Files.write(dir.resolve("two.txt"), bad);
        Cli.Result tty = Cli.run(true, "validate", dir.toString());
        assertThat(tty.err()).contains("\r[").contains("] 2/2 ");
        assertThat(tty.code()).isEqualTo(2);
        Cli.Result pipe = Cli.run(false, "validate", dir.toString());
        assertThat(pipe.err()).doesNotContain("\r");
        Cli.Result single = Cli.run(true, "validate", dir.resolve("one.txt").toString());
        assertThat(single.err()).doesNotContain("\r[");
        assertThat(pipe.err())
                .contains("not UTF-8 text")
                .contains("validate: 2 files, 0 documents, 0 errors, 2 skipped");
    }
}

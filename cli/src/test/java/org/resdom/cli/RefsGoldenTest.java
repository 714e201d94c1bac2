package org.resdom.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code resdom refs} in its three formats against golden files
 * ({@code src/test/resources/refs/golden/<input>.<format>}). The inputs are written for this
 * test: an ITU text with one citation of each kind a text gives, and a UN-style Akoma Ntoso file
 * with a link, an enumeration, a footnote, a named instrument and a link to an unknown target.
 * Regenerate with {@code -Dresdom.golden.update=true} (run from {@code cli}).
 */
class RefsGoldenTest {

    static List<String[]> cases() {
        List<String[]> out = new java.util.ArrayList<>();
        for (String in : List.of("every-kind.txt", "un-links.akn.xml")) {
            for (String format : List.of("jsonl", "json", "tsv")) {
                out.add(new String[] {in, format});
            }
        }
        return out;
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("cases")
    void refsPrintsTheGoldenRecords(String input, String format) throws Exception {
        Path dir = resources();
        Path in = dir.resolve(input);
        // the file as the input's name: the golden output does not depend on the checkout
        Cli.Result r = Cli.run("refs", "--format", format, in.toString());
        assertThat(r.code()).as(r.err()).isZero();
        String out = r.out().replace(in.toString(), input);
        Path golden = Path.of("src/test/resources/refs/golden").resolve(input + "." + format);
        if (Boolean.getBoolean("resdom.golden.update")) {
            Files.createDirectories(golden.getParent());
            Files.writeString(golden, out, StandardCharsets.UTF_8);
        }
        assertThat(Files.exists(golden))
                .as("golden file %s (regenerate with -Dresdom.golden.update=true)", golden)
                .isTrue();
        assertThat(out).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }

    private static Path resources() throws URISyntaxException, IOException {
        return Path.of(RefsGoldenTest.class.getResource("/refs/every-kind.txt").toURI())
                .getParent();
    }
}

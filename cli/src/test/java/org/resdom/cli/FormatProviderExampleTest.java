package org.resdom.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The example in {@code FormatProvider}'s documentation is code that compiles and runs: the
 * toy format of this test module ({@code org.resdom.cli.toy.ToyFormatProvider}) is written line
 * for line as it (spaces and {@code @Override} aside), and {@link PluggedFormatTest} reads and
 * writes with it.
 */
class FormatProviderExampleTest {

    /** The project root: the tests run in the module's directory. */
    private static final Path ROOT = Path.of("").toAbsolutePath().getParent();

    private static List<String> exampleLines() throws IOException {
        String doc = Files.readString(
                ROOT.resolve("io/src/main/java/org/resdom/io/FormatProvider.java"), StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("<pre>\\{@code\\n(.*?)\\n \\* }</pre>", Pattern.DOTALL)
                .matcher(doc);
        assertThat(m.find()).as("FormatProvider's Javadoc has an example").isTrue();
        return m.group(1).lines().map(l -> l.replaceFirst("^ \\* ?", "")).toList();
    }

    private static String squeezed(String code) {
        return code.replaceAll("\\s+", "");
    }

    @Test
    void theToyProviderIsTheDocumentedExampleLineForLine() throws IOException {
        List<String> example = exampleLines();
        assertThat(example).anyMatch(l -> l.contains("ReaderBuilder.of("));
        String toy = squeezed(Files.readString(
                Path.of("src/test/java/org/resdom/cli/toy/ToyFormatProvider.java"), StandardCharsets.UTF_8));
        int at = 0;
        for (String line : example) {
            String wanted = squeezed(line);
            int found = toy.indexOf(wanted, at);
            assertThat(found)
                    .as("the toy provider has, after the lines before it, the example's line: " + line)
                    .isNotNegative();
            at = found + wanted.length();
        }
    }
}

package org.resdom.io.text;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.resdom.testing.SeedFixture;

/**
 * Compares what the reader finds in each fixture (structure, footnotes, citations with their
 * types and revisions, diagnostics with line:column) with a golden file in
 * {@code src/test/resources/golden}. Regenerate after an intended change with
 * {@code mvn test -pl io -Dtest=GoldenTest -Dresdom.golden.update=true}, then review the diff
 * in git; without the property the test fails on any mismatch and prints a line diff.
 */
class GoldenTest {

    @ParameterizedTest
    @ValueSource(
            strings = {SeedFixture.NAME, "res71-en", "res71-es", "res71-fr-clean", "res71-ru", "res71-ar", "res71-zh"})
    void matchesGolden(String name) throws IOException {
        String input = StructureDump.fixture(name);
        String actual = StructureDump.dump(TextResolutionReader.create().read(input));
        String goldenName = name + ".golden.txt";
        if (Boolean.getBoolean("resdom.golden.update")) {
            Path dir = Path.of("src/test/resources/golden");
            Files.createDirectories(dir);
            Files.writeString(dir.resolve(goldenName), actual, StandardCharsets.UTF_8);
            return; // written: review it with git diff
        }
        String expected = StructureDump.resource("/golden/" + goldenName);
        if (!expected.equals(actual)) {
            fail("golden mismatch for " + name + " (regenerate with -Dresdom.golden.update=true):\n"
                    + diff(expected, actual));
        }
    }

    /** A line diff: each differing line of the expected (-) and actual (+) text, with its number. */
    static String diff(String expected, String actual) {
        List<String> e = expected.lines().toList();
        List<String> a = actual.lines().toList();
        StringBuilder sb = new StringBuilder();
        int i = 0;
        int j = 0;
        int shown = 0;
        while ((i < e.size() || j < a.size()) && shown < 40) {
            if (i < e.size() && j < a.size() && e.get(i).equals(a.get(j))) {
                i++;
                j++;
            } else if (i < e.size() && !a.subList(j, a.size()).contains(e.get(i))) {
                sb.append(String.format("-%4d %s%n", i + 1, e.get(i++)));
                shown++;
            } else if (j < a.size()) {
                sb.append(String.format("+%4d %s%n", j + 1, a.get(j++)));
                shown++;
            } else {
                sb.append(String.format("-%4d %s%n", i + 1, e.get(i++)));
                shown++;
            }
        }
        return sb.toString();
    }
}

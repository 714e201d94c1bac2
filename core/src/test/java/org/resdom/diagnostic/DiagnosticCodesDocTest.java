package org.resdom.diagnostic;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.resdom.model.Body;

/**
 * The diagnostic codes are one documented system: the table lists every code the sources
 * report (and no other), and {@code docs/diagnostics.md} is the page generated from it. Run with
 * {@code -Dresdom.regenerateDocs=true} to rewrite the page after changing the table.
 */
class DiagnosticCodesDocTest {

    /** The project root: the tests run in the module's directory. */
    private static final Path ROOT = Path.of("").toAbsolutePath().getParent();

    private static final Path PAGE = ROOT.resolve("docs").resolve("diagnostics.md");

    @Test
    void theReferencePageIsGeneratedFromTheTable() throws IOException {
        String page = DiagnosticCode.markdown();
        if (Boolean.getBoolean("resdom.regenerateDocs")) {
            Files.writeString(PAGE, page, StandardCharsets.UTF_8);
        }
        assertThat(PAGE)
                .as("docs/diagnostics.md is out of date: run this test with -Dresdom.regenerateDocs=true")
                .exists();
        assertThat(Files.readString(PAGE, StandardCharsets.UTF_8))
                .as("docs/diagnostics.md is out of date: run this test with -Dresdom.regenerateDocs=true")
                .isEqualTo(page);
    }

    @Test
    void everyCodeTheSourcesReportIsListedAndNoOther() throws IOException {
        Set<String> listed =
                DiagnosticCode.all().stream().map(DiagnosticCode::code).collect(Collectors.toCollection(TreeSet::new));
        // any upper-case hyphenated literal, whatever its prefix, so that a code with a new prefix is found too;
        // the only such literals that are not codes are the bodies' codes (ITU-PP)
        Pattern literal = Pattern.compile("\"([A-Z][A-Z0-9]*(?:-[A-Z0-9]+)+)\"");
        Set<String> bodies = Arrays.stream(Body.values()).map(Body::code).collect(Collectors.toSet());
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(ROOT)) {
            for (Path f : (Iterable<Path>) files.filter(DiagnosticCodesDocTest::mainSource)::iterator) {
                Matcher m = literal.matcher(Files.readString(f, StandardCharsets.UTF_8));
                while (m.find()) {
                    if (!bodies.contains(m.group(1))) {
                        used.add(m.group(1));
                    }
                }
            }
        }
        assertThat(used).as("codes found in the sources").hasSizeGreaterThan(50);
        assertThat(listed)
                .as("codes reported in the sources but missing from codes.tsv")
                .containsAll(used);
        assertThat(used).as("codes in codes.tsv that no source reports").containsAll(listed);
    }

    @Test
    void eachCodeIsFoundByItsName() {
        assertThat(DiagnosticCode.of("IO-LIMIT")).hasValueSatisfying(c -> {
            assertThat(c.format()).isEqualTo("io");
            assertThat(c.severities()).contains(Severity.ERROR, Severity.INFO);
        });
        assertThat(DiagnosticCode.of("TXT-GLUED-REVISION").map(DiagnosticCode::severities))
                .hasValue(Set.of(Severity.WARNING));
        assertThat(DiagnosticCode.of("MY-OWN-RULE")).isEmpty();
    }

    private static boolean mainSource(Path p) {
        String s = p.toString().replace('\\', '/');
        return s.endsWith(".java")
                && !s.endsWith("/package-info.java") // documentation only: its examples may show a plug-in's codes
                && s.contains("/src/main/java/")
                && !s.contains("/target/")
                && !s.contains("/benchmarks/")
                && !s.contains("/examples/");
    }
}

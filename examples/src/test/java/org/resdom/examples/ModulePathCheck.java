package org.resdom.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Runs the packaged examples on the module path, as a user's modular application would run
 * them: resdom's artifacts and their libraries as modules, the examples jar as the automatic
 * module {@code org.resdom.examples}. The formats are found through {@code ServiceLoader}
 * across module boundaries, so a provider missing from a {@code module-info} fails here.
 *
 * <p>Run by the {@code verify} phase (after the examples jar is packaged), not by {@code test}.
 */
class ModulePathCheck {

    /** The jar the package phase built, named by the build (see the POM). */
    private static final Path EXAMPLES_JAR =
            Path.of(System.getProperty("resdom.examplesJar", "target/resdom-examples.jar"));

    private static List<String> modulePath() {
        TreeSet<String> path = new TreeSet<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            String e = entry.replace('\\', '/');
            // resdom's own artifacts (the format modules as jars or, in a partial build, class folders)
            boolean resdom = e.matches(".*/(core|io(/[a-z]+)?|testing)/target/classes")
                    || e.matches(".*/resdom-(core|io|text|json|xml|akn|testing)-[^/]*\\.jar");
            boolean library = e.matches(".*/(jackson-[a-z]+|jakarta\\.[a-z.]+-api|jaxb-[a-z]+|txw2|angus-activation"
                    + "|istack-commons-runtime"
                    // what resdom-testing (SeedFixture, behind the examples' Sample) requires
                    + "|assertj-core|junit-jupiter-api|junit-jupiter-params|junit-platform-commons|opentest4j"
                    + "|apiguardian-api|quicktheories)-[^/]*\\.jar");
            if ((resdom || library) && !e.endsWith("-tests.jar")) {
                path.add(entry);
            }
        }
        List<String> all = new ArrayList<>(path);
        all.add(EXAMPLES_JAR.toAbsolutePath().toString());
        return all;
    }

    private static String[] run(String mainClass, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--module-path",
                String.join(File.pathSeparator, modulePath()),
                // the examples jar is an automatic module: it declares no requires, so name the graph
                "--add-modules",
                "ALL-MODULE-PATH",
                "-m",
                "org.resdom.examples/" + mainClass));
        command.addAll(List.of(args));
        Path out = Files.createTempFile("resdom-example-out", ".txt");
        Path err = Files.createTempFile("resdom-example-err", ".txt");
        try {
            Process p = new ProcessBuilder(command)
                    .redirectOutput(out.toFile())
                    .redirectError(err.toFile())
                    .start();
            if (!p.waitFor(100, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError("timed out: " + command);
            }
            return new String[] {
                String.valueOf(p.exitValue()),
                Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8)
            };
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    @Test
    void theExamplesJarIsAnAutomaticModuleWithItsName() throws Exception {
        assertThat(EXAMPLES_JAR).as("run by verify, after package").exists();
        try (java.util.jar.JarFile jar = new java.util.jar.JarFile(EXAMPLES_JAR.toFile())) {
            assertThat(jar.getManifest().getMainAttributes().getValue("Automatic-Module-Name"))
                    .isEqualTo("org.resdom.examples");
        }
    }

    @Test
    @Timeout(120)
    void convertFormatsFindsEveryFormatOnTheModulePath() throws Exception {
        String[] r = run("org.resdom.examples.ConvertFormats");
        assertThat(r[2]).doesNotContain("Exception");
        assertThat(r[0]).as(r[2]).isEqualTo("0");
        // one line per format: the providers of text, JSON, XML (JAXB) and Akoma Ntoso were found
        assertThat(r[1])
                .containsPattern("(?m)^input +\\d+ chars")
                .containsPattern("(?m)^json +\\d+ chars")
                .containsPattern("(?m)^xml +\\d+ chars")
                .containsPattern("(?m)^akn +\\d+ chars")
                .containsPattern("(?m)^text +\\d+ chars");
    }

    @Test
    @Timeout(120)
    void readAndValidateReportsOnTheModulePath() throws Exception {
        String[] r = run("org.resdom.examples.ReadAndValidate");
        assertThat(r[2]).doesNotContain("Exception");
        assertThat(r[0]).as(r[2]).isEqualTo("0");
        assertThat(r[1]).containsPattern("(?m)^\\d+ error\\(s\\), \\d+ warning\\(s\\), \\d+ info\\(s\\)$");
    }
}

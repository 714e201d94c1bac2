package org.resdom.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.resdom.model.Resolution;
import org.resdom.testing.ResolutionFile;
import org.resdom.testing.ResolutionSource;

/**
 * A file of a {@link ResolutionSource} folder that is not UTF-8 fails its own test, with the reason, and the
 * tests of the files after it still run (they used to end with the first such file).
 */
class ResolutionSourceFailuresTest {

    /** Relative to the working directory (the module): written by the test before the class below runs. */
    static final String FOLDER = "target/resolution-source-failures/";

    /** Run by the launcher below only (a nested class: surefire does not run it on its own). */
    static class Folder {
        static final List<String> SEEN = new ArrayList<>();

        @ResolutionSource(FOLDER)
        void asFile(ResolutionFile file) {
            SEEN.add("file " + file.name());
        }

        @ResolutionSource(FOLDER)
        void asResolution(Resolution resolution) {
            SEEN.add("resolution " + resolution.operative().size());
        }
    }

    @Test
    void aFileThatIsNotUtf8FailsItsOwnTestOnly() throws IOException {
        Path dir = Path.of(FOLDER);
        Files.createDirectories(dir);
        String text = "resolves\n1\tto report.\n";
        Files.writeString(dir.resolve("a.txt"), text, StandardCharsets.UTF_8);
        // Latin-1 "é" on line 2: not UTF-8
        Files.write(
                dir.resolve("b.txt"),
                "resolves\n1\tto report to the Conf\u00e9rence.\n".getBytes(StandardCharsets.ISO_8859_1));
        Files.writeString(dir.resolve("c.txt"), text, StandardCharsets.UTF_8);
        Folder.SEEN.clear();

        Map<String, TestExecutionResult> results = new TreeMap<>();
        Launcher launcher = LauncherFactory.create();
        launcher.execute(
                LauncherDiscoveryRequestBuilder.request()
                        .selectors(selectClass(Folder.class))
                        .build(),
                new TestExecutionListener() {
                    @Override
                    public void executionFinished(TestIdentifier id, TestExecutionResult result) {
                        if (id.isTest()) {
                            String method =
                                    id.getUniqueIdObject().getSegments().get(2).getValue();
                            results.put(method.substring(0, method.indexOf('(')) + " " + id.getDisplayName(), result);
                        }
                    }
                });

        assertThat(results.keySet())
                .containsExactly(
                        "asFile a.txt",
                        "asFile b.txt",
                        "asFile c.txt",
                        "asResolution a.txt",
                        "asResolution b.txt",
                        "asResolution c.txt");
        results.forEach((name, result) -> {
            if (name.endsWith("b.txt")) {
                assertThat(result.getStatus()).as(name).isEqualTo(TestExecutionResult.Status.FAILED);
                assertThat(result.getThrowable().orElseThrow())
                        .as(name)
                        .isInstanceOf(AssertionError.class)
                        .hasMessage("@ResolutionSource(\"" + FOLDER + "\"): b.txt: not UTF-8 text: invalid byte 0xE9"
                                + " on line 2 (byte offset 32)");
            } else {
                assertThat(result.getStatus())
                        .as(name + ": " + result.getThrowable())
                        .isEqualTo(TestExecutionResult.Status.SUCCESSFUL);
            }
        });
        assertThat(Folder.SEEN).containsExactlyInAnyOrder("file a.txt", "file c.txt", "resolution 1", "resolution 1");
    }
}

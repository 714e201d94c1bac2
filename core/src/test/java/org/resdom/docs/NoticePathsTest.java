package org.resdom.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every path the NOTICE file names exists, so its attributions cannot point at files that moved.
 * A path is a word with a slash that starts with a letter (addresses are taken out first). It
 * is a repository path, a build output under a module ({@code cli/target/resdom.jar}: the
 * module must exist), or a path inside a jar ({@code org/resdom/testing/}: some module's
 * {@code src/main/resources} must hold it; {@code META-INF/...} is made by the build).
 */
class NoticePathsTest {

    /** The project root: the tests run in the module's directory. */
    private static final Path ROOT = Path.of("").toAbsolutePath().getParent();

    private static final Pattern URL = Pattern.compile("https?://\\S+");
    private static final Pattern PATH = Pattern.compile("(?<![\\w./-])[A-Za-z][\\w.-]*(?:/[\\w.-]+)+/?");

    @Test
    void everyPathInTheNoticeExists() throws IOException {
        String notice = URL.matcher(Files.readString(ROOT.resolve("NOTICE"), StandardCharsets.UTF_8))
                .replaceAll("");
        List<String> missing = new ArrayList<>();
        int checked = 0;
        Matcher m = PATH.matcher(notice);
        while (m.find()) {
            String path = m.group().replaceAll("\\.$", "");
            checked++;
            if (!exists(path)) {
                missing.add(path);
            }
        }
        assertThat(checked).as("paths in NOTICE").isGreaterThanOrEqualTo(10);
        assertThat(missing).as("paths NOTICE names that do not exist").isEmpty();
    }

    private static boolean exists(String path) throws IOException {
        if (path.startsWith("META-INF/")) {
            return true; // written into the jars by the build
        }
        int target = path.indexOf("/target/");
        if (target > 0) {
            return Files.isRegularFile(ROOT.resolve(path.substring(0, target)).resolve("pom.xml"));
        }
        if (Files.exists(ROOT.resolve(path))) {
            return true;
        }
        // a path inside a jar: some module's resources hold it
        try (Stream<Path> files = Files.walk(ROOT, 6)) {
            return files.filter(p -> p.endsWith(Path.of("src", "main", "resources")))
                    .filter(p -> !p.toString().contains("/target/"))
                    .anyMatch(p -> Files.exists(p.resolve(path)));
        }
    }
}

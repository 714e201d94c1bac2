package org.resdom.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every repository path that README.md and docs/*.md name in backticks (such as
 * {@code samples/res71-fr-tracked-flattened.txt}), and every relative Markdown link, exists. A path is taken to be
 * one when it starts with a top-level folder of the repository and names a file (its last part has an extension)
 * or a folder (it ends with {@code /}); build outputs ({@code target/}), placeholders ({@code phrases-LANG.tsv},
 * {@code io/…/}) and test shorthands ({@code cli/FidelityCliTest.aTest}) are not paths. Neither is a path under a
 * top-level folder that {@code .gitignore} lists (such as {@code out/}, which {@code run-sample.sh} fills): such a
 * folder holds what a run wrote, not what the repository ships, so whether it exists says nothing about the docs.
 */
class DocumentedPathsTest {

    /** The project root: the tests run in the module's directory. */
    private static final Path ROOT = Path.of("").toAbsolutePath().getParent();

    private static final Pattern BACKTICKED = Pattern.compile("`([^`\\s]+)`");
    private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s#]+)");
    private static final Pattern FILE_OR_FOLDER = Pattern.compile(".*(/|\\.[a-z0-9]{1,5})");
    private static final Pattern PLACEHOLDER =
            Pattern.compile("(?<![A-Za-z])(LANG|CODE|FORMAT|NAME|ARTIFACT)(?![A-Za-z])");
    private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]*");
    private static final Set<String> NOT_PATHS = Set.of("…", "*", "{", "<", "$", "/target/");

    /** The top-level folders {@code .gitignore} names as plain folders ({@code out/}, {@code /target/}). */
    static Set<String> ignoredFolders(Path root) throws IOException {
        Path gitignore = root.resolve(".gitignore");
        if (!Files.isRegularFile(gitignore)) {
            return Set.of();
        }
        Set<String> ignored = new TreeSet<>();
        for (String line : Files.readAllLines(gitignore, StandardCharsets.UTF_8)) {
            String entry = line.strip();
            if (entry.startsWith("/")) {
                entry = entry.substring(1);
            }
            if (entry.endsWith("/")) {
                entry = entry.substring(0, entry.length() - 1);
            }
            if (!entry.isEmpty() && PLAIN_NAME.matcher(entry).matches()) {
                ignored.add(entry);
            }
        }
        return ignored;
    }

    private static List<Path> pages() throws IOException {
        List<Path> pages = new ArrayList<>();
        pages.add(ROOT.resolve("README.md"));
        try (Stream<Path> docs = Files.list(ROOT.resolve("docs"))) {
            docs.filter(p -> p.getFileName().toString().endsWith(".md"))
                    .sorted()
                    .forEach(pages::add);
        }
        return pages;
    }

    private static final Pattern TABLE_SEPARATOR = Pattern.compile("\\|(\\s*:?-{3,}:?\\s*\\|)+");

    /**
     * Every Markdown table is whole: a row that follows a line that is not a row starts a table,
     * so a separator line ({@code |---|}) follows it; a row cut off from its table by a paragraph
     * (a paragraph put inside the table) renders as text.
     */
    @Test
    void everyTableInTheDocsIsWhole() throws IOException {
        List<String> broken = new ArrayList<>();
        int tables = 0;
        for (Path page : pages()) {
            List<String> lines = Files.readAllLines(page, StandardCharsets.UTF_8);
            boolean fence = false;
            for (int n = 0; n < lines.size(); n++) {
                String line = lines.get(n).strip();
                if (line.startsWith("```")) {
                    fence = !fence;
                }
                if (fence || !line.startsWith("|")) {
                    continue;
                }
                boolean first = n == 0 || !lines.get(n - 1).strip().startsWith("|");
                if (!first) {
                    continue;
                }
                tables++;
                String next = n + 1 < lines.size() ? lines.get(n + 1).strip() : "";
                if (!TABLE_SEPARATOR.matcher(next).matches()) {
                    broken.add(ROOT.relativize(page) + ":" + (n + 1) + ": " + line);
                }
            }
        }
        assertThat(tables).as("tables checked").isGreaterThan(20);
        assertThat(broken).as("table rows with no header before them").isEmpty();
    }

    @Test
    void everyRepositoryPathTheDocsNameExists() throws IOException {
        List<String> missing = new ArrayList<>();
        Set<String> ignored = ignoredFolders(ROOT);
        int checked = 0;
        for (Path page : pages()) {
            List<String> lines = Files.readAllLines(page, StandardCharsets.UTF_8);
            for (int n = 0; n < lines.size(); n++) {
                String where = ROOT.relativize(page) + ":" + (n + 1) + ": ";
                Matcher m = BACKTICKED.matcher(lines.get(n));
                while (m.find()) {
                    String token = m.group(1).replaceAll("[.,:;)]+$", "");
                    if (isRepositoryPath(ROOT, ignored, token)) {
                        checked++;
                        if (!Files.exists(ROOT.resolve(token))) {
                            missing.add(where + token);
                        }
                    }
                }
                Matcher l = LINK.matcher(lines.get(n));
                while (l.find()) {
                    String target = l.group(1);
                    if (target.contains(":")) {
                        continue; // https:, mailto:
                    }
                    checked++;
                    if (!Files.exists(page.getParent().resolve(target).normalize())) {
                        missing.add(where + "link " + target);
                    }
                }
            }
        }
        assertThat(checked).as("paths and links checked").isGreaterThan(50);
        assertThat(missing).as("paths named in the docs that do not exist").isEmpty();
    }

    @Test
    void aPathUnderAnIgnoredFolderIsNotARepositoryPath(@TempDir Path root) throws IOException {
        Files.createDirectories(root.resolve("core"));
        Files.createDirectories(root.resolve("out/pp"));
        Files.writeString(root.resolve(".gitignore"), "target/\n*.iml\n/out/\n.idea/\n");
        Set<String> ignored = ignoredFolders(root);

        assertThat(ignored).containsExactly("out", "target");
        assertThat(isRepositoryPath(root, ignored, "out/pp/res71.akn.xml")).isFalse();
        assertThat(isRepositoryPath(root, ignored, "core/pom.xml")).isTrue();
        assertThat(isRepositoryPath(root, Set.of(), "out/pp/res71.akn.xml"))
                .as("without the .gitignore entry, out/ would be taken for a repository folder")
                .isTrue();
    }

    @Test
    void runSampleWritesOnlyIntoIgnoredFolders() throws IOException {
        String script = Files.readString(ROOT.resolve("run-sample.sh"), StandardCharsets.UTF_8);
        Matcher mkdir = Pattern.compile("mkdir -p (\\S+)").matcher(script);
        Set<String> ignored = ignoredFolders(ROOT);
        int folders = 0;
        while (mkdir.find()) {
            folders++;
            String top = mkdir.group(1).replaceAll("/.*", "");
            assertThat(ignored)
                    .as("run-sample.sh writes into %s/, which .gitignore must list", top)
                    .contains(top);
        }
        assertThat(folders).as("output folders run-sample.sh creates").isPositive();
    }

    static boolean isRepositoryPath(Path root, Set<String> ignored, String token) {
        int slash = token.indexOf('/');
        if (slash <= 0
                || !FILE_OR_FOLDER.matcher(token).matches()
                || PLACEHOLDER.matcher(token).find()
                || ("/" + token).contains("/target/")
                || NOT_PATHS.stream().anyMatch(token::contains)) {
            return false;
        }
        String top = token.substring(0, slash);
        return !top.startsWith(".") && !ignored.contains(top) && Files.isDirectory(root.resolve(top));
    }
}

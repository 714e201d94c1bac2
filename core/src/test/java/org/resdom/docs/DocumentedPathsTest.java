package org.resdom.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every repository path that README.md and docs/*.md name in backticks (such as
 * {@code samples/res71-fr-tracked-flattened.txt}), and every relative Markdown link, exists. A path is taken to be
 * one when it starts with a top-level folder of the repository and names a file (its last part has an extension)
 * or a folder (it ends with {@code /}); build outputs ({@code target/}), placeholders ({@code phrases-LANG.tsv},
 * {@code io/…/}) and test shorthands ({@code cli/FidelityCliTest.aTest}) are not paths.
 */
class DocumentedPathsTest {

    /** The project root: the tests run in the module's directory. */
    private static final Path ROOT = Path.of("").toAbsolutePath().getParent();

    private static final Pattern BACKTICKED = Pattern.compile("`([^`\\s]+)`");
    private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s#]+)");
    private static final Pattern FILE_OR_FOLDER = Pattern.compile(".*(/|\\.[a-z0-9]{1,5})");
    private static final Pattern PLACEHOLDER =
            Pattern.compile("(?<![A-Za-z])(LANG|CODE|FORMAT|NAME|ARTIFACT)(?![A-Za-z])");
    private static final Set<String> NOT_PATHS = Set.of("…", "*", "{", "<", "$", "/target/");

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
        int checked = 0;
        for (Path page : pages()) {
            List<String> lines = Files.readAllLines(page, StandardCharsets.UTF_8);
            for (int n = 0; n < lines.size(); n++) {
                String where = ROOT.relativize(page) + ":" + (n + 1) + ": ";
                Matcher m = BACKTICKED.matcher(lines.get(n));
                while (m.find()) {
                    String token = m.group(1).replaceAll("[.,:;)]+$", "");
                    if (isRepositoryPath(token)) {
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

    private static boolean isRepositoryPath(String token) {
        int slash = token.indexOf('/');
        if (slash <= 0
                || !FILE_OR_FOLDER.matcher(token).matches()
                || PLACEHOLDER.matcher(token).find()
                || ("/" + token).contains("/target/")
                || NOT_PATHS.stream().anyMatch(token::contains)) {
            return false;
        }
        String top = token.substring(0, slash);
        return !top.startsWith(".") && Files.isDirectory(ROOT.resolve(top));
    }
}

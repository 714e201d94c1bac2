package org.resdom.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Checks the built command line: the shaded {@code target/resdom.jar} keeps every bundled
 * library's licence, and the command line runs both from that jar and on the module path.
 *
 * <p>Not a unit test: it needs the packaged jar, so {@code cli/pom.xml} runs it in the
 * {@code verify} phase (a second Surefire execution), after {@code package}. Its name keeps it
 * out of the ordinary test run.
 */
class ShadedJarCheck {
    private static final Path JAR = Path.of("target", "resdom.jar");
    private static final Path ROOT = Path.of("..");
    /** A table row of THIRD-PARTY.md: | group:artifact | version | licence | files |. */
    private static final Pattern ROW =
            Pattern.compile("^\\| ([\\w.-]+):([\\w.-]+) \\| ([\\w.-]+) \\| ([\\w.-]+) \\| (.+) \\|$");
    /** A phrase each licence's text contains, so that a licence file of another licence fails. */
    private static final Map<String, String> LICENCE_TEXT = Map.of(
            "Apache-2.0", "Apache License",
            "EDL-1.0", "Redistribution and use in source and binary forms",
            "MIT", "Permission is hereby granted, free of charge",
            "BSD-3-Clause", "Redistribution and use in source and binary forms");

    /** A line of the dependency list the build writes: group:artifact:jar:version:scope. */
    private static final Pattern LISTED =
            Pattern.compile("^\\s+([\\w.-]+):([\\w.-]+):jar:([\\w.-]+):(compile|runtime).*");

    /**
     * What the jar bundles: the runtime dependencies the build resolved, and any Maven descriptor
     * found in the jar (a library that slips in otherwise), without resdom's own modules.
     */
    private static Map<String, String> bundled(ZipFile jar) throws IOException {
        Map<String, String> found = new TreeMap<>();
        for (String line : Files.readAllLines(Path.of("target", "bundled-libraries.txt"), StandardCharsets.UTF_8)) {
            Matcher m = LISTED.matcher(line);
            if (m.matches()) {
                found.put(m.group(1) + ":" + m.group(2), m.group(3));
            }
        }
        for (ZipEntry e : jar.stream().toList()) {
            if (e.getName().startsWith("META-INF/maven/") && e.getName().endsWith("/pom.properties")) {
                Properties p = new Properties();
                try (InputStream in = jar.getInputStream(e)) {
                    p.load(in);
                }
                if (!p.getProperty("groupId").equals("org.resdom")) {
                    found.putIfAbsent(
                            p.getProperty("groupId") + ":" + p.getProperty("artifactId"), p.getProperty("version"));
                }
            }
        }
        return found;
    }

    private static String text(ZipFile jar, String name) throws IOException {
        ZipEntry e = jar.getEntry(name);
        assertThat(e).as(name).isNotNull();
        try (InputStream in = jar.getInputStream(e)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void everyBundledLibraryIsListedWithItsLicenceAndKeepsItsLicenceFiles() throws IOException {
        assertThat(JAR).as("run after package: mvn verify").exists();
        try (ZipFile jar = new ZipFile(JAR.toFile())) {
            Map<String, String> bundled = bundled(jar);
            assertThat(bundled)
                    .as("bundled libraries")
                    .containsKeys(
                            "info.picocli:picocli",
                            "tools.jackson.core:jackson-core",
                            "org.glassfish.jaxb:jaxb-runtime");

            Map<String, String[]> listed = new TreeMap<>();
            for (String line : text(jar, "META-INF/licenses/THIRD-PARTY.md").split("\n")) {
                Matcher m = ROW.matcher(line);
                if (m.matches()) {
                    listed.put(m.group(1) + ":" + m.group(2), new String[] {m.group(3), m.group(4), m.group(5)});
                }
            }
            assertThat(listed.keySet())
                    .as("THIRD-PARTY.md lists exactly the bundled libraries")
                    .isEqualTo(bundled.keySet());

            for (Map.Entry<String, String[]> row : listed.entrySet()) {
                String library = row.getKey();
                String[] cells = row.getValue();
                assertThat(cells[0]).as("version of " + library).isEqualTo(bundled.get(library));
                assertThat(LICENCE_TEXT).as("known licence of " + library).containsKey(cells[1]);
                String folder = "META-INF/licenses/" + library.substring(library.indexOf(':') + 1) + "/";
                List<String> files = jar.stream()
                        .map(ZipEntry::getName)
                        .filter(n -> n.startsWith(folder) && !n.equals(folder))
                        .map(n -> n.substring(folder.length()))
                        .toList();
                assertThat(files).as("licence files of " + library).isNotEmpty();
                for (String f : files) {
                    assertThat(cells[2]).as("files listed for " + library).contains(f);
                }
                String licence = files.stream()
                        .filter(f -> f.startsWith("LICENSE"))
                        .findFirst()
                        .orElseThrow(() -> new AssertionError("no LICENSE file for " + library));
                assertThat(text(jar, folder + licence)).as(folder + licence).contains(LICENCE_TEXT.get(cells[1]));
            }
        }
    }

    @Test
    void theJarCarriesResdomsOwnLicenceAndNoticeOnce() throws IOException {
        try (ZipFile jar = new ZipFile(JAR.toFile())) {
            assertThat(text(jar, "META-INF/LICENSE"))
                    .isEqualTo(Files.readString(ROOT.resolve("LICENSE"), StandardCharsets.UTF_8));
            assertThat(text(jar, "META-INF/NOTICE"))
                    .isEqualTo(Files.readString(ROOT.resolve("NOTICE"), StandardCharsets.UTF_8));
            List<String> topLevel = new ArrayList<>(jar.stream()
                    .map(ZipEntry::getName)
                    .filter(n -> n.matches("META-INF/[^/]*(LICENSE|NOTICE)[^/]*"))
                    .toList());
            assertThat(topLevel).containsExactlyInAnyOrder("META-INF/LICENSE", "META-INF/NOTICE");
        }
    }

    /** resdom's modules bundled in the jar, by their Maven descriptors: {@code resdom-json} and so on. */
    private static List<String> bundledModules(ZipFile jar) {
        Pattern descriptor = Pattern.compile("META-INF/maven/org\\.resdom/(resdom-[a-z-]+)/pom\\.properties");
        return jar.stream()
                .map(e -> descriptor.matcher(e.getName()))
                .filter(Matcher::matches)
                .map(m -> m.group(1))
                .filter(a -> !a.equals("resdom-cli"))
                .sorted()
                .toList();
    }

    /** The folder of a module: {@code core}, {@code io}, {@code io/json} for resdom-json. */
    private static Path moduleFolder(String artifact) {
        String name = artifact.substring("resdom-".length());
        return name.equals("core") || name.equals("io")
                ? ROOT.resolve(name)
                : ROOT.resolve("io").resolve(name);
    }

    @Test
    void everyJarOfTheBundledModulesCarriesTheLicenceAndNotice() throws IOException {
        String licence = Files.readString(ROOT.resolve("LICENSE"), StandardCharsets.UTF_8);
        String notice = Files.readString(ROOT.resolve("NOTICE"), StandardCharsets.UTF_8);
        List<String> modules;
        try (ZipFile jar = new ZipFile(JAR.toFile())) {
            modules = bundledModules(jar);
        }
        assertThat(modules).contains("resdom-core", "resdom-io", "resdom-json", "resdom-akn", "resdom-docx");
        List<String> checked = new ArrayList<>();
        for (String module : modules) {
            Path target = moduleFolder(module).resolve("target");
            assertThat(target).as(module + " is built before the command line").isDirectory();
            try (var jars = Files.list(target)) {
                for (Path j :
                        jars.filter(p -> p.toString().endsWith(".jar")).sorted().toList()) {
                    String name = j.getFileName().toString();
                    try (ZipFile z = new ZipFile(j.toFile())) {
                        assertThat(text(z, "META-INF/LICENSE")).as(name).isEqualTo(licence);
                        assertThat(text(z, "META-INF/NOTICE")).as(name).isEqualTo(notice);
                    }
                    checked.add(name);
                }
            }
        }
        // no published module has a test jar: shared test code is in resdom-test-support (not published)
        assertThat(checked)
                .as("test jars")
                .filteredOn(n -> n.endsWith("-tests.jar"))
                .isEmpty();
        assertThat(checked)
                .as("sources jars checked")
                .filteredOn(n -> n.endsWith("-sources.jar"))
                .hasSizeGreaterThanOrEqualTo(5);
        assertThat(checked)
                .as("javadoc jars checked")
                .filteredOn(n -> n.endsWith("-javadoc.jar"))
                .hasSizeGreaterThanOrEqualTo(5);
    }

    private static Process.Builder java(String... args) {
        return new Process.Builder(args);
    }

    @Test
    @Timeout(120)
    void theJarRuns() throws Exception {
        Process.Result r = java("-jar", JAR.toString(), "--version").run();
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("resdom ");
    }

    @Test
    @Timeout(120)
    void theCommandLineRunsOnTheModulePath() throws Exception {
        // resdom's modules and their libraries as named and automatic modules; no test libraries
        TreeSet<String> path = new TreeSet<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            String e = entry.replace('\\', '/');
            // core, io, cli and (once io is split) the format modules io/FORMAT; not test jars
            boolean resdom = e.matches(".*/(core|io(/[a-z]+)?|cli)/target/classes")
                    || e.matches(".*/resdom-[a-z]+-[^/]*[0-9T]\\.jar");
            boolean library =
                    e.matches(".*/(picocli|jackson-[a-z]+|jakarta\\.[a-z.]+-api|jaxb-[a-z]+|txw2|angus-activation"
                            + "|istack-commons-runtime|pdfbox|pdfbox-io|fontbox|commons-logging)-[^/]*\\.jar");
            if (resdom || library) {
                path.add(entry);
            }
        }
        assertThat(path).as("module path").anyMatch(p -> p.contains("picocli"));
        Path in = Files.createTempFile("resdom-module-path", ".txt");
        try {
            Files.write(in, org.resdom.testing.SeedFixture.bytes());
            Process.Result r = java(
                            "--module-path",
                            String.join(File.pathSeparator, path),
                            "-m",
                            "org.resdom.cli/org.resdom.cli.Main",
                            "convert",
                            "--to",
                            "json",
                            in.toString())
                    .run();
            assertThat(r.err()).doesNotContain("Exception");
            assertThat(r.out()).startsWith("{").contains("\"language\"");
            assertThat(r.code()).as(r.err()).isIn(0, 1);
        } finally {
            Files.deleteIfExists(in);
        }
    }

    /** Runs the JDK's {@code java} launcher. */
    static final class Process {
        record Result(int code, String out, String err) {}

        static final class Builder {
            private final List<String> command = new ArrayList<>();

            Builder(String... args) {
                command.add(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString());
                command.addAll(List.of(args));
            }

            Result run() throws IOException, InterruptedException {
                Path out = Files.createTempFile("resdom-out", ".txt");
                Path err = Files.createTempFile("resdom-err", ".txt");
                try {
                    java.lang.Process p = new ProcessBuilder(command)
                            .redirectOutput(out.toFile())
                            .redirectError(err.toFile())
                            .start();
                    if (!p.waitFor(100, TimeUnit.SECONDS)) {
                        p.destroyForcibly();
                        throw new AssertionError("timed out: " + command);
                    }
                    return new Result(
                            p.exitValue(),
                            Files.readString(out, StandardCharsets.UTF_8),
                            Files.readString(err, StandardCharsets.UTF_8));
                } finally {
                    Files.deleteIfExists(out);
                    Files.deleteIfExists(err);
                }
            }
        }
    }
}

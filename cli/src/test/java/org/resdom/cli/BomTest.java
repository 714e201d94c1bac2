package org.resdom.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * {@code resdom-bom} manages every artifact the reactor publishes and nothing else: each module
 * of the root {@code pom.xml} that builds a jar and is not kept from deployment
 * ({@code maven.deploy.skip}, as for {@code resdom-io-tests}, {@code resdom-test-support}, the
 * benchmarks and the examples)
 * is in the BOM at the project's version, and the BOM names no other artifact.
 */
class BomTest {

    /** The project root: the tests run in the module's directory. */
    private static final Path ROOT = Path.of("").toAbsolutePath().getParent();

    /** A module's POM, as far as this test reads it. */
    private record Module(String path, String artifactId, String packaging, boolean deploySkipped) {}

    private static Element parse(Path pom) throws IOException {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return f.newDocumentBuilder().parse(pom.toFile()).getDocumentElement();
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException(pom + ": " + e, e);
        }
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(name)) {
                found.add(e);
            }
        }
        return found;
    }

    private static Optional<String> child(Element parent, String name) {
        return children(parent, name).stream()
                .findFirst()
                .map(e -> e.getTextContent().strip());
    }

    private static List<Module> modules() throws IOException {
        List<Module> modules = new ArrayList<>();
        for (Element list : children(parse(ROOT.resolve("pom.xml")), "modules")) {
            for (Element m : children(list, "module")) {
                String path = m.getTextContent().strip();
                Element pom = parse(ROOT.resolve(path).resolve("pom.xml"));
                boolean skipped = children(pom, "properties").stream()
                        .flatMap(p -> child(p, "maven.deploy.skip").stream())
                        .anyMatch("true"::equals);
                modules.add(new Module(
                        path,
                        child(pom, "artifactId").orElseThrow(),
                        child(pom, "packaging").orElse("jar"),
                        skipped));
            }
        }
        return modules;
    }

    @Test
    void theBomManagesEveryPublishedModuleAndNothingElse() throws IOException {
        List<Module> modules = modules();
        assertThat(modules).extracting(Module::path).contains("core", "io", "io/json", "cli", "bom", "examples");
        TreeSet<String> published = new TreeSet<>();
        modules.stream()
                .filter(m -> m.packaging().equals("jar") && !m.deploySkipped())
                .forEach(m -> published.add(m.artifactId()));

        Element bom = parse(ROOT.resolve("bom/pom.xml"));
        String version = child(bom, "version").orElseThrow();
        TreeSet<String> managed = new TreeSet<>();
        for (Element dm : children(bom, "dependencyManagement")) {
            for (Element deps : children(dm, "dependencies")) {
                for (Element d : children(deps, "dependency")) {
                    assertThat(child(d, "groupId")).hasValue("org.resdom");
                    assertThat(child(d, "version").orElseThrow()).isIn("${project.version}", version);
                    assertThat(managed.add(child(d, "artifactId").orElseThrow()))
                            .as("listed once")
                            .isTrue();
                }
            }
        }
        assertThat(managed).as("the artifacts resdom-bom manages").isEqualTo(published);
        Element root = parse(ROOT.resolve("pom.xml"));
        assertThat(children(bom, "properties").stream().flatMap(p -> child(p, "resdom.site").stream()))
                .as("the BOM's resdom.site, which its url, scm and issueManagement use, is the parent's")
                .containsExactlyElementsOf(children(root, "properties").stream()
                        .flatMap(p -> child(p, "resdom.site").stream())
                        .toList());
        assertThat(children(bom, "issueManagement")).isNotEmpty();
        assertThat(version)
                .as("the BOM's version is the project's")
                .isEqualTo(child(parse(ROOT.resolve("pom.xml")), "version").orElseThrow());
    }

    @Test
    void theModulesNotPublishedAreTheTestsTheTestSupportTheBenchmarksAndTheExamples() throws IOException {
        List<Module> modules = modules();
        List<String> skipped = modules.stream()
                .filter(Module::deploySkipped)
                .map(Module::artifactId)
                .toList();
        assertThat(skipped)
                .containsExactlyInAnyOrder(
                        "resdom-io-tests",
                        "resdom-test-support",
                        "resdom-examples",
                        "resdom-examples-beam",
                        "resdom-benchmarks");
        // shared test code is a module of its own (resdom-test-support), never a test jar: no
        // module builds one or depends on one, the root POM included
        List<String> testJars = new ArrayList<>();
        List<Path> poms = new ArrayList<>(List.of(ROOT.resolve("pom.xml")));
        modules.forEach(m -> poms.add(ROOT.resolve(m.path()).resolve("pom.xml")));
        for (Path pom : poms) {
            String text = Files.readString(pom, StandardCharsets.UTF_8);
            if (text.contains("<type>test-jar</type>") || text.contains("<goal>test-jar</goal>")) {
                testJars.add(ROOT.relativize(pom).toString());
            }
        }
        assertThat(testJars).as("POMs that build or use a test jar").isEmpty();
    }
}

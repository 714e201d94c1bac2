package org.resdom.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.resdom.diagnostic.Diagnostic;
import org.resdom.diagnostic.Severity;
import org.resdom.validation.Rule;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The machine-readable outputs of {@code validate}: JSON Lines (one diagnostic a line, as soon as found) and
 * SARIF 2.1.0 (one log with one run, for CI systems that show findings inline on the files).
 */
final class ValidationReports {

    static final String SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

    /** The base of relative artifact locations: the working directory, as SARIF viewers expect. */
    static final String SRCROOT = "%SRCROOT%";

    private final List<ObjectNode> results = new ArrayList<>();
    private final Map<String, ObjectNode> rules = new LinkedHashMap<>();
    private final Path base;

    /**
     * @param known the rules run
     * @param workingDirectory the directory that relative artifact locations are relative to ({@link #SRCROOT})
     */
    ValidationReports(List<Rule> known, Path workingDirectory) {
        this.base = workingDirectory.toAbsolutePath().normalize();
        for (Rule r : known) {
            rules.put(r.code(), rule(r.code(), r.description(), r.severity()));
        }
    }

    /** One JSON Lines record. */
    static String jsonl(String file, Diagnostic d) {
        return Json.write(ValidateCommand.toJson(file, d));
    }

    /** Adds one diagnostic to the SARIF log. */
    void sarif(String file, Diagnostic d) {
        rules.computeIfAbsent(d.code(), c -> rule(c, null, d.severity()));
        ObjectNode r = Json.object();
        r.put("ruleId", d.code());
        r.put("level", level(d.severity()));
        r.putObject("message").put("text", d.message());
        ObjectNode loc = r.putArray("locations").addObject();
        ObjectNode physical = loc.putObject("physicalLocation");
        artifactLocation(physical.putObject("artifactLocation"), file);
        if (d.line().isPresent()) {
            ObjectNode region = physical.putObject("region");
            region.put("startLine", d.line().getAsInt());
            d.column().ifPresent(c -> region.put("startColumn", c));
        }
        d.elementId()
                .ifPresent(id -> loc.putArray("logicalLocations")
                        .addObject()
                        .put("fullyQualifiedName", id)
                        .put("kind", "element"));
        results.add(r);
    }

    /**
     * Where a file is: relative to {@link #SRCROOT} (the working directory) when it is under it, so that CI
     * systems find it in their checkout; else an absolute {@code file:} URI. Standard input is {@code -}.
     */
    private void artifactLocation(ObjectNode location, String file) {
        if (file.equals("-")) {
            location.put("uri", "-");
            return;
        }
        Path path;
        try {
            path = Path.of(file).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            location.put("uri", uri(file));
            return;
        }
        if (path.startsWith(base) && !path.equals(base)) {
            location.put("uri", uri(base.relativize(path).toString()));
            location.put("uriBaseId", SRCROOT);
        } else {
            location.put("uri", path.toUri().toString());
        }
    }

    /** @return the SARIF log */
    String sarifLog(String version) {
        ObjectNode log = Json.object();
        log.put("$schema", SARIF_SCHEMA);
        log.put("version", "2.1.0");
        ObjectNode run = log.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", "resdom");
        driver.put("version", version);
        driver.put("informationUri", "https://github.com/resdom/resdom");
        ArrayNode ruleArray = driver.putArray("rules");
        rules.values().forEach(ruleArray::add);
        String root = base.toUri().toString();
        run.putObject("originalUriBaseIds").putObject(SRCROOT).put("uri", root.endsWith("/") ? root : root + "/");
        ArrayNode resultArray = run.putArray("results");
        results.forEach(resultArray::add);
        return Json.pretty(log);
    }

    private static ObjectNode rule(String code, String description, Severity severity) {
        ObjectNode o = Json.object();
        o.put("id", code);
        o.putObject("shortDescription").put("text", description == null ? code : description);
        o.putObject("defaultConfiguration").put("level", level(severity));
        return o;
    }

    static String level(Severity s) {
        return switch (s) {
            case ERROR -> "error";
            case WARNING -> "warning";
            default -> "note";
        };
    }

    /** A relative URI reference for a path: forward slashes, each segment percent-encoded where needed. */
    static String uri(String path) {
        StringBuilder b = new StringBuilder();
        for (String seg : path.replace('\\', '/').split("/", -1)) {
            if (b.length() > 0 || path.startsWith("/")) {
                b.append('/');
            }
            b.append(java.net.URLEncoder.encode(seg, java.nio.charset.StandardCharsets.UTF_8)
                    .replace("+", "%20"));
        }
        return path.startsWith("/") ? b.toString().replaceFirst("^/+", "/") : b.toString();
    }
}

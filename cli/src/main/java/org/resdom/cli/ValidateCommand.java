package org.resdom.cli;

import java.util.ArrayList;
import java.util.List;
import org.resdom.diagnostic.Diagnostic;
import org.resdom.validation.Validator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code resdom validate}: the reader's and the validator's diagnostics. */
@Command(
        name = "validate",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        versionProvider = ResdomCommand.Version.class,
        header = "Check documents: reader and validation diagnostics.",
        description = {
            "Reads each input and runs the standard validation rules. Prints one line per",
            "diagnostic, the reader's then the validator's:",
            "  PATH:LINE:COL: SEVERITY CODE message",
            "(severity error, warning or info; 0:0 when the position is unknown), or with",
            "--format json one JSON array of objects with the fields file, line, column,",
            "severity, code, message and element.",
            "Exit code 0 when no error was found, 1 when one was, 2 for usage or I/O problems."
        },
        footer = {
            "",
            "Examples:",
            "  resdom validate res71.txt",
            "  resdom validate --format json texts/ > report.json",
            "  resdom validate --format sarif --fail-on warning texts/ > resdom.sarif",
            "  resdom validate --disable RD-PUNCTUATION - < res71.txt"
        })
final class ValidateCommand extends FileCommand {

    /** Output formats. */
    enum Output {
        text,
        json,
        jsonl,
        sarif
    }

    enum FailOn {
        error,
        warning
    }

    @Option(
            names = "--format",
            paramLabel = "FMT",
            defaultValue = "text",
            description = "Output: text (one line per diagnostic), json (one array), jsonl (one object a line) or "
                    + "sarif (SARIF 2.1.0, for CI). Default: ${DEFAULT-VALUE}.")
    Output format;

    @Option(
            names = "--fail-on",
            paramLabel = "SEVERITY",
            defaultValue = "error",
            description = "Exit 1 when a diagnostic of this severity or worse is found: error or warning. "
                    + "Default: ${DEFAULT-VALUE}.")
    FailOn failOn;

    @Option(
            names = "--disable",
            paramLabel = "RULE",
            split = ",",
            description = "Do not report this code (a validation rule such as RD-PUNCTUATION, or a reader code); "
                    + "repeatable or comma-separated.")
    java.util.Set<String> disabled = new java.util.TreeSet<>();

    private Validator validator = Validator.standard();
    private final List<ObjectNode> json = new ArrayList<>();
    private ValidationReports reports;

    @Override
    void before() {
        for (String code : disabled) {
            if (org.resdom.diagnostic.DiagnosticCode.of(code).isEmpty()) {
                throw new picocli.CommandLine.ParameterException(
                        spec.commandLine(),
                        "--disable " + code + ": no such diagnostic code (see docs/diagnostics.md)");
            }
        }
        Validator.Builder b = Validator.builder().standardRules();
        disabled.forEach(b::without);
        validator = b.build();
        reports = new ValidationReports(validator.rules(), java.nio.file.Path.of(""));
    }

    @Override
    void process(Loaded loaded) {
        List<Diagnostic> all = new ArrayList<>(loaded.result().diagnostics());
        all.addAll(validator.validate(loaded.result().resolution()));
        all.removeIf(d -> disabled.contains(d.code()));
        session.errors(
                failOn == FailOn.warning
                        ? all.stream()
                                .filter(d -> d.severity() != org.resdom.diagnostic.Severity.INFO)
                                .count()
                        : countErrors(all));
        String display = loaded.file().display();
        for (Diagnostic d : all) {
            if (format == Output.jsonl) {
                session.out.print(ValidationReports.jsonl(display, d) + "\n");
            } else if (format == Output.sarif) {
                reports.sarif(display, d);
            } else if (format == Output.json) {
                json.add(toJson(display, d));
            } else {
                session.out.print(d.format(display) + "\n");
            }
        }
        session.out.flush();
    }

    @Override
    void after() {
        if (format == Output.sarif) {
            session.out.print(reports.sarifLog(version()) + "\n");
            session.out.flush();
        }
        if (format == Output.json) {
            ArrayNode array = Json.MAPPER.createArrayNode();
            json.forEach(array::add);
            session.out.print(Json.pretty(array) + "\n");
            session.out.flush();
        }
    }

    private static String version() {
        try {
            return new ResdomCommand.Version().getVersion()[0];
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }

    static ObjectNode toJson(String file, Diagnostic d) {
        ObjectNode o = Json.object();
        o.put("file", file);
        Json.putPositive(o, "line", d.line().orElse(0));
        Json.putPositive(o, "column", d.column().orElse(0));
        o.put("severity", d.severity().label());
        o.put("code", d.code());
        o.put("message", d.message());
        Json.put(o, "element", d.elementId());
        return o;
    }
}

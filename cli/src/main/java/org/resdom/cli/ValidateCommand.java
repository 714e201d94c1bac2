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
@Command(name = "validate", mixinStandardHelpOptions = true, sortOptions = false,
        versionProvider = ResdomCommand.Version.class, header = "Check documents: reader and validation diagnostics.",
        description = {"Reads each input and runs the standard validation rules. Prints one line per",
            "diagnostic, the reader's then the validator's:",
            "  PATH:LINE:COL: SEVERITY CODE message",
            "(severity error, warning or info; 0:0 when the position is unknown), or with",
            "--format json one JSON array of objects with the fields file, line, column,",
            "severity, code, message and element.",
            "Exit code 0 when no error was found, 1 when one was, 2 for usage or I/O problems."},
        footer = {"", "Examples:", "  resdom validate res71.txt", "  resdom validate --format json texts/ > report.json"})
final class ValidateCommand extends FileCommand {

    /** Output formats. */
    enum Output { text, json }

    @Option(names = "--format", paramLabel = "FMT", defaultValue = "text",
            description = "Output: text (one line per diagnostic) or json (one array). Default: ${DEFAULT-VALUE}.")
    Output format;

    private final Validator validator = Validator.standard();
    private final List<ObjectNode> json = new ArrayList<>();

    @Override
    void process(Loaded loaded) {
        List<Diagnostic> all = new ArrayList<>(loaded.result().diagnostics());
        all.addAll(validator.validate(loaded.result().resolution()));
        session.errors(countErrors(all));
        String display = loaded.file().display();
        for (Diagnostic d : all) {
            if (format == Output.json) {
                json.add(toJson(display, d));
            } else {
                session.out.print(d.format(display) + "\n");
            }
        }
        session.out.flush();
    }

    @Override
    void after() {
        if (format == Output.json) {
            ArrayNode array = Json.MAPPER.createArrayNode();
            json.forEach(array::add);
            session.out.print(Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(array) + "\n");
            session.out.flush();
        }
    }

    static ObjectNode toJson(String file, Diagnostic d) {
        ObjectNode o = Json.object();
        o.put("file", file);
        Json.putPositive(o, "line", d.line());
        Json.putPositive(o, "column", d.column());
        o.put("severity", d.severity().label());
        o.put("code", d.code());
        o.put("message", d.message());
        Json.put(o, "element", d.elementId());
        return o;
    }
}

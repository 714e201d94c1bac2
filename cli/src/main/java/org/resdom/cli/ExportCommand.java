package org.resdom.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.resdom.io.export.AlignedRecord;
import org.resdom.io.export.Aligner;
import org.resdom.io.export.ExportJson;
import org.resdom.io.export.ExportRecord;
import org.resdom.io.export.Exporter;
import org.resdom.io.export.Unit;
import org.resdom.model.Resolution;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
        name = "export",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        versionProvider = ResdomCommand.Version.class,
        header = "Export for datasets: one JSON record per paragraph, citation, section or document.",
        description = {
            "Reads each input and prints one JSON object a line (JSON Lines) per unit: its stable id, document"
                    + " identity, language, element id, path (part, section, kind, phrase, action, addressee, label chain),"
                    + " text, citations, source file and line:column. The records follow the JSON Schema"
                    + " export-record.schema.json (see docs/export.md).",
            "With --aligned, the language versions of each document are aligned clause by clause and one record per"
                    + " clause holds every version, with a confidence and the differences found.",
            "Exit code 1 when a reader found errors, 2 for usage or I/O problems."
        },
        footer = {
            "",
            "Examples:",
            "  resdom export --per paragraph --to jsonl texts/ > paragraphs.jsonl",
            "  resdom export --aligned un-hrc-54/ > aligned.jsonl"
        })
final class ExportCommand extends FileCommand {

    enum Target {
        jsonl
    }

    @Option(
            names = "--per",
            paramLabel = "UNIT",
            defaultValue = "paragraph",
            converter = UnitConverter.class,
            description = "One record per paragraph, citation, section or document. Default: ${DEFAULT-VALUE}.")
    Unit per;

    @Option(
            names = "--to",
            paramLabel = "FMT",
            defaultValue = "jsonl",
            description = "Output format: jsonl (JSON Lines). Default: ${DEFAULT-VALUE}.")
    Target to;

    @Option(
            names = "--aligned",
            description = "Align the language versions of each document clause by clause (paragraph units).")
    boolean aligned;

    private final Map<String, List<Resolution>> groups = new TreeMap<>();

    @Override
    void before() {
        if (aligned && per != Unit.PARAGRAPH) {
            throw new picocli.CommandLine.ParameterException(
                    spec.commandLine(), "--aligned aligns paragraphs: use it with --per paragraph (the default)");
        }
    }

    @Override
    void process(Loaded loaded) {
        session.errors(countErrors(loaded.result().diagnostics()));
        Resolution r = loaded.result().resolution();
        if (aligned) {
            groups.computeIfAbsent(Aligner.groupKey(r), k -> new ArrayList<>()).add(r);
            return;
        }
        StringBuilder b = new StringBuilder();
        for (ExportRecord rec : Exporter.of(per).records(r, loaded.file().display())) {
            b.append(ExportJson.toJson(rec)).append('\n');
        }
        session.out.print(b);
        session.out.flush();
    }

    @Override
    void after() {
        if (!aligned) {
            return;
        }
        for (List<Resolution> versions : groups.values()) {
            StringBuilder b = new StringBuilder();
            for (AlignedRecord a : Aligner.of().align(versions)) {
                b.append(ExportJson.toJson(a)).append('\n');
            }
            session.out.print(b);
        }
        session.out.flush();
    }

    static final class UnitConverter implements picocli.CommandLine.ITypeConverter<Unit> {
        @Override
        public Unit convert(String value) {
            return Unit.fromCode(value)
                    .orElseThrow(() -> new picocli.CommandLine.TypeConversionException(
                            "expected paragraph, citation, section or document, not '" + value + "'"));
        }
    }
}

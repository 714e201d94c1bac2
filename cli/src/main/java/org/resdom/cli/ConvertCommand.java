package org.resdom.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.resdom.diagnostic.Diagnostic;
import org.resdom.diagnostic.Severity;
import org.resdom.io.Format;
import org.resdom.io.Positions;
import org.resdom.io.Formats;
import org.resdom.io.ResolutionWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** {@code resdom convert}: reads documents in one format and writes them in another. */
@Command(name = "convert", mixinStandardHelpOptions = true, sortOptions = false,
        versionProvider = ResdomCommand.Version.class, header = "Convert documents between text, json, xml and akn.",
        description = {"Converts documents between text, json, xml and akn (Akoma Ntoso 3.0).",
            "One input and no -o: the result goes to standard output. Several inputs or a folder:",
            "-o names a folder; each input gives one output, named after it with the target's",
            "extension (.txt, .json, .xml, .akn.xml), keeping sub-folders. Files are written",
            "atomically. A document whose reader reported errors is not written (its errors",
            "are printed on standard error, exit code 1) unless --lenient is given."},
        footer = {"", "Examples:",
            "  resdom convert --to akn res71.txt > res71.akn.xml",
            "  resdom convert --to json -o out/ texts/"})
final class ConvertCommand extends FileCommand {

    /** A conversion keeps the spans a JSON or XML input carries (where each part came from first). */
    @Override
    Positions positions() {
        return Positions.STORED;
    }

    @Option(names = "--to", required = true, paramLabel = "FMT", converter = FormatConverter.class,
            description = "Format to write: text, json, xml or akn.")
    Format to;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT",
            description = "Output file (one input) or folder (several inputs, a folder, or an existing folder).")
    Path output;

    @Option(names = "--lenient",
            description = "Write documents even when the reader reported errors (they may be incomplete).")
    boolean lenient;

    private ResolutionWriter writer;
    private boolean toFolder;
    private final Map<Path, String> written = new HashMap<>();

    @Override
    void before() {
        boolean many = inputs.size() > 1 || inputs.stream().anyMatch(Files::isDirectory);
        if (many && output == null) {
            throw new ParameterException(spec.commandLine(),
                    "several inputs (or a folder) need -o FOLDER to name the output folder");
        }
        if (output != null && many && Files.exists(output) && !Files.isDirectory(output)) {
            throw new ParameterException(spec.commandLine(),
                    "-o " + output + " is a file; with several inputs it must name a folder");
        }
        toFolder = output != null && (many || Files.isDirectory(output));
        if (!to.writable()) {
            throw new ParameterException(spec.commandLine(), "--to " + to.code() + ": resdom reads " + to.code()
                    + " but does not write it");
        }
        writer = Formats.writer(to);
    }

    @Override
    void process(Loaded loaded) {
        String display = loaded.file().display();
        long errors = 0;
        for (Diagnostic d : loaded.result().diagnostics()) {
            if (d.severity() == Severity.ERROR) {
                session.message(d.format(display));
                errors++;
            }
        }
        session.errors(errors);
        if (errors > 0 && !lenient) {
            session.message("resdom: " + display + ": not converted: the reader reported "
                    + Session.plural(errors, "error") + " (fix them, or use --lenient to write it anyway)");
            return;
        }
        if (output == null) {
            session.out.write(writer.write(loaded.result().resolution()));
            session.out.flush();
            return;
        }
        Path target = toFolder ? targetIn(output, loaded.file()) : output;
        Path key = target.toAbsolutePath().normalize();
        try {
            if (Files.exists(target) && Files.isSameFile(target, loaded.file().path())) {
                session.fail(display, "refusing to overwrite the input itself (" + target + ")", null);
                return;
            }
            String earlier = written.putIfAbsent(key, display);
            if (earlier != null) {
                session.fail(display, "not written: " + target + " was already written from " + earlier, null);
                return;
            }
            AtomicFiles.write(target, w -> writer.write(loaded.result().resolution(), w));
        } catch (IOException | UncheckedIOException e) {
            session.fail(display, "cannot write " + target + ": " + Session.describe(e), e);
        }
    }

    /** The output path for an input: the same relative folder, the base name, the target's extension. */
    private Path targetIn(Path folder, InputFile file) {
        Path rel = file.relative();
        String name = Inputs.baseName(rel.getFileName().toString()) + to.extension();
        Path parent = rel.getParent();
        return parent == null ? folder.resolve(name) : folder.resolve(parent).resolve(name);
    }
}

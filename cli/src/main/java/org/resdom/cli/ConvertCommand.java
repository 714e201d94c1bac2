package org.resdom.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.resdom.diagnostic.Diagnostic;
import org.resdom.diagnostic.Severity;
import org.resdom.io.FormatProvider;
import org.resdom.io.Positions;
import org.resdom.io.ResolutionWriter;
import org.resdom.io.Utf8Output;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** {@code resdom convert}: reads documents in one format and writes them in another. */
@Command(
        name = "convert",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        versionProvider = ResdomCommand.Version.class,
        header = "Convert documents from one format to another.",
        description = {
            "Converts documents between the formats found (see --from and --to; a format plug-in adds its own).",
            "One input and no -o: the result goes to standard output. Several inputs or a folder:",
            "-o names a folder; each input gives one output, named after it with the target's",
            "extension, keeping sub-folders. Files are written",
            "atomically. A document whose reader reported errors is not written (its errors",
            "are printed on standard error, exit code 1) unless --lenient is given."
        },
        footer = {
            "",
            "Examples:",
            "  resdom convert --to akn res71.txt > res71.akn.xml",
            "  resdom convert --to json -o out/ texts/"
        })
final class ConvertCommand extends FileCommand {

    /** A conversion keeps the spans a JSON or XML input carries (where each part came from first). */
    @Override
    Positions positions() {
        return Positions.STORED;
    }

    @Option(
            names = "--to",
            required = true,
            paramLabel = "FMT",
            converter = FormatConverter.class,
            completionCandidates = FormatConverter.Writable.class,
            description = "Format to write: ${COMPLETION-CANDIDATES}.")
    FormatProvider to;

    /** Which text of a document with revision marks to write. */
    enum Changes {
        /** both versions, with the marks (as read) */
        MARKED,
        /** the version after the revision: insertions kept, deletions dropped */
        ACCEPT,
        /** the version before the revision (a Word document's original): deletions kept, insertions dropped */
        REJECT
    }

    @Option(
            names = "--changes",
            paramLabel = "WHICH",
            description = "Of a document with revision marks (a Word document's tracked changes): marked (default:"
                    + " both versions with their marks), accept (the version after) or reject (the original).")
    Changes changes = Changes.MARKED;

    Path output;
    /** Whether {@code -o} was written with a trailing separator ({@code out/}): a folder, even for one input. */
    private boolean outputIsFolder;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "OUT",
            description = {
                "Output file (one input) or folder (several inputs, a folder, an existing folder,",
                "or a name ending in / such as out/, which is created); - is standard output (one input)."
            })
    void output(String value) {
        if (value.equals("-")) {
            // standard output, as with no -o (a file named "-" is ./-)
            output = null;
            outputIsFolder = false;
            toStandardOutput = true;
            return;
        }
        output = Path.of(value);
        outputIsFolder = value.endsWith("/") || value.endsWith(java.io.File.separator);
        toStandardOutput = false;
    }

    /** Whether {@code -o -} was given: standard output, for one input only. */
    private boolean toStandardOutput;

    @Option(
            names = "--lenient",
            description = "Write documents even when the reader reported errors (they may be incomplete).")
    boolean lenient;

    private ResolutionWriter writer;
    private boolean toFolder;
    /** Each input's output, planned before anything is read or written. */
    private final Map<InputFile, Path> targets = new IdentityHashMap<>();
    /** Inputs whose output is refused up front, with the reason. */
    private final Map<InputFile, String> refused = new IdentityHashMap<>();

    @Override
    void before() {
        boolean many = inputs.size() > 1 || inputs.stream().anyMatch(Files::isDirectory);
        if (many && toStandardOutput) {
            throw new ParameterException(
                    spec.commandLine(),
                    "-o - (standard output) takes one input; several inputs (or a folder) need -o FOLDER");
        }
        if (many && output == null) {
            throw new ParameterException(
                    spec.commandLine(), "several inputs (or a folder) need -o FOLDER to name the output folder");
        }
        if (output != null && (many || outputIsFolder) && Files.exists(output) && !Files.isDirectory(output)) {
            throw new ParameterException(
                    spec.commandLine(),
                    "-o " + output + " is a file; "
                            + (many
                                    ? "with several inputs it must name a folder"
                                    : "a name ending in / names a folder"));
        }
        toFolder = output != null && (many || outputIsFolder || Files.isDirectory(output));
        if (!to.canWrite()) {
            throw new ParameterException(
                    spec.commandLine(), "--to " + to.name() + ": resdom reads " + to.name() + " but does not write it");
        }
        writer = to.writer();
    }

    /**
     * Plans every output before anything is written: an output that is one of the run's inputs
     * (by real path) is refused, so no input is overwritten, read or not; two inputs with the
     * same output keep the first.
     */
    @Override
    void plan(List<InputFile> files) {
        if (output == null) {
            return;
        }
        Map<Path, InputFile> inputs = new HashMap<>();
        for (InputFile f : files) {
            inputs.putIfAbsent(key(f.path()), f);
        }
        Map<Path, InputFile> planned = new HashMap<>();
        for (InputFile f : files) {
            Path target = toFolder ? targetIn(output, f) : output;
            Path key = key(target);
            InputFile input = inputs.get(key);
            InputFile earlier = planned.putIfAbsent(key, f);
            if (input != null) {
                refused.put(
                        f,
                        "not written: " + target
                                + (input == f
                                        ? " is the input itself"
                                        : " is another input of this run (" + input.display() + ")")
                                + "; choose another -o");
            } else if (earlier != null) {
                refused.put(f, "not written: " + target + " is also the output of " + earlier.display());
            } else {
                targets.put(f, target);
            }
        }
    }

    /** A path as a key: its real path when it exists (links and case resolved), else its absolute form. */
    private static Path key(Path p) {
        try {
            if (Files.exists(p)) {
                return p.toRealPath();
            }
            Path abs = p.toAbsolutePath().normalize();
            Path parent = abs.getParent();
            if (parent != null && Files.exists(parent)) {
                return parent.toRealPath().resolve(abs.getFileName());
            }
            return abs;
        } catch (IOException | RuntimeException e) {
            return p.toAbsolutePath().normalize();
        }
    }

    /**
     * A document read as empty (nothing in it: no formula, paragraph or annex) is written all the
     * same but never silently: its reader's warnings are printed, else a warning of its own.
     */
    private void warnIfEmpty(Loaded loaded, String display) {
        org.resdom.model.Resolution r = loaded.result().resolution();
        if (r.formula().isPresent()
                || !r.annexes().isEmpty()
                || r.find(org.resdom.model.Paragraph.class).findAny().isPresent()) {
            return;
        }
        boolean told = false;
        for (Diagnostic d : loaded.result().diagnostics()) {
            if (d.severity() == Severity.WARNING) {
                session.message(d.format(display));
                told = true;
            }
        }
        if (!told) {
            session.message(display + ": warning: empty document: nothing was read from it");
        }
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
        warnIfEmpty(loaded, display);
        if (errors > 0 && !lenient) {
            session.message("resdom: " + display + ": not converted: the reader reported "
                    + Session.plural(errors, "error") + " (fix them, or use --lenient to write it anyway)");
            return;
        }
        org.resdom.model.Resolution document = switch (changes) {
            case ACCEPT -> loaded.result().resolution().accepted();
            case REJECT -> loaded.result().resolution().rejected();
            default -> loaded.result().resolution();
        };
        // what the target format has no place for is said, never dropped silently
        for (Diagnostic d : writer.notCarried(document)) {
            session.message(d.format(display));
        }
        if (output == null) {
            String text = writer.write(document);
            java.util.OptionalInt lone = Utf8Output.firstLoneSurrogate(text);
            if (lone.isPresent()) {
                int bad = lone.getAsInt();
                session.fail(display, "not written: " + Utf8Output.message(text.charAt(bad), bad), null);
                return;
            }
            session.out.write(text);
            session.out.flush();
            return;
        }
        String refusal = refused.get(loaded.file());
        if (refusal != null) {
            session.fail(display, refusal, null);
            return;
        }
        Path target = targets.get(loaded.file());
        try {
            AtomicFiles.write(target, w -> writer.write(document, w));
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

package org.resdom.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.resdom.diagnostic.Diagnostic;
import org.resdom.diagnostic.Severity;
import org.resdom.io.FormatProvider;
import org.resdom.io.Formats;
import org.resdom.io.Positions;
import org.resdom.io.ReadResult;
import org.resdom.model.Deleted;
import org.resdom.model.Inserted;
import org.resdom.model.Resolution;
import org.resdom.model.Revisions;
import org.resdom.model.UnmarkedChange;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code resdom diff}: the revision between two versions of a document, as one marked document. */
@Command(
        name = "diff",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        versionProvider = ResdomCommand.Version.class,
        header = "Compare two versions of a document: one document with insertions and deletions marked.",
        description = {
            "Reads OLD and NEW (any format found, see --from; a document with tracked changes or other"
                    + " marks is taken with its changes accepted), aligns their paragraphs (by identical text, then label"
                    + " and similarity; moves and renumbering recognised) and compares the words inside aligned"
                    + " paragraphs. Writes the marked document in any format that can be written (see --to): an HTML page"
                    + " by default (changes, after and before at the press of a button).",
            "One of OLD and NEW may be - (standard input; its format is detected from the content).",
            "Changes outside running text (title, heading, history, annex titles) are listed on standard error."
                    + " When a reader reports errors in OLD or NEW, they are printed (FILE:LINE:COL: error CODE message),"
                    + " nothing is compared or written and the exit code is 1, unless --lenient is given (then the diff"
                    + " is written and the exit code is still 1).",
            "Exit code 2 for usage or I/O problems, else 0."
        },
        footer = {
            "",
            "Examples:",
            "  resdom diff res71-2018.txt res71-2022.txt > diff.html",
            "  resdom diff --to akn -o diff.akn.xml res71-2018.docx res71-2022.docx"
        })
final class DiffCommand implements Callable<Integer> {

    @ParentCommand
    ResdomCommand parent;

    @Option(
            names = "--to",
            paramLabel = "FORMAT",
            converter = FormatConverter.class,
            completionCandidates = FormatConverter.Writable.class,
            description = "Format to write: ${COMPLETION-CANDIDATES} (default: html).")
    FormatProvider to;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "FILE",
            description = "write here instead of standard output (- is standard output)")
    void output(String value) {
        // "-" is standard output, as with no -o (a file named "-" is ./-)
        output = value.equals("-") ? null : Path.of(value);
    }

    Path output;

    @Option(
            names = "--from",
            paramLabel = "FMT",
            converter = FormatConverter.class,
            completionCandidates = FormatConverter.Readable.class,
            description = "Format of OLD and NEW: ${COMPLETION-CANDIDATES} (default: detected from the name and"
                    + " content).")
    FormatProvider from;

    @Option(
            names = "--lenient",
            description = "Compare and write even when a reader reported errors (exit code 1 all the same).")
    boolean lenient;

    @Parameters(index = "0", paramLabel = "OLD", description = "the earlier version (- for standard input)")
    Path older;

    @Parameters(index = "1", paramLabel = "NEW", description = "the later version (- for standard input)")
    Path newer;

    @Override
    public Integer call() {
        FormatProvider target = to != null ? to : Formats.find("html").orElse(null);
        if (target == null || !target.canWrite()) {
            parent.err.println("resdom diff: --to "
                    + (target == null
                            ? "html: no HTML writer found (resdom-html is not on the class path)"
                            : target.name() + ": resdom reads " + target.name() + " but does not write it"));
            return ExitCode.USAGE;
        }
        if (StandardInput.isArgument(older) && StandardInput.isArgument(newer)) {
            parent.err.println(
                    "resdom diff: standard input (-) can be only one of OLD and NEW; give the other as a file");
            return ExitCode.USAGE;
        }
        Input a;
        Input b;
        try {
            a = read(older, Optional.ofNullable(from));
            b = read(newer, Optional.ofNullable(from));
        } catch (Loader.InputException e) {
            parent.err.println("resdom diff: cannot read " + e.getMessage());
            return ExitCode.USAGE;
        } catch (RuntimeException e) {
            parent.err.println("resdom diff: cannot read: " + Session.describe(e));
            return ExitCode.USAGE;
        }
        long errors = errors(older, a.read()) + errors(newer, b.read());
        if (errors > 0 && !lenient) {
            parent.err.println("resdom diff: not compared: the readers reported " + errors
                    + (errors == 1 ? " error" : " errors") + " (fix them, or use --lenient to compare anyway)");
            return org.resdom.cli.ExitCode.ERRORS;
        }
        Resolution marked = Revisions.compare(a.version(), b.version());
        String text = target.writer().write(marked);
        java.util.OptionalInt lone = org.resdom.io.Utf8Output.firstLoneSurrogate(text);
        if (lone.isPresent()) {
            // UTF-8 cannot carry it and an HTML character reference to it means U+FFFD: refused, never replaced
            int bad = lone.getAsInt();
            parent.err.println("resdom diff: not written: " + org.resdom.io.Utf8Output.message(text.charAt(bad), bad));
            return org.resdom.cli.ExitCode.ERRORS;
        }
        try {
            if (output != null) {
                Files.writeString(output, text, StandardCharsets.UTF_8);
            } else {
                parent.out.print(text);
                parent.out.flush();
                if (parent.out.checkError()) {
                    parent.err.println("resdom diff: standard output could not be written");
                    return ExitCode.USAGE;
                }
            }
        } catch (IOException e) {
            parent.err.println("resdom diff: cannot write " + output + ": " + e.getMessage());
            return ExitCode.USAGE;
        }
        if (!parent.quiet) {
            parent.err.println("resdom diff: " + marked.find(Inserted.class).count() + " insertions, "
                    + marked.find(Deleted.class).count() + " deletions");
            for (UnmarkedChange c : Revisions.unmarkedChanges(marked)) {
                parent.err.println("resdom diff: changed " + c);
            }
        }
        return errors > 0 ? org.resdom.cli.ExitCode.ERRORS : ExitCode.OK;
    }

    /** Prints the error diagnostics of one input ({@code FILE:LINE:COL: error CODE message}); returns how many. */
    private long errors(Path file, ReadResult read) {
        long n = 0;
        for (Diagnostic d : read.diagnostics()) {
            if (d.severity() == Severity.ERROR) {
                parent.err.println(d.format(file.toString()));
                n++;
            }
        }
        return n;
    }

    /**
     * One input as read.
     *
     * @param read the document and the reader's diagnostics
     * @param binary read by a binary format (a Word document), whose tracked changes are accepted
     */
    private record Input(ReadResult read, boolean binary) {
        /** @return the version compared */
        Resolution version() {
            return binary ? read.resolution().accepted() : read.resolution();
        }
    }

    /**
     * Reads one input as every command reads its inputs ({@link Loader}): a file, or standard input for {@code -}.
     * A binary format (a Word document) is found by its name or first bytes.
     */
    private static Input read(Path file, Optional<FormatProvider> format) throws Loader.InputException {
        InputFile input = StandardInput.isArgument(file)
                ? StandardInput.FILE
                : new InputFile(file, file.toString(), file.getFileName() == null ? file : file.getFileName(), false);
        Loaded loaded;
        try {
            loaded = Loader.load(input, format, Positions.DOCUMENT);
        } catch (Loader.InputException e) {
            throw new Loader.InputException(
                    (StandardInput.is(input) ? "standard input" : file.toString()) + ": " + e.getMessage(),
                    e.getCause());
        }
        return new Input(loaded.result(), loaded.format().binary());
    }
}

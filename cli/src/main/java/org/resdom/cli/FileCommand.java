package org.resdom.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.resdom.diagnostic.Diagnostic;
import org.resdom.diagnostic.Severity;
import org.resdom.io.FormatProvider;
import org.resdom.io.Positions;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * What every command shares: inputs (files or folders), {@code --from}, and the loop that reads
 * each file, reports the bad ones and goes on.
 */
abstract class FileCommand implements Callable<Integer> {

    @ParentCommand
    ResdomCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(
            paramLabel = "INPUT",
            arity = "1..*",
            description =
                    "Files, or folders to walk for the files of every format found (by name and content); - for standard input.")
    List<Path> inputs;

    @Option(
            names = "--from",
            paramLabel = "FMT",
            converter = FormatConverter.class,
            completionCandidates = FormatConverter.Readable.class,
            description =
                    "Format of the inputs: ${COMPLETION-CANDIDATES} (default: detected from the name and content).")
    FormatProvider from;

    Session session;

    @Override
    public final Integer call() throws Exception {
        session = new Session(root, spec.name(), true);
        before();
        List<InputFile> files = Inputs.expand(inputs, session);
        plan(files);
        session.start(files.size());
        for (InputFile file : files) {
            session.step(file.display());
            Loaded loaded;
            try {
                loaded = Loader.load(file, Optional.ofNullable(from), positions());
            } catch (Loader.InputException e) {
                session.fail(file.display(), e.getMessage(), e.getCause() != null ? e.getCause() : e);
                continue;
            } catch (OutOfMemoryError e) {
                outOfMemory(file);
                continue;
            }
            session.document();
            try {
                process(loaded);
            } catch (RuntimeException e) {
                session.fail(file.display(), spec.name() + " failed: " + Session.describe(e), e);
            } catch (OutOfMemoryError e) {
                outOfMemory(file);
            }
        }
        after();
        return session.finish();
    }

    /**
     * Which positions the documents read get. Reporting commands point into the files they
     * were given ({@link Positions#DOCUMENT}), even when a JSON or XML file carries the spans of
     * the text it was converted from; {@code convert} keeps those spans.
     *
     * @return the positions
     */
    Positions positions() {
        return Positions.DOCUMENT;
    }

    /**
     * Checks options before any input is read.
     *
     * @throws Exception a {@code ParameterException} for a usage error
     */
    void before() throws Exception {}

    /**
     * Sees every input before any is read (to plan outputs, say).
     *
     * @param files the inputs, in the order they will be read
     */
    void plan(List<InputFile> files) {}

    /** Reports a file that needed more memory than the JVM has; what it held is garbage by now. */
    private void outOfMemory(InputFile file) {
        long size;
        try {
            size = java.nio.file.Files.size(file.path());
        } catch (java.io.IOException | RuntimeException e) {
            size = -1;
        }
        session.fail(
                file.display(),
                "not enough memory for this file"
                        + (size < 0 ? "" : String.format(java.util.Locale.ROOT, " (%,d bytes)", size))
                        + " with a maximum heap of "
                        + String.format(
                                java.util.Locale.ROOT,
                                "%,d MiB",
                                Runtime.getRuntime().maxMemory() >> 20)
                        + "; give Java more (java -Xmx1g -jar resdom.jar …); the other files go on",
                null);
    }

    /**
     * Handles one document.
     *
     * @param loaded the document read
     * @throws RuntimeException reported as a failure of this file; the run goes on
     */
    abstract void process(Loaded loaded);

    /** Runs after the last file (before the summary). */
    void after() {}

    static long countErrors(List<Diagnostic> diagnostics) {
        return diagnostics.stream().filter(d -> d.severity() == Severity.ERROR).count();
    }
}

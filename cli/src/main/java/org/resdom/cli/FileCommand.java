package org.resdom.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.resdom.diagnostic.Diagnostic;
import org.resdom.diagnostic.Severity;
import org.resdom.io.Format;
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

    @Parameters(paramLabel = "INPUT", arity = "1..*",
            description = "Files, or folders to walk for .txt, .json, .xml, .akn.xml and .pdf files.")
    List<Path> inputs;

    @Option(names = "--from", paramLabel = "FMT", converter = FormatConverter.class,
            description = "Format of the inputs: text, json, xml, akn or pdf (default: detected from the name and content).")
    Format from;

    Session session;

    @Override
    public final Integer call() throws Exception {
        session = new Session(root, spec.name(), true);
        before();
        List<InputFile> files = Inputs.expand(inputs, session);
        session.start(files.size());
        for (InputFile file : files) {
            session.step(file.display());
            Loaded loaded;
            try {
                loaded = Loader.load(file, Optional.ofNullable(from), positions());
            } catch (Loader.InputException e) {
                session.fail(file.display(), e.getMessage(), e.getCause() != null ? e.getCause() : e);
                continue;
            }
            session.document();
            try {
                process(loaded);
            } catch (RuntimeException e) {
                session.fail(file.display(), spec.name() + " failed: " + Session.describe(e), e);
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
    void before() throws Exception {
    }

    /**
     * Handles one document.
     *
     * @param loaded the document read
     * @throws RuntimeException reported as a failure of this file; the run goes on
     */
    abstract void process(Loaded loaded);

    /** Runs after the last file (before the summary). */
    void after() {
    }

    static long countErrors(List<Diagnostic> diagnostics) {
        return diagnostics.stream().filter(d -> d.severity() == Severity.ERROR).count();
    }
}

package org.resdom.examples;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.resdom.diagnostic.Diagnostic;
import org.resdom.diagnostic.Severity;
import org.resdom.io.ReadResult;
import org.resdom.io.text.TextResolutionReader;
import org.resdom.model.Paragraph;
import org.resdom.model.Resolution;
import org.resdom.validation.Validator;

/**
 * Reads a resolution from plain text, validates it with the built-in rules and prints both
 * sets of diagnostics in the compiler style {@code PATH:LINE:COL: SEVERITY CODE message}.
 *
 * <p>With no argument it reads the bundled sample ({@link Sample}); with one, that UTF-8 file:
 * <pre>
 * mvn -q -pl examples exec:java -Dexec.mainClass=org.resdom.examples.ReadAndValidate
 * mvn -q -pl examples exec:java -Dexec.mainClass=org.resdom.examples.ReadAndValidate -Dexec.args=my-resolution.txt
 * </pre>
 */
public final class ReadAndValidate {

    private ReadAndValidate() {}

    /**
     * What reading and validating found.
     *
     * @param resolution the document read (a reader always returns one, even from bad input)
     * @param readerDiagnostics what the reader reported: text it could not place, odd labels …
     * @param validatorDiagnostics what the built-in rules reported on the document
     */
    public record Outcome(
            Resolution resolution, List<Diagnostic> readerDiagnostics, List<Diagnostic> validatorDiagnostics) {

        /** @return the number of errors among both lists */
        public long errors() {
            return count(Severity.ERROR);
        }

        /**
         * @param severity a severity
         * @return how many diagnostics of both lists have it
         */
        public long count(Severity severity) {
            return Stream.concat(readerDiagnostics.stream(), validatorDiagnostics.stream())
                    .filter(d -> d.severity() == severity)
                    .count();
        }
    }

    /**
     * Reads and validates plain text.
     *
     * @param text the resolution as plain text
     * @return the document and both sets of diagnostics
     */
    public static Outcome readAndValidate(String text) {
        // 1. Read. Bad content never throws: it comes back as diagnostics with line:column.
        ReadResult read = TextResolutionReader.create().read(text);
        // 2. Validate with every built-in rule. Validators are immutable and thread-safe too.
        List<Diagnostic> found = Validator.standard().validate(read.resolution());
        return new Outcome(read.resolution(), read.diagnostics(), found);
    }

    /**
     * Prints a summary of the document and every diagnostic.
     *
     * @param path the name to print in front of each diagnostic
     * @param outcome what {@link #readAndValidate(String)} found
     * @param out where to print
     */
    public static void print(String path, Outcome outcome, PrintStream out) {
        Resolution r = outcome.resolution();
        out.printf(
                "%s: %s %s %s (%s): %d preamble sections, %d operative sections, %d paragraphs, "
                        + "%d citation(s), %d footnote(s)%n",
                path,
                r.identity().body().code(),
                r.identity().kind().code(),
                r.identity().number().orElse("?"),
                r.identity().language().code(),
                r.preamble().size(),
                r.operative().size(),
                r.find(Paragraph.class).count(),
                r.citations().size(),
                r.footnotes().size());
        out.println("reader: " + outcome.readerDiagnostics().size() + " diagnostic(s)");
        outcome.readerDiagnostics().forEach(d -> out.println("  " + d.format(path)));
        out.println("validator: " + outcome.validatorDiagnostics().size() + " diagnostic(s)");
        // Rule diagnostics also name the element, so a tool can jump to it with byId(...).
        outcome.validatorDiagnostics()
                .forEach(d -> out.println("  " + d.format(path)
                        + d.elementId().map(id -> " [" + id + "]").orElse("")));
    }

    /**
     * Reads, validates and prints.
     *
     * @param args an optional path to a UTF-8 text file; the bundled sample when absent
     * @throws IOException if the file cannot be read
     */
    public static void main(String[] args) throws IOException {
        String path = args.length > 0 ? args[0] : Sample.RESOURCE;
        String text = args.length > 0 ? Files.readString(Path.of(args[0])) : Sample.text();
        Outcome outcome = readAndValidate(text);
        print(path, outcome, System.out);
        System.out.printf(
                "%d error(s), %d warning(s), %d info(s)%n",
                outcome.errors(), outcome.count(Severity.WARNING), outcome.count(Severity.INFO));
    }
}

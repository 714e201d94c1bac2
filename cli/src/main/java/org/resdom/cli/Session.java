package org.resdom.cli;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * One run of a command over its inputs: where output goes, the progress bar, and the counts
 * that make the summary line and the exit code.
 */
final class Session {
    final PrintWriter out;
    final PrintWriter err;
    final boolean debug;
    private final boolean quiet;
    private final String command;
    private final Progress progress;
    private final long started = System.nanoTime();

    private int files;
    private int documents;
    private int errors;
    private int skipped;

    Session(ResdomCommand root, String command, boolean showProgress) {
        this.out = root.out;
        this.err = root.err;
        this.debug = root.debug;
        this.quiet = root.quiet;
        this.command = command;
        this.progress = new Progress(err, showProgress && root.terminal && !root.quiet);
    }

    /** Starts the progress bar over this many files. */
    void start(int total) {
        files = skipped + total; // inputs already reported missing count as files
        progress.start(total);
    }

    /** Moves the progress bar to the next file. */
    void step(String name) {
        progress.step(name);
    }

    /** Counts a document read. */
    void document() {
        documents++;
    }

    /** Counts error diagnostics. */
    void errors(long count) {
        errors += (int) count;
    }

    /** Prints a line on standard error without breaking the progress bar. */
    void message(String line) {
        progress.clear();
        err.println(line);
        progress.redraw();
    }

    /**
     * Reports an input or output that could not be handled; the run goes on.
     *
     * @param what the file as the user named it
     * @param message what went wrong, for a person
     * @param cause the exception, shown with {@code --debug}
     */
    void fail(String what, String message, Throwable cause) {
        skipped++;
        progress.clear();
        err.println("resdom: " + what + ": " + message);
        if (cause != null && debug) {
            cause.printStackTrace(err);
        } else if (cause instanceof RuntimeException || cause instanceof Error) {
            err.println("  (an internal error: run again with --debug to see the stack trace)");
        }
        progress.redraw();
    }

    /** Counts a failure that was already reported (such as an input that does not exist). */
    void failed() {
        skipped++;
    }

    /** Ends the progress bar and prints the summary line. */
    int finish() {
        progress.end();
        out.flush();
        if (!quiet) {
            double seconds = (System.nanoTime() - started) / 1e9;
            err.println(String.format(Locale.ROOT, "%s: %s, %s, %s, %d skipped in %.2f s", command,
                    plural(files, "file"), plural(documents, "document"), plural(errors, "error"), skipped, seconds));
        }
        err.flush();
        return exitCode();
    }

    /** @return 2 when something was skipped, 1 when errors were found, else 0 */
    int exitCode() {
        return skipped > 0 ? ExitCode.FAILURE : errors > 0 ? ExitCode.ERRORS : ExitCode.OK;
    }

    static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }

    /** A short description of an exception for a person: its message, or its type when it has none. */
    static String describe(Throwable e) {
        String m = e.getMessage();
        String type = e.getClass().getSimpleName();
        if (m == null || m.isBlank()) {
            return type;
        }
        return e instanceof RuntimeException && !(e instanceof java.io.UncheckedIOException) ? m + " (" + type + ")" : m;
    }
}

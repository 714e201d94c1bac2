package org.resdom.cli;

import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.NotLinkException;
import java.nio.file.Path;
import java.util.Locale;
import org.resdom.io.WriteRefusedException;

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
        } else if (cause instanceof RuntimeException && !(cause instanceof WriteRefusedException)
                || cause instanceof Error) {
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
            err.println(String.format(
                    Locale.ROOT,
                    "%s: %s, %s, %s, %d skipped in %.2f s",
                    command,
                    plural(files, "file"),
                    plural(documents, "document"),
                    plural(errors, "error"),
                    skipped,
                    seconds));
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

    /**
     * A short description of an exception for a person: its message, or its type when it has
     * none. A file-system failure says what happened (permission denied, no such file …) and to
     * which file; a temporary file resdom made is named by its folder, which is what the user
     * can act on.
     */
    static String describe(Throwable e) {
        if (e instanceof java.io.UncheckedIOException u && u.getCause() != null) {
            return describe(u.getCause());
        }
        if (e instanceof FileSystemException f) {
            return fileSystem(f);
        }
        String m = e.getMessage();
        String type = e.getClass().getSimpleName();
        if (m == null || m.isBlank()) {
            return type;
        }
        return e instanceof RuntimeException && !(e instanceof WriteRefusedException) ? m + " (" + type + ")" : m;
    }

    private static String fileSystem(FileSystemException e) {
        String what;
        if (e instanceof AccessDeniedException) {
            what = "permission denied";
        } else if (e instanceof NoSuchFileException) {
            what = "no such file or folder";
        } else if (e instanceof FileAlreadyExistsException) {
            what = "already exists";
        } else if (e instanceof NotDirectoryException) {
            what = "not a folder";
        } else if (e instanceof DirectoryNotEmptyException) {
            what = "folder not empty";
        } else if (e instanceof NotLinkException) {
            what = "not a symbolic link";
        } else if (e instanceof FileSystemLoopException) {
            what = "symbolic links form a loop";
        } else {
            what = e.getReason() != null && !e.getReason().isBlank()
                    ? e.getReason()
                    : e.getClass().getSimpleName();
        }
        if (e.getReason() != null && !e.getReason().isBlank() && !what.equals(e.getReason())) {
            what += " (" + e.getReason() + ")";
        }
        String file = e.getFile();
        if (file == null || file.isBlank()) {
            return what;
        }
        Path p = Path.of(file);
        Path name = p.getFileName();
        if (name != null && name.toString().startsWith(AtomicFiles.TEMP_PREFIX)) {
            Path dir = p.getParent();
            return what + " (writing a file in folder " + (dir == null ? "." : dir) + ")";
        }
        String other = e.getOtherFile();
        return what + ": " + file + (other == null || other.isBlank() ? "" : " -> " + other);
    }
}

package org.resdom.cli;

/** The exit codes every command uses. */
public final class ExitCode {
    /** Every input was processed and no error was found. */
    public static final int OK = 0;
    /** Every input was processed, and at least one error diagnostic was found. */
    public static final int ERRORS = 1;
    /** A usage error, or an input or output that could not be read or written (skipped). */
    public static final int FAILURE = 2;

    private ExitCode() {}
}

package org.resdom.cli;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/**
 * The {@code resdom} program. {@link #main} runs a command and exits with its code;
 * {@link #run(String[], PrintStream, PrintStream)} runs it in-process and returns the code, for
 * tests and for programs that embed the command line.
 */
public final class Main {

    private Main() {}

    /**
     * Runs the command line and exits with its exit code (see {@link ExitCode}).
     *
     * @param args the arguments
     */
    public static void main(String[] args) {
        PrintStream out = new PrintStream(
                new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16),
                false,
                StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        int code = run(args, out, err, System.console() != null);
        out.flush();
        err.flush();
        System.exit(code);
    }

    /**
     * Runs a command without a progress bar. Output is written in UTF-8.
     *
     * @param args the arguments, such as {@code validate res71.txt}
     * @param out standard output
     * @param err standard error
     * @return the exit code: 0, 1 or 2 (see {@link ExitCode})
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        return run(args, out, err, false);
    }

    /**
     * Runs a command. Output is written in UTF-8.
     *
     * @param args the arguments
     * @param out standard output
     * @param err standard error
     * @param terminal whether standard error is a terminal (shows a progress bar over many files)
     * @return the exit code: 0, 1 or 2 (see {@link ExitCode})
     */
    public static int run(String[] args, PrintStream out, PrintStream err, boolean terminal) {
        // a lone surrogate (which UTF-8 cannot carry) is printed as \\uXXXX, never as '?'
        PrintWriter o = new PrintWriter(new ConsoleWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8)), false);
        PrintWriter e = new PrintWriter(new ConsoleWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8)), true);
        try {
            int code = commandLine(o, e, terminal).execute(args);
            // PrintWriter and PrintStream swallow I/O errors: ask them, so that a full disk or a
            // closed pipe is not reported as success
            if (o.checkError() || out.checkError()) {
                e.println("resdom: could not write to standard output (disk full, or the pipe was closed?)");
                return Math.max(code, ExitCode.FAILURE);
            }
            return code;
        } finally {
            o.flush();
            e.flush();
        }
    }

    /** The description with {@code FORMATS_FOUND} replaced by each format found, with what it can do. */
    private static String[] formats(String[] description) {
        java.util.List<String> names = new java.util.ArrayList<>();
        for (org.resdom.io.FormatProvider f : org.resdom.io.Formats.all().stream()
                .sorted(java.util.Comparator.comparing(org.resdom.io.FormatProvider::name))
                .toList()) {
            names.add(f.name() + (f.canRead() && f.canWrite() ? "" : f.canRead() ? " (read)" : " (write)"));
        }
        String list = String.join(", ", names);
        String[] out = description.clone();
        for (int i = 0; i < out.length; i++) {
            out[i] = out[i].replace("FORMATS_FOUND", list);
        }
        return out;
    }

    /**
     * Builds the configured picocli command line.
     *
     * @param out standard output
     * @param err standard error
     * @param terminal whether to show a progress bar
     * @return the command line
     */
    static CommandLine commandLine(PrintWriter out, PrintWriter err, boolean terminal) {
        ResdomCommand root = new ResdomCommand(out, err, terminal);
        CommandLine cl = new CommandLine(root);
        // the formats the help names come from the format registry (plug-ins included), never a fixed list
        cl.getCommandSpec()
                .usageMessage()
                .description(formats(cl.getCommandSpec().usageMessage().description()));
        cl.setOut(out);
        cl.setErr(err);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setUsageHelpAutoWidth(false);
        cl.setParameterExceptionHandler((ex, args) -> {
            CommandLine c = ex.getCommandLine();
            PrintWriter w = c.getErr();
            w.println("resdom: " + ex.getMessage());
            CommandLine.UnmatchedArgumentException.printSuggestions(ex, w);
            w.println("Try '" + c.getCommandSpec().qualifiedName() + " --help' for more information.");
            if (root.debug) {
                ex.printStackTrace(w);
            }
            w.flush();
            return ExitCode.FAILURE;
        });
        cl.setExecutionExceptionHandler((ex, c, parsed) -> {
            PrintWriter w = c.getErr();
            w.println("resdom: " + Session.describe(ex));
            if (root.debug) {
                ex.printStackTrace(w);
            } else {
                w.println("(run again with --debug to see the stack trace)");
            }
            w.flush();
            return ExitCode.FAILURE;
        });
        return cl;
    }
}

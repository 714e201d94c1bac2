package org.resdom.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.Properties;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** The top-level {@code resdom} command: options shared by every sub-command. */
@Command(
        name = "resdom",
        mixinStandardHelpOptions = true,
        versionProvider = ResdomCommand.Version.class,
        synopsisSubcommandLabel = "COMMAND",
        description = {
            "Reads resolutions of ITU and UN bodies, converts, validates and inspects them.",
            "Formats found: FORMATS_FOUND."
        },
        subcommands = {
            ConvertCommand.class,
            ValidateCommand.class,
            RefsCommand.class,
            StatsCommand.class,
            ExportCommand.class,
            DiffCommand.class,
            CommandLine.HelpCommand.class
        },
        footerHeading = "%nExit codes:%n",
        footer = {
            "  0  every input processed, no error found",
            "  1  every input processed, errors found (reader or validation errors)",
            "  2  usage error, or an input or output that could not be read or written",
            "",
            "Run 'resdom COMMAND --help' for a command's options."
        })
final class ResdomCommand implements Callable<Integer> {

    final PrintWriter out;
    final PrintWriter err;
    final boolean terminal;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--debug", scope = ScopeType.INHERIT, description = "Show stack traces of failures.")
    boolean debug;

    @Option(
            names = {"-q", "--quiet"},
            scope = ScopeType.INHERIT,
            description = "No progress bar and no summary line on standard error.")
    boolean quiet;

    ResdomCommand(PrintWriter out, PrintWriter err, boolean terminal) {
        this.out = out;
        this.err = err;
        this.terminal = terminal;
    }

    @Override
    public Integer call() {
        err.println("resdom: missing command (convert, validate, refs or stats)");
        spec.commandLine().usage(err);
        return ExitCode.FAILURE;
    }

    /** Reads the version from the filtered {@code version.properties}. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() throws IOException {
            Properties p = new Properties();
            try (InputStream in = ResdomCommand.class.getResourceAsStream("version.properties")) {
                if (in != null) {
                    p.load(in);
                }
            }
            return new String[] {
                "resdom " + p.getProperty("version", "unknown"),
                "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ")"
            };
        }
    }
}

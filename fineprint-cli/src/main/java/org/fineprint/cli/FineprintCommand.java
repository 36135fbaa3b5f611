package org.fineprint.cli;

import java.io.PrintWriter;
import org.fineprint.FineprintException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The top-level {@code fineprint} command; each sub-command lives in its own class.
 *
 * <p>Exit codes follow the contract: 0 success, 2 bad usage, 1 any other error, always with a
 * one-line message on stderr (a stack trace only with {@code --verbose}).
 */
@Command(name = "fineprint",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Reads terms of service and privacy policies and explains them.",
        footer = {"", "Also, through ./fineprint: train, eval, bench and finetune (model training, quality measures, "
                + "benchmarks and encoder fine-tuning on ../shared/data; ./fineprint eval --help)."},
        subcommands = {CommandLine.HelpCommand.class, AnalyzeCommand.class, CasesCommand.class, ExtractCommand.class, ServeCommand.class,
                ImportCommand.class, TrackCommand.class, AdminCommand.class, ClassifyCommand.class})
public final class FineprintCommand implements Runnable {
    static final int EXIT_OK = 0;
    static final int EXIT_ERROR = 1;
    static final int EXIT_USAGE = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--verbose", scope = CommandLine.ScopeType.INHERIT,
            description = "Print stack traces of errors.")
    boolean verbose;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing command");
    }

    static CommandLine commandLine() {
        FineprintCommand root = new FineprintCommand();
        CommandLine cli = new CommandLine(root);
        cli.setParameterExceptionHandler((ex, args) -> {
            PrintWriter err = ex.getCommandLine().getErr();
            err.println("fineprint: " + oneLine(ex.getMessage()) + "; see 'fineprint "
                    + subcommandPath(ex.getCommandLine()) + "--help'");
            return EXIT_USAGE;
        });
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            PrintWriter err = commandLine.getErr();
            if (root.verbose) {
                ex.printStackTrace(err);
            }
            if (ex instanceof UsageException) {
                err.println("fineprint: " + oneLine(ex.getMessage()));
                return EXIT_USAGE;
            }
            String message = ex instanceof FineprintException || ex.getMessage() != null
                    ? ex.getMessage()
                    : ex.getClass().getSimpleName();
            if (!(ex instanceof FineprintException)) {
                message = "unexpected error: " + message + " (run with --verbose for details)";
            }
            err.println("fineprint: " + oneLine(message));
            return EXIT_ERROR;
        });
        return cli;
    }

    private static String subcommandPath(CommandLine cl) {
        StringBuilder path = new StringBuilder();
        for (CommandLine c = cl; c.getParent() != null; c = c.getParent()) {
            path.insert(0, c.getCommandName() + " ");
        }
        return path.toString();
    }

    static String oneLine(String message) {
        return message == null ? "" : message.replaceAll("\\s*\\R\\s*", " ").strip();
    }
}

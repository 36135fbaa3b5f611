package org.fineprint.tools;

import org.fineprint.tools.analysis.BenchAnalyzeCommand;
import org.fineprint.tools.analysis.EvalPointsCommand;
import org.fineprint.tools.analysis.EvalRatingCommand;
import org.fineprint.tools.cases.TrainCasesCommand;
import org.fineprint.tools.catalog.EvalCatalogCommand;
import org.fineprint.tools.classify.BenchClassifyCommand;
import org.fineprint.tools.classify.EvalClaudetteCommand;
import org.fineprint.tools.classify.TrainClaudetteCommand;
import org.fineprint.tools.extract.ExtractBench;
import org.fineprint.tools.extract.ExtractEval;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Entry point of {@code ./fineprint train|eval|bench}: training, evaluation and benchmark commands
 * over {@code ../shared/data}. Each group's sub-commands live in their own classes.
 */
@Command(name = "fineprint", mixinStandardHelpOptions = true,
        subcommands = {ToolsMain.Train.class, ToolsMain.Eval.class, ToolsMain.Bench.class})
public final class ToolsMain {

    /** {@code fineprint train …}: rebuilds the model files committed under engine resources. */
    @Command(name = "train", mixinStandardHelpOptions = true,
            description = "Rebuild model files from ../shared/data.",
            subcommands = {TrainClaudetteCommand.class, TrainCasesCommand.class})
    static final class Train {
    }

    /** {@code fineprint eval …}: prints the quality measures of CONTRACT.md. */
    @Command(name = "eval", mixinStandardHelpOptions = true,
            description = "Print quality measures on ../shared/data.",
            subcommands = {EvalCatalogCommand.class, ExtractEval.class, EvalPointsCommand.class, EvalRatingCommand.class,
                EvalClaudetteCommand.class})
    static final class Eval {
    }

    /** {@code fineprint bench …}: prints speed and memory numbers. */
    @Command(name = "bench", mixinStandardHelpOptions = true,
            description = "Print speed and memory measurements.",
            subcommands = {ExtractBench.class, BenchClassifyCommand.class, BenchAnalyzeCommand.class})
    static final class Bench {
    }

    public static void main(String[] args) {
        System.exit(execute(new CommandLine(new ToolsMain()), args));
    }

    /**
     * Runs a command line the way every measuring command of Fineprint does: bad usage exits with 2
     * and a one-line message, any other failure with 1 and its message, never a stack trace.
     *
     * @return the exit code
     */
    public static int execute(CommandLine cli, String[] args) {
        cli.setParameterExceptionHandler((ex, a) -> {
            ex.getCommandLine().getErr().println("fineprint: " + ex.getMessage() + "; see --help");
            return 2;
        });
        cli.setExecutionExceptionHandler((ex, c, p) -> {
            c.getErr().println("fineprint: " + ex.getMessage());
            return 1;
        });
        return cli.execute(args);
    }
}

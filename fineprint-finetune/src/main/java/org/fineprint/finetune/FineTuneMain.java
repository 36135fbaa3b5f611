package org.fineprint.finetune;

import org.fineprint.tools.QuietLogs;
import org.fineprint.tools.ToolsMain;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of {@code ./fineprint finetune …}. */
@Command(name = "fineprint finetune", mixinStandardHelpOptions = true,
        description = "Fine-tune the bge-small encoder on ../shared/data (DJL PyTorch, CPU).",
        subcommands = {FineTuneClaudetteCommand.class, FineTuneModelCommand.class})
public final class FineTuneMain {
    private FineTuneMain() {
    }

    public static void main(String[] args) {
        QuietLogs.apply();
        DjlSettings.apply();
        System.exit(ToolsMain.execute(commandLine(), args));
    }

    /** The command line with every finetune command. */
    static CommandLine commandLine() {
        return new CommandLine(new FineTuneMain());
    }
}

package org.fineprint.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.fineprint.server.analysis.AnalysisRun;
import org.fineprint.server.analysis.AnalysisSummary;
import org.fineprint.server.registry.ImportSummary;
import org.fineprint.server.registry.Importer;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code fineprint import}: loads services and documents from Open Terms Archive files. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Load services and documents from Open Terms Archive files.",
                "",
                "PATH holds a versions tree (<Service>/<Terms type>.md), flat collections "
                        + "(<Service>__<Terms-type>.md) or service declarations (<Service>.json).",
                "",
                "The documents of declarations are fetched once; importing the same files again adds nothing.",
                "",
                "Then every service whose texts changed (or that was never analysed) is analysed, with a progress bar.",
                "",
                "A one-line summary goes to stdout; the exit code is 1 when a document or an analysis failed."})
final class ImportCommand implements Callable<Integer> {

    @ParentCommand
    FineprintCommand root;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--data", defaultValue = "./data", paramLabel = "DIR",
            description = "Data directory (default: ${DEFAULT-VALUE}).")
    Path data;

    @Option(names = "--allow-private-network",
            description = "Let the documents of imported declarations be fetched from private, loopback "
                    + "and link-local addresses.")
    boolean allowPrivateNetwork;

    @Parameters(paramLabel = "PATH", description = "A directory (or one file) to import.")
    Path path;

    @Override
    public Integer call() {
        if (!Files.exists(path)) {
            throw new UsageException(path + " does not exist");
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (ConfigurableApplicationContext context = SpringLauncher.task(data, root.verbose)
                .property("fineprint.fetch.allow-private-network", Boolean.toString(allowPrivateNetwork))
                .start();
             ProgressBarListener progress = new ProgressBarListener("Importing", System.err);
             ProgressBarListener analysing = new ProgressBarListener("Analysing", " services", System.err)) {
            ImportSummary summary = context.getBean(Importer.class).importPath(path, progress);
            progress.close();
            AnalysisSummary analysed = context.getBean(AnalysisRun.class).reanalyzeChanged(analysing);
            analysing.close();
            summary.failures().forEach(failure -> err.println("fineprint: " + FineprintCommand.oneLine(failure)));
            analysed.failures().forEach(failure -> err.println("fineprint: " + FineprintCommand.oneLine(failure)));
            out.println(summary.line() + "; " + analysed.line());
            out.flush();
            err.flush();
            return summary.failed() > 0 || analysed.failed() > 0 ? FineprintCommand.EXIT_ERROR
                    : FineprintCommand.EXIT_OK;
        }
    }
}

package org.fineprint.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.fineprint.server.registry.ImportSummary;
import org.fineprint.server.registry.Importer;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code fineprint import}: loads services and documents from Open Terms Archive files. */
@Command(name = "import",
        description = {"Loads services and documents from Open Terms Archive files:",
                "a versions tree (<Service>/<Terms type>.md), flat collections (<Service>__<Terms-type>.md) "
                        + "or service declarations (<Service>.json). Importing the same files again adds nothing.",
                "Prints a one-line summary; exits 1 when a document failed."})
final class ImportCommand implements Callable<Integer> {

    @ParentCommand
    FineprintCommand root;

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
        PrintStream err = System.err;
        try (ConfigurableApplicationContext context = SpringLauncher.task(data, root.verbose)
                .property("fineprint.fetch.allow-private-network", Boolean.toString(allowPrivateNetwork))
                .start();
             ProgressBarListener progress = new ProgressBarListener("Importing", err)) {
            ImportSummary summary = context.getBean(Importer.class).importPath(path, progress);
            progress.close();
            summary.failures().forEach(failure -> err.println("fineprint: " + FineprintCommand.oneLine(failure)));
            System.out.println(summary.line());
            return summary.failed() > 0 ? FineprintCommand.EXIT_ERROR : FineprintCommand.EXIT_OK;
        }
    }
}

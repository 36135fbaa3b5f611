package org.fineprint.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.fineprint.server.archive.TrackSummary;
import org.fineprint.server.archive.TrackingRun;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code fineprint track}: fetches documents now and archives those whose text changed. */
@Command(name = "track", mixinStandardHelpOptions = true,
        description = {"Fetch documents now and archive the ones whose text changed.",
                "",
                "Every document that has a declaration is fetched, or only SERVICE's.",
                "",
                "A one-line summary goes to stdout; the exit code is 1 when a document could not be fetched or "
                        + "extracted."})
final class TrackCommand implements Callable<Integer> {

    @ParentCommand
    FineprintCommand root;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--data", defaultValue = "./data", paramLabel = "DIR",
            description = "Data directory (default: ${DEFAULT-VALUE}).")
    Path data;

    @Option(names = "--allow-private-network",
            description = "Allow fetching from private, loopback and link-local addresses.")
    boolean allowPrivateNetwork;

    @Parameters(arity = "0..1", paramLabel = "SERVICE", description = "A service slug, e.g. aliexpress.")
    String service;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (ConfigurableApplicationContext context = SpringLauncher.task(data, root.verbose)
                .property("fineprint.fetch.allow-private-network", Boolean.toString(allowPrivateNetwork))
                .start();
             ProgressBarListener progress = new ProgressBarListener("Tracking", System.err)) {
            TrackSummary summary;
            try {
                summary = context.getBean(TrackingRun.class).track(service, progress);
            } catch (IllegalArgumentException e) {
                throw new UsageException(e.getMessage());
            }
            progress.close();
            summary.failures().forEach(failure -> err.println("fineprint: " + FineprintCommand.oneLine(failure)));
            out.println(summary.line());
            out.flush();
            err.flush();
            return summary.failed() > 0 ? FineprintCommand.EXIT_ERROR : FineprintCommand.EXIT_OK;
        }
    }
}

package org.fineprint.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code fineprint serve}: runs the web site on the embedded (or external) PostgreSQL until stopped. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Run the web site and the tracking jobs until stopped (Ctrl-C).",
                "",
                "The data lives in an embedded PostgreSQL in DIR, or in the database named by FINEPRINT_DB_URL "
                        + "(with FINEPRINT_DB_USER and FINEPRINT_DB_PASSWORD).",
                "",
                "On an empty database the bundled sample services are loaded first, with a progress bar on stderr."})
final class ServeCommand implements Callable<Integer> {

    @ParentCommand
    FineprintCommand root;

    @Option(names = "--port", defaultValue = "8080", paramLabel = "PORT",
            description = "HTTP port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--data", defaultValue = "./data", paramLabel = "DIR",
            description = "Data directory (default: ${DEFAULT-VALUE}).")
    Path data;

    @Override
    public Integer call() throws InterruptedException {
        if (port < 0 || port > 65535) {
            throw new UsageException("--port must be between 0 and 65535, got " + port);
        }
        ConfigurableApplicationContext context;
        try (ProgressBarListener progress = new ProgressBarListener("Loading samples", System.err)) {
            context = SpringLauncher.web(data, port, root.verbose).listener(progress).start();
        }
        CountDownLatch closed = new CountDownLatch(1);
        context.addApplicationListener(event -> {
            if (event instanceof ContextClosedEvent) {
                closed.countDown();
            }
        });
        if (context.isActive()) {
            closed.await(); // until Ctrl-C / SIGTERM closes the context through Spring's shutdown hook
        }
        return FineprintCommand.EXIT_OK;
    }
}

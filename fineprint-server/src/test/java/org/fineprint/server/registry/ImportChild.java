package org.fineprint.server.registry;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.fineprint.server.FineprintServer;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Test helper run in a child JVM: imports a path into the embedded database of a data directory,
 * printing {@code DONE n} after each document is committed (then pausing {@code delayMillis}) and
 * {@code SUMMARY ...} at the end.
 */
public final class ImportChild {
    private ImportChild() {
    }

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]);
        Path source = Path.of(args[1]);
        long delayMillis = Long.parseLong(args[2]);
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(FineprintServer.class)
                .web(WebApplicationType.NONE)
                .run("--fineprint.data-dir=" + data, "--fineprint.track.enabled=false",
                        "--fineprint.samples.load-on-empty=false", "--logging.level.org.fineprint=WARN")) {
            AtomicInteger done = new AtomicInteger();
            ImportSummary summary = context.getBean(Importer.class).importPath(source, new ImportListener() {
                @Override
                public void documentDone(ImportedDocument document) {
                    System.out.println("DONE " + done.incrementAndGet());
                    System.out.flush();
                    if (delayMillis > 0) {
                        try {
                            Thread.sleep(delayMillis);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    }
                }
            });
            System.out.println("SUMMARY new=" + summary.newVersions() + " unchanged=" + summary.unchanged()
                    + " failed=" + summary.failed() + " services=" + summary.services()
                    + " documents=" + summary.documents());
            System.out.flush();
        }
    }
}

package org.fineprint.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.fineprint.FineprintException;
import org.fineprint.server.FineprintServer;
import org.fineprint.server.registry.ImportListener;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts the Fineprint server application for a command: with the web server and the scheduler
 * for {@code serve}, without both for {@code import} and {@code track}. Spring's banner and start-up
 * logging stay off; progress and logs go to stderr.
 */
final class SpringLauncher {
    private final boolean web;
    private final Map<String, Object> properties = new LinkedHashMap<>();
    private @Nullable ImportListener listener;

    private SpringLauncher(boolean web, Path dataDir, boolean verbose) {
        this.web = web;
        properties.put("fineprint.data-dir", dataDir.toString());
        properties.put("spring.main.banner-mode", "off");
        properties.put("spring.main.log-startup-info", "false");
        // Task commands report failures in their summary; their warnings would only repeat it.
        properties.put("logging.level.org.fineprint", web || verbose ? "INFO" : "ERROR");
        if (!verbose) {
            // A failed start is reported by the command in one line, not as Spring's long report.
            properties.put("logging.level.org.springframework", "ERROR");
            properties.put("logging.level.org.springframework.boot.SpringApplication", "OFF");
            properties.put("logging.level.org.springframework.boot.diagnostics", "OFF");
        }
        if (!web) {
            properties.put("fineprint.track.enabled", "false");
            properties.put("fineprint.samples.load-on-empty", "false");
        }
    }

    /** The web site and API, the scheduler, and the samples on an empty database. */
    static SpringLauncher web(Path dataDir, int port, boolean verbose) {
        SpringLauncher launcher = new SpringLauncher(true, dataDir, verbose);
        launcher.properties.put("server.port", Integer.toString(port));
        return launcher;
    }

    /** The application without web server, scheduler or samples, to run one task. */
    static SpringLauncher task(Path dataDir, boolean verbose) {
        return new SpringLauncher(false, dataDir, verbose);
    }

    SpringLauncher property(String key, Object value) {
        properties.put(key, value);
        return this;
    }

    /** Progress of the sample loading at start-up goes to this listener. */
    SpringLauncher listener(ImportListener listener) {
        this.listener = listener;
        return this;
    }

    /**
     * Starts the application.
     *
     * @throws FineprintException the error that stopped it (e.g. the database is in use), unwrapped
     *     from Spring's exceptions so that the command prints one line
     */
    ConfigurableApplicationContext start() {
        SpringApplicationBuilder builder = new SpringApplicationBuilder(FineprintServer.class)
                .web(web ? WebApplicationType.SERVLET : WebApplicationType.NONE)
                .logStartupInfo(false);
        ImportListener progress = listener;
        if (progress != null) {
            builder.initializers(context -> context.getBeanFactory().registerSingleton("cliProgress", progress));
        }
        try {
            // As command-line arguments, these settings win over application.properties.
            return builder.run(properties.entrySet().stream()
                    .map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new));
        } catch (RuntimeException e) {
            FineprintException cause = fineprintCause(e);
            throw cause != null ? cause : e;
        }
    }

    private static @Nullable FineprintException fineprintCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof FineprintException f) {
                return f;
            }
        }
        return null;
    }
}

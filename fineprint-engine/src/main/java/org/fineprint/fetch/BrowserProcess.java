package org.fineprint.fetch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One headless Chromium with a fresh temporary profile, reachable through DevTools. Closing it
 * kills the browser and all its children and deletes the profile.
 */
final class BrowserProcess implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(BrowserProcess.class);

    /** The flags every render uses: headless, no sandbox (root in containers), nothing phoning home. */
    static final List<String> FLAGS = List.of("--headless", "--no-sandbox", "--disable-gpu",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
            "--disable-quic", "--no-default-browser-check", "--disable-dev-shm-usage", "--mute-audio",
            "--hide-scrollbars", "--window-size=1920,1080", "--remote-debugging-port=0",
            // keep cross-site frames in the page's process, so the page's request checks see them
            "--disable-features=IsolateOrigins,site-per-process",
            "--force-webrtc-ip-handling-policy=disable_non_proxied_udp");

    private final Process process;
    private final Path workDir;
    private final URI endpoint;

    private BrowserProcess(Process process, Path workDir, URI endpoint) {
        this.process = process;
        this.workDir = workDir;
        this.endpoint = endpoint;
    }

    /**
     * Starts Chromium and waits until its DevTools endpoint is up.
     *
     * @param executable the browser
     * @param extraFlags more flags (e.g. {@code --host-resolver-rules=…})
     * @param deadline when to give up
     * @throws IOException when the browser cannot start or does not open DevTools in time
     */
    static BrowserProcess start(Path executable, List<String> extraFlags, Instant deadline)
            throws IOException, InterruptedException {
        Path workDir = Files.createTempDirectory("fineprint-browser-");
        Path profile = Files.createDirectory(workDir.resolve("profile"));
        Path output = workDir.resolve("chromium.log");
        List<String> command = new ArrayList<>();
        command.add(executable.toString());
        command.addAll(FLAGS);
        command.addAll(extraFlags);
        command.add("--user-data-dir=" + profile);
        command.add("about:blank");
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.to(output.toFile())).start();
        } catch (IOException e) {
            deleteTree(workDir);
            throw e;
        }
        try {
            URI endpoint = awaitEndpoint(process, profile.resolve("DevToolsActivePort"), output, deadline);
            log.debug("browser started pid={} endpoint={}", process.pid(), endpoint);
            return new BrowserProcess(process, workDir, endpoint);
        } catch (IOException | InterruptedException | RuntimeException e) {
            kill(process);
            deleteTree(workDir);
            throw e;
        }
    }

    /** The DevTools WebSocket URL of the browser target. */
    URI endpoint() {
        return endpoint;
    }

    private static URI awaitEndpoint(Process process, Path portFile, Path output, Instant deadline)
            throws IOException, InterruptedException {
        while (Instant.now().isBefore(deadline)) {
            if (Files.exists(portFile)) {
                List<String> lines = Files.readAllLines(portFile, StandardCharsets.UTF_8);
                if (lines.size() >= 2 && !lines.get(0).isBlank() && !lines.get(1).isBlank()) {
                    return URI.create("ws://127.0.0.1:" + lines.get(0).strip() + lines.get(1).strip());
                }
            }
            if (!process.isAlive()) {
                throw new IOException("the browser exited with status " + process.exitValue() + lastLine(output));
            }
            Thread.sleep(25);
        }
        throw new IOException("the browser did not open DevTools in time" + lastLine(output));
    }

    private static String lastLine(Path output) {
        try (Stream<String> lines = Files.lines(output, StandardCharsets.UTF_8)) {
            List<String> all = lines.filter(l -> !l.isBlank() && !l.contains("dbus")).toList();
            return all.isEmpty() ? "" : " (" + all.getLast().strip() + ")";
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }

    /** Kills the browser and its children, then deletes the profile. */
    @Override
    public void close() {
        kill(process);
        deleteTree(workDir);
    }

    private static void kill(Process process) {
        List<ProcessHandle> children = process.descendants().toList();
        process.destroy();
        try {
            if (!process.waitFor(2, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        children.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
    }

    private static void deleteTree(Path dir) {
        for (int attempt = 1; ; attempt++) {
            try (Stream<Path> paths = Files.walk(dir)) {
                for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
                return;
            } catch (IOException | UncheckedIOException e) {
                if (attempt == 3) { // a dying child process may still be writing
                    log.warn("could not delete browser profile dir={} cause={}", dir, HttpTransport.oneLine(e));
                    return;
                }
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }


    static Duration remaining(Instant deadline) {
        Duration d = Duration.between(Instant.now(), deadline);
        return d.isNegative() ? Duration.ZERO : d;
    }
}

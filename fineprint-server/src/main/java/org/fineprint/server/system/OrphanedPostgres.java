package org.fineprint.server.system;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds and stops a PostgreSQL server left running on a data directory by a Fineprint process that
 * died without shutting it down ({@code kill -9}), and removes a stale {@code postmaster.pid}, so
 * that the next start never needs a manual fix.
 *
 * <p>A data directory is in use while the process that started its server holds the lock on
 * {@code epg-lock} (taken by the embedded PostgreSQL library). When that lock is free, whatever
 * server still runs there is an orphan.
 */
final class OrphanedPostgres {
    private static final Logger log = LoggerFactory.getLogger(OrphanedPostgres.class);
    static final String LOCK_FILE = "epg-lock";
    static final String PID_FILE = "postmaster.pid";

    private OrphanedPostgres() {
    }

    /** What was found on the data directory. */
    enum Outcome { NOTHING, STALE_PID_FILE_REMOVED, ORPHAN_STOPPED }

    /**
     * Makes the data directory ready for a new server.
     *
     * @param dataDirectory the PostgreSQL data directory
     * @param stopTimeout how long to wait for an orphan to shut down before killing it
     * @return what was found and done
     * @throws DatabaseException when a live process still owns the data directory
     */
    static Outcome clear(Path dataDirectory, Duration stopTimeout) {
        Path pidFile = dataDirectory.resolve(PID_FILE);
        if (!Files.exists(pidFile)) {
            return Outcome.NOTHING;
        }
        if (isLockedByLiveProcess(dataDirectory.resolve(LOCK_FILE))) {
            throw new DatabaseException("Database in use: another Fineprint process is running on "
                    + dataDirectory + "; stop it first, or start this one with another --data directory");
        }
        Optional<ProcessHandle> server = readPid(pidFile).flatMap(ProcessHandle::of)
                .filter(ProcessHandle::isAlive)
                .filter(OrphanedPostgres::isPostgres);
        if (server.isEmpty()) {
            log.info("removing stale {} left by a PostgreSQL server that is no longer running", pidFile);
            deleteQuietly(pidFile);
            return Outcome.STALE_PID_FILE_REMOVED;
        }
        stop(server.get(), stopTimeout);
        // PostgreSQL removes its pid file on a clean shutdown; after a kill it is stale.
        deleteQuietly(pidFile);
        return Outcome.ORPHAN_STOPPED;
    }

    private static void stop(ProcessHandle server, Duration timeout) {
        log.warn("stopping PostgreSQL pid={} left running by a Fineprint process that did not shut down",
                server.pid());
        // SIGTERM: a "smart" shutdown; the orphan's clients died with their process, so it ends promptly.
        server.destroy();
        if (!awaitExit(server, timeout)) {
            log.warn("PostgreSQL pid={} did not stop within {}; killing it", server.pid(), timeout);
            server.destroyForcibly();
            if (!awaitExit(server, Duration.ofSeconds(10))) {
                throw new DatabaseException("Database start failed: cannot stop the PostgreSQL server pid="
                        + server.pid() + " left running on the data directory; stop it by hand (kill "
                        + server.pid() + ")");
            }
        }
        // Its child processes (checkpointer, writer, ...) exit with the postmaster.
        for (ProcessHandle child : List.copyOf(server.descendants().toList())) {
            awaitExit(child, Duration.ofSeconds(5));
        }
    }

    private static boolean awaitExit(ProcessHandle process, Duration timeout) {
        try {
            process.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return !process.isAlive();
        } catch (ExecutionException e) {
            return !process.isAlive();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !process.isAlive();
        }
    }

    private static boolean isLockedByLiveProcess(Path lockFile) {
        if (!Files.exists(lockFile)) {
            return false;
        }
        try (RandomAccessFile file = new RandomAccessFile(lockFile.toFile(), "rw");
             FileChannel channel = file.getChannel()) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                return true;
            }
            lock.release();
            return false;
        } catch (OverlappingFileLockException e) {
            return true; // held by this very JVM
        } catch (IOException e) {
            throw new DatabaseException("Database start failed: cannot check " + lockFile + " ("
                    + e.getMessage() + "); check the permissions of the data directory", e);
        }
    }

    /** The first line of {@code postmaster.pid} is the postmaster's process id. */
    static Optional<Long> readPid(Path pidFile) {
        try {
            List<String> lines = Files.readAllLines(pidFile);
            return lines.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(lines.getFirst().strip()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static boolean isPostgres(ProcessHandle process) {
        // Without a readable command line (another user's process) assume it is the server: PostgreSQL
        // itself would refuse to start on that pid file anyway.
        return process.info().command().map(c -> c.contains("postgres")).orElse(true);
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("cannot delete {}: {}", file, e.getMessage());
        }
    }
}

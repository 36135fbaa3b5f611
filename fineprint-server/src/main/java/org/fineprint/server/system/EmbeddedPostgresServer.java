package org.fineprint.server.system;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL server run by Fineprint itself, from binaries on the classpath, with its data kept
 * in a directory across restarts and a free port chosen at each start.
 *
 * <p>Before starting, a server left running on the same directory by a killed Fineprint process is
 * stopped (see {@link OrphanedPostgres}); a directory still used by a live process is refused.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    /** The database Fineprint uses inside the embedded server. */
    public static final String DATABASE = "fineprint";
    /** The embedded server's superuser; it trusts local connections. */
    public static final String USER = "postgres";

    private final EmbeddedPostgres postgres;
    private final Path directory;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres, Path directory) {
        this.postgres = postgres;
        this.directory = directory;
    }

    /**
     * Starts a server on a data directory, creating and initialising it when new.
     *
     * @param directory the PostgreSQL data directory (e.g. {@code ./data/postgres})
     * @param startupTimeout how long to wait for the server to accept connections
     * @param orphanStopTimeout how long to wait for an orphaned server on the directory to stop
     * @return the running server; {@link #close()} stops it
     * @throws DatabaseException when the directory is in use or the server does not start
     */
    public static EmbeddedPostgresServer start(Path directory, Duration startupTimeout, Duration orphanStopTimeout) {
        Path dataDirectory = directory.toAbsolutePath().normalize();
        try {
            Files.createDirectories(dataDirectory);
        } catch (IOException e) {
            throw new DatabaseException("Database start failed: cannot create " + dataDirectory + " ("
                    + e.getMessage() + "); check --data and its permissions", e);
        }
        OrphanedPostgres.clear(dataDirectory, orphanStopTimeout);
        long started = System.nanoTime();
        EmbeddedPostgres postgres;
        try {
            postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .setRegisterShutdownHook(false)
                    .setPGStartupWait(startupTimeout)
                    .setLocaleConfig("locale", "C")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("max_connections", "60")
                    .setServerConfig("listen_addresses", "localhost")
                    .setOutputRedirector(ProcessBuilder.Redirect.appendTo(logFile(dataDirectory).toFile()))
                    .setErrorRedirector(ProcessBuilder.Redirect.appendTo(logFile(dataDirectory).toFile()))
                    .start();
        } catch (IOException | RuntimeException e) {
            throw new DatabaseException("Database start failed: embedded PostgreSQL did not start on "
                    + dataDirectory + " (" + rootMessage(e) + "); see " + logFile(dataDirectory), e);
        }
        EmbeddedPostgresServer server = new EmbeddedPostgresServer(postgres, dataDirectory);
        server.createDatabaseIfMissing();
        log.info("embedded PostgreSQL ready port={} dir={} ms={}", postgres.getPort(), dataDirectory,
                Duration.ofNanos(System.nanoTime() - started).toMillis());
        return server;
    }

    /** The server log, beside the data directory so that it survives re-initialisation. */
    static Path logFile(Path dataDirectory) {
        Path parent = dataDirectory.getParent();
        return (parent != null ? parent : dataDirectory).resolve(dataDirectory.getFileName() + ".log");
    }

    private void createDatabaseIfMissing() {
        try (Connection c = postgres.getPostgresDatabase().getConnection();
             PreparedStatement exists = c.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            exists.setString(1, DATABASE);
            try (ResultSet rs = exists.executeQuery()) {
                if (rs.next()) {
                    return;
                }
            }
            try (Statement create = c.createStatement()) {
                create.execute("CREATE DATABASE " + DATABASE);
            }
        } catch (SQLException e) {
            throw new DatabaseException("Database start failed: cannot create the " + DATABASE
                    + " database (" + e.getMessage() + ")", e);
        }
    }

    /** JDBC URL of the Fineprint database, with the user name included. */
    public String jdbcUrl() {
        return postgres.getJdbcUrl(USER, DATABASE);
    }

    /** JDBC URL of another database on this server. */
    public String jdbcUrl(String database) {
        return postgres.getJdbcUrl(USER, database);
    }

    public int port() {
        return postgres.getPort();
    }

    public Path directory() {
        return directory;
    }

    /** Stops the server (a fast shutdown); the data stays in the directory. */
    @Override
    public void close() {
        try {
            postgres.close();
            log.info("embedded PostgreSQL stopped dir={}", directory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() != null ? root.getMessage() : root.getClass().getSimpleName();
    }
}

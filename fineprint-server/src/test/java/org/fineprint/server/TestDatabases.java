package org.fineprint.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.fineprint.server.system.EmbeddedPostgresServer;

/**
 * Databases for tests: one embedded PostgreSQL shared by the whole test JVM (its data directory is
 * deleted when the JVM ends), fresh databases inside it for tests that need an empty one, and
 * the external PostgreSQL named by {@code FINEPRINT_TEST_DB_URL} when it is set.
 */
public final class TestDatabases {
    private static EmbeddedPostgresServer shared;

    private TestDatabases() {
    }

    /** The shared embedded server, started on first use. */
    public static synchronized EmbeddedPostgresServer shared() {
        if (shared == null) {
            try {
                Path dir = Files.createTempDirectory("fineprint-test-pg");
                shared = EmbeddedPostgresServer.start(dir.resolve("postgres"), Duration.ofSeconds(60),
                        Duration.ofSeconds(10));
                EmbeddedPostgresServer server = shared;
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    server.close();
                    deleteTree(dir);
                }, "test-postgres-cleanup"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return shared;
    }

    /** JDBC URL of a new, empty database on the shared server. */
    public static String newDatabase(String prefix) {
        String name = (prefix + "_" + UUID.randomUUID().toString().substring(0, 8)).toLowerCase(Locale.ROOT);
        try (Connection c = DriverManager.getConnection(shared().jdbcUrl());
             Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create test database " + name, e);
        }
        return shared().jdbcUrl(name);
    }

    /** Connection details of an external PostgreSQL for tests, when configured. */
    public record External(String url, String user, String password) {
    }

    /** The external PostgreSQL from {@code FINEPRINT_TEST_DB_URL}, {@code _USER}, {@code _PASSWORD}. */
    public static Optional<External> external() {
        String url = System.getenv("FINEPRINT_TEST_DB_URL");
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new External(url, env("FINEPRINT_TEST_DB_USER"), env("FINEPRINT_TEST_DB_PASSWORD")));
    }

    private static String env(String name) {
        String value = System.getenv(name);
        return value == null ? "" : value;
    }

    static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // best effort at JVM exit
        }
    }
}

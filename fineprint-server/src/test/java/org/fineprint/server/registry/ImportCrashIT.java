package org.fineprint.server.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fineprint.server.ChildJvm;
import org.fineprint.server.system.EmbeddedPostgresServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An import killed with {@code kill -9} part-way keeps every document it committed, and running it
 * again completes it without duplicates; a third run adds nothing. The import runs in a child JVM
 * on its own embedded PostgreSQL, which the kill leaves running: the next start must stop it.
 */
class ImportCrashIT {
    private static final int SERVICES = 30;
    private static final int DOCUMENTS = SERVICES * 2;
    private static final Pattern SUMMARY = Pattern.compile("SUMMARY new=(\\d+) unchanged=(\\d+) failed=(\\d+) .*");

    @TempDir
    Path dir;

    @Test
    void importKilledPartWayCompletesOnTheNextRunWithoutDuplicates() throws Exception {
        Path tree = writeTree(dir.resolve("tree"));
        Path data = dir.resolve("data");

        try (ChildJvm first = ChildJvm.start(ImportChild.class, dir.resolve("first.err"), data.toString(),
                tree.toString(), "300")) {
            first.awaitLine("DONE 10"::equals, Duration.ofMinutes(3));
            first.kill();
        }

        Matcher second;
        try (ChildJvm child = ChildJvm.start(ImportChild.class, dir.resolve("second.err"), data.toString(),
                tree.toString(), "0")) {
            second = SUMMARY.matcher(child.awaitLine(l -> l.startsWith("SUMMARY"), Duration.ofMinutes(3)));
            assertThat(child.awaitExit(Duration.ofMinutes(1))).isZero();
        }
        assertThat(Files.readString(dir.resolve("second.err")))
                .as("the second run found the first run's PostgreSQL still running and stopped it")
                .contains("stopping PostgreSQL pid=");
        assertThat(second.matches()).isTrue();
        int added = Integer.parseInt(second.group(1));
        int kept = Integer.parseInt(second.group(2));
        assertThat(second.group(3)).isEqualTo("0");
        assertThat(added + kept).isEqualTo(DOCUMENTS);
        assertThat(kept).as("documents committed before the kill").isGreaterThanOrEqualTo(10);
        assertThat(added).as("documents the killed run had not reached").isPositive();

        Matcher third;
        try (ChildJvm child = ChildJvm.start(ImportChild.class, dir.resolve("third.err"), data.toString(),
                tree.toString(), "0")) {
            third = SUMMARY.matcher(child.awaitLine(l -> l.startsWith("SUMMARY"), Duration.ofMinutes(3)));
            assertThat(child.awaitExit(Duration.ofMinutes(1))).isZero();
        }
        assertThat(third.matches()).isTrue();
        assertThat(third.group(1)).isEqualTo("0");
        assertThat(third.group(2)).isEqualTo(Integer.toString(DOCUMENTS));

        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(data.resolve("postgres"),
                Duration.ofSeconds(60), Duration.ofSeconds(20))) {
            assertThat(count(server, "services")).isEqualTo(SERVICES);
            assertThat(count(server, "documents")).isEqualTo(DOCUMENTS);
            assertThat(count(server, "versions")).isEqualTo(DOCUMENTS);
        }
    }

    /** {@code <Service N>/Terms of Service.md} and {@code Privacy Policy.md}, each a few kilobytes. */
    private static Path writeTree(Path root) throws IOException {
        for (int s = 1; s <= SERVICES; s++) {
            Path service = Files.createDirectories(root.resolve("Service " + s));
            Files.writeString(service.resolve("Terms of Service.md"), text("Terms of Service of Service " + s));
            Files.writeString(service.resolve("Privacy Policy.md"), text("Privacy Policy of Service " + s));
        }
        return root;
    }

    private static String text(String title) {
        StringBuilder text = new StringBuilder("# ").append(title).append("\n\n");
        for (int i = 1; i <= 40; i++) {
            text.append(i).append(". ").append(title).append(", clause ").append(i)
                    .append(": you agree to read the terms before using the service.\n\n");
        }
        return text.toString();
    }

    private static long count(EmbeddedPostgresServer server, String table) throws SQLException {
        try (Connection c = DriverManager.getConnection(server.jdbcUrl());
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}

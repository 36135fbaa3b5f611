package org.fineprint.server.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.fineprint.server.ChildJvm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded PostgreSQL: data kept across starts, orphans of killed processes stopped, live owners respected. */
class EmbeddedPostgresServerIT {
    private static final Duration STARTUP = Duration.ofSeconds(60);
    private static final Duration ORPHAN_STOP = Duration.ofSeconds(20);

    @TempDir
    Path dir;

    @Test
    void stopsTheServerLeftRunningByAKilledProcessAndKeepsItsData() throws Exception {
        Path data = dir.resolve("postgres");
        long orphanPid;
        try (ChildJvm child = ChildJvm.start(EmbeddedPostgresChild.class, dir.resolve("child.err"), data.toString())) {
            child.awaitLine(line -> line.startsWith("READY"), Duration.ofMinutes(2));
            child.kill();
            orphanPid = OrphanedPostgres.readPid(data.resolve("postmaster.pid")).orElseThrow();
            assertThat(ProcessHandle.of(orphanPid).map(ProcessHandle::isAlive)).contains(true);
        }

        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(data, STARTUP, ORPHAN_STOP)) {
            assertThat(ProcessHandle.of(orphanPid).filter(ProcessHandle::isAlive)).isEmpty();
            assertThat(query(server.jdbcUrl(), "SELECT note FROM kept")).containsExactly("written before the kill");
        }
    }

    @Test
    void removesAStalePidFileOfAServerThatIsGone() throws Exception {
        Path data = dir.resolve("postgres");
        EmbeddedPostgresServer.start(data, STARTUP, ORPHAN_STOP).close();
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        Files.writeString(data.resolve("postmaster.pid"), gone.pid() + "\n" + data + "\n1700000000\n5432\n");

        assertThat(OrphanedPostgres.clear(data, ORPHAN_STOP)).isEqualTo(OrphanedPostgres.Outcome.STALE_PID_FILE_REMOVED);
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(data, STARTUP, ORPHAN_STOP)) {
            assertThat(query(server.jdbcUrl(), "SELECT 'up'")).containsExactly("up");
        }
    }

    @Test
    void refusesADirectoryUsedByARunningServerAndLeavesThatServerAlone() throws Exception {
        Path data = dir.resolve("postgres");
        try (EmbeddedPostgresServer running = EmbeddedPostgresServer.start(data, STARTUP, ORPHAN_STOP)) {
            assertThatThrownBy(() -> EmbeddedPostgresServer.start(data, STARTUP, ORPHAN_STOP))
                    .isInstanceOf(DatabaseException.class)
                    .hasMessageStartingWith("Database in use:");
            assertThat(query(running.jdbcUrl(), "SELECT 'still up'")).containsExactly("still up");
        }
    }

    @Test
    void keepsDataAcrossRestarts() throws Exception {
        Path data = dir.resolve("postgres");
        try (EmbeddedPostgresServer first = EmbeddedPostgresServer.start(data, STARTUP, ORPHAN_STOP)) {
            execute(first.jdbcUrl(), "CREATE TABLE notes (note text)", "INSERT INTO notes VALUES ('kept')");
        }
        try (EmbeddedPostgresServer second = EmbeddedPostgresServer.start(data, STARTUP, ORPHAN_STOP)) {
            assertThat(query(second.jdbcUrl(), "SELECT note FROM notes")).containsExactly("kept");
        }
    }

    private static List<String> query(String url, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(url);
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            List<String> values = new ArrayList<>();
            while (rs.next()) {
                values.add(rs.getString(1));
            }
            return values;
        }
    }

    private static void execute(String url, String... statements) throws SQLException {
        try (Connection c = DriverManager.getConnection(url);
             Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        }
    }
}

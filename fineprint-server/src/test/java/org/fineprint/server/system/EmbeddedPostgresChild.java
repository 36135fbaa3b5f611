package org.fineprint.server.system;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;

/**
 * Test helper run in a child JVM: starts the embedded server on a directory, writes a row, prints
 * {@code READY}, then waits to be killed.
 */
public final class EmbeddedPostgresChild {
    private EmbeddedPostgresChild() {
    }

    public static void main(String[] args) throws Exception {
        EmbeddedPostgresServer server = EmbeddedPostgresServer.start(Path.of(args[0]), Duration.ofSeconds(60),
                Duration.ofSeconds(10));
        try (Connection c = DriverManager.getConnection(server.jdbcUrl());
             Statement s = c.createStatement()) {
            s.execute("CREATE TABLE kept (note text)");
            s.execute("INSERT INTO kept VALUES ('written before the kill')");
        }
        System.out.println("READY " + server.port());
        System.out.flush();
        Thread.sleep(Duration.ofMinutes(10));
    }
}

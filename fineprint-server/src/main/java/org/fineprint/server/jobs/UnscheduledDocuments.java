package org.fineprint.server.jobs;

import java.time.Instant;
import java.util.List;
import org.fineprint.server.system.Rows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Trackable documents that have no tracking task instance yet. */
@Repository
class UnscheduledDocuments {
    private static final String FIND = """
            SELECT d.id, d.created_at FROM documents d
            WHERE d.declaration IS NOT NULL
              AND NOT EXISTS (SELECT 1 FROM scheduled_tasks t
                              WHERE t.task_name = :task AND t.task_instance = d.id::text)
            ORDER BY d.id""";

    /** A document and when it was added. */
    record Unscheduled(long documentId, Instant createdAt) {
    }

    private final JdbcClient jdbc;

    UnscheduledDocuments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Unscheduled> findAll() {
        return jdbc.sql(FIND).param("task", TrackDocumentTask.NAME)
                .query((rs, n) -> new Unscheduled(rs.getLong("id"), Rows.requiredInstant(rs, "created_at")))
                .list();
    }
}

package org.fineprint.server.review;

import java.time.Instant;
import java.util.List;
import org.fineprint.server.system.Rows;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The audit log: every change curators (and the command line) make, inserted and never changed. */
@Repository
public class AuditLogRepository {
    private static final RowMapper<AuditEntry> MAPPER = (rs, n) -> new AuditEntry(rs.getLong("id"),
            Rows.requiredInstant(rs, "at"), rs.getString("actor"), rs.getString("action"),
            rs.getString("subject_type"), rs.getString("subject_id"), rs.getString("reason"),
            rs.getString("details"));

    private static final String SELECT = """
            SELECT id, at, actor, action, subject_type, subject_id, reason, details::text AS details
            FROM audit_log""";

    private static final String INSERT = """
            INSERT INTO audit_log (at, actor, action, subject_type, subject_id, reason, details)
            VALUES (:at, :actor, :action, :subjectType, :subjectId, :reason, CAST(:details AS jsonb))
            RETURNING id""";

    private final JdbcClient jdbc;

    public AuditLogRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Records a change.
     *
     * @param details a JSON object describing the change
     * @return the new entry's id
     */
    public long insert(Instant at, String actor, String action, String subjectType, String subjectId,
                       @Nullable String reason, String details) {
        return jdbc.sql(INSERT).param("at", Rows.timestamp(at)).param("actor", actor).param("action", action)
                .param("subjectType", subjectType).param("subjectId", subjectId).param("reason", reason)
                .param("details", details).query(Long.class).single();
    }

    /**
     * The latest entries, newest first.
     *
     * @param beforeId only entries older than this one, to page back; {@code null} for the newest
     * @param limit at most this many
     */
    public List<AuditEntry> findLatest(@Nullable Long beforeId, int limit) {
        return jdbc.sql(SELECT + " WHERE (CAST(:beforeId AS bigint) IS NULL OR id < :beforeId) ORDER BY id DESC LIMIT :limit")
                .param("beforeId", beforeId).param("limit", limit).query(MAPPER).list();
    }

    /** The entries about one subject, newest first. */
    public List<AuditEntry> findAllBySubject(String subjectType, String subjectId) {
        return jdbc.sql(SELECT + " WHERE subject_type = :type AND subject_id = :id ORDER BY id DESC")
                .param("type", subjectType).param("id", subjectId).query(MAPPER).list();
    }
}

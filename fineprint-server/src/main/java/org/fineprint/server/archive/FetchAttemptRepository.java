package org.fineprint.server.archive;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.fineprint.server.system.Rows;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Every fetch attempt and its outcome; inserted, never changed. */
@Repository
public class FetchAttemptRepository {
    private static final RowMapper<FetchAttempt> MAPPER = (rs, n) -> new FetchAttempt(
            rs.getLong("id"), rs.getLong("document_id"), Rows.requiredInstant(rs, "attempted_at"),
            FetchAttempt.Outcome.fromId(rs.getString("outcome")), Rows.nullableInt(rs, "http_status"),
            rs.getString("error_kind"), rs.getString("message"), Duration.ofMillis(rs.getLong("duration_ms")),
            Rows.nullableLong(rs, "version_id"));

    private static final String SELECT = """
            SELECT id, document_id, attempted_at, outcome, http_status, error_kind, message, duration_ms, version_id
            FROM fetch_attempts""";

    private static final String INSERT = """
            INSERT INTO fetch_attempts
                (document_id, attempted_at, outcome, http_status, error_kind, message, duration_ms, version_id)
            VALUES (:documentId, :attemptedAt, :outcome, :httpStatus, :errorKind, :message, :durationMs, :versionId)
            RETURNING id""";

    private final JdbcClient jdbc;

    public FetchAttemptRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores an attempt (its id is ignored) and returns it with its new id. */
    public FetchAttempt insert(FetchAttempt attempt) {
        long id = jdbc.sql(INSERT)
                .param("documentId", attempt.documentId())
                .param("attemptedAt", Rows.timestamp(attempt.attemptedAt()))
                .param("outcome", attempt.outcome().id())
                .param("httpStatus", attempt.httpStatus())
                .param("errorKind", attempt.errorKind())
                .param("message", attempt.message())
                .param("durationMs", attempt.duration().toMillis())
                .param("versionId", attempt.versionId())
                .query(Long.class).single();
        return new FetchAttempt(id, attempt.documentId(), attempt.attemptedAt(), attempt.outcome(),
                attempt.httpStatus(), attempt.errorKind(), attempt.message(), attempt.duration(), attempt.versionId());
    }

    /** A document's attempts, newest first. */
    public List<FetchAttempt> findAllByDocumentId(long documentId) {
        return jdbc.sql(SELECT + " WHERE document_id = :documentId ORDER BY attempted_at DESC, id DESC")
                .param("documentId", documentId).query(MAPPER).list();
    }

    public Optional<FetchAttempt> findLatestByDocumentId(long documentId) {
        return jdbc.sql(SELECT + " WHERE document_id = :documentId ORDER BY attempted_at DESC, id DESC LIMIT 1")
                .param("documentId", documentId).query(MAPPER).optional();
    }
}

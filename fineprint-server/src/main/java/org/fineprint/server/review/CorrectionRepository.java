package org.fineprint.server.review;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.fineprint.registry.DocumentType;
import org.fineprint.server.system.Rows;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Corrections, one row per (service, document type, case id, action), changed in place by
 * {@link #save}; the audit log keeps their history.
 */
@Repository
public class CorrectionRepository {
    private static final RowMapper<Correction> MAPPER = CorrectionRepository::map;

    private static final String SELECT = """
            SELECT id, service_id, document_type, case_id, action, title, explanation, severity, reason, author,
                   active, created_at, updated_at
            FROM corrections""";

    private static final String SAVE = """
            INSERT INTO corrections (service_id, document_type, case_id, action, title, explanation, severity,
                                     reason, author, active, created_at, updated_at)
            VALUES (:serviceId, :documentType, :caseId, :action, :title, :explanation, :severity,
                    :reason, :author, :active, :at, :at)
            ON CONFLICT (service_id, document_type, case_id, action) DO UPDATE SET
                title = excluded.title,
                explanation = excluded.explanation,
                severity = excluded.severity,
                reason = excluded.reason,
                author = excluded.author,
                active = excluded.active,
                updated_at = excluded.updated_at,
                revision = nextval('corrections_revision_seq')
            RETURNING id""";

    private static final String ORDER = " ORDER BY document_type, case_id, action";

    private final JdbcClient jdbc;

    public CorrectionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Stores a correction in place of the point's earlier one with the same action, if any.
     *
     * @param at when the change was made
     * @return the stored correction
     */
    public Correction save(Correction.Change change, Instant at) {
        long id = jdbc.sql(SAVE)
                .param("serviceId", change.serviceId())
                .param("documentType", change.point().documentType().id())
                .param("caseId", change.point().caseId())
                .param("action", change.action().id())
                .param("title", change.title())
                .param("explanation", change.explanation())
                .param("severity", change.severity())
                .param("reason", change.reason())
                .param("author", change.author())
                .param("active", change.active())
                .param("at", Rows.timestamp(at))
                .query(Long.class).single();
        return findById(id).orElseThrow();
    }

    public Optional<Correction> findById(long id) {
        return jdbc.sql(SELECT + " WHERE id = :id").param("id", id).query(MAPPER).optional();
    }

    /** The point's correction with this action, active or not. */
    public Optional<Correction> findByIdentity(long serviceId, PointIdentity point, CorrectionAction action) {
        return jdbc.sql(SELECT + " WHERE service_id = :serviceId AND document_type = :documentType"
                        + " AND case_id = :caseId AND action = :action")
                .param("serviceId", serviceId).param("documentType", point.documentType().id())
                .param("caseId", point.caseId()).param("action", action.id())
                .query(MAPPER).optional();
    }

    /** The corrections that apply to a service's analyses. */
    public List<Correction> findAllActiveByServiceId(long serviceId) {
        return jdbc.sql(SELECT + " WHERE service_id = :serviceId AND active" + ORDER)
                .param("serviceId", serviceId).query(MAPPER).list();
    }

    /** All of a service's corrections, undone ones included. */
    public List<Correction> findAllByServiceId(long serviceId) {
        return jdbc.sql(SELECT + " WHERE service_id = :serviceId" + ORDER)
                .param("serviceId", serviceId).query(MAPPER).list();
    }

    /**
     * The latest revision of any correction: it changes whenever a correction is made or changed,
     * so it tells whether corrected reports must be worked out again.
     */
    public long revision() {
        return jdbc.sql("SELECT coalesce(max(revision), 0) FROM corrections").query(Long.class).single();
    }

    /** How many corrections apply, over all services. */
    public long countActive() {
        return jdbc.sql("SELECT count(*) FROM corrections WHERE active").query(Long.class).single();
    }

    private static Correction map(ResultSet rs, int n) throws SQLException {
        return new Correction(rs.getLong("id"), rs.getLong("service_id"),
                new PointIdentity(DocumentType.fromId(rs.getString("document_type")).orElseThrow(),
                        rs.getString("case_id")),
                CorrectionAction.fromId(rs.getString("action")).orElseThrow(), rs.getString("title"),
                rs.getString("explanation"), Rows.nullableInt(rs, "severity"), rs.getString("reason"),
                rs.getString("author"), rs.getBoolean("active"), Rows.requiredInstant(rs, "created_at"),
                Rows.requiredInstant(rs, "updated_at"));
    }
}

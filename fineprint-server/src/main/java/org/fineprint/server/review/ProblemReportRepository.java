package org.fineprint.server.review;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.fineprint.registry.DocumentType;
import org.fineprint.server.system.Rows;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Problem reports: inserted by readers, then decided (resolved or rejected) once by a curator. */
@Repository
public class ProblemReportRepository {
    private static final RowMapper<ProblemReport> MAPPER = ProblemReportRepository::map;

    private static final String SELECT = """
            SELECT r.id, r.service_id, s.slug AS service_slug, s.name AS service_name, r.kind, r.document_type,
                   r.case_id, r.point_title, r.point_quote, r.message, r.email, r.status, r.created_at,
                   r.curator_note, r.resolved_by, r.resolved_at
            FROM problem_reports r JOIN services s ON s.id = r.service_id""";

    private static final String INSERT = """
            INSERT INTO problem_reports (service_id, kind, document_type, case_id, point_title, point_quote,
                                         message, email, client_hash, created_at)
            VALUES (:serviceId, :kind, :documentType, :caseId, :pointTitle, :pointQuote,
                    :message, :email, :clientHash, :createdAt)
            RETURNING id""";

    /** Decides an open report; a report already decided is left alone. */
    private static final String DECIDE = """
            UPDATE problem_reports
            SET status = :status, curator_note = :note, resolved_by = :by, resolved_at = :at
            WHERE id = :id AND status = 'open'""";

    private final JdbcClient jdbc;

    public ProblemReportRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Stores a new, open report.
     *
     * @param createdAt when it was sent
     * @return the stored report
     */
    public ProblemReport insert(NewProblemReport report, Instant createdAt) {
        ReportedPoint point = report.point();
        long id = jdbc.sql(INSERT)
                .param("serviceId", report.serviceId())
                .param("kind", report.kind().id())
                .param("documentType", point == null ? null : point.identity().documentType().id())
                .param("caseId", point == null ? null : point.identity().caseId())
                .param("pointTitle", point == null ? null : point.title())
                .param("pointQuote", point == null ? null : point.quote())
                .param("message", report.message())
                .param("email", report.email())
                .param("clientHash", report.clientHash())
                .param("createdAt", Rows.timestamp(createdAt))
                .query(Long.class).single();
        return findById(id).orElseThrow();
    }

    public Optional<ProblemReport> findById(long id) {
        return jdbc.sql(SELECT + " WHERE r.id = :id").param("id", id).query(MAPPER).optional();
    }

    /** The review queue: open reports, oldest first. */
    public List<ProblemReport> findAllOpen() {
        return jdbc.sql(SELECT + " WHERE r.status = 'open' ORDER BY r.created_at, r.id").query(MAPPER).list();
    }

    /** A service's reports, newest first. */
    public List<ProblemReport> findAllByServiceId(long serviceId) {
        return jdbc.sql(SELECT + " WHERE r.service_id = :serviceId ORDER BY r.created_at DESC, r.id DESC")
                .param("serviceId", serviceId).query(MAPPER).list();
    }

    /** Open reports about one service. */
    public long countOpenByServiceId(long serviceId) {
        return jdbc.sql("SELECT count(*) FROM problem_reports WHERE status = 'open' AND service_id = :serviceId")
                .param("serviceId", serviceId).query(Long.class).single();
    }

    public long countOpen() {
        return jdbc.sql("SELECT count(*) FROM problem_reports WHERE status = 'open'").query(Long.class).single();
    }

    /**
     * Resolves or rejects an open report.
     *
     * @param status {@link ReportStatus#RESOLVED} or {@link ReportStatus#REJECTED}
     * @param note the curator's note, if any
     * @param by the curator's username
     * @param at when
     * @return true when the report was open and is now decided; false when it does not exist or
     *     was decided already
     */
    public boolean decide(long id, ReportStatus status, @Nullable String note, String by, Instant at) {
        if (status == ReportStatus.OPEN) {
            throw new IllegalArgumentException("a decision resolves or rejects a report");
        }
        return jdbc.sql(DECIDE).param("id", id).param("status", status.id()).param("note", note).param("by", by)
                .param("at", Rows.timestamp(at)).update() == 1;
    }

    private static ProblemReport map(ResultSet rs, int n) throws SQLException {
        String documentType = rs.getString("document_type");
        ReportedPoint point = documentType == null ? null : new ReportedPoint(
                new PointIdentity(DocumentType.fromId(documentType).orElseThrow(), rs.getString("case_id")),
                rs.getString("point_title"), rs.getString("point_quote"));
        return new ProblemReport(rs.getLong("id"), rs.getLong("service_id"), rs.getString("service_slug"),
                rs.getString("service_name"), point, ProblemKind.fromId(rs.getString("kind")).orElseThrow(),
                rs.getString("message"), rs.getString("email"),
                ReportStatus.fromId(rs.getString("status")).orElseThrow(), Rows.requiredInstant(rs, "created_at"),
                rs.getString("curator_note"), rs.getString("resolved_by"), Rows.instant(rs, "resolved_at"));
    }
}

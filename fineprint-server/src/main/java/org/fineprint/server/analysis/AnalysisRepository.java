package org.fineprint.server.analysis;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fineprint.analyze.point.Point;
import org.fineprint.analyze.point.Quote;
import org.fineprint.report.Report;
import org.fineprint.report.ReportJson;
import org.fineprint.server.system.Rows;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;

/**
 * Analyses and their points: inserted, never updated or deleted (the database refuses both). The
 * published analysis of a service is its latest succeeded one; a failed run is kept for the record
 * and never hides it.
 */
@Repository
public class AnalysisRepository {
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private static final RowMapper<StoredAnalysis> MAPPER = (rs, n) -> new StoredAnalysis(
            rs.getLong("id"), rs.getLong("service_id"), "succeeded".equals(rs.getString("status")),
            rs.getString("analyzer"), rs.getString("analyzer_version"), rs.getString("model"),
            longs(rs, "input_version_ids"), Rows.strings(rs, "input_sha256"), rs.getString("error"),
            Rows.requiredInstant(rs, "created_at"));

    private static final String SELECT = """
            SELECT id, service_id, status, analyzer, analyzer_version, model, input_version_ids, input_sha256, error,
                   created_at
            FROM analyses""";

    private static final String INSERT = """
            INSERT INTO analyses (service_id, analyzer, analyzer_version, model, input_version_ids, input_sha256,
                                  report, status, error)
            VALUES (:serviceId, :analyzer, :analyzerVersion, :model, :versionIds, :sha256s, CAST(:report AS jsonb),
                    :status, :error)
            RETURNING id""";

    private static final String INSERT_POINT = """
            INSERT INTO points (analysis_id, position, case_id, sentiment, severity, document_id, version_id,
                                document_type, title, explanation, quotes)
            VALUES (:analysisId, :position, :caseId, :sentiment, :severity, :documentId, :versionId, :documentType,
                    :title, :explanation, CAST(:quotes AS jsonb))""";

    private final JdbcClient jdbc;

    public AnalysisRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Stores an analysis and, for a report, one points row per point (linked to the document and
     * version its quotes are in).
     *
     * @return the stored row
     */
    @Transactional
    public StoredAnalysis insert(NewAnalysis analysis) {
        Report report = analysis.report();
        long id = jdbc.sql(INSERT)
                .param("serviceId", analysis.serviceId())
                .param("analyzer", analysis.analyzer())
                .param("analyzerVersion", analysis.analyzerVersion())
                .param("model", analysis.model())
                .param("versionIds", analysis.inputs().stream().map(NewAnalysis.Input::versionId).toArray(Long[]::new))
                .param("sha256s", analysis.inputs().stream().map(NewAnalysis.Input::sha256).toArray(String[]::new))
                .param("report", report == null ? null : ReportJson.writeCompact(report))
                .param("status", analysis.succeeded() ? "succeeded" : "failed")
                .param("error", analysis.error())
                .query(Long.class).single();
        if (report != null) {
            Map<String, NewAnalysis.Input> byDocumentId = new HashMap<>();
            for (int i = 0; i < report.documents().size(); i++) {
                byDocumentId.put(report.documents().get(i).id(), analysis.inputs().get(i));
            }
            for (int position = 0; position < report.points().size(); position++) {
                Point point = report.points().get(position);
                NewAnalysis.Input input = byDocumentId.get(point.document());
                if (input == null) {
                    throw new IllegalArgumentException("point " + position + " (" + point.caseId()
                            + ") names the unknown document " + point.document());
                }
                jdbc.sql(INSERT_POINT)
                        .param("analysisId", id)
                        .param("position", position)
                        .param("caseId", point.caseId())
                        .param("sentiment", point.sentiment().id())
                        .param("severity", point.severity())
                        .param("documentId", input.documentId())
                        .param("versionId", input.versionId())
                        .param("documentType", input.type().id())
                        .param("title", point.title())
                        .param("explanation", point.explanation())
                        .param("quotes", quotesJson(point.quotes()))
                        .update();
            }
        }
        return findById(id).orElseThrow();
    }

    public Optional<StoredAnalysis> findById(long id) {
        return jdbc.sql(SELECT + " WHERE id = :id").param("id", id).query(MAPPER).optional();
    }

    /** The service's most recent analysis, succeeded or failed. */
    public Optional<StoredAnalysis> findLatestByServiceId(long serviceId) {
        return jdbc.sql(SELECT + " WHERE service_id = :serviceId ORDER BY id DESC LIMIT 1")
                .param("serviceId", serviceId).query(MAPPER).optional();
    }

    /** The service's published analysis: its most recent succeeded one. */
    public Optional<StoredAnalysis> findLatestSucceededByServiceId(long serviceId) {
        return jdbc.sql(SELECT + " WHERE service_id = :serviceId AND status = 'succeeded' ORDER BY id DESC LIMIT 1")
                .param("serviceId", serviceId).query(MAPPER).optional();
    }

    /** The id of the service's published analysis (one index lookup). */
    public Optional<Long> findLatestSucceededIdByServiceId(long serviceId) {
        return jdbc.sql("""
                SELECT id FROM analyses WHERE service_id = :serviceId AND status = 'succeeded'
                ORDER BY id DESC LIMIT 1""")
                .param("serviceId", serviceId).query(Long.class).optional();
    }

    /** The id of every service's published analysis, by service id. */
    public Map<Long, Long> findLatestSucceededIds() {
        Map<Long, Long> ids = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT DISTINCT ON (service_id) service_id, id FROM analyses WHERE status = 'succeeded'
                ORDER BY service_id, id DESC""")
                .query((ResultSet rs) -> {
                    ids.put(rs.getLong("service_id"), rs.getLong("id"));
                });
        return ids;
    }

    /** All analyses of a service, newest first. */
    public List<StoredAnalysis> findAllByServiceId(long serviceId) {
        return jdbc.sql(SELECT + " WHERE service_id = :serviceId ORDER BY id DESC")
                .param("serviceId", serviceId).query(MAPPER).list();
    }

    /** The report of a succeeded analysis; empty for a failed one or an unknown id. */
    public Optional<Report> findReport(long analysisId) {
        return jdbc.sql("SELECT report::text FROM analyses WHERE id = :id AND report IS NOT NULL")
                .param("id", analysisId).query(String.class).optional().map(ReportJson::read);
    }

    /** Services that have no analysis at all, succeeded or failed, but at least one archived version. */
    public List<Long> findServiceIdsNeverAnalysed() {
        return jdbc.sql("""
                SELECT s.id FROM services s
                WHERE NOT EXISTS (SELECT 1 FROM analyses a WHERE a.service_id = s.id)
                  AND EXISTS (SELECT 1 FROM documents d JOIN versions v ON v.document_id = d.id
                              WHERE d.service_id = s.id)
                ORDER BY s.id""")
                .query(Long.class).list();
    }

    /**
     * Services whose latest analysis (succeeded or failed) is out of date: never analysed, a document
     * got a new version (or was added) since, or it was made by another analyser or model than
     * {@code identity}. A failed analysis of the current texts by the current analyser counts as up
     * to date, so a failure is not retried until something changes.
     */
    public List<Long> findServiceIdsWithStaleAnalysis(AnalyzerIdentity identity) {
        return jdbc.sql("""
                WITH current AS (
                    SELECT d.service_id, array_agg(v.id ORDER BY v.id) AS version_ids
                    FROM documents d
                    JOIN LATERAL (SELECT id FROM versions WHERE document_id = d.id ORDER BY id DESC LIMIT 1) v ON true
                    GROUP BY d.service_id),
                latest AS (
                    SELECT DISTINCT ON (service_id) service_id, analyzer, model,
                           ARRAY(SELECT unnest(input_version_ids) ORDER BY 1) AS version_ids
                    FROM analyses ORDER BY service_id, id DESC)
                SELECT c.service_id FROM current c LEFT JOIN latest l ON l.service_id = c.service_id
                WHERE l.version_ids IS DISTINCT FROM c.version_ids
                   OR l.analyzer <> :analyzer
                   OR (CAST(:model AS text) IS NOT NULL AND l.model IS DISTINCT FROM CAST(:model AS text))
                ORDER BY c.service_id""")
                .param("analyzer", identity.name())
                .param("model", identity.model())
                .query(Long.class).list();
    }

    /** How many points rows an analysis has. */
    public int countPoints(long analysisId) {
        return jdbc.sql("SELECT count(*) FROM points WHERE analysis_id = :id").param("id", analysisId)
                .query(Integer.class).single();
    }

    private static String quotesJson(List<Quote> quotes) {
        ArrayNode array = JSON.createArrayNode();
        for (Quote q : quotes) {
            array.addObject().put("text", q.text()).put("start", q.start()).put("end", q.end());
        }
        return JSON.writeValueAsString(array);
    }

    private static List<Long> longs(ResultSet rs, String column) throws SQLException {
        Array array = rs.getArray(column);
        if (array == null) {
            return List.of();
        }
        try {
            List<Long> out = new ArrayList<>();
            for (Object o : (Object[]) array.getArray()) {
                out.add(((Number) o).longValue());
            }
            return out;
        } finally {
            array.free();
        }
    }
}

package org.fineprint.server.analysis;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
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
            Rows.requiredInstant(rs, "created_at"), Rows.nullableLong(rs, "fallback_for"));

    private static final String SELECT = """
            SELECT id, service_id, status, analyzer, analyzer_version, model, input_version_ids, input_sha256, error,
                   created_at, fallback_for
            FROM analyses""";

    private static final String INSERT = """
            INSERT INTO analyses (service_id, analyzer, analyzer_version, model, input_version_ids, input_sha256,
                                  report, status, error, fallback_for)
            VALUES (:serviceId, :analyzer, :analyzerVersion, :model, :versionIds, :sha256s, CAST(:report AS jsonb),
                    :status, :error, :fallbackFor)
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
                .param("fallbackFor", analysis.fallbackFor(), Types.BIGINT)
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
     * Services whose analysis is out of date for {@code identity}: never analysed, a document got a
     * new version (or was added) since, or made by another analyser or model. A service is up to
     * date when its published analysis was made by {@code identity} on its current texts, or when
     * its latest attempt (any analysis but a built-in fallback) was: so a failure of the current
     * texts by the current analyser is not retried until something changes, even when the built-in
     * analyser's fallback was published after it.
     */
    public List<Long> findServiceIdsWithStaleAnalysis(AnalyzerIdentity identity) {
        return jdbc.sql("""
                WITH current AS (
                    SELECT d.service_id, array_agg(v.id ORDER BY v.id) AS version_ids
                    FROM documents d
                    JOIN LATERAL (SELECT id FROM versions WHERE document_id = d.id ORDER BY id DESC LIMIT 1) v ON true
                    GROUP BY d.service_id),
                published AS (
                    SELECT DISTINCT ON (service_id) service_id, analyzer, model,
                           ARRAY(SELECT unnest(input_version_ids) ORDER BY 1) AS version_ids
                    FROM analyses WHERE status = 'succeeded' ORDER BY service_id, id DESC),
                attempted AS (
                    SELECT DISTINCT ON (service_id) service_id, analyzer, model,
                           ARRAY(SELECT unnest(input_version_ids) ORDER BY 1) AS version_ids
                    FROM analyses WHERE fallback_for IS NULL ORDER BY service_id, id DESC)
                SELECT c.service_id FROM current c
                WHERE NOT EXISTS (
                        SELECT 1 FROM published p
                        WHERE p.service_id = c.service_id AND p.version_ids = c.version_ids
                          AND p.analyzer = :analyzer
                          AND (CAST(:model AS text) IS NULL OR p.model = CAST(:model AS text)))
                  AND NOT EXISTS (
                        SELECT 1 FROM attempted a
                        WHERE a.service_id = c.service_id AND a.version_ids = c.version_ids
                          AND a.analyzer = :analyzer
                          AND (CAST(:model AS text) IS NULL OR a.model = CAST(:model AS text)))
                ORDER BY c.service_id""")
                .param("analyzer", identity.name())
                .param("model", identity.model())
                .query(Long.class).list();
    }

    /**
     * The latest analyses of all services, succeeded or failed, with what their reports say about
     * grounding and language model usage.
     *
     * @param limit how many, at most
     * @return newest first
     */
    public List<AnalysisUsage> findLatestUsage(int limit) {
        return jdbc.sql("""
                SELECT a.id, s.slug, s.name, a.created_at, a.analyzer, a.model, a.status, a.error, a.fallback_for,
                       jsonb_array_length(a.report -> 'points') AS points,
                       (a.report -> 'analyzer' ->> 'quotes_dropped')::integer AS quotes_dropped,
                       (a.report -> 'analyzer' ->> 'points_dropped')::integer AS points_dropped,
                       coalesce(jsonb_typeof(a.report -> 'analyzer' -> 'usage') = 'object', false) AS has_usage,
                       (a.report -> 'analyzer' -> 'usage' ->> 'input_tokens')::bigint AS input_tokens,
                       (a.report -> 'analyzer' -> 'usage' ->> 'output_tokens')::bigint AS output_tokens,
                       (a.report -> 'analyzer' -> 'usage' ->> 'cost_usd')::double precision AS cost_usd,
                       (a.report -> 'analyzer' -> 'usage' ->> 'calls')::integer AS calls,
                       (a.report -> 'analyzer' -> 'usage' ->> 'cached_calls')::integer AS cached_calls
                FROM analyses a JOIN services s ON s.id = a.service_id
                ORDER BY a.id DESC LIMIT :limit""")
                .param("limit", limit)
                .query((rs, n) -> new AnalysisUsage(rs.getLong("id"), rs.getString("slug"), rs.getString("name"),
                        Rows.requiredInstant(rs, "created_at"), rs.getString("analyzer"), rs.getString("model"),
                        "succeeded".equals(rs.getString("status")), rs.getString("error"),
                        Rows.nullableLong(rs, "fallback_for"), Rows.nullableInt(rs, "points"),
                        Rows.nullableInt(rs, "quotes_dropped"), Rows.nullableInt(rs, "points_dropped"),
                        rs.getBoolean("has_usage") ? new Report.Usage(rs.getLong("input_tokens"),
                                rs.getLong("output_tokens"), rs.getObject("cost_usd", Double.class),
                                rs.getInt("calls"), rs.getInt("cached_calls")) : null))
                .list();
    }

    /**
     * What all analyses stored since {@code since} add up to.
     *
     * @param since the start of the period (inclusive)
     * @return counts, tokens, calls and the cost of those whose price was known
     */
    public UsageTotals totalUsageSince(Instant since) {
        return jdbc.sql("""
                WITH recent AS (
                    SELECT status, fallback_for, report -> 'analyzer' -> 'usage' AS u
                    FROM analyses WHERE created_at >= :since)
                SELECT count(*) AS analyses,
                       count(*) FILTER (WHERE status = 'failed') AS failed,
                       count(*) FILTER (WHERE fallback_for IS NOT NULL AND status = 'succeeded') AS fallbacks,
                       coalesce(sum((u ->> 'input_tokens')::bigint), 0) AS input_tokens,
                       coalesce(sum((u ->> 'output_tokens')::bigint), 0) AS output_tokens,
                       coalesce(sum((u ->> 'calls')::bigint), 0) AS calls,
                       sum((u ->> 'cost_usd')::double precision) AS cost_usd,
                       count(*) FILTER (WHERE (u ->> 'calls')::bigint > 0 AND u ->> 'cost_usd' IS NULL) AS unpriced
                FROM recent""")
                .param("since", Rows.timestamp(since))
                .query((rs, n) -> new UsageTotals(since, rs.getInt("analyses"), rs.getInt("failed"),
                        rs.getInt("fallbacks"), rs.getLong("input_tokens"), rs.getLong("output_tokens"),
                        rs.getLong("calls"), rs.getObject("cost_usd", Double.class), rs.getInt("unpriced")))
                .single();
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

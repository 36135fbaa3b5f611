package org.fineprint.server.publish.web;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Search in PostgreSQL: services by name (exact, prefix and, with {@code pg_trgm}, similar names for
 * typos), domain and tagline (full text); points of the published analyses by title and explanation
 * (full text, and with {@code pg_trgm} titles with a similar word). The indexes are in
 * {@code V5__publish.sql}; without {@code pg_trgm} the typo-tolerant parts are left out.
 */
@Repository
class ServiceSearch {
    /** A service that matched, with a relevance from 0 to 1 (1: its name or domain exactly). */
    record ServiceHit(long serviceId, double score) {
    }

    /** A point of a published analysis that matched. */
    record PointHit(long serviceId, long analysisId, int position, String caseId, String documentType, double rank) {
    }

    private static final String SERVICES = """
            SELECT s.id, greatest(
                       CASE WHEN s.domains @> ARRAY[:host]::text[] OR search_key(s.name) = :key THEN 1.0 ELSE 0 END,
                       CASE WHEN length(:key) >= 3 AND search_key(s.name) LIKE :key || '%%' THEN 0.8 ELSE 0 END,
                       %s
                       least(0.7, ts_rank(service_document(s.name, s.tagline, s.domains), q.simple)
                                + ts_rank(service_document(s.name, s.tagline, s.domains), q.english))) AS score
            FROM services s,
                 (SELECT websearch_to_tsquery('simple', :text) AS simple,
                         websearch_to_tsquery('english', :text) AS english) q
            WHERE s.domains @> ARRAY[:host]::text[]
               OR search_key(s.name) = :key
               OR (length(:key) >= 3 AND search_key(s.name) LIKE :key || '%%')
               %s
               OR service_document(s.name, s.tagline, s.domains) @@ q.simple
               OR service_document(s.name, s.tagline, s.domains) @@ q.english
            ORDER BY score DESC, lower(s.name)
            LIMIT 50""";

    private static final String POINTS = """
            WITH published AS (
                SELECT DISTINCT ON (service_id) service_id, id FROM analyses
                WHERE status = 'succeeded' ORDER BY service_id, id DESC)
            SELECT pub.service_id, p.analysis_id, p.position, p.case_id, p.document_type,
                   ts_rank(p.search, q.english) %s AS rank
            FROM published pub
            JOIN points p ON p.analysis_id = pub.id,
                 (SELECT websearch_to_tsquery('english', :text) AS english) q
            WHERE p.search @@ q.english %s
            ORDER BY rank DESC, pub.service_id, p.position
            LIMIT 300""";

    private final JdbcClient jdbc;
    private volatile Boolean trigrams;

    ServiceSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<ServiceHit> services(SearchQuery query) {
        boolean trgm = trigrams();
        String sql = SERVICES.formatted(
                trgm ? "similarity(search_key(s.name), :key)," : "",
                trgm ? "OR (length(:key) >= 3 AND search_key(s.name) % :key)" : "");
        return jdbc.sql(sql)
                .param("host", query.host() == null ? "" : query.host())
                .param("key", query.key())
                .param("text", query.text())
                .query((rs, n) -> new ServiceHit(rs.getLong("id"), rs.getDouble("score")))
                .list();
    }

    List<PointHit> points(SearchQuery query) {
        boolean trgm = trigrams();
        String sql = POINTS.formatted(
                trgm ? "+ word_similarity(lower(:text), lower(p.title))" : "",
                trgm ? "OR (length(:text) >= 4 AND lower(:text) <% lower(p.title))" : "");
        return jdbc.sql(sql)
                .param("text", query.text())
                .query((rs, n) -> new PointHit(rs.getLong("service_id"), rs.getLong("analysis_id"),
                        rs.getInt("position"), rs.getString("case_id"), rs.getString("document_type"),
                        rs.getDouble("rank")))
                .list();
    }

    /** True when the database has {@code pg_trgm}; checked once. */
    boolean trigrams() {
        Boolean known = trigrams;
        if (known == null) {
            known = jdbc.sql("SELECT EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm')")
                    .query(Boolean.class).single();
            trigrams = known;
        }
        return known;
    }
}

package org.fineprint.server.registry;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.fineprint.registry.DocumentType;
import org.fineprint.server.system.Rows;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Documents of services, one per (service, type). */
@Repository
public class DocumentRepository {
    private static final RowMapper<Document> MAPPER = (rs, n) -> new Document(
            rs.getLong("id"), rs.getLong("service_id"),
            DocumentType.fromId(rs.getString("type")).orElseThrow(),
            rs.getString("title"), rs.getString("source_url"), rs.getString("jurisdiction"),
            rs.getString("language"), rs.getString("declaration"),
            Rows.requiredInstant(rs, "created_at"), Rows.instant(rs, "last_checked_at"),
            Rows.instant(rs, "last_changed_at"));

    private static final String SELECT = """
            SELECT id, service_id, type, title, source_url, jurisdiction, language, declaration::text AS declaration,
                   created_at, last_checked_at, last_changed_at
            FROM documents""";

    /** Absent details keep what is stored; unchanged rows are not touched. */
    private static final String SAVE = """
            INSERT INTO documents (service_id, type, title, source_url, jurisdiction, language, declaration)
            VALUES (:serviceId, :type, :title, :sourceUrl, :jurisdiction, :language, CAST(:declaration AS jsonb))
            ON CONFLICT (service_id, type) DO UPDATE SET
                title = excluded.title,
                source_url = coalesce(excluded.source_url, documents.source_url),
                jurisdiction = coalesce(excluded.jurisdiction, documents.jurisdiction),
                language = coalesce(excluded.language, documents.language),
                declaration = coalesce(excluded.declaration, documents.declaration)
            WHERE (documents.title, documents.source_url, documents.jurisdiction, documents.language,
                   documents.declaration)
                IS DISTINCT FROM
                  (excluded.title, coalesce(excluded.source_url, documents.source_url),
                   coalesce(excluded.jurisdiction, documents.jurisdiction),
                   coalesce(excluded.language, documents.language),
                   coalesce(excluded.declaration, documents.declaration))
            """;

    /** Orders types as {@link DocumentType} lists them: terms first, then privacy, … */
    private static final String TYPE_ORDER = "array_position(ARRAY['terms', 'privacy', 'cookies', 'community', "
            + "'acceptable-use', 'copyright', 'sale', 'other']::text[], type)";

    private final JdbcClient jdbc;

    public DocumentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Document> findById(long id) {
        return jdbc.sql(SELECT + " WHERE id = :id").param("id", id).query(MAPPER).optional();
    }

    /**
     * Reads a document and locks its row until the current transaction ends, so that two
     * processes recording versions of the same document take turns.
     */
    public Optional<Document> findByIdForUpdate(long id) {
        return jdbc.sql(SELECT + " WHERE id = :id FOR UPDATE").param("id", id).query(MAPPER).optional();
    }

    public Optional<Document> findByServiceIdAndType(long serviceId, DocumentType type) {
        return jdbc.sql(SELECT + " WHERE service_id = :serviceId AND type = :type")
                .param("serviceId", serviceId).param("type", type.id()).query(MAPPER).optional();
    }

    /** A service's documents in type order (terms, privacy, …). */
    public List<Document> findAllByServiceId(long serviceId) {
        return jdbc.sql(SELECT + " WHERE service_id = :serviceId ORDER BY " + TYPE_ORDER + ", id")
                .param("serviceId", serviceId).query(MAPPER).list();
    }

    /** The documents whose text changed most recently, newest first. */
    public List<Document> findRecentlyChanged(int limit) {
        return jdbc.sql(SELECT + " WHERE last_changed_at IS NOT NULL ORDER BY last_changed_at DESC, id DESC LIMIT :limit")
                .param("limit", limit).query(MAPPER).list();
    }

    /** Every document that has a declaration, i.e. that can be fetched. */
    public List<Document> findAllTrackable() {
        return jdbc.sql(SELECT + " WHERE declaration IS NOT NULL ORDER BY id").query(MAPPER).list();
    }

    public long count() {
        return jdbc.sql("SELECT count(*) FROM documents").query(Long.class).single();
    }

    /**
     * Creates the document or updates its stored details; absent details keep the stored ones.
     *
     * @return the stored row
     */
    public Document save(DocumentDetails details) {
        jdbc.sql(SAVE)
                .param("serviceId", details.serviceId())
                .param("type", details.type().id())
                .param("title", details.title())
                .param("sourceUrl", details.sourceUrl())
                .param("jurisdiction", details.jurisdiction())
                .param("language", details.language())
                .param("declaration", details.declarationJson())
                .update();
        return findByServiceIdAndType(details.serviceId(), details.type()).orElseThrow();
    }

    /** Records that the document's text was read successfully at {@code at} (never moves backwards). */
    public void markChecked(long id, Instant at) {
        jdbc.sql("""
                UPDATE documents SET last_checked_at = greatest(coalesce(last_checked_at, :at), :at)
                WHERE id = :id""")
                .param("id", id).param("at", Rows.timestamp(at)).update();
    }

    /** Records that the document's text changed at {@code at}: the time of its newest version. */
    public void markChanged(long id, Instant at) {
        jdbc.sql("UPDATE documents SET last_changed_at = :at WHERE id = :id")
                .param("id", id).param("at", Rows.timestamp(at)).update();
    }
}

package org.fineprint.server.archive;

import java.util.List;
import java.util.Optional;
import org.fineprint.server.system.Rows;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Versions of documents: inserted, never updated or deleted (the database refuses both). */
@Repository
public class VersionRepository {
    private static final RowMapper<StoredVersion> MAPPER = (rs, n) -> new StoredVersion(
            rs.getLong("id"), rs.getLong("document_id"), rs.getString("text"), rs.getString("sha256"),
            rs.getString("change_key"), Rows.requiredInstant(rs, "fetched_at"),
            Rows.requiredInstant(rs, "recorded_at"), Origin.fromId(rs.getString("origin")),
            rs.getBoolean("technical_upgrade"), Rows.strings(rs, "snapshots"));

    private static final String SELECT = """
            SELECT v.id, v.document_id, v.text, v.sha256, v.change_key, v.fetched_at, v.recorded_at, v.origin,
                   v.technical_upgrade,
                   ARRAY(SELECT vs.snapshot_sha256::text FROM version_snapshots vs
                         WHERE vs.version_id = v.id ORDER BY vs.position) AS snapshots
            FROM versions v""";

    private static final String INSERT = """
            INSERT INTO versions (document_id, text, sha256, change_key, fetched_at, origin, technical_upgrade)
            VALUES (:documentId, :text, :sha256, :changeKey, :fetchedAt, :origin, :technicalUpgrade)
            RETURNING id""";

    private static final String INSERT_SNAPSHOT_LINK = """
            INSERT INTO version_snapshots (version_id, position, snapshot_sha256)
            VALUES (:versionId, :position, :sha256)""";

    private final JdbcClient jdbc;

    public VersionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts a version and links its snapshots; call inside a transaction. */
    public StoredVersion insert(NewVersion version) {
        long id = jdbc.sql(INSERT)
                .param("documentId", version.documentId())
                .param("text", version.text())
                .param("sha256", version.sha256())
                .param("changeKey", version.changeKey())
                .param("fetchedAt", Rows.timestamp(version.fetchedAt()))
                .param("origin", version.origin().id())
                .param("technicalUpgrade", version.technicalUpgrade())
                .query(Long.class).single();
        List<String> snapshots = version.snapshotSha256s();
        for (int i = 0; i < snapshots.size(); i++) {
            jdbc.sql(INSERT_SNAPSHOT_LINK).param("versionId", id).param("position", i)
                    .param("sha256", snapshots.get(i)).update();
        }
        return findById(id).orElseThrow();
    }

    public Optional<StoredVersion> findById(long id) {
        return jdbc.sql(SELECT + " WHERE v.id = :id").param("id", id).query(MAPPER).optional();
    }

    /** The document's current text: its most recently recorded version. */
    public Optional<StoredVersion> findLatestByDocumentId(long documentId) {
        return jdbc.sql(SELECT + " WHERE v.document_id = :documentId ORDER BY v.id DESC LIMIT 1")
                .param("documentId", documentId).query(MAPPER).optional();
    }

    /** All versions of a document, oldest first. */
    public List<StoredVersion> findAllByDocumentId(long documentId) {
        return jdbc.sql(SELECT + " WHERE v.document_id = :documentId ORDER BY v.id")
                .param("documentId", documentId).query(MAPPER).list();
    }

    /** All versions of a document without their texts, newest first. */
    public List<VersionSummary> findSummariesByDocumentId(long documentId) {
        return jdbc.sql("""
                SELECT id, fetched_at, sha256, length(text) AS chars, technical_upgrade FROM versions
                WHERE document_id = :documentId ORDER BY id DESC""")
                .param("documentId", documentId)
                .query((rs, n) -> new VersionSummary(rs.getLong("id"), Rows.requiredInstant(rs, "fetched_at"),
                        rs.getString("sha256"), rs.getInt("chars"), rs.getBoolean("technical_upgrade")))
                .list();
    }

    /** True when some version of the document, not only the latest, has this change key. */
    public boolean existsByDocumentIdAndChangeKey(long documentId, String changeKey) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM versions WHERE document_id = :documentId AND change_key = :key)")
                .param("documentId", documentId).param("key", changeKey).query(Boolean.class).single();
    }

    public long countByDocumentId(long documentId) {
        return jdbc.sql("SELECT count(*) FROM versions WHERE document_id = :documentId")
                .param("documentId", documentId).query(Long.class).single();
    }

    /** How many distinct documents have at least one version of the given origin. */
    public long countDocumentsWithOrigin(Origin origin) {
        return jdbc.sql("SELECT count(DISTINCT document_id) FROM versions WHERE origin = :origin")
                .param("origin", origin.id()).query(Long.class).single();
    }

    public long count() {
        return jdbc.sql("SELECT count(*) FROM versions").query(Long.class).single();
    }
}

package org.fineprint.server.archive;

import java.util.Optional;
import org.fineprint.archive.Hashes;
import org.fineprint.fetch.Snapshot;
import org.fineprint.server.system.Rows;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Raw snapshots, content-addressed by the SHA-256 of their bytes and stored gzip-compressed. */
@Repository
public class SnapshotRepository {
    private static final RowMapper<StoredSnapshot> MAPPER = (rs, n) -> new StoredSnapshot(
            rs.getString("sha256"), rs.getString("media_type"), Gzip.decompress(rs.getBytes("content")),
            rs.getString("url"), Rows.requiredInstant(rs, "first_fetched_at"));

    private static final String INSERT = """
            INSERT INTO snapshots (sha256, media_type, size, content, url, first_fetched_at)
            VALUES (:sha256, :mediaType, :size, :content, :url, :fetchedAt)
            ON CONFLICT (sha256) DO NOTHING""";

    private final JdbcClient jdbc;

    public SnapshotRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Stores a snapshot's bytes unless the same bytes are already stored.
     *
     * @return the SHA-256 of the bytes, the snapshot's key
     */
    public String insert(Snapshot snapshot) {
        String sha256 = Hashes.sha256Hex(snapshot.content());
        jdbc.sql(INSERT)
                .param("sha256", sha256)
                .param("mediaType", snapshot.mediaType())
                .param("size", (long) snapshot.content().length)
                .param("content", Gzip.compress(snapshot.content()))
                .param("url", snapshot.finalUrl().toString())
                .param("fetchedAt", Rows.timestamp(snapshot.fetchedAt()))
                .update();
        return sha256;
    }

    public Optional<StoredSnapshot> findBySha256(String sha256) {
        return jdbc.sql("SELECT sha256, media_type, content, url, first_fetched_at FROM snapshots WHERE sha256 = :sha256")
                .param("sha256", sha256).query(MAPPER).optional();
    }

    public long count() {
        return jdbc.sql("SELECT count(*) FROM snapshots").query(Long.class).single();
    }
}

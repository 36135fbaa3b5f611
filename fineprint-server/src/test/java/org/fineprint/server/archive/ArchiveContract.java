package org.fineprint.server.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.fineprint.archive.Hashes;
import org.fineprint.fetch.Snapshot;
import org.fineprint.registry.DocumentType;
import org.fineprint.server.TestNames;
import org.fineprint.server.registry.Document;
import org.fineprint.server.registry.DocumentDetails;
import org.fineprint.server.registry.DocumentRepository;
import org.fineprint.server.registry.Service;
import org.fineprint.server.registry.ServiceDetails;
import org.fineprint.server.registry.ServiceRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The archive rule and the archive's tables on a real PostgreSQL; run on the embedded and the external one. */
abstract class ArchiveContract {
    static final Instant MONDAY = Instant.parse("2026-03-02T08:00:00Z");
    static final Instant TUESDAY = Instant.parse("2026-03-03T08:00:00Z");
    static final Instant WEDNESDAY = Instant.parse("2026-03-04T08:00:00Z");

    @Autowired
    Archiver archiver;
    @Autowired
    ServiceRepository services;
    @Autowired
    DocumentRepository documents;
    @Autowired
    VersionRepository versions;
    @Autowired
    SnapshotRepository snapshots;
    @Autowired
    FetchAttemptRepository attempts;
    @Autowired
    JdbcClient jdbc;

    Document document;

    @BeforeEach
    void newDocument() {
        Service service = services.save(ServiceDetails.named(TestNames.unique("Svc")));
        document = documents.save(new DocumentDetails(service.id(), DocumentType.TERMS, "Terms of Service",
                "https://example.com/terms", null, "en", null));
    }

    @Test
    void recordsTheFirstTextAsANewVersion() {
        Archived archived = archiver.record(document.id(), "# Terms\n\nBe nice.\n", MONDAY, Origin.IMPORT, List.of());

        assertThat(archived.isNew()).isTrue();
        assertThat(archived.version().text()).isEqualTo("# Terms\n\nBe nice.\n");
        assertThat(archived.version().sha256()).isEqualTo("a5a59cc0b6e5c6de7e3ef792a2c503a59ae31ae4c0ce7b63472fddc0e25a76b9");
        assertThat(archived.version().origin()).isEqualTo(Origin.IMPORT);
        Document stored = documents.findById(document.id()).orElseThrow();
        assertThat(stored.lastCheckedAt()).isEqualTo(MONDAY);
        assertThat(stored.lastChangedAt()).isEqualTo(MONDAY);
    }

    @Test
    void sameTextAddsNoVersionButCountsAsChecked() {
        archiver.record(document.id(), "# Terms\n\nBe nice.\n", MONDAY, Origin.FETCH, List.of());

        Archived again = archiver.record(document.id(), "# Terms\n\nBe nice.\n", TUESDAY, Origin.FETCH, List.of());

        assertThat(again.isNew()).isFalse();
        assertThat(versions.countByDocumentId(document.id())).isEqualTo(1);
        Document stored = documents.findById(document.id()).orElseThrow();
        assertThat(stored.lastCheckedAt()).isEqualTo(TUESDAY);
        assertThat(stored.lastChangedAt()).isEqualTo(MONDAY);
    }

    @Test
    void realChangeAddsExactlyOneVersion() {
        archiver.record(document.id(), "# Terms\n\nBe nice.\n", MONDAY, Origin.FETCH, List.of());

        Archived changed = archiver.record(document.id(), "# Terms\n\nBe very nice.\n", TUESDAY, Origin.FETCH,
                List.of());
        Archived repeated = archiver.record(document.id(), "# Terms\n\nBe very nice.\n", WEDNESDAY, Origin.FETCH,
                List.of());

        assertThat(changed.isNew()).isTrue();
        assertThat(repeated.isNew()).isFalse();
        assertThat(versions.findAllByDocumentId(document.id())).extracting(StoredVersion::text)
                .containsExactly("# Terms\n\nBe nice.\n", "# Terms\n\nBe very nice.\n");
        assertThat(versions.findLatestByDocumentId(document.id()).orElseThrow().id()).isEqualTo(changed.version().id());
        Document stored = documents.findById(document.id()).orElseThrow();
        assertThat(stored.lastChangedAt()).isEqualTo(TUESDAY);
        assertThat(stored.lastCheckedAt()).isEqualTo(WEDNESDAY);
    }

    @Test
    void aFetchedTextThatGoesBackToAnEarlierOneIsANewVersion() {
        archiver.record(document.id(), "First.", MONDAY, Origin.FETCH, List.of());
        archiver.record(document.id(), "Second.", TUESDAY, Origin.FETCH, List.of());

        Archived reverted = archiver.record(document.id(), "First.", WEDNESDAY, Origin.FETCH, List.of());

        assertThat(reverted.isNew()).isTrue();
        assertThat(versions.countByDocumentId(document.id())).isEqualTo(3);
    }

    @Test
    void anImportedTextAlreadyInTheHistoryIsNotRecordedAgain() {
        archiver.record(document.id(), "As imported.", MONDAY, Origin.IMPORT, List.of());
        archiver.record(document.id(), "As fetched later.", TUESDAY, Origin.FETCH, List.of());

        Archived reimported = archiver.record(document.id(), "As imported.", MONDAY, Origin.IMPORT, List.of());

        assertThat(reimported.isNew()).isFalse();
        assertThat(reimported.version().text()).isEqualTo("As fetched later.");
        assertThat(versions.countByDocumentId(document.id())).isEqualTo(2);
    }

    @Test
    void refusesAnEmptyText() {
        assertThatThrownBy(() -> archiver.record(document.id(), " \n", MONDAY, Origin.FETCH, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(versions.countByDocumentId(document.id())).isZero();
    }

    @Test
    void versionsCannotBeUpdatedOrDeleted() {
        StoredVersion version = archiver.record(document.id(), "Text.", MONDAY, Origin.FETCH, List.of()).version();

        assertThatThrownBy(() -> jdbc.sql("UPDATE versions SET text = 'Changed.' WHERE id = :id")
                .param("id", version.id()).update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM versions WHERE id = :id").param("id", version.id()).update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThat(versions.findById(version.id()).orElseThrow().text()).isEqualTo("Text.");
    }

    @Test
    void storesEachSnapshotOnceAndReturnsItsBytesAsFetched() {
        byte[] html = ("<html><body><main>" + TestNames.unique("Terms ") + "</main></body></html>")
                .getBytes(StandardCharsets.UTF_8);
        Snapshot first = snapshot(html, MONDAY);
        Snapshot second = snapshot(html, TUESDAY);

        StoredVersion v1 = archiver.record(document.id(), "Terms one.", MONDAY, Origin.FETCH, List.of(first)).version();
        StoredVersion v2 = archiver.record(document.id(), "Terms two.", TUESDAY, Origin.FETCH, List.of(second))
                .version();

        assertThat(v1.snapshotSha256s()).hasSize(1).isEqualTo(v2.snapshotSha256s());
        StoredSnapshot stored = snapshots.findBySha256(v1.snapshotSha256s().getFirst()).orElseThrow();
        assertThat(stored.content()).isEqualTo(html);
        assertThat(stored.mediaType()).isEqualTo("text/html");
        assertThat(stored.firstFetchedAt()).isEqualTo(MONDAY);
        assertThat(jdbc.sql("SELECT size FROM snapshots WHERE sha256 = :sha").param("sha", stored.sha256())
                .query(Long.class).single()).isEqualTo(html.length);
    }

    @Test
    void keepsTheSnapshotsOfACombinedDocumentInOrder() {
        Snapshot part1 = snapshot(TestNames.unique("part one ").getBytes(StandardCharsets.UTF_8), MONDAY);
        Snapshot part2 = snapshot(TestNames.unique("part two ").getBytes(StandardCharsets.UTF_8), MONDAY);

        StoredVersion version = archiver.record(document.id(), "Both parts.", MONDAY, Origin.FETCH,
                List.of(part1, part2)).version();

        assertThat(version.snapshotSha256s()).containsExactly(Hashes.sha256Hex(part1.content()),
                Hashes.sha256Hex(part2.content()));
    }

    @Test
    void storesFetchAttemptsNewestFirst() {
        attempts.insert(new FetchAttempt(0, document.id(), MONDAY, FetchAttempt.Outcome.FAILED, 404, "not-found",
                "Fetch failed: page not found at https://example.com/terms", Duration.ofMillis(120), null));
        FetchAttempt latest = attempts.insert(new FetchAttempt(0, document.id(), TUESDAY,
                FetchAttempt.Outcome.FAILED, null, "timeout", "Fetch failed: no answer", Duration.ofSeconds(30),
                null));

        assertThat(attempts.findAllByDocumentId(document.id())).extracting(FetchAttempt::errorKind)
                .containsExactly("timeout", "not-found");
        assertThat(attempts.findLatestByDocumentId(document.id())).contains(latest);
        assertThat(latest.id()).isPositive();
    }

    @Test
    void databaseRefusesAFailedAttemptWithoutErrorKind() {
        assertThatThrownBy(() -> jdbc.sql("""
                INSERT INTO fetch_attempts (document_id, attempted_at, outcome, duration_ms)
                VALUES (:id, now(), 'failed', 0)""").param("id", document.id()).update())
                .isInstanceOf(DataAccessException.class);
    }

    private static Snapshot snapshot(byte[] content, Instant at) {
        return new Snapshot(URI.create("https://example.com/terms"), URI.create("https://example.com/terms"), 200,
                "text/html", "utf-8", content, at, "http");
    }
}

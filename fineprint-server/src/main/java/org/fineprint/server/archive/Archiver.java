package org.fineprint.server.archive;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.fineprint.archive.ChangeKey;
import org.fineprint.archive.Hashes;
import org.fineprint.fetch.Snapshot;
import org.fineprint.server.registry.Document;
import org.fineprint.server.registry.DocumentRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The archive rule: a text becomes a new version of its document only when its change key differs
 * from the latest version's, so re-reading an unchanged document (or one whose only change is a
 * "last updated" stamp) records nothing. Imported texts (files, samples) are history rather than
 * news: one already archived at any time is not recorded again, so re-importing the same files
 * after the document was fetched adds nothing either.
 *
 * <p>Every call runs in one transaction that locks the document row: the version, its snapshots
 * and the document's {@code last_checked_at} / {@code last_changed_at} are written together or
 * not at all, and two processes recording the same document take turns.
 */
@Component
public class Archiver {
    private static final Logger log = LoggerFactory.getLogger(Archiver.class);

    private final DocumentRepository documents;
    private final VersionRepository versions;
    private final SnapshotRepository snapshots;

    public Archiver(DocumentRepository documents, VersionRepository versions, SnapshotRepository snapshots) {
        this.documents = documents;
        this.versions = versions;
        this.snapshots = snapshots;
    }

    /**
     * Records a document's text as read at {@code fetchedAt}.
     *
     * @param documentId the document
     * @param text the normalised text; must not be blank
     * @param fetchedAt when it was read (for imports: when its source recorded it)
     * @param origin where it came from
     * @param fetched the snapshots it was extracted from, in declaration order (empty for imports);
     *     stored only when the text is a new version
     * @return whether a version was inserted, and the document's current version
     * @throws IllegalArgumentException when the document does not exist or the text is blank
     */
    @Transactional
    public Archived record(long documentId, String text, Instant fetchedAt, Origin origin, List<Snapshot> fetched) {
        if (text.isBlank()) {
            throw new IllegalArgumentException("refusing to archive an empty text for document " + documentId);
        }
        Document document = documents.findByIdForUpdate(documentId)
                .orElseThrow(() -> new IllegalArgumentException("no document with id " + documentId));
        String changeKey = changeKey(text);
        Optional<StoredVersion> latest = versions.findLatestByDocumentId(documentId);
        documents.markChecked(documentId, fetchedAt);
        if (latest.isPresent() && latest.get().changeKey().equals(changeKey)) {
            log.debug("unchanged document={} changeKey={}", documentId, changeKey);
            return new Archived(false, latest.get());
        }
        if (latest.isPresent() && origin != Origin.FETCH
                && versions.existsByDocumentIdAndChangeKey(documentId, changeKey)) {
            log.debug("already archived document={} changeKey={} origin={}", documentId, changeKey, origin.id());
            return new Archived(false, latest.get());
        }
        List<String> snapshotKeys = new ArrayList<>(fetched.size());
        for (Snapshot snapshot : fetched) {
            snapshotKeys.add(snapshots.insert(snapshot));
        }
        StoredVersion version = versions.insert(new NewVersion(documentId, text, Hashes.sha256Hex(text), changeKey,
                fetchedAt, origin, false, snapshotKeys));
        documents.markChanged(documentId, fetchedAt);
        log.debug("archived document={} type={} result=new-version version={} sha256={} origin={}",
                documentId, document.type().id(), version.id(), abbreviate(version.sha256()), origin.id());
        return new Archived(true, version);
    }

    /** The key two texts of the same document are compared by: the engine's {@link ChangeKey}. */
    static String changeKey(String text) {
        return ChangeKey.of(text).sha256();
    }

    private static String abbreviate(String sha256) {
        return sha256.substring(0, 12);
    }
}

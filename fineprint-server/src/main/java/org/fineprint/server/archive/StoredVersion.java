package org.fineprint.server.archive;

import java.time.Instant;
import java.util.List;

/**
 * One archived version of a document's text. Versions are append-only.
 *
 * @param id database id; later versions have larger ids
 * @param documentId the document
 * @param text the normalised text, as the analyser reads it
 * @param sha256 hex SHA-256 of the text (UTF-8)
 * @param changeKey the key that decides whether a text is a new version (ignores "last updated" stamps)
 * @param fetchedAt when the text was fetched (for imports and samples: when its source recorded it)
 * @param recordedAt when it was stored
 * @param origin where the text came from
 * @param technicalUpgrade true when only the extraction changed, not the document
 * @param snapshotSha256s hashes of the snapshots it was extracted from, in declaration order
 */
public record StoredVersion(long id, long documentId, String text, String sha256, String changeKey,
                            Instant fetchedAt, Instant recordedAt, Origin origin, boolean technicalUpgrade,
                            List<String> snapshotSha256s) {
    public StoredVersion {
        snapshotSha256s = List.copyOf(snapshotSha256s);
    }
}

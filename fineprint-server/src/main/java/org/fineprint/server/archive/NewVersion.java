package org.fineprint.server.archive;

import java.time.Instant;
import java.util.List;

/**
 * A version about to be inserted.
 *
 * @param documentId the document
 * @param text the normalised text
 * @param sha256 hex SHA-256 of the text (UTF-8)
 * @param changeKey the key compared with the previous version's
 * @param fetchedAt when the text was fetched or, for imports, recorded by its source
 * @param origin where it came from
 * @param technicalUpgrade true when only the extraction changed
 * @param snapshotSha256s the snapshots it was extracted from, already stored, in order
 */
public record NewVersion(long documentId, String text, String sha256, String changeKey, Instant fetchedAt,
                         Origin origin, boolean technicalUpgrade, List<String> snapshotSha256s) {
    public NewVersion {
        snapshotSha256s = List.copyOf(snapshotSha256s);
    }
}

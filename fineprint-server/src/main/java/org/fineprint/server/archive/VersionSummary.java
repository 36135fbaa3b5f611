package org.fineprint.server.archive;

import java.time.Instant;

/**
 * A version without its text, for lists of versions.
 *
 * @param id database id; later versions have larger ids
 * @param fetchedAt when the text was fetched (for imports: when its source recorded it)
 * @param sha256 hex SHA-256 of the text
 * @param chars length of the text
 * @param technicalUpgrade true when only the extraction changed
 */
public record VersionSummary(long id, Instant fetchedAt, String sha256, int chars, boolean technicalUpgrade) {
}

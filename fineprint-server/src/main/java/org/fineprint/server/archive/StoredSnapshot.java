package org.fineprint.server.archive;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Raw fetched bytes, stored once per content (the SHA-256 of the bytes is the key).
 *
 * @param sha256 hex SHA-256 of the raw bytes
 * @param mediaType media type as fetched, e.g. {@code text/html}
 * @param content the raw bytes (stored gzip-compressed, returned as fetched)
 * @param url the URL they were first fetched from, when known
 * @param firstFetchedAt when these bytes were first fetched
 */
public record StoredSnapshot(String sha256, String mediaType, byte[] content, @Nullable String url,
                             Instant firstFetchedAt) {
}

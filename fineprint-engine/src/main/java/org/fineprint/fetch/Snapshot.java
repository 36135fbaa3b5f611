package org.fineprint.fetch;

import java.net.URI;
import java.time.Instant;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Bytes as fetched, before extraction: kept (compressed) so text can be re-extracted later.
 *
 * @param url the URL asked for
 * @param finalUrl the URL the content came from after redirects (base for relative links)
 * @param status the HTTP status (200 for files and browser renders)
 * @param mediaType the media type without parameters, lower case (e.g. {@code text/html},
 *     {@code application/pdf}, {@code text/plain}, {@code text/markdown})
 * @param charset the declared character set, or {@code null} when unknown
 * @param content the raw bytes
 * @param fetchedAt when the content was received
 * @param fetcher which fetcher produced it: {@code http}, {@code browser} or {@code file}
 */
public record Snapshot(URI url, URI finalUrl, int status, String mediaType, @Nullable String charset,
                       byte[] content, Instant fetchedAt, String fetcher) {
    public Snapshot {
        mediaType = mediaType.toLowerCase(Locale.ROOT);
    }

    /** True for PDF content. */
    public boolean isPdf() {
        return mediaType.equals("application/pdf");
    }

    /** True for HTML or XHTML content. */
    public boolean isHtml() {
        return mediaType.equals("text/html") || mediaType.equals("application/xhtml+xml");
    }
}

package org.fineprint.server.publish.web;

import java.net.URI;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * What a search box text means: the words as typed, a compact name key ("Ali Express" and
 * "aliexpress" both give {@code aliexpress}) and, when it looks like an address
 * ({@code https://www.aliexpress.com/x}, {@code aliexpress.com}), its host and the host's first label.
 *
 * @param text the text, trimmed and cut to {@link #MAX_LENGTH}
 * @param key lower-case letters and digits of the name (or of the host's first label)
 * @param host the host without {@code www.}, or null when the text is not an address
 */
record SearchQuery(String text, String key, @Nullable String host) {
    /** Longest text searched for. */
    static final int MAX_LENGTH = 200;

    static SearchQuery parse(@Nullable String raw) {
        String text = raw == null ? "" : raw.strip();
        if (text.length() > MAX_LENGTH) {
            text = text.substring(0, MAX_LENGTH);
        }
        String host = host(text);
        String key = host != null ? compact(host.substring(0, host.indexOf('.'))) : compact(text);
        return new SearchQuery(text, key, host);
    }

    boolean isEmpty() {
        return text.isEmpty();
    }

    /** Lower-case letters and digits only. */
    static String compact(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "");
    }

    /** {@code https://www.AliExpress.com/item} → {@code aliexpress.com}; null for text that is not an address. */
    static @Nullable String host(String text) {
        if (text.contains(" ") || !text.contains(".")) {
            return null;
        }
        String candidate = text.matches("(?i)https?://.*") ? text : "http://" + text;
        try {
            String host = URI.create(candidate).getHost();
            if (host == null || !host.matches("[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+")) {
                return null;
            }
            host = host.toLowerCase(Locale.ROOT);
            return host.startsWith("www.") ? host.substring(4) : host;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}

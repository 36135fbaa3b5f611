package org.fineprint.server.publish.web;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fineprint.server.archive.StoredVersion;
import org.fineprint.server.archive.VersionRepository;
import org.fineprint.server.publish.web.DocumentHtml.Highlight;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The document viewer's HTML, kept for the most recently viewed (version, highlights) pairs: a version
 * never changes, so neither its text (read from the database) nor its rendering needs to be redone
 * until the published points change.
 */
@Component
class RenderedDocuments {
    /** How many renderings are kept (a few MB at most for long documents). */
    static final int CAPACITY = 48;

    private record Key(long versionId, List<Highlight> highlights, @Nullable URI base) {
    }

    private final VersionRepository versions;
    private final Map<Key, String> cache = new LinkedHashMap<>(CAPACITY, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, String> eldest) {
            return size() > CAPACITY;
        }
    };

    RenderedDocuments(VersionRepository versions) {
        this.versions = versions;
    }

    /**
     * The version's text as viewer HTML with these passages highlighted.
     *
     * @return the HTML, or empty when there is no such version
     */
    Optional<String> html(long versionId, List<Highlight> highlights, @Nullable URI base) {
        Key key = new Key(versionId, List.copyOf(highlights), base);
        synchronized (cache) {
            String html = cache.get(key);
            if (html != null) {
                return Optional.of(html);
            }
        }
        Optional<StoredVersion> version = versions.findById(versionId);
        if (version.isEmpty()) {
            return Optional.empty();
        }
        String html = DocumentHtml.render(version.get().text(), highlights, base);
        synchronized (cache) {
            cache.put(key, html);
        }
        return Optional.of(html);
    }
}

package org.fineprint.fetch;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import org.fineprint.fetch.FetchException.Reason;
import org.fineprint.registry.SourceDocument;

/** Loads a document named on a command line: a local file, a {@code file:} URL or an http(s) URL. */
public final class Sources {

    private Sources() {
    }

    /** True for strings the web fetcher handles: {@code http://…} and {@code https://…}. */
    public static boolean isWebUrl(String pathOrUrl) {
        String s = pathOrUrl.strip().toLowerCase(Locale.ROOT);
        return s.startsWith("http://") || s.startsWith("https://");
    }

    /**
     * Loads one document with no declaration rules.
     *
     * @see #load(String, SourceDocument, Fetcher, FetchSettings)
     */
    public static Snapshot load(String pathOrUrl, Fetcher web, FetchSettings settings) {
        return load(pathOrUrl, SourceDocument.of(URI.create("about:blank")), web, settings);
    }

    /**
     * Loads one document: http(s) URLs through {@code web} (normally a {@link DocumentFetcher}),
     * anything else from disk with a {@link FileFetcher}.
     *
     * @param pathOrUrl a file path, a {@code file:} URL or an http(s) URL
     * @param rules declaration rules for a URL ({@code executeClientScripts}); its own URL is ignored
     * @param web the fetcher for http(s) URLs
     * @param settings the size limit for files
     * @return the snapshot
     * @throws FetchException with a one-line message when the document cannot be loaded
     */
    public static Snapshot load(String pathOrUrl, SourceDocument rules, Fetcher web, FetchSettings settings) {
        String s = pathOrUrl.strip();
        FileFetcher files = new FileFetcher(settings.maxBytes(), Clock.systemUTC());
        if (isWebUrl(s)) {
            URI url = parse(s);
            return web.fetch(new SourceDocument(url, rules.select(), rules.remove(), rules.executeClientScripts(),
                    rules.filters()));
        }
        if (s.regionMatches(true, 0, "file:", 0, 5)) {
            URI url = parse(s);
            try {
                return files.load(Path.of(url));
            } catch (IllegalArgumentException e) {
                throw new FetchException(Reason.INVALID_URL, url, 0, "not a usable file URL (" + e.getMessage() + ")", e);
            }
        }
        if (s.matches("^[A-Za-z][A-Za-z0-9+.-]*://.*")) {
            throw new FetchException(Reason.INVALID_URL, parse(s), 0,
                    "only http(s) URLs and local files can be loaded");
        }
        if (s.isEmpty()) {
            throw new FetchException(Reason.INVALID_URL, Path.of("").toAbsolutePath().toUri(), 0,
                    "no file or URL given");
        }
        return files.load(Path.of(s));
    }

    private static URI parse(String s) {
        try {
            return new URI(s);
        } catch (URISyntaxException e) {
            URI quoted;
            try {
                quoted = new URI(null, s, null);
            } catch (URISyntaxException impossible) {
                quoted = URI.create("invalid:url");
            }
            throw new FetchException(Reason.INVALID_URL, quoted, 0,
                    "not a valid URL (" + e.getReason() + "); percent-encode spaces and special characters", e);
        }
    }
}

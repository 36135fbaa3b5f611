package org.fineprint.cli;

import java.net.URI;
import org.fineprint.extract.DefaultExtractor;
import org.fineprint.fetch.DocumentFetcher;
import org.fineprint.fetch.FetchException;
import org.fineprint.fetch.FetchSettings;
import org.fineprint.fetch.Snapshot;
import org.fineprint.fetch.Sources;
import org.fineprint.registry.SourceDocument;
import org.jspecify.annotations.Nullable;

/**
 * Loads the documents named on a command line: local files, or http(s) URLs fetched politely
 * (robots.txt, one request per host at a time, private networks refused unless allowed).
 */
final class SourceLoader {
    private final FetchSettings settings;
    private @Nullable DocumentFetcher web;

    /**
     * @param allowPrivateNetwork whether URLs may point at private, loopback or link-local addresses
     */
    SourceLoader(boolean allowPrivateNetwork) {
        // Local files may be as large as the extractor accepts; the web keeps its own limit per response.
        this.settings = FetchSettings.defaults().withAllowPrivateNetwork(allowPrivateNetwork)
                .withMaxBytes(DefaultExtractor.MAX_MARKUP_BYTES);
    }

    /**
     * Loads one source.
     *
     * @param source a file path or an http(s) URL
     * @param rules the declaration's rules for this page, or {@code null}; for a saved file its
     *     fetch URL becomes the base of relative links
     */
    Snapshot load(String source, @Nullable SourceDocument rules) {
        if (Sources.isWebUrl(source)) {
            return Sources.load(source, rules == null ? SourceDocument.of(URI.create(source)) : rules, web(), settings);
        }
        Snapshot file;
        try {
            file = Sources.load(source, web(), settings);
        } catch (FetchException e) {
            if (e.reason() == FetchException.Reason.NOT_FOUND) {
                throw new UsageException("no such file: " + source);
            }
            throw e;
        }
        if (rules == null) {
            return file;
        }
        URI base = rules.fetch();
        return new Snapshot(base, base, file.status(), file.mediaType(), file.charset(), file.content(),
                file.fetchedAt(), file.fetcher());
    }

    private DocumentFetcher web() {
        if (web == null) {
            web = DocumentFetcher.create(settings);
        }
        return web;
    }
}

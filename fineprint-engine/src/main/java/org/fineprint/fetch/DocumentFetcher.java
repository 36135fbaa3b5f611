package org.fineprint.fetch;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.fineprint.registry.Declaration;
import org.fineprint.registry.SourceDocument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The fetcher the server and the CLI use: headless browser when the declaration asks for client
 * scripts, plain HTTP otherwise, and the browser again when HTTP was refused in a way that often
 * means bot blocking (403, 406, 502), unless the declaration forbids it or no browser is installed.
 */
public final class DocumentFetcher implements Fetcher {
    private static final Logger log = LoggerFactory.getLogger(DocumentFetcher.class);

    private final Fetcher http;
    private final BrowserFetcher browser;

    /**
     * @param http the plain fetcher, normally an {@link HttpFetcher}
     * @param browser the headless-browser fetcher
     */
    public DocumentFetcher(Fetcher http, BrowserFetcher browser) {
        this.http = http;
        this.browser = browser;
    }

    /** HTTP and browser fetchers sharing one guard, host throttle and robots.txt cache. */
    public static DocumentFetcher create(FetchSettings settings) {
        return create(settings, AddressGuard.of(settings), Clock.systemUTC());
    }

    /**
     * HTTP and browser fetchers sharing one guard, host throttle and robots.txt cache.
     *
     * @param guard the address guard (normally {@link AddressGuard#of(FetchSettings)})
     * @param clock stamps snapshots and expires cached robots.txt rules
     */
    public static DocumentFetcher create(FetchSettings settings, AddressGuard guard, Clock clock) {
        HostThrottle throttle = new HostThrottle(settings.hostDelay());
        RobotsPolicy robots = new RobotsPolicy(settings, guard, throttle, clock);
        return new DocumentFetcher(new HttpFetcher(settings, guard, throttle, robots, clock),
                new BrowserFetcher(settings, guard, throttle, robots, clock));
    }

    /**
     * Fetches one source document, choosing plain HTTP or the browser.
     *
     * @throws FetchException the browser's failure when the browser was used (with the HTTP
     *     failure suppressed after a fallback), else the HTTP failure
     */
    @Override
    public Snapshot fetch(SourceDocument source) {
        if (source.requiresBrowser()) {
            return browser.fetch(source);
        }
        try {
            return http.fetch(source);
        } catch (FetchException e) {
            if (!e.mayBeBotBlocking() || !source.allowsBrowserFallback()) {
                throw e;
            }
            if (!browser.isAvailable()) {
                log.info("no browser fallback url={} status={} cause=no browser installed", source.fetch(), e.status());
                throw e;
            }
            log.info("falling back to browser url={} status={}", source.fetch(), e.status());
            try {
                return browser.fetch(source);
            } catch (FetchException browserFailure) {
                browserFailure.addSuppressed(e);
                throw browserFailure;
            }
        }
    }

    /**
     * Fetches every source of a declaration, in order ({@code combine}).
     *
     * @return one snapshot per source
     * @throws FetchException the first failure, with the failures of later sources suppressed,
     *     so one error lists every reason
     */
    public List<Snapshot> fetchAll(Declaration declaration) {
        List<Snapshot> snapshots = new ArrayList<>();
        FetchException first = null;
        for (SourceDocument source : declaration.sources()) {
            try {
                snapshots.add(fetch(source));
            } catch (FetchException e) {
                if (first == null) {
                    first = e;
                } else {
                    first.addSuppressed(e);
                }
            }
        }
        if (first != null) {
            throw first;
        }
        return List.copyOf(snapshots);
    }
}

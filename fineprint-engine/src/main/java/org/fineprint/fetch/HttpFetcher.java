package org.fineprint.fetch;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.fineprint.fetch.FetchException.Reason;
import org.fineprint.registry.SourceDocument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fetches with plain HTTP (the JDK client, HTTP/1.1 and HTTP/2). Redirects are followed by hand
 * so every hop passes the {@link AddressGuard} and robots.txt: at most
 * {@link FetchSettings#maxRedirects()}, and a URL seen twice is reported as a redirect loop.
 * Requests are serialised per host ({@link HostThrottle}); bodies are capped while streaming; the
 * media type comes from Content-Type, checked against the bytes. Thread-safe.
 */
public final class HttpFetcher implements Fetcher {
    private static final Logger log = LoggerFactory.getLogger(HttpFetcher.class);

    /** The {@link Snapshot#fetcher()} name of this fetcher. */
    public static final String NAME = "http";

    private final FetchSettings settings;
    private final AddressGuard guard;
    private final HttpTransport transport;
    private final RobotsPolicy robots;
    private final Clock clock;

    /** A fetcher with its own guard, throttle and robots.txt cache, as the settings ask. */
    public HttpFetcher(FetchSettings settings) {
        this(settings, AddressGuard.of(settings), new HostThrottle(settings.hostDelay()), Clock.systemUTC());
    }

    /** A fetcher with its own robots.txt cache. */
    public HttpFetcher(FetchSettings settings, AddressGuard guard, HostThrottle throttle, Clock clock) {
        this(settings, guard, throttle, new RobotsPolicy(settings, guard, throttle, clock), clock);
    }

    /**
     * @param settings timeouts, limits and headers
     * @param guard checks the first URL and every redirect hop
     * @param throttle serialises requests per host (share it with the other fetchers)
     * @param robots the robots.txt policy (share it with the other fetchers)
     * @param clock stamps {@link Snapshot#fetchedAt()}
     */
    public HttpFetcher(FetchSettings settings, AddressGuard guard, HostThrottle throttle, RobotsPolicy robots,
                       Clock clock) {
        this.settings = settings;
        this.guard = guard;
        this.transport = new HttpTransport(settings, guard, throttle);
        this.robots = robots;
        this.clock = clock;
    }

    /** Fetches the source's URL; the declaration's other rules do not matter here. */
    @Override
    public Snapshot fetch(SourceDocument source) {
        return fetch(source.fetch());
    }

    /**
     * Fetches one URL, following redirects.
     *
     * @param url an http(s) URL
     * @return the content of the last hop, with its status and media type
     * @throws FetchException with the reason the fetch failed
     */
    public Snapshot fetch(URI url) {
        long start = System.nanoTime();
        try {
            Snapshot snapshot = follow(url);
            log.info("fetched url={} status={} bytes={} fetcher={} ms={}", url, snapshot.status(),
                    snapshot.content().length, NAME, millisSince(start));
            return snapshot;
        } catch (FetchException e) {
            log.info("fetch failed url={} reason={} status={} fetcher={} ms={}", url, e.reason().kind(),
                    e.status(), NAME, millisSince(start));
            throw e;
        }
    }

    private Snapshot follow(URI url) {
        URI current = withoutFragment(url);
        Set<URI> seen = new HashSet<>(Set.of(current));
        for (int redirects = 0; ; redirects++) {
            guard.check(current);
            robots.check(current);
            HttpTransport.Response response = transport.get(current, settings.maxBytes());
            if (response.isRedirect()) {
                URI next = location(current, response);
                if (!seen.add(next)) {
                    throw new FetchException(Reason.TOO_MANY_REDIRECTS, url, response.status(),
                            "redirect loop: " + current + " leads back to " + next + "; the site may need cookies"
                                    + " or a browser (set executeClientScripts)");
                }
                if (redirects >= settings.maxRedirects()) {
                    throw new FetchException(Reason.TOO_MANY_REDIRECTS, url, response.status(),
                            "more than " + settings.maxRedirects() + " redirects (last to " + next
                                    + "); track the final URL instead");
                }
                log.debug("redirect from={} to={} status={}", current, next, response.status());
                current = next;
                continue;
            }
            if (!response.isSuccess()) {
                throw FetchException.forStatus(current, response.status());
            }
            if (response.body().length == 0) {
                throw new FetchException(Reason.EMPTY, current, response.status(),
                        "the server answered " + response.status() + " with an empty body; try again later");
            }
            MediaTypes.ContentType declared = MediaTypes.parse(response.header("Content-Type"));
            String mediaType = MediaTypes.resolve(current, declared, response.body());
            return new Snapshot(url, current, response.status(), mediaType,
                    declared == null ? null : declared.charset(), response.body(), clock.instant(), NAME);
        }
    }

    private static URI location(URI current, HttpTransport.Response response) {
        String location = response.header("Location");
        if (location == null || location.isBlank()) {
            throw new FetchException(Reason.HTTP_ERROR, current, response.status(),
                    "the server answered " + response.status() + " without a Location header");
        }
        URI next;
        try {
            next = current.resolve(new URI(location.strip()));
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new FetchException(Reason.INVALID_URL, current, response.status(),
                    "the redirect target \"" + location.strip() + "\" is not a valid URL", e);
        }
        return withoutFragment(next);
    }

    private static URI withoutFragment(URI uri) {
        if (uri.getRawFragment() == null) {
            return uri;
        }
        String text = uri.toString();
        return URI.create(text.substring(0, text.indexOf('#')));
    }

    static long millisSince(long startNanos) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos);
    }
}

package org.fineprint.fetch;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.fineprint.fetch.FetchException.Reason;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Obeys robots.txt for the {@value FetchSettings#ROBOTS_AGENT} token. Each host's robots.txt is
 * fetched once (through the {@link AddressGuard} and {@link HostThrottle}) and kept for a day.
 * A missing robots.txt (4xx) allows everything; an unreachable one (5xx, 429, network failure,
 * a refused redirect) also allows everything, with a warning, and is asked again after an hour.
 * Thread-safe: concurrent fetches to one host share one robots.txt request.
 */
public final class RobotsPolicy {
    private static final Logger log = LoggerFactory.getLogger(RobotsPolicy.class);

    /** How long a fetched robots.txt is trusted. */
    public static final Duration DEFAULT_TTL = Duration.ofHours(24);
    /** How long an unreachable robots.txt counts as "allow all" before it is asked again. */
    static final Duration UNREACHABLE_TTL = Duration.ofHours(1);
    /** Larger robots.txt files are treated as unreachable (Google reads 500 KiB). */
    static final long MAX_ROBOTS_BYTES = 512 * 1024;

    private final boolean enabled;
    private final HttpTransport transport;
    private final Clock clock;
    private final Duration ttl;
    private final int maxRedirects;
    private final Map<String, Entry> cache = new ConcurrentHashMap<>();
    private final Map<String, Object> locks = new ConcurrentHashMap<>();

    private record Entry(BaseRobotRules rules, Instant expires) {
    }

    /**
     * @param settings whether robots.txt is obeyed at all, and the HTTP limits for fetching it
     * @param guard checks robots.txt URLs and their redirects
     * @param throttle shared with the fetchers, so robots.txt requests count against the host
     * @param clock decides when cached rules expire
     */
    public RobotsPolicy(FetchSettings settings, AddressGuard guard, HostThrottle throttle, Clock clock) {
        this(settings, new HttpTransport(settings, guard, throttle), clock, DEFAULT_TTL);
    }

    RobotsPolicy(FetchSettings settings, HttpTransport transport, Clock clock, Duration ttl) {
        this.enabled = settings.respectRobotsTxt();
        this.transport = transport;
        this.clock = clock;
        this.ttl = ttl;
        this.maxRedirects = settings.maxRedirects();
    }

    /**
     * Throws when robots.txt disallows the URL.
     *
     * @throws FetchException {@code ROBOTS_DISALLOWED} naming the robots.txt, or
     *     {@code INVALID_URL} for a URL that is not http(s)
     */
    public void check(URI url) {
        if (!isAllowed(url)) {
            throw new FetchException(Reason.ROBOTS_DISALLOWED, url, 0, "robots.txt at " + robotsUrl(url)
                    + " disallows this URL for " + FetchSettings.ROBOTS_AGENT
                    + "; ask the site's owner, or track another URL of the document");
        }
    }

    /**
     * Says whether robots.txt allows the URL, fetching robots.txt when it is not cached.
     *
     * @return true when allowed, or when robots.txt is not obeyed at all
     */
    public boolean isAllowed(URI url) {
        AddressGuard.hostOf(url);
        if (!enabled) {
            return true;
        }
        return rulesFor(robotsUrl(url)).isAllowed(url.toString());
    }

    private BaseRobotRules rulesFor(URI robotsUrl) {
        String key = robotsUrl.toString();
        Entry entry = cache.get(key);
        if (entry != null && clock.instant().isBefore(entry.expires())) {
            return entry.rules();
        }
        synchronized (locks.computeIfAbsent(key, k -> new Object())) {
            entry = cache.get(key);
            if (entry == null || !clock.instant().isBefore(entry.expires())) {
                entry = fetch(robotsUrl);
                cache.put(key, entry);
            }
            return entry.rules();
        }
    }

    private Entry fetch(URI robotsUrl) {
        URI current = robotsUrl;
        Set<URI> seen = new HashSet<>(List.of(current));
        for (int hop = 0; hop <= maxRedirects; hop++) {
            HttpTransport.Response response;
            try {
                response = transport.get(current, MAX_ROBOTS_BYTES);
            } catch (FetchException e) {
                return unreachable(robotsUrl, e.reason().kind() + " (" + e.getMessage() + ")");
            }
            int status = response.status();
            if (response.isRedirect()) {
                String location = response.header("Location");
                URI next = location == null ? null : resolve(current, location);
                if (next == null || !seen.add(next)) {
                    break;
                }
                current = next;
                continue;
            }
            if (response.isSuccess()) {
                log.debug("robots.txt read url={} bytes={}", current, response.body().length);
                SimpleRobotRules rules = new SimpleRobotRulesParser().parseContent(current.toString(),
                        response.body(), response.header("Content-Type"),
                        List.of(FetchSettings.ROBOTS_AGENT.toLowerCase(Locale.ROOT)));
                return new Entry(rules, clock.instant().plus(ttl));
            }
            if (status == 429 || status >= 500) {
                return unreachable(robotsUrl, "status " + status);
            }
            log.debug("robots.txt absent url={} status={}; allowing all", current, status);
            return new Entry(allowAll(), clock.instant().plus(ttl));
        }
        return unreachable(robotsUrl, "redirect loop or too many redirects");
    }

    private Entry unreachable(URI robotsUrl, String why) {
        log.warn("robots.txt unreachable url={} cause={}; allowing all for {}", robotsUrl, why, UNREACHABLE_TTL);
        return new Entry(allowAll(), clock.instant().plus(UNREACHABLE_TTL));
    }

    private static SimpleRobotRules allowAll() {
        return new SimpleRobotRules(SimpleRobotRules.RobotRulesMode.ALLOW_ALL);
    }

    private static @Nullable URI resolve(URI base, String location) {
        try {
            return base.resolve(new URI(location.strip()));
        } catch (URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }

    static URI robotsUrl(URI url) {
        try {
            return new URI(url.getScheme().toLowerCase(Locale.ROOT), null, url.getHost().toLowerCase(Locale.ROOT),
                    url.getPort(), "/robots.txt", null, null);
        } catch (URISyntaxException e) {
            throw new FetchException(Reason.INVALID_URL, url, 0, "the URL is not valid (" + e.getMessage() + ")", e);
        }
    }
}

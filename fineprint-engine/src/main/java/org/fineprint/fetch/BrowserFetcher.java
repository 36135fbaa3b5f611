package org.fineprint.fetch;

import java.io.IOException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeoutException;
import org.fineprint.fetch.FetchException.Reason;
import org.fineprint.registry.SourceDocument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Renders a page in headless Chromium (Debian's {@code chromium}) and returns its DOM, for pages
 * that build their text with JavaScript or refuse plain HTTP clients. Each fetch starts a fresh
 * browser with a temporary profile, driven over the DevTools protocol, and kills it afterwards;
 * the whole render is bounded by {@link FetchSettings#browserTimeout()}.
 *
 * <p>The URL passes the {@link AddressGuard} and robots.txt before the browser starts; inside
 * the browser, every request the page makes (redirects, frames, scripts, images) is checked by
 * the guard before it may go out, and the main document's redirects also by robots.txt and the
 * redirect limit. With a strict guard the first host is pinned to the address checked
 * ({@code --host-resolver-rules}). Not covered: requests from service workers and WebSockets,
 * and DNS answers that change between the guard's check and Chromium's own lookup of other hosts.
 *
 * <p>The browser presents itself as desktop Chrome (the "Headless" marker is dropped from its
 * User-Agent), since this fetcher is the fallback for sites that block robots; robots.txt is
 * still obeyed under the {@value FetchSettings#ROBOTS_AGENT} token.
 */
public final class BrowserFetcher implements Fetcher {
    private static final Logger log = LoggerFactory.getLogger(BrowserFetcher.class);

    /** The {@link Snapshot#fetcher()} name of this fetcher. */
    public static final String NAME = "browser";
    static final String INSTALL_HINT =
            "install Debian's chromium package or set fineprint.fetch.browser.executable";

    private final FetchSettings settings;
    private final AddressGuard guard;
    private final HostThrottle throttle;
    private final RobotsPolicy robots;
    private final Clock clock;
    private final ExecutorService checks = Executors.newVirtualThreadPerTaskExecutor();

    /** A fetcher with its own guard, throttle and robots.txt cache, as the settings ask. */
    public BrowserFetcher(FetchSettings settings) {
        this(settings, AddressGuard.of(settings), new HostThrottle(settings.hostDelay()), Clock.systemUTC());
    }

    /** A fetcher with its own robots.txt cache. */
    public BrowserFetcher(FetchSettings settings, AddressGuard guard, HostThrottle throttle, Clock clock) {
        this(settings, guard, throttle, new RobotsPolicy(settings, guard, throttle, clock), clock);
    }

    /**
     * @param settings the executable, the render timeout, the size limit and the Accept-Language
     * @param guard checks the URL and every request of the page
     * @param throttle serialises the render with other requests to the same host
     * @param robots the robots.txt policy (share it with the other fetchers)
     * @param clock stamps {@link Snapshot#fetchedAt()}
     */
    public BrowserFetcher(FetchSettings settings, AddressGuard guard, HostThrottle throttle, RobotsPolicy robots,
                          Clock clock) {
        this.settings = settings;
        this.guard = guard;
        this.throttle = throttle;
        this.robots = robots;
        this.clock = clock;
    }

    /** True when the configured browser executable exists. */
    public boolean isAvailable() {
        Path executable = settings.browserExecutable();
        return executable != null && Files.isExecutable(executable) && !Files.isDirectory(executable);
    }

    /** Renders the source's URL. */
    @Override
    public Snapshot fetch(SourceDocument source) {
        return fetch(source.fetch());
    }

    /**
     * Renders one URL.
     *
     * @param url an http(s) URL
     * @return the rendered DOM as UTF-8 HTML (or the raw bytes of a PDF or text document)
     * @throws FetchException {@code BROWSER_UNAVAILABLE} when no browser is installed, else the
     *     reason the render failed ({@code TIMEOUT} when it took too long)
     */
    public Snapshot fetch(URI url) {
        long start = System.nanoTime();
        try {
            Snapshot snapshot = render(url);
            log.info("fetched url={} status={} bytes={} fetcher={} ms={}", url, snapshot.status(),
                    snapshot.content().length, NAME, HttpFetcher.millisSince(start));
            return snapshot;
        } catch (FetchException e) {
            log.info("fetch failed url={} reason={} status={} fetcher={} ms={}", url, e.reason().kind(),
                    e.status(), NAME, HttpFetcher.millisSince(start));
            throw e;
        }
    }

    private Snapshot render(URI url) {
        Path executable = settings.browserExecutable();
        if (executable == null || !isAvailable()) {
            throw new FetchException(Reason.BROWSER_UNAVAILABLE, url, 0, "no headless browser found"
                    + (executable == null ? "" : " at " + executable) + "; " + INSTALL_HINT);
        }
        List<InetAddress> addresses = guard.check(url);
        robots.check(url);
        try (HostThrottle.Permit permit = throttle.acquire(url)) {
            return render(url, executable, pinning(url, addresses));
        }
    }

    private Snapshot render(URI url, Path executable, List<String> flags) {
        Instant deadline = Instant.now().plus(settings.browserTimeout());
        BrowserProcess browser;
        try {
            browser = BrowserProcess.start(executable, flags, deadline);
        } catch (IOException e) {
            throw new FetchException(Reason.BROWSER_UNAVAILABLE, url, 0, "could not start " + executable + " ("
                    + HttpTransport.oneLine(e) + "); " + INSTALL_HINT, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FetchException(Reason.NETWORK, url, 0, "interrupted while starting the browser", e);
        }
        BrowserPage page = new BrowserPage(url, settings, guard, robots, checks);
        long maxMessage = Math.min(Integer.MAX_VALUE - 16, settings.maxBytes() * 2 + 65_536);
        try (browser; DevToolsConnection connection = DevToolsConnection.open(browser.endpoint(),
                BrowserProcess.remaining(deadline), maxMessage, page::onEvent)) {
            try {
                return page.load(connection, clock, deadline);
            } catch (IOException e) {
                if (connection.overflowed()) {
                    throw new FetchException(Reason.TOO_LARGE, url, 200, "the rendered page is over the limit of "
                            + settings.maxBytes() + " bytes", e);
                }
                throw e;
            }
        } catch (TimeoutException e) {
            throw new FetchException(Reason.TIMEOUT, url, 0, "the browser did not finish within "
                    + settings.browserTimeout().toSeconds() + " s; try again later", e);
        } catch (IOException e) {
            throw new FetchException(Reason.NETWORK, url, 0, "the headless browser failed ("
                    + HttpTransport.oneLine(e) + "); try again later", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FetchException(Reason.NETWORK, url, 0, "interrupted while rendering", e);
        }
    }

    /** The failure for Chromium's net error of a navigation ({@code net::ERR_…}). */
    static FetchException navigationError(URI url, String error) {
        String detail = "the browser could not load the page (" + error + ")";
        if (error.contains("NAME_NOT_RESOLVED")) {
            return new FetchException(Reason.NETWORK, url, 0, "could not resolve host " + url.getHost()
                    + "; check the URL and the network");
        }
        if (error.contains("TIMED_OUT")) {
            return new FetchException(Reason.TIMEOUT, url, 0, detail + "; try again later");
        }
        if (error.contains("TOO_MANY_REDIRECTS")) {
            return new FetchException(Reason.TOO_MANY_REDIRECTS, url, 0, detail + "; track the final URL instead");
        }
        if (error.contains("INVALID_URL") || error.contains("UNSAFE_PORT") || error.contains("DISALLOWED_URL_SCHEME")) {
            return new FetchException(Reason.INVALID_URL, url, 0, detail);
        }
        return new FetchException(Reason.NETWORK, url, 0, detail + "; try again later");
    }

    /** Pins the first host to the address the guard checked, so Chromium cannot be sent elsewhere. */
    private static List<String> pinning(URI url, List<InetAddress> addresses) {
        String host = AddressGuard.hostOf(url);
        if (addresses.isEmpty() || host.equals(addresses.getFirst().getHostAddress()) || host.contains(":")) {
            return List.of();
        }
        InetAddress first = addresses.getFirst();
        String ip = first instanceof Inet6Address ? "[" + first.getHostAddress() + "]" : first.getHostAddress();
        return List.of("--host-resolver-rules=MAP " + host + " " + ip);
    }
}

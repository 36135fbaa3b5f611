package org.fineprint.fetch;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * How the fetchers behave: timeouts, size and redirect limits, politeness and safety switches.
 * Plain values, so the CLI and the server can map their own options onto it.
 *
 * @param connectTimeout how long to wait for a TCP/TLS connection
 * @param timeout how long one HTTP request may take, from sending it to the last body byte
 * @param maxBytes the largest body accepted, in bytes (after decompression)
 * @param maxRedirects how many redirects one fetch follows
 * @param hostDelay the pause between the end of one request to a host and the next one
 * @param userAgent the User-Agent sent by the HTTP fetcher
 * @param acceptLanguage the Accept-Language sent by both fetchers
 * @param allowPrivateNetwork true to fetch loopback, private and link-local addresses too
 * @param respectRobotsTxt true to obey the host's robots.txt
 * @param browserExecutable the Chromium executable, or {@code null} when none is installed
 * @param browserTimeout how long one headless-browser render may take before it is killed
 */
public record FetchSettings(Duration connectTimeout, Duration timeout, long maxBytes, int maxRedirects,
                            Duration hostDelay, String userAgent, String acceptLanguage,
                            boolean allowPrivateNetwork, boolean respectRobotsTxt,
                            @Nullable Path browserExecutable, Duration browserTimeout) {

    /** The product token robots.txt rules are matched against. */
    public static final String ROBOTS_AGENT = "Fineprint";
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
    public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;
    public static final int DEFAULT_MAX_REDIRECTS = 5;
    public static final Duration DEFAULT_HOST_DELAY = Duration.ofSeconds(1);
    public static final String DEFAULT_USER_AGENT = ROBOTS_AGENT + "/" + org.fineprint.Version.current()
            + " (+https://github.com/fineprint/fineprint; legal-document archiver)";
    public static final String DEFAULT_ACCEPT_LANGUAGE = "en";
    public static final Duration DEFAULT_BROWSER_TIMEOUT = Duration.ofSeconds(30);
    /** Where a browser is looked for, in order: absolute paths as they are, other names on PATH. */
    public static final List<String> BROWSER_CANDIDATES =
            List.of("/usr/bin/chromium", "chromium", "chromium-browser", "google-chrome");

    public FetchSettings {
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(hostDelay, "hostDelay");
        Objects.requireNonNull(browserTimeout, "browserTimeout");
        requirePositive(connectTimeout, "connectTimeout");
        requirePositive(timeout, "timeout");
        requirePositive(browserTimeout, "browserTimeout");
        if (hostDelay.isNegative()) {
            throw new IllegalArgumentException("hostDelay must not be negative: " + hostDelay);
        }
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
        }
        if (maxRedirects < 0) {
            throw new IllegalArgumentException("maxRedirects must not be negative: " + maxRedirects);
        }
        if (userAgent.isBlank()) {
            throw new IllegalArgumentException("userAgent is blank");
        }
    }

    /** The defaults: safe (no private network, robots.txt obeyed) and polite (1 s per host). */
    public static FetchSettings defaults() {
        return new FetchSettings(DEFAULT_CONNECT_TIMEOUT, DEFAULT_TIMEOUT, DEFAULT_MAX_BYTES,
                DEFAULT_MAX_REDIRECTS, DEFAULT_HOST_DELAY, DEFAULT_USER_AGENT, DEFAULT_ACCEPT_LANGUAGE,
                false, true, findBrowser(System.getenv("PATH")), DEFAULT_BROWSER_TIMEOUT);
    }

    /** These settings with another connect timeout. */
    public FetchSettings withConnectTimeout(Duration value) {
        return new FetchSettings(value, timeout, maxBytes, maxRedirects, hostDelay, userAgent,
                acceptLanguage, allowPrivateNetwork, respectRobotsTxt, browserExecutable, browserTimeout);
    }

    /** These settings with another request timeout (headers and body). */
    public FetchSettings withTimeout(Duration value) {
        return new FetchSettings(connectTimeout, value, maxBytes, maxRedirects, hostDelay, userAgent,
                acceptLanguage, allowPrivateNetwork, respectRobotsTxt, browserExecutable, browserTimeout);
    }

    /** These settings with another body size limit, in bytes. */
    public FetchSettings withMaxBytes(long value) {
        return new FetchSettings(connectTimeout, timeout, value, maxRedirects, hostDelay, userAgent,
                acceptLanguage, allowPrivateNetwork, respectRobotsTxt, browserExecutable, browserTimeout);
    }

    /** These settings with another redirect limit. */
    public FetchSettings withMaxRedirects(int value) {
        return new FetchSettings(connectTimeout, timeout, maxBytes, value, hostDelay, userAgent,
                acceptLanguage, allowPrivateNetwork, respectRobotsTxt, browserExecutable, browserTimeout);
    }

    /** These settings with another pause between requests to one host (tests use zero). */
    public FetchSettings withHostDelay(Duration value) {
        return new FetchSettings(connectTimeout, timeout, maxBytes, maxRedirects, value, userAgent,
                acceptLanguage, allowPrivateNetwork, respectRobotsTxt, browserExecutable, browserTimeout);
    }

    /** These settings with another User-Agent for plain HTTP. */
    public FetchSettings withUserAgent(String value) {
        return new FetchSettings(connectTimeout, timeout, maxBytes, maxRedirects, hostDelay, value,
                acceptLanguage, allowPrivateNetwork, respectRobotsTxt, browserExecutable, browserTimeout);
    }

    /** These settings with another Accept-Language. */
    public FetchSettings withAcceptLanguage(String value) {
        return new FetchSettings(connectTimeout, timeout, maxBytes, maxRedirects, hostDelay, userAgent,
                value, allowPrivateNetwork, respectRobotsTxt, browserExecutable, browserTimeout);
    }

    /** These settings with private, loopback and link-local addresses allowed or refused. */
    public FetchSettings withAllowPrivateNetwork(boolean value) {
        return new FetchSettings(connectTimeout, timeout, maxBytes, maxRedirects, hostDelay, userAgent,
                acceptLanguage, value, respectRobotsTxt, browserExecutable, browserTimeout);
    }

    /** These settings with robots.txt obeyed or ignored. */
    public FetchSettings withRespectRobotsTxt(boolean value) {
        return new FetchSettings(connectTimeout, timeout, maxBytes, maxRedirects, hostDelay, userAgent,
                acceptLanguage, allowPrivateNetwork, value, browserExecutable, browserTimeout);
    }

    /** These settings with another browser executable ({@code null}: none installed). */
    public FetchSettings withBrowserExecutable(@Nullable Path value) {
        return new FetchSettings(connectTimeout, timeout, maxBytes, maxRedirects, hostDelay, userAgent,
                acceptLanguage, allowPrivateNetwork, respectRobotsTxt, value, browserTimeout);
    }

    /** These settings with another limit for one browser render. */
    public FetchSettings withBrowserTimeout(Duration value) {
        return new FetchSettings(connectTimeout, timeout, maxBytes, maxRedirects, hostDelay, userAgent,
                acceptLanguage, allowPrivateNetwork, respectRobotsTxt, browserExecutable, value);
    }

    /**
     * Finds the first installed browser of {@link #BROWSER_CANDIDATES}.
     *
     * @param path the PATH to search for bare names (may be {@code null})
     * @return the executable, or {@code null} when none is installed
     */
    public static @Nullable Path findBrowser(@Nullable String path) {
        return findBrowser(BROWSER_CANDIDATES, path);
    }

    static @Nullable Path findBrowser(List<String> candidates, @Nullable String path) {
        for (String candidate : candidates) {
            if (candidate.startsWith("/")) {
                Path p = Path.of(candidate);
                if (Files.isExecutable(p) && !Files.isDirectory(p)) {
                    return p;
                }
                continue;
            }
            if (path == null) {
                continue;
            }
            for (String dir : path.split(File.pathSeparator)) {
                if (dir.isEmpty()) {
                    continue;
                }
                Path p = Path.of(dir, candidate);
                if (Files.isExecutable(p) && !Files.isDirectory(p)) {
                    return p;
                }
            }
        }
        return null;
    }

    private static void requirePositive(Duration d, String name) {
        if (d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(name + " must be positive: " + d);
        }
    }
}

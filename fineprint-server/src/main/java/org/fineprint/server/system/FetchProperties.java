package org.fineprint.server.system;

import java.nio.file.Path;
import java.time.Duration;
import org.fineprint.fetch.FetchSettings;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How documents are fetched ({@code fineprint.fetch.*}); unset values take the engine's defaults
 * ({@link FetchSettings}'s {@code DEFAULT_…} constants).
 *
 * @param allowPrivateNetwork fetch private, loopback and link-local addresses too (the contract's
 *     switch; tests set it to crawl a local server); {@code false} by default
 * @param timeout how long one request may take, to the last body byte (engine default 30 s)
 * @param connectTimeout how long to wait for a connection (engine default 10 s)
 * @param maxSize the largest document accepted, after decompression (engine default 20 MB)
 * @param maxRedirects how many redirects one fetch follows (engine default 5)
 * @param hostDelay pause between two requests to the same host (engine default 1 s)
 * @param userAgent the User-Agent header (engine default {@code Fineprint/<version> (+…)})
 * @param acceptLanguage the Accept-Language header (engine default {@code en})
 * @param respectRobotsTxt obey the host's robots.txt; {@code true} by default
 * @param browser the headless Chromium used for declarations that run client scripts
 */
@ConfigurationProperties("fineprint.fetch")
public record FetchProperties(@DefaultValue("false") boolean allowPrivateNetwork,
                              @Nullable Duration timeout,
                              @Nullable Duration connectTimeout,
                              @Nullable DataSize maxSize,
                              @Nullable Integer maxRedirects,
                              @Nullable Duration hostDelay,
                              @Nullable String userAgent,
                              @Nullable String acceptLanguage,
                              @DefaultValue("true") boolean respectRobotsTxt,
                              @DefaultValue Browser browser) {

    /**
     * The headless browser ({@code fineprint.fetch.browser.*}).
     *
     * @param executable the Chromium executable; found on the PATH when unset
     * @param timeout how long one render may take (engine default 30 s)
     */
    public record Browser(@Nullable Path executable, @Nullable Duration timeout) {
    }

    /** The engine settings these properties describe. */
    public FetchSettings toSettings() {
        FetchSettings settings = FetchSettings.defaults()
                .withAllowPrivateNetwork(allowPrivateNetwork)
                .withRespectRobotsTxt(respectRobotsTxt);
        if (timeout != null) {
            settings = settings.withTimeout(timeout);
        }
        if (connectTimeout != null) {
            settings = settings.withConnectTimeout(connectTimeout);
        }
        if (maxSize != null) {
            settings = settings.withMaxBytes(maxSize.toBytes());
        }
        if (maxRedirects != null) {
            settings = settings.withMaxRedirects(maxRedirects);
        }
        if (hostDelay != null) {
            settings = settings.withHostDelay(hostDelay);
        }
        if (userAgent != null && !userAgent.isBlank()) {
            settings = settings.withUserAgent(userAgent);
        }
        if (acceptLanguage != null && !acceptLanguage.isBlank()) {
            settings = settings.withAcceptLanguage(acceptLanguage);
        }
        if (browser.executable() != null) {
            settings = settings.withBrowserExecutable(browser.executable());
        }
        if (browser.timeout() != null) {
            settings = settings.withBrowserTimeout(browser.timeout());
        }
        return settings;
    }
}

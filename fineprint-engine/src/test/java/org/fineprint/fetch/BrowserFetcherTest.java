package org.fineprint.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import org.fineprint.fetch.FetchException.Reason;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the browser fetcher decides before any browser runs; rendering itself is in BrowserFetcherIT. */
class BrowserFetcherTest {
    @TempDir
    Path dir;

    private final LocalWebServer server = LocalWebServer.start();

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void saysHowToInstallABrowserWhenNoneIsFound() {
        BrowserFetcher fetcher = new BrowserFetcher(HttpFetcherTest.LOCAL.withBrowserExecutable(null));

        FetchException e = catchThrowableOfType(FetchException.class, () -> fetcher.fetch(server.url("/terms")));

        assertThat(fetcher.isAvailable()).isFalse();
        assertThat(e.reason()).isEqualTo(Reason.BROWSER_UNAVAILABLE);
        assertThat(e.getMessage()).contains("install Debian's chromium package or set fineprint.fetch.browser.executable");
    }

    @Test
    void reportsAMissingExecutable() {
        BrowserFetcher fetcher = new BrowserFetcher(
                HttpFetcherTest.LOCAL.withBrowserExecutable(dir.resolve("no-such-chromium")));

        FetchException e = catchThrowableOfType(FetchException.class, () -> fetcher.fetch(server.url("/terms")));

        assertThat(e.reason()).isEqualTo(Reason.BROWSER_UNAVAILABLE);
        assertThat(e.getMessage()).contains("no-such-chromium");
    }

    @Test
    void reportsABrowserThatDoesNotStart() {
        FakeBrowser fake = new FakeBrowser(dir);
        BrowserFetcher fetcher = new BrowserFetcher(HttpFetcherTest.LOCAL.withBrowserExecutable(fake.executable));

        FetchException e = catchThrowableOfType(FetchException.class, () -> fetcher.fetch(server.url("/terms")));

        assertThat(fake.wasStarted()).isTrue();
        assertThat(e.reason()).isEqualTo(Reason.BROWSER_UNAVAILABLE);
        assertThat(e.getMessage()).contains("exited with status 3").contains("fake browser");
    }

    @Test
    void refusesAPrivateAddressBeforeStartingTheBrowser() {
        FakeBrowser fake = new FakeBrowser(dir);
        BrowserFetcher fetcher = new BrowserFetcher(HttpFetcherTest.LOCAL.withAllowPrivateNetwork(false)
                .withBrowserExecutable(fake.executable));

        FetchException e = catchThrowableOfType(FetchException.class, () -> fetcher.fetch(server.url("/terms")));

        assertThat(e.reason()).isEqualTo(Reason.PRIVATE_ADDRESS);
        assertThat(fake.wasStarted()).isFalse();
    }

    @Test
    void obeysRobotsTxtBeforeStartingTheBrowser() {
        server.page("/robots.txt", "text/plain", "User-agent: *\nDisallow: /terms\n");
        FakeBrowser fake = new FakeBrowser(dir);
        BrowserFetcher fetcher = new BrowserFetcher(HttpFetcherTest.LOCAL.withBrowserExecutable(fake.executable));

        FetchException e = catchThrowableOfType(FetchException.class, () -> fetcher.fetch(server.url("/terms")));

        assertThat(e.reason()).isEqualTo(Reason.ROBOTS_DISALLOWED);
        assertThat(fake.wasStarted()).isFalse();
    }
}

package org.fineprint.fetch;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import org.fineprint.fetch.FetchException.Reason;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Renders pages with the real headless Chromium; skipped, with a message, when none is installed. */
class BrowserFetcherIT {
    static final Path CHROMIUM = FetchSettings.findBrowser(System.getenv("PATH"));

    static FetchSettings settings() {
        return HttpFetcherTest.LOCAL.withBrowserExecutable(CHROMIUM).withBrowserTimeout(Duration.ofSeconds(30));
    }

    static void requireChromium(String test) {
        if (CHROMIUM == null) {
            System.err.println("SKIPPED " + test + ": no Chromium found (" + FetchSettings.BROWSER_CANDIDATES
                    + "); " + BrowserFetcher.INSTALL_HINT);
        }
        Assumptions.assumeTrue(CHROMIUM != null, "no Chromium installed; " + BrowserFetcher.INSTALL_HINT);
    }

    @BeforeAll
    static void chromium() {
        requireChromium("BrowserFetcherIT");
    }

    private final LocalWebServer server = LocalWebServer.start();

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void rendersContentThatAScriptInserts() {
        server.page("/app", "text/html", """
                <!DOCTYPE html><html><head><title>Terms</title></head><body>
                <main id="terms">Loading…</main>
                <script>
                  document.title = 'Terms of Service';
                  fetch('/api/terms').then(r => r.json()).then(d => {
                    document.getElementById('terms').textContent = d.text;
                  });
                </script></body></html>""");
        server.page("/api/terms", "application/json", "{\"text\": \"You agree to binding arbitration.\"}");

        Snapshot snapshot = new BrowserFetcher(settings()).fetch(server.url("/app"));

        String dom = new String(snapshot.content(), UTF_8);
        assertThat(dom).startsWith("<!DOCTYPE html>").contains("You agree to binding arbitration.")
                .doesNotContain("Loading…");
        assertThat(snapshot.fetcher()).isEqualTo("browser");
        assertThat(snapshot.mediaType()).isEqualTo("text/html");
        assertThat(snapshot.charset()).isEqualTo("UTF-8");
        assertThat(snapshot.status()).isEqualTo(200);
    }

    @Test
    void presentsItselfAsChromeInTheRequestedLanguage() {
        server.page("/terms", "text/html", "<html><body>Terms</body></html>");

        new BrowserFetcher(settings()).fetch(server.url("/terms"));

        LocalWebServer.Request request = server.requests("/terms").getFirst();
        assertThat(request.header("User-Agent")).contains("Chrome/").doesNotContain("HeadlessChrome");
        assertThat(request.header("Accept-Language")).startsWith("en");
    }

    @Test
    void reportsTheStatusOfAMissingPage() {
        server.respond("/gone", 404, "text/html", "<html><body>Not here</body></html>".getBytes(UTF_8));

        FetchException e = catchThrowableOfType(FetchException.class,
                () -> new BrowserFetcher(settings()).fetch(server.url("/gone")));

        assertThat(e.reason()).isEqualTo(Reason.NOT_FOUND);
        assertThat(e.status()).isEqualTo(404);
    }

    @Test
    void followsARedirectAndRecordsTheFinalUrl() {
        server.redirect("/old", 302, "/new").page("/new", "text/html", "<html><body>New terms</body></html>");

        Snapshot snapshot = new BrowserFetcher(settings()).fetch(server.url("/old"));

        assertThat(snapshot.url()).isEqualTo(server.url("/old"));
        assertThat(snapshot.finalUrl()).isEqualTo(server.url("/new"));
        assertThat(new String(snapshot.content(), UTF_8)).contains("New terms");
    }

    @Test
    void refusesARedirectToAPrivateAddressInsideTheBrowser() {
        server.redirect("/start", 302, server.url("127.0.0.1", "/secret").toString())
                .page("/secret", "text/html", "<html>secret</html>");
        FetchSettings strict = settings().withAllowPrivateNetwork(false);
        BrowserFetcher fetcher = new BrowserFetcher(strict, AddressGuard.trusting(Set.of("localhost")),
                new HostThrottle(Duration.ZERO), Clock.systemUTC());

        FetchException e = catchThrowableOfType(FetchException.class,
                () -> fetcher.fetch(server.url("localhost", "/start")));

        assertThat(e.reason()).isEqualTo(Reason.PRIVATE_ADDRESS);
        assertThat(server.requests("/start")).hasSize(1);
        assertThat(server.requests("/secret")).isEmpty();
    }

    @Test
    void blocksSubresourcesOnPrivateAddresses() {
        String secret = server.url("127.0.0.1", "/secret").toString();
        server.page("/page", "text/html", "<html><body><p>Public terms</p><img src=\"" + secret + "\">"
                + "<script>fetch('" + secret + "?from=script').catch(() => {});</script></body></html>");
        server.page("/secret", "text/plain", "secret");
        FetchSettings strict = settings().withAllowPrivateNetwork(false);
        BrowserFetcher fetcher = new BrowserFetcher(strict, AddressGuard.trusting(Set.of("localhost")),
                new HostThrottle(Duration.ZERO), Clock.systemUTC());

        Snapshot snapshot = fetcher.fetch(server.url("localhost", "/page"));

        assertThat(new String(snapshot.content(), UTF_8)).contains("Public terms");
        assertThat(server.requests("/secret")).isEmpty();
    }

    @Test
    void givesUpOnAPageThatNeverFinishesLoading() {
        server.handle("/hang", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "text/html");
            exchange.sendResponseHeaders(200, 0);
            OutputStream out = exchange.getResponseBody();
            out.write("<html><body>Half a page".getBytes(UTF_8));
            out.flush();
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        BrowserFetcher impatient = new BrowserFetcher(settings().withBrowserTimeout(Duration.ofSeconds(3)));

        FetchException e = catchThrowableOfType(FetchException.class, () -> impatient.fetch(server.url("/hang")));

        assertThat(e.reason()).isEqualTo(Reason.TIMEOUT);
    }

    @Test
    void returnsTheBytesOfAPdf() {
        server.respond("/terms.pdf", 200, "application/pdf", Fixtures.bytes("minimal.pdf"));

        Snapshot snapshot = new BrowserFetcher(settings()).fetch(server.url("/terms.pdf"));

        assertThat(snapshot.isPdf()).isTrue();
        assertThat(snapshot.content()).isEqualTo(Fixtures.bytes("minimal.pdf"));
    }

    @Test
    void refusesAPageTheDomIsTooLargeFor() {
        server.page("/big", "text/html", "<html><body>" + "<p>clause</p>".repeat(2_000) + "</body></html>");

        FetchException e = catchThrowableOfType(FetchException.class,
                () -> new BrowserFetcher(settings().withMaxBytes(10_000)).fetch(server.url("/big")));

        assertThat(e.reason()).isEqualTo(Reason.TOO_LARGE);
    }
}

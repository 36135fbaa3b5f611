package org.fineprint.fetch;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;
import org.fineprint.fetch.FetchException.Reason;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HttpFetcherTest {
    static final FetchSettings LOCAL = FetchSettings.defaults()
            .withAllowPrivateNetwork(true)
            .withHostDelay(Duration.ZERO)
            .withTimeout(Duration.ofSeconds(10));

    private final LocalWebServer server = LocalWebServer.start();
    private final HttpFetcher fetcher = new HttpFetcher(LOCAL);

    @AfterEach
    void stopServer() {
        server.close();
    }

    private FetchException failure(HttpFetcher f, URI url) {
        return catchThrowableOfType(FetchException.class, () -> f.fetch(url));
    }

    @Test
    void fetchesHtmlWithMediaTypeCharsetAndStatus() {
        server.page("/terms", "text/html; charset=ISO-8859-1", "<html><body>Terms</body></html>");

        Snapshot snapshot = fetcher.fetch(server.url("/terms"));

        assertThat(snapshot.status()).isEqualTo(200);
        assertThat(snapshot.mediaType()).isEqualTo("text/html");
        assertThat(snapshot.charset()).isEqualTo("ISO-8859-1");
        assertThat(new String(snapshot.content(), UTF_8)).isEqualTo("<html><body>Terms</body></html>");
        assertThat(snapshot.fetcher()).isEqualTo("http");
        assertThat(snapshot.url()).isEqualTo(server.url("/terms"));
        assertThat(snapshot.finalUrl()).isEqualTo(server.url("/terms"));
    }

    @Test
    void sendsUserAgentLanguageAndOnlyEncodingsItCanDecode() {
        server.page("/terms", "text/html", "<html>ok</html>");

        fetcher.fetch(server.url("/terms"));

        LocalWebServer.Request request = server.requests("/terms").getFirst();
        assertThat(request.header("User-Agent")).startsWith("Fineprint/").contains("legal-document archiver");
        assertThat(request.header("Accept-Language")).isEqualTo("en");
        assertThat(request.header("Accept-Encoding")).isEqualTo("gzip, deflate");
    }

    @Nested
    class Redirects {
        @Test
        void followsAChainOfThreeRedirects() {
            server.redirect("/a", 301, "/b").redirect("/b", 302, server.url("/c").toString())
                    .redirect("/c", 307, "d").page("/d", "text/html", "<html>final</html>");

            Snapshot snapshot = fetcher.fetch(server.url("/a"));

            assertThat(snapshot.url()).isEqualTo(server.url("/a"));
            assertThat(snapshot.finalUrl()).isEqualTo(server.url("/d"));
            assertThat(new String(snapshot.content(), UTF_8)).isEqualTo("<html>final</html>");
        }

        @Test
        void reportsARedirectLoop() {
            server.redirect("/a", 302, "/b").redirect("/b", 302, "/a");

            FetchException e = failure(fetcher, server.url("/a"));

            assertThat(e.reason()).isEqualTo(Reason.TOO_MANY_REDIRECTS);
            assertThat(e.getMessage()).contains("redirect loop");
            assertThat(server.requests()).extracting(LocalWebServer.Request::path).containsExactly("/robots.txt", "/a", "/b");
        }

        @Test
        void refusesMoreThanFiveRedirects() {
            for (int i = 0; i < 6; i++) {
                server.redirect("/r" + i, 302, "/r" + (i + 1));
            }
            server.page("/r6", "text/html", "<html>too far</html>");

            FetchException e = failure(fetcher, server.url("/r0"));

            assertThat(e.reason()).isEqualTo(Reason.TOO_MANY_REDIRECTS);
            assertThat(e.getMessage()).contains("more than 5 redirects").doesNotContain("loop");
            assertThat(server.requests("/r6")).isEmpty();
        }

        @Test
        void followsExactlyFiveRedirects() {
            for (int i = 0; i < 5; i++) {
                server.redirect("/r" + i, 302, "/r" + (i + 1));
            }
            server.page("/r5", "text/html", "<html>just enough</html>");

            assertThat(fetcher.fetch(server.url("/r0")).finalUrl()).isEqualTo(server.url("/r5"));
        }

        @Test
        void refusesARedirectWithoutLocation() {
            server.respond("/a", 302, null, new byte[0]);

            FetchException e = failure(fetcher, server.url("/a"));

            assertThat(e.reason()).isEqualTo(Reason.HTTP_ERROR);
            assertThat(e.status()).isEqualTo(302);
        }

        @Test
        void refusesARedirectToAnotherScheme() {
            server.redirect("/a", 302, "ftp://example.com/terms");

            assertThat(failure(fetcher, server.url("/a")).reason()).isEqualTo(Reason.INVALID_URL);
        }
    }

    @Nested
    class Statuses {
        @ParameterizedTest
        @CsvSource({"403, FORBIDDEN", "401, FORBIDDEN", "406, FORBIDDEN", "451, FORBIDDEN", "404, NOT_FOUND",
            "410, NOT_FOUND", "408, TIMEOUT", "500, SERVER_ERROR", "502, SERVER_ERROR", "503, SERVER_ERROR",
            "429, HTTP_ERROR", "400, HTTP_ERROR"})
        void mapsAnErrorStatusToItsReason(int status, Reason reason) {
            server.respond("/doc", status, "text/html", "<html>no</html>".getBytes(UTF_8));

            FetchException e = failure(fetcher, server.url("/doc"));

            assertThat(e.reason()).isEqualTo(reason);
            assertThat(e.status()).isEqualTo(status);
            assertThat(e.getMessage()).startsWith("Fetch failed: ").contains(String.valueOf(status))
                    .endsWith(" at " + server.url("/doc"));
        }

        @Test
        void marksBlockingStatusesAsPossibleBotBlocking() {
            server.respond("/doc", 403, "text/html", "<html>no</html>".getBytes(UTF_8));

            assertThat(failure(fetcher, server.url("/doc")).mayBeBotBlocking()).isTrue();
        }

        @Test
        void reportsATimeoutWhenTheServerIsTooSlow() {
            server.handle("/slow", exchange -> {
                try {
                    Thread.sleep(10_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            HttpFetcher impatient = new HttpFetcher(LOCAL.withTimeout(Duration.ofMillis(300)));

            FetchException e = failure(impatient, server.url("/slow"));

            assertThat(e.reason()).isEqualTo(Reason.TIMEOUT);
            assertThat(e.reason().isTransient()).isTrue();
        }

        @Test
        void reportsANetworkFailureWhenNothingListens() {
            URI closed = server.url("/doc");
            server.close();

            FetchException e = failure(fetcher, closed);

            assertThat(e.reason()).isEqualTo(Reason.NETWORK);
            assertThat(e.status()).isZero();
        }

        @Test
        void refusesAnEmptyBody() {
            server.respond("/empty", 200, "text/html", new byte[0]);

            assertThat(failure(fetcher, server.url("/empty")).reason()).isEqualTo(Reason.EMPTY);
        }

        @Test
        void refusesUrlsThatAreNotHttp() {
            assertThat(failure(fetcher, URI.create("ftp://example.com/terms")).reason()).isEqualTo(Reason.INVALID_URL);
            assertThat(failure(fetcher, URI.create("/relative")).reason()).isEqualTo(Reason.INVALID_URL);
        }
    }

    @Nested
    class Bodies {
        @Test
        void refusesABodyWhoseContentLengthIsOverTheCap() {
            server.respond("/big", 200, "text/html", "x".repeat(5000).getBytes(UTF_8));
            HttpFetcher capped = new HttpFetcher(LOCAL.withMaxBytes(1000));

            FetchException e = failure(capped, server.url("/big"));

            assertThat(e.reason()).isEqualTo(Reason.TOO_LARGE);
            assertThat(e.getMessage()).contains("announces 5000 bytes").contains("1000");
        }

        @Test
        void abortsAChunkedBodyPassingTheCap() {
            server.handle("/stream", exchange -> {
                exchange.getResponseHeaders().set("Content-Type", "text/html");
                exchange.sendResponseHeaders(200, 0);
                try (OutputStream out = exchange.getResponseBody()) {
                    for (int i = 0; i < 20; i++) {
                        out.write("y".repeat(500).getBytes(UTF_8));
                        out.flush();
                    }
                }
            });
            HttpFetcher capped = new HttpFetcher(LOCAL.withMaxBytes(1000));

            FetchException e = failure(capped, server.url("/stream"));

            assertThat(e.reason()).isEqualTo(Reason.TOO_LARGE);
            assertThat(e.status()).isEqualTo(200);
        }

        @Test
        void decodesAGzipBody() throws IOException {
            byte[] html = "<html><body>compressed terms</body></html>".getBytes(UTF_8);
            ByteArrayOutputStream gz = new ByteArrayOutputStream();
            try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
                out.write(html);
            }
            server.handle("/gz", exchange -> {
                exchange.getResponseHeaders().set("Content-Encoding", "gzip");
                LocalWebServer.send(exchange, 200, "text/html", gz.toByteArray());
            });

            assertThat(fetcher.fetch(server.url("/gz")).content()).isEqualTo(html);
        }

        @Test
        void decodesZlibAndRawDeflateBodies() throws IOException {
            byte[] html = "<html><body>deflated terms</body></html>".getBytes(UTF_8);
            server.handle("/zlib", exchange -> {
                exchange.getResponseHeaders().set("Content-Encoding", "deflate");
                LocalWebServer.send(exchange, 200, "text/html", deflate(html, false));
            });
            server.handle("/raw", exchange -> {
                exchange.getResponseHeaders().set("Content-Encoding", "deflate");
                LocalWebServer.send(exchange, 200, "text/html", deflate(html, true));
            });

            assertThat(fetcher.fetch(server.url("/zlib")).content()).isEqualTo(html);
            assertThat(fetcher.fetch(server.url("/raw")).content()).isEqualTo(html);
        }

        @Test
        void capsTheDecompressedSizeOfAGzipBomb() throws IOException {
            ByteArrayOutputStream gz = new ByteArrayOutputStream();
            try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
                out.write(new byte[200_000]);
            }
            server.handle("/bomb", exchange -> {
                exchange.getResponseHeaders().set("Content-Encoding", "gzip");
                LocalWebServer.send(exchange, 200, "text/html", gz.toByteArray());
            });
            HttpFetcher capped = new HttpFetcher(LOCAL.withMaxBytes(10_000));

            assertThat(failure(capped, server.url("/bomb")).reason()).isEqualTo(Reason.TOO_LARGE);
        }

        @Test
        void sniffsAPdfServedAsOctetStream() throws IOException {
            byte[] pdf = Fixtures.bytes("minimal.pdf");
            server.respond("/terms.pdf", 200, "application/octet-stream", pdf);
            server.respond("/untyped", 200, null, pdf);

            assertThat(fetcher.fetch(server.url("/terms.pdf")).mediaType()).isEqualTo("application/pdf");
            assertThat(fetcher.fetch(server.url("/untyped")).isPdf()).isTrue();
        }

        @Test
        void sniffsHtmlServedWithoutContentType() {
            server.respond("/page", 200, null, "\n  <!DOCTYPE html><html><body>hi</body></html>".getBytes(UTF_8));

            assertThat(fetcher.fetch(server.url("/page")).mediaType()).isEqualTo("text/html");
        }

        @Test
        void refusesAnImage() throws IOException {
            server.respond("/logo", 200, "image/png", Fixtures.bytes("pixel.png"));

            FetchException e = failure(fetcher, server.url("/logo"));

            assertThat(e.reason()).isEqualTo(Reason.UNSUPPORTED_MEDIA_TYPE);
            assertThat(e.getMessage()).contains("image/png");
        }

        @Test
        void refusesBinaryOctetStream() {
            server.respond("/blob", 200, "application/octet-stream", new byte[] {1, 2, 0, 0, 5, 6, 0, 8});

            assertThat(failure(fetcher, server.url("/blob")).reason()).isEqualTo(Reason.UNSUPPORTED_MEDIA_TYPE);
        }

        private static byte[] deflate(byte[] data, boolean raw) throws IOException {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (DeflaterOutputStream out = new DeflaterOutputStream(bytes, new Deflater(Deflater.DEFAULT_COMPRESSION, raw))) {
                out.write(data);
            }
            return bytes.toByteArray();
        }
    }

    @Nested
    class PrivateAddresses {
        private final FetchSettings strict = LOCAL.withAllowPrivateNetwork(false);

        @Test
        void refusesLoopbackLiteralWithoutTheSwitch() {
            server.page("/terms", "text/html", "<html>secret</html>");

            FetchException e = failure(new HttpFetcher(strict), server.url("/terms"));

            assertThat(e.reason()).isEqualTo(Reason.PRIVATE_ADDRESS);
            assertThat(e.getMessage()).contains("loopback").contains("--allow-private-network")
                    .contains("fineprint.fetch.allow-private-network=true");
            assertThat(server.requests()).isEmpty();
        }

        @Test
        void refusesAPrivateNetworkLiteral() {
            FetchException e = failure(new HttpFetcher(strict), URI.create("http://10.1.2.3/terms"));

            assertThat(e.reason()).isEqualTo(Reason.PRIVATE_ADDRESS);
            assertThat(e.getMessage()).contains("private address 10.1.2.3");
        }

        @Test
        void refusesAHostNameResolvingToLoopback() {
            server.page("/terms", "text/html", "<html>secret</html>");

            FetchException e = failure(new HttpFetcher(strict), server.url("localhost", "/terms"));

            assertThat(e.reason()).isEqualTo(Reason.PRIVATE_ADDRESS);
            assertThat(e.getMessage()).contains("host localhost");
            assertThat(server.requests()).isEmpty();
        }

        @Test
        void refusesARedirectToLoopbackFromAnAllowedHost() {
            server.redirect("/start", 302, server.url("127.0.0.1", "/secret").toString())
                    .page("/secret", "text/html", "<html>secret</html>");
            AddressGuard onlyFirstHost = AddressGuard.trusting(Set.of("localhost"));
            HttpFetcher guarded = new HttpFetcher(strict, onlyFirstHost, new HostThrottle(Duration.ZERO),
                    Clock.systemUTC());

            FetchException e = failure(guarded, server.url("localhost", "/start"));

            assertThat(e.reason()).isEqualTo(Reason.PRIVATE_ADDRESS);
            assertThat(e.url()).isEqualTo(server.url("127.0.0.1", "/secret"));
            assertThat(server.requests("/start")).hasSize(1);
            assertThat(server.requests("/secret")).isEmpty();
        }
    }

    @Test
    void serialisesConcurrentFetchesToOneHost() {
        // Each handler records when it started and when it began answering: a client that waits
        // for the answer before sending the next request can never make two windows overlap.
        List<long[]> windows = Collections.synchronizedList(new ArrayList<>());
        LocalWebServer.Handler slow = exchange -> {
            long start = System.nanoTime();
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            windows.add(new long[] {start, System.nanoTime()});
            LocalWebServer.send(exchange, 200, "text/html", "<html>slow</html>".getBytes(UTF_8));
        };
        server.handle("/one", slow).handle("/two", slow).handle("/three", slow);
        HttpFetcher polite = new HttpFetcher(LOCAL.withRespectRobotsTxt(false));

        List<CompletableFuture<Snapshot>> fetches = new ArrayList<>();
        for (String path : List.of("/one", "/two", "/three")) {
            fetches.add(CompletableFuture.supplyAsync(() -> polite.fetch(server.url(path))));
        }
        fetches.forEach(CompletableFuture::join);

        List<long[]> sorted = new ArrayList<>(windows);
        sorted.sort(Comparator.comparingLong(w -> w[0]));
        assertThat(sorted).hasSize(3);
        for (int i = 1; i < sorted.size(); i++) {
            assertThat(sorted.get(i)[0]).as("request %d starts after request %d answered", i, i - 1)
                    .isGreaterThan(sorted.get(i - 1)[1]);
        }
    }
}

package org.fineprint.fetch;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import org.fineprint.fetch.FetchException.Reason;
import org.fineprint.registry.Declaration;
import org.fineprint.registry.SourceDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The choice between HTTP and the browser; real rendering and fallback are in DocumentFetcherIT. */
class DocumentFetcherTest {
    @TempDir
    Path dir;

    private final LocalWebServer server = LocalWebServer.start();

    @AfterEach
    void stopServer() {
        server.close();
    }

    private static SourceDocument source(URI url, Boolean executeClientScripts) {
        return new SourceDocument(url, List.of(), List.of(), executeClientScripts, List.of());
    }

    private DocumentFetcher withFakeBrowser(FakeBrowser fake) {
        return DocumentFetcher.create(HttpFetcherTest.LOCAL.withBrowserExecutable(fake.executable));
    }

    @Test
    void usesPlainHttpByDefault() {
        server.page("/terms", "text/html", "<html>terms</html>");

        Snapshot snapshot = DocumentFetcher.create(HttpFetcherTest.LOCAL).fetch(SourceDocument.of(server.url("/terms")));

        assertThat(snapshot.fetcher()).isEqualTo("http");
    }

    @Test
    void keepsTheHttpFailureWhenNoBrowserIsInstalled() {
        server.respond("/terms", 403, "text/html", "<html>bots go away</html>".getBytes(UTF_8));
        DocumentFetcher fetcher = DocumentFetcher.create(HttpFetcherTest.LOCAL.withBrowserExecutable(null));

        FetchException e = catchThrowableOfType(FetchException.class,
                () -> fetcher.fetch(SourceDocument.of(server.url("/terms"))));

        assertThat(e.reason()).isEqualTo(Reason.FORBIDDEN);
        assertThat(e.status()).isEqualTo(403);
    }

    @Test
    void triesTheBrowserAfterAnAnswerThatLooksLikeBotBlocking() {
        server.respond("/terms", 403, "text/html", "<html>bots go away</html>".getBytes(UTF_8));
        FakeBrowser fake = new FakeBrowser(dir);

        FetchException e = catchThrowableOfType(FetchException.class,
                () -> withFakeBrowser(fake).fetch(SourceDocument.of(server.url("/terms"))));

        assertThat(fake.wasStarted()).isTrue();
        assertThat(e.reason()).isEqualTo(Reason.BROWSER_UNAVAILABLE);
        assertThat(e.getSuppressed()).singleElement().satisfies(
                s -> assertThat(((FetchException) s).reason()).isEqualTo(Reason.FORBIDDEN));
    }

    @Test
    void doesNotTryTheBrowserForAMissingPage() {
        server.respond("/terms", 404, "text/html", "<html>gone</html>".getBytes(UTF_8));
        FakeBrowser fake = new FakeBrowser(dir);

        FetchException e = catchThrowableOfType(FetchException.class,
                () -> withFakeBrowser(fake).fetch(SourceDocument.of(server.url("/terms"))));

        assertThat(e.reason()).isEqualTo(Reason.NOT_FOUND);
        assertThat(fake.wasStarted()).isFalse();
    }

    @Test
    void doesNotFallBackWhenTheDeclarationForbidsClientScripts() {
        server.respond("/terms", 403, "text/html", "<html>bots go away</html>".getBytes(UTF_8));
        FakeBrowser fake = new FakeBrowser(dir);

        FetchException e = catchThrowableOfType(FetchException.class,
                () -> withFakeBrowser(fake).fetch(source(server.url("/terms"), false)));

        assertThat(e.reason()).isEqualTo(Reason.FORBIDDEN);
        assertThat(fake.wasStarted()).isFalse();
    }

    @Test
    void goesStraightToTheBrowserWhenTheDeclarationAsksForClientScripts() {
        server.page("/terms", "text/html", "<html>terms</html>");
        FakeBrowser fake = new FakeBrowser(dir);

        FetchException e = catchThrowableOfType(FetchException.class,
                () -> withFakeBrowser(fake).fetch(source(server.url("/terms"), true)));

        assertThat(e.reason()).isEqualTo(Reason.BROWSER_UNAVAILABLE);
        assertThat(fake.wasStarted()).isTrue();
        assertThat(server.requests("/terms")).isEmpty();
    }

    @Test
    void fetchesEverySourceOfACombinedDeclarationInOrder() {
        server.page("/part1", "text/html", "<html>one</html>").page("/part2", "text/html", "<html>two</html>");
        Declaration declaration = new Declaration(List.of(SourceDocument.of(server.url("/part1")),
                SourceDocument.of(server.url("/part2"))));

        List<Snapshot> snapshots = DocumentFetcher.create(HttpFetcherTest.LOCAL).fetchAll(declaration);

        assertThat(snapshots).extracting(Snapshot::url).containsExactly(server.url("/part1"), server.url("/part2"));
    }

    @Test
    void reportsEveryFailingSourceOfACombinedDeclaration() {
        server.page("/part2", "text/html", "<html>two</html>");
        Declaration declaration = new Declaration(List.of(SourceDocument.of(server.url("/part1")),
                SourceDocument.of(server.url("/part2")), SourceDocument.of(server.url("/part3"))));

        FetchException e = catchThrowableOfType(FetchException.class,
                () -> DocumentFetcher.create(HttpFetcherTest.LOCAL).fetchAll(declaration));

        assertThat(e.url()).isEqualTo(server.url("/part1"));
        assertThat(e.getSuppressed()).singleElement()
                .satisfies(s -> assertThat(((FetchException) s).url()).isEqualTo(server.url("/part3")));
    }
}

package org.fineprint.fetch;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.fineprint.fetch.FetchException.Reason;
import org.fineprint.registry.SourceDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourcesTest {
    private static final FetchSettings NO_BROWSER = HttpFetcherTest.LOCAL.withBrowserExecutable(null);

    @TempDir
    Path dir;

    private final LocalWebServer server = LocalWebServer.start();
    private final DocumentFetcher web = DocumentFetcher.create(NO_BROWSER);

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void readsALocalPath() throws IOException {
        Path file = Files.writeString(dir.resolve("terms.md"), "# Terms\n", UTF_8);

        Snapshot snapshot = Sources.load(file.toString(), web, NO_BROWSER);

        assertThat(snapshot.fetcher()).isEqualTo("file");
        assertThat(snapshot.mediaType()).isEqualTo("text/markdown");
        assertThat(snapshot.url()).isEqualTo(file.toUri());
    }

    @Test
    void readsAFileUrl() throws IOException {
        Path file = Files.writeString(dir.resolve("terms.html"), "<html>x</html>", UTF_8);

        assertThat(Sources.load(file.toUri().toString(), web, NO_BROWSER).mediaType()).isEqualTo("text/html");
    }

    @Test
    void fetchesHttpUrlsFromTheWeb() {
        server.page("/terms", "text/html", "<html>web terms</html>");

        Snapshot snapshot = Sources.load(server.url("/terms").toString(), web, NO_BROWSER);

        assertThat(snapshot.fetcher()).isEqualTo("http");
        assertThat(new String(snapshot.content(), UTF_8)).isEqualTo("<html>web terms</html>");
    }

    @Test
    void appliesTheDeclarationsClientScriptRuleToUrls() {
        SourceDocument rules = new SourceDocument(URI.create("https://ignored.example/"), List.of(), List.of(), true,
                List.of());

        FetchException e = catchThrowableOfType(FetchException.class,
                () -> Sources.load(server.url("/terms").toString(), rules, web, NO_BROWSER));

        assertThat(e.reason()).isEqualTo(Reason.BROWSER_UNAVAILABLE);
        assertThat(e.url()).isEqualTo(server.url("/terms"));
    }

    @Test
    void refusesOtherSchemes() {
        FetchException e = catchThrowableOfType(FetchException.class,
                () -> Sources.load("ftp://example.com/terms.txt", web, NO_BROWSER));

        assertThat(e.reason()).isEqualTo(Reason.INVALID_URL);
        assertThat(e.getMessage()).contains("only http(s) URLs and local files");
    }

    @Test
    void refusesAMalformedUrl() {
        FetchException e = catchThrowableOfType(FetchException.class,
                () -> Sources.load("https://example.com/terms of service", web, NO_BROWSER));

        assertThat(e.reason()).isEqualTo(Reason.INVALID_URL);
        assertThat(e.getMessage()).contains("percent-encode");
    }

    @Test
    void recognisesWebUrls() {
        assertThat(Sources.isWebUrl("HTTPS://example.com")).isTrue();
        assertThat(Sources.isWebUrl("http://example.com")).isTrue();
        assertThat(Sources.isWebUrl("terms.html")).isFalse();
        assertThat(Sources.isWebUrl("file:///tmp/terms.html")).isFalse();
    }
}

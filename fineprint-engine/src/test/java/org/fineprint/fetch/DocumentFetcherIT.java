package org.fineprint.fetch;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.fineprint.registry.SourceDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The dispatcher with the real headless Chromium; skipped, with a message, when none is installed. */
class DocumentFetcherIT {
    private final LocalWebServer server = LocalWebServer.start();

    @BeforeAll
    static void chromium() {
        BrowserFetcherIT.requireChromium("DocumentFetcherIT");
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void fallsBackToTheBrowserWhenPlainHttpIsForbidden() {
        server.handle("/terms", exchange -> {
            String agent = exchange.getRequestHeaders().getFirst("User-Agent");
            boolean browser = agent != null && agent.contains("Chrome");
            LocalWebServer.send(exchange, browser ? 200 : 403, "text/html",
                    (browser ? "<html><body>Terms for browsers</body></html>" : "<html>no robots</html>").getBytes(UTF_8));
        });

        Snapshot snapshot = DocumentFetcher.create(BrowserFetcherIT.settings()).fetch(SourceDocument.of(server.url("/terms")));

        assertThat(snapshot.fetcher()).isEqualTo("browser");
        assertThat(new String(snapshot.content(), UTF_8)).contains("Terms for browsers");
        assertThat(server.requests("/terms")).extracting(r -> r.header("User-Agent"))
                .satisfiesExactly(first -> assertThat(first).startsWith("Fineprint/"),
                        second -> assertThat(second).contains("Chrome/"));
    }

    @Test
    void rendersWithTheBrowserWhenTheDeclarationAsksForClientScripts() {
        server.page("/app", "text/html",
                "<html><body><div id=t></div><script>document.getElementById('t').textContent='Rendered terms'"
                        + "</script></body></html>");
        SourceDocument source = new SourceDocument(server.url("/app"), List.of(), List.of(), true, List.of());

        Snapshot snapshot = DocumentFetcher.create(BrowserFetcherIT.settings()).fetch(source);

        assertThat(snapshot.fetcher()).isEqualTo("browser");
        assertThat(new String(snapshot.content(), UTF_8)).contains("<div id=\"t\">Rendered terms</div>");
    }
}

package org.fineprint.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** Fetches pages of a running test server as a browser would ask for them, without following redirects. */
public final class Pages {
    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private final int port;

    public Pages(int port) {
        this.port = port;
    }

    /** A response: status, body, and the body parsed (jsoup's {@code Document}). */
    public record Page(int status, String body, HttpResponse<String> response) {
        public Document html() {
            return Jsoup.parse(body);
        }

        public String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }
    }

    /** GETs a path with {@code Accept: text/html}. */
    public Page get(String path) {
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url(path)))
                    .header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());
            return new Page(response.statusCode(), response.body(), response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The absolute address of a path on the test server. */
    public String url(String path) {
        return "http://localhost:" + port + path;
    }
}

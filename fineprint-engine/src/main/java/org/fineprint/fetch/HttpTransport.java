package org.fineprint.fetch;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import javax.net.ssl.SSLException;
import org.fineprint.fetch.FetchException.Reason;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One guarded, throttled GET with the JDK client: no automatic redirects, a deadline covering
 * headers and body, a size cap applied while streaming ({@link CappedBodySubscriber}), gzip and
 * deflate decoded by hand ({@link ContentEncodings}). Bodies of non-2xx answers are discarded.
 */
final class HttpTransport {
    private static final Logger log = LoggerFactory.getLogger(HttpTransport.class);
    static final String ACCEPT = "text/html,application/xhtml+xml,application/pdf;q=0.9,"
            + "text/plain;q=0.8,text/markdown;q=0.8,*/*;q=0.5";

    /** A response: status, headers and (for 2xx) the decoded body. */
    record Response(URI url, int status, HttpHeaders headers, byte[] body) {
        @Nullable String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        boolean isSuccess() {
            return status / 100 == 2;
        }

        boolean isRedirect() {
            return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
        }
    }

    private final FetchSettings settings;
    private final AddressGuard guard;
    private final HostThrottle throttle;
    private final HttpClient client;

    HttpTransport(FetchSettings settings, AddressGuard guard, HostThrottle throttle) {
        this.settings = settings;
        this.guard = guard;
        this.throttle = throttle;
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_2)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(settings.connectTimeout())
                .build();
    }

    /**
     * Checks the URL with the guard, waits for the host, and GETs it.
     *
     * @param maxBytes the largest body accepted (raw and decoded)
     * @throws FetchException for a refused URL, a network failure, a timeout or a body over the cap;
     *     HTTP error statuses are returned, not thrown
     */
    Response get(URI url, long maxBytes) {
        guard.check(url);
        HttpRequest request;
        try {
            // HTTP/2 only through TLS (ALPN): plain-text h2c upgrade headers upset some servers
            request = HttpRequest.newBuilder(url).GET().timeout(settings.timeout())
                    .version("https".equalsIgnoreCase(url.getScheme())
                            ? HttpClient.Version.HTTP_2 : HttpClient.Version.HTTP_1_1)
                    .header("User-Agent", settings.userAgent())
                    .header("Accept", ACCEPT)
                    .header("Accept-Language", settings.acceptLanguage())
                    .header("Accept-Encoding", ContentEncodings.ACCEPTED)
                    .build();
        } catch (IllegalArgumentException e) {
            throw new FetchException(Reason.INVALID_URL, url, 0, "the URL is not valid (" + e.getMessage() + ")", e);
        }
        try (HostThrottle.Permit permit = throttle.acquire(url)) {
            long deadline = System.nanoTime() + settings.timeout().toNanos();
            HttpResponse<byte[]> response;
            try {
                // send(), not sendAsync(): the latter completes on the common ForkJoinPool and
                // starves when callers block that pool's threads (seen with supplyAsync on 2 cores)
                response = client.send(request, info -> new CappedBodySubscriber(info, maxBytes, deadline));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new FetchException(Reason.NETWORK, url, 0, "interrupted; try again", e);
            } catch (IOException | RuntimeException e) {
                throw failure(url, e);
            }
            int status = response.statusCode();
            byte[] body = ContentEncodings.decode(url, status, response.headers(), response.body(), maxBytes);
            log.debug("http get url={} status={} bytes={}", url, status, body.length);
            return new Response(url, status, response.headers(), body);
        }
    }

    private FetchException failure(URI url, Throwable cause) {
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof CappedBodySubscriber.TooLarge big) {
                return tooLarge(url, big.status, big.announced
                        ? "the response announces " + big.bytes + " bytes" : "the body passed the limit", big.limit);
            }
            if (t instanceof CappedBodySubscriber.TooSlow late) {
                return timeout(url, late.status, cause);
            }
            if (t instanceof HttpConnectTimeoutException) {
                return new FetchException(Reason.TIMEOUT, url, 0, "no connection within "
                        + settings.connectTimeout().toSeconds() + " s; the site may be down, try again later", cause);
            }
            if (t instanceof HttpTimeoutException) {
                return timeout(url, 0, cause);
            }
            if (t instanceof UnknownHostException) {
                return new FetchException(Reason.NETWORK, url, 0,
                        "could not resolve host " + url.getHost() + "; check the URL and the network", cause);
            }
            if (t instanceof SSLException) {
                return new FetchException(Reason.NETWORK, url, 0, "TLS failed (" + oneLine(t) + ")", cause);
            }
            if (t instanceof ConnectException) {
                return new FetchException(Reason.NETWORK, url, 0,
                        "could not connect (" + oneLine(t) + "); check the URL or try again later", cause);
            }
            if (t instanceof IllegalArgumentException) {
                return new FetchException(Reason.INVALID_URL, url, 0, "the URL is not valid (" + oneLine(t) + ")", cause);
            }
        }
        return new FetchException(Reason.NETWORK, url, 0, "the connection failed (" + oneLine(cause) + "); try again later",
                cause);
    }

    private FetchException timeout(URI url, int status, Throwable cause) {
        return new FetchException(Reason.TIMEOUT, url, status, "no complete response within "
                + settings.timeout().toSeconds() + " s; the site may be slow, try again later", cause);
    }

    static FetchException tooLarge(URI url, int status, String what, long limit) {
        return new FetchException(Reason.TOO_LARGE, url, status, what + ", over the limit of " + limit
                + " bytes; raise the fetch size limit only if the document is genuinely that large");
    }

    static String oneLine(Throwable t) {
        String m = t.getMessage();
        return (m == null || m.isBlank() ? t.getClass().getSimpleName() : m).replaceAll("\\s+", " ").strip();
    }
}

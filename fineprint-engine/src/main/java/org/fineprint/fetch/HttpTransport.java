package org.fineprint.fetch;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executors;
import java.util.concurrent.Flow;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;
import java.util.zip.ZipException;
import javax.net.ssl.SSLException;
import org.fineprint.fetch.FetchException.Reason;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One guarded, throttled GET with the JDK client: no automatic redirects, a deadline covering
 * headers and body, a size cap applied while streaming, gzip and deflate decoded by hand.
 * Bodies of non-2xx answers are discarded. Brotli is not advertised: no pure-Java decoder is on
 * the classpath.
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
            request = HttpRequest.newBuilder(url).GET().timeout(settings.timeout())
                    .header("User-Agent", settings.userAgent())
                    .header("Accept", ACCEPT)
                    .header("Accept-Language", settings.acceptLanguage())
                    .header("Accept-Encoding", "gzip, deflate")
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
                response = client.send(request, info -> new CappedSubscriber(info, maxBytes, deadline));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new FetchException(Reason.NETWORK, url, 0, "interrupted; try again", e);
            } catch (IOException | RuntimeException e) {
                throw failure(url, e);
            }
            int status = response.statusCode();
            byte[] body = decode(url, status, response.headers(), response.body(), maxBytes);
            log.debug("http get url={} status={} bytes={}", url, status, body.length);
            return new Response(url, status, response.headers(), body);
        }
    }

    private FetchException failure(URI url, Throwable cause) {
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof BodyTooLarge big) {
                return tooLarge(url, big.status, big.announced
                        ? "the response announces " + big.bytes + " bytes" : "the body passed the limit", big.limit);
            }
            if (t instanceof BodyTimeout late) {
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

    private static FetchException tooLarge(URI url, int status, String what, long limit) {
        return new FetchException(Reason.TOO_LARGE, url, status, what + ", over the limit of " + limit
                + " bytes; raise the fetch size limit only if the document is genuinely that large");
    }

    private static byte[] decode(URI url, int status, HttpHeaders headers, byte[] body, long maxBytes) {
        List<String> encodings = headers.allValues("Content-Encoding").stream()
                .flatMap(v -> List.of(v.split(",")).stream())
                .map(v -> v.strip().toLowerCase(Locale.ROOT))
                .filter(v -> !v.isEmpty() && !v.equals("identity"))
                .toList();
        byte[] bytes = body;
        for (int i = encodings.size() - 1; i >= 0 && bytes.length > 0; i--) {
            String encoding = encodings.get(i);
            try (InputStream in = switch (encoding) {
                case "gzip", "x-gzip" -> new GZIPInputStream(new ByteArrayInputStream(bytes));
                case "deflate" -> new InflaterInputStream(new ByteArrayInputStream(bytes), new Inflater(!isZlib(bytes)));
                default -> throw new FetchException(Reason.UNSUPPORTED_MEDIA_TYPE, url, status,
                        "the server sent an unrequested content encoding " + encoding);
            }) {
                bytes = readCapped(in, maxBytes, url, status);
            } catch (ZipException e) {
                throw new FetchException(Reason.HTTP_ERROR, url, status,
                        "the " + encoding + " body is corrupt (" + oneLine(e) + "); try again later", e);
            } catch (IOException e) {
                throw new FetchException(Reason.NETWORK, url, status, "could not decode the " + encoding + " body", e);
            }
        }
        return bytes;
    }

    private static byte[] readCapped(InputStream in, long maxBytes, URI url, int status) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[16384];
        int n;
        while ((n = in.read(buffer)) > 0) {
            if (out.size() + (long) n > maxBytes) {
                throw tooLarge(url, status, "the decompressed body passed the limit", maxBytes);
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    /** True when the bytes start with a zlib header (RFC 1950); some servers send raw deflate. */
    private static boolean isZlib(byte[] b) {
        return b.length >= 2 && (b[0] & 0x0F) == 8 && (((b[0] & 0xFF) << 8) | (b[1] & 0xFF)) % 31 == 0;
    }

    static String oneLine(Throwable t) {
        String m = t.getMessage();
        return (m == null || m.isBlank() ? t.getClass().getSimpleName() : m).replaceAll("\\s+", " ").strip();
    }

    /** Raised inside the client when a body passes the cap. */
    private static final class BodyTooLarge extends IOException {
        final int status;
        final long bytes;
        final long limit;
        final boolean announced;

        BodyTooLarge(int status, long bytes, long limit, boolean announced) {
            super("body too large: " + bytes + " bytes");
            this.status = status;
            this.bytes = bytes;
            this.limit = limit;
            this.announced = announced;
        }
    }

    /** Raised inside the client when the body is still arriving at the deadline. */
    private static final class BodyTimeout extends IOException {
        final int status;

        BodyTimeout(int status) {
            super("body not complete before the deadline");
            this.status = status;
        }
    }

    /**
     * Collects a 2xx body, cancelling the exchange as soon as it passes the cap or the deadline.
     * Bodies of other statuses are read and dropped (up to the cap, then the exchange is cut).
     */
    private static final class CappedSubscriber implements HttpResponse.BodySubscriber<byte[]> {
        private static final ScheduledExecutorService DEADLINES = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "fineprint-fetch-deadlines");
            t.setDaemon(true);
            return t;
        });

        private final CompletableFuture<byte[]> result = new CompletableFuture<>();
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private final int status;
        private final boolean keep;
        private final long maxBytes;
        private final long announced;
        private final long deadlineNanos;
        private long received;
        private Flow.@Nullable Subscription subscription;
        private @Nullable ScheduledFuture<?> timer;

        CappedSubscriber(HttpResponse.ResponseInfo info, long maxBytes, long deadlineNanos) {
            this.status = info.statusCode();
            this.keep = status / 100 == 2;
            this.maxBytes = maxBytes;
            this.announced = info.headers().firstValueAsLong("Content-Length").orElse(-1);
            this.deadlineNanos = deadlineNanos;
        }

        @Override
        public CompletionStage<byte[]> getBody() {
            return result;
        }

        @Override
        public synchronized void onSubscribe(Flow.Subscription s) {
            subscription = s;
            if (keep && announced > maxBytes) {
                finish(new BodyTooLarge(status, announced, maxBytes, true));
                return;
            }
            long remaining = deadlineNanos - System.nanoTime();
            if (remaining <= 0) {
                finish(new BodyTimeout(status));
                return;
            }
            timer = DEADLINES.schedule(this::expire, remaining, TimeUnit.NANOSECONDS);
            s.request(Long.MAX_VALUE);
        }

        @Override
        public synchronized void onNext(List<ByteBuffer> buffers) {
            for (ByteBuffer buffer : buffers) {
                if (result.isDone()) {
                    return;
                }
                received += buffer.remaining();
                if (received > maxBytes) {
                    finish(keep ? new BodyTooLarge(status, received, maxBytes, false) : null);
                    return;
                }
                if (keep) {
                    byte[] chunk = new byte[buffer.remaining()];
                    buffer.get(chunk);
                    out.writeBytes(chunk);
                }
            }
        }

        @Override
        public synchronized void onError(Throwable throwable) {
            stopTimer();
            result.completeExceptionally(throwable);
        }

        @Override
        public synchronized void onComplete() {
            stopTimer();
            result.complete(out.toByteArray());
        }

        private synchronized void expire() {
            finish(new BodyTimeout(status));
        }

        /** Cuts the exchange short: with an error, or (null) with an empty body. */
        private void finish(@Nullable IOException error) {
            if (result.isDone()) {
                return;
            }
            stopTimer();
            if (subscription != null) {
                subscription.cancel();
            }
            if (error == null) {
                result.complete(new byte[0]);
            } else {
                result.completeExceptionally(error);
            }
        }

        private void stopTimer() {
            if (timer != null) {
                timer.cancel(false);
            }
        }
    }
}

package org.fineprint.fetch;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.fineprint.fetch.FetchException.Reason;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One navigation in a headless browser over DevTools: every request the page makes is paused
 * and checked by the {@link AddressGuard} (and, for the main document and its redirects, by
 * robots.txt and the redirect limit) before it may continue. Waits for the load event and then,
 * for at most {@link #SETTLE_LIMIT}, for the network to go idle; returns the rendered DOM, or the
 * raw bytes when the main document is not HTML (a PDF, plain text).
 */
final class BrowserPage {
    private static final Logger log = LoggerFactory.getLogger(BrowserPage.class);

    /** How long to wait for the network to go quiet after the load event. */
    static final Duration SETTLE_LIMIT = Duration.ofSeconds(5);
    /** Time allowed to read the DOM once the page has settled (may pass the render deadline). */
    static final Duration CAPTURE_LIMIT = Duration.ofSeconds(10);
    private static final String DOM = "(document.doctype ? new XMLSerializer().serializeToString(document.doctype)"
            + " + '\\n' : '') + (document.documentElement ? document.documentElement.outerHTML : '')";

    private record MainResponse(String requestId, URI url, int status, String mimeType, @Nullable String charset) {
    }

    private final URI url;
    private final FetchSettings settings;
    private final AddressGuard guard;
    private final RobotsPolicy robots;
    private final Executor checks;
    private final AtomicInteger documentRequests = new AtomicInteger();
    private final Object lock = new Object();
    private volatile @Nullable DevToolsConnection cdp;
    private volatile String mainFrame = "";
    private volatile boolean navigating;
    private volatile @Nullable FetchException refusal;
    private volatile @Nullable MainResponse response;
    private volatile byte @Nullable [] documentBody;
    private volatile Instant deadline = Instant.MAX;
    private @Nullable String loaderId;
    private boolean loaded;
    private boolean idle;

    BrowserPage(URI url, FetchSettings settings, AddressGuard guard, RobotsPolicy robots, Executor checks) {
        this.url = url;
        this.settings = settings;
        this.guard = guard;
        this.robots = robots;
        this.checks = checks;
    }

    /** Opens a tab, navigates to the URL and captures the result. */
    Snapshot load(DevToolsConnection connection, Clock clock, Instant deadline)
            throws IOException, InterruptedException, TimeoutException {
        cdp = connection;
        this.deadline = deadline;
        String userAgent = connection.call(null, "Browser.getVersion", DevToolsConnection.params(), deadline)
                .path("userAgent").asString("");
        String targetId = connection.call(null, "Target.createTarget",
                DevToolsConnection.params().put("url", "about:blank"), deadline).path("targetId").asString();
        mainFrame = targetId;
        String session = connection.call(null, "Target.attachToTarget",
                DevToolsConnection.params().put("targetId", targetId).put("flatten", true), deadline)
                .path("sessionId").asString();
        connection.call(session, "Page.enable", DevToolsConnection.params(), deadline);
        connection.call(session, "Page.setLifecycleEventsEnabled", DevToolsConnection.params().put("enabled", true),
                deadline);
        connection.call(session, "Network.enable", DevToolsConnection.params(), deadline);
        connection.call(session, "Network.setUserAgentOverride", DevToolsConnection.params()
                .put("userAgent", userAgent.replace("HeadlessChrome/", "Chrome/"))
                .put("acceptLanguage", settings.acceptLanguage()), deadline);
        ObjectNode fetch = DevToolsConnection.params();
        ArrayNode patterns = fetch.putArray("patterns");
        patterns.addObject().put("urlPattern", "*").put("requestStage", "Request");
        patterns.addObject().put("urlPattern", "*").put("resourceType", "Document").put("requestStage", "Response");
        connection.call(session, "Fetch.enable", fetch, deadline);

        navigating = true;
        JsonNode navigation = connection.call(session, "Page.navigate",
                DevToolsConnection.params().put("url", url.toString()), deadline);
        String error = navigation.path("errorText").asString("");
        if (!error.isEmpty()) {
            throw navigationFailure(error);
        }
        awaitSettled(deadline);
        MainResponse main = response;
        if (main == null) {
            throw new FetchException(Reason.NETWORK, url, 0, "the browser received no document; try again later");
        }
        if (main.status() / 100 != 2) {
            throw FetchException.forStatus(main.url(), main.status());
        }
        Instant captureDeadline = Instant.now().plus(CAPTURE_LIMIT);
        byte[] content;
        String mediaType;
        String charset;
        if (isHtml(main.mimeType())) {
            JsonNode result = connection.call(session, "Runtime.evaluate", DevToolsConnection.params()
                    .put("expression", DOM).put("returnByValue", true), captureDeadline);
            content = result.path("result").path("value").asString("").getBytes(StandardCharsets.UTF_8);
            mediaType = MediaTypes.HTML;
            charset = "UTF-8";
        } else {
            // Chromium replaces a PDF with its viewer page: use the bytes kept while the response was paused
            byte[] raw = documentBody;
            if (raw == null) {
                throw new FetchException(Reason.NETWORK, main.url(), main.status(),
                        "the browser did not hand over the " + main.mimeType() + " document; try again later");
            }
            content = raw;
            charset = main.charset();
            mediaType = MediaTypes.resolve(main.url(), new MediaTypes.ContentType(main.mimeType(), charset), content);
        }
        if (content.length > settings.maxBytes()) {
            throw new FetchException(Reason.TOO_LARGE, main.url(), main.status(), "the rendered page has "
                    + content.length + " bytes, over the limit of " + settings.maxBytes() + " bytes");
        }
        if (content.length == 0) {
            throw new FetchException(Reason.EMPTY, main.url(), main.status(), "the browser rendered an empty page");
        }
        return new Snapshot(url, main.url(), main.status(), mediaType, charset, content, clock.instant(),
                BrowserFetcher.NAME);
    }

    /** Receives every DevTools event; runs on the connection's thread, so it only records or hands off. */
    void onEvent(JsonNode message) {
        JsonNode params = message.path("params");
        switch (message.path("method").asString("")) {
            case "Fetch.requestPaused" -> {
                String session = message.path("sessionId").asString("");
                checks.execute(() -> decide(session, params));
            }
            case "Network.responseReceived" -> {
                log.debug("response type={} frame={} status={} mime={} url={}", params.path("type").asString(""),
                        params.path("frameId").asString(""), params.path("response").path("status").asInt(),
                        params.path("response").path("mimeType").asString(""),
                        params.path("response").path("url").asString(""));
                if (navigating && "Document".equals(params.path("type").asString(""))
                        && mainFrame.equals(params.path("frameId").asString(""))) {
                    JsonNode r = params.path("response");
                    String charset = r.path("charset").asString("");
                    response = new MainResponse(params.path("requestId").asString(""),
                            parseUrl(r.path("url").asString(url.toString())), r.path("status").asInt(0),
                            r.path("mimeType").asString("").toLowerCase(Locale.ROOT), charset.isEmpty() ? null : charset);
                }
            }
            case "Page.lifecycleEvent" -> {
                if (navigating && mainFrame.equals(params.path("frameId").asString(""))) {
                    lifecycle(params.path("name").asString(""), params.path("loaderId").asString(""));
                }
            }
            default -> {
            }
        }
    }

    private void lifecycle(String name, String loader) {
        synchronized (lock) {
            if (name.equals("init")) {
                loaderId = loader;
                loaded = false;
                idle = false;
            } else if (loaderId == null || loaderId.equals(loader)) {
                loaded |= name.equals("load");
                idle |= name.equals("networkIdle");
            }
            lock.notifyAll();
        }
    }

    private void decide(String session, JsonNode params) {
        if (params.has("responseStatusCode") || params.has("responseErrorReason")) {
            keepDocumentBody(session, params);
            return;
        }
        String requestId = params.path("requestId").asString("");
        String requested = params.path("request").path("url").asString("");
        boolean mainDocument = "Document".equals(params.path("resourceType").asString(""))
                && mainFrame.equals(params.path("frameId").asString(""));
        FetchException refused = null;
        try {
            URI target = parseUrl(requested);
            String scheme = target.getScheme() == null ? "" : target.getScheme().toLowerCase(Locale.ROOT);
            if (scheme.equals("http") || scheme.equals("https")) {
                guard.check(target);
                if (mainDocument && documentRequests.incrementAndGet() > settings.maxRedirects() + 1) {
                    throw new FetchException(Reason.TOO_MANY_REDIRECTS, url, 0, "more than "
                            + settings.maxRedirects() + " redirects (last to " + target + "); track the final URL instead");
                }
                if (mainDocument) {
                    robots.check(target);
                }
            }
        } catch (FetchException e) {
            refused = e;
        } catch (RuntimeException e) {
            refused = new FetchException(Reason.INVALID_URL, url, 0, "the page requested an invalid URL", e);
        }
        DevToolsConnection connection = cdp;
        if (connection == null) {
            return;
        }
        if (refused == null) {
            connection.send(session, "Fetch.continueRequest", DevToolsConnection.params().put("requestId", requestId));
            return;
        }
        log.debug("browser request blocked url={} reason={} main={}", requested, refused.reason().kind(), mainDocument);
        if (mainDocument && refusal == null) {
            refusal = refused;
        }
        connection.send(session, "Fetch.failRequest", DevToolsConnection.params()
                .put("requestId", requestId).put("errorReason", "BlockedByClient"));
    }

    /** At the response stage of a document: keeps the bytes of a main document that is not HTML. */
    private void keepDocumentBody(String session, JsonNode params) {
        String requestId = params.path("requestId").asString("");
        DevToolsConnection connection = cdp;
        if (connection == null) {
            return;
        }
        int status = params.path("responseStatusCode").asInt(0);
        String contentType = "";
        for (JsonNode header : params.path("responseHeaders")) {
            if (header.path("name").asString("").equalsIgnoreCase("Content-Type")) {
                contentType = header.path("value").asString("");
            }
        }
        MediaTypes.ContentType type = MediaTypes.parse(contentType);
        boolean html = type == null || isHtml(type.mediaType());
        if (!html && status / 100 == 2 && mainFrame.equals(params.path("frameId").asString(""))) {
            try {
                JsonNode body = connection.call(session, "Fetch.getResponseBody",
                        DevToolsConnection.params().put("requestId", requestId), deadline);
                String text = body.path("body").asString("");
                documentBody = body.path("base64Encoded").asBoolean(false) ? Base64.getDecoder().decode(text)
                        : text.getBytes(StandardCharsets.UTF_8);
            } catch (IOException | TimeoutException | RuntimeException e) {
                log.debug("document body not kept url={} cause={}", url, HttpTransport.oneLine(e));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        connection.send(session, "Fetch.continueRequest", DevToolsConnection.params().put("requestId", requestId));
    }

    private void awaitSettled(Instant deadline) throws InterruptedException {
        synchronized (lock) {
            while (!loaded) {
                long millis = BrowserProcess.remaining(deadline).toMillis();
                if (millis <= 0) {
                    throw new FetchException(Reason.TIMEOUT, url, 0, "the page did not finish loading within "
                            + settings.browserTimeout().toSeconds() + " s; try again later");
                }
                lock.wait(millis);
            }
            Instant settled = Instant.now().plus(SETTLE_LIMIT);
            Instant until = settled.isBefore(deadline) ? settled : deadline;
            while (!idle) {
                long millis = BrowserProcess.remaining(until).toMillis();
                if (millis <= 0) {
                    log.debug("network still busy url={}; capturing the page as it is", url);
                    return;
                }
                lock.wait(millis);
            }
        }
    }

    private FetchException navigationFailure(String error) {
        FetchException refused = refusal;
        if (refused != null) {
            return refused;
        }
        MainResponse main = response;
        if (main != null && main.status() / 100 != 2 && main.status() != 0) {
            return FetchException.forStatus(main.url(), main.status());
        }
        return BrowserFetcher.navigationError(url, error);
    }

    /** Parses a URL as Chromium writes it; characters {@link URI} rejects but browsers allow are escaped. */
    static URI parseUrl(String url) {
        StringBuilder escaped = new StringBuilder(url.length());
        url.codePoints().forEach(c -> {
            if (c <= ' ' || "|^`{}\"<>\\".indexOf(c) >= 0 || c >= 0x7F) {
                for (byte b : Character.toString(c).getBytes(StandardCharsets.UTF_8)) {
                    escaped.append('%').append(String.format("%02X", b & 0xFF));
                }
            } else {
                escaped.appendCodePoint(c);
            }
        });
        return URI.create(escaped.toString());
    }

    private static boolean isHtml(String mimeType) {
        return mimeType.equals(MediaTypes.HTML) || mimeType.equals(MediaTypes.XHTML) || mimeType.isEmpty();
    }
}

package org.fineprint.fetch;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A Chrome DevTools Protocol connection over the JDK WebSocket: numbered commands answered by
 * futures, events handed to one consumer on the receiving thread (which must not block).
 * Incoming messages are capped, so a huge page cannot exhaust memory.
 */
final class DevToolsConnection implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(DevToolsConnection.class);
    static final ObjectMapper JSON = JsonMapper.builder().build();

    /** A command the browser answered with an error, or a connection that failed. */
    static final class DevToolsException extends IOException {
        final boolean tooLarge;

        DevToolsException(String message, boolean tooLarge) {
            super(message);
            this.tooLarge = tooLarge;
        }
    }

    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    private final AtomicInteger ids = new AtomicInteger();
    private final Object sendLock = new Object();
    private final long maxMessageChars;
    private final Consumer<JsonNode> events;
    private volatile @Nullable DevToolsException failure;
    private @Nullable WebSocket socket;
    private CompletableFuture<?> lastSend = CompletableFuture.completedFuture(null);

    private DevToolsConnection(long maxMessageChars, Consumer<JsonNode> events) {
        this.maxMessageChars = maxMessageChars;
        this.events = events;
    }

    /**
     * Connects to a browser's DevTools endpoint.
     *
     * @param endpoint the {@code ws://127.0.0.1:…/devtools/browser/…} URL
     * @param timeout how long connecting may take
     * @param maxMessageChars the largest message accepted; larger ones fail every pending command
     * @param events receives every event ({@code method}, {@code params}, {@code sessionId})
     */
    static DevToolsConnection open(HttpClient client, URI endpoint, Duration timeout, long maxMessageChars,
                                   Consumer<JsonNode> events) throws IOException, InterruptedException, TimeoutException {
        DevToolsConnection connection = new DevToolsConnection(maxMessageChars, events);
        try {
            connection.socket = client.newWebSocketBuilder().connectTimeout(timeout)
                    .buildAsync(endpoint, connection.new Listener())
                    .get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw new IOException("cannot connect to the browser's DevTools endpoint: " + e.getCause(), e);
        }
        return connection;
    }

    /** A new empty parameter object. */
    static ObjectNode params() {
        return JSON.createObjectNode();
    }

    /**
     * Sends a command without waiting for its answer.
     *
     * @param sessionId the target session, or {@code null} for the browser itself
     */
    CompletableFuture<JsonNode> send(@Nullable String sessionId, String method, ObjectNode params) {
        int id = ids.incrementAndGet();
        CompletableFuture<JsonNode> result = new CompletableFuture<>();
        DevToolsException failed = failure;
        if (failed != null) {
            result.completeExceptionally(failed);
            return result;
        }
        pending.put(id, result);
        ObjectNode message = JSON.createObjectNode().put("id", id).put("method", method);
        message.set("params", params);
        if (sessionId != null) {
            message.put("sessionId", sessionId);
        }
        String text = JSON.writeValueAsString(message);
        synchronized (sendLock) {
            WebSocket ws = socket;
            if (ws == null) {
                throw new IllegalStateException("not connected");
            }
            lastSend = lastSend.handle((ok, error) -> null).thenCompose(ignored -> ws.sendText(text, true))
                    .whenComplete((ok, error) -> {
                        if (error != null) {
                            result.completeExceptionally(error);
                        }
                    });
        }
        return result;
    }

    /**
     * Sends a command and waits for its result.
     *
     * @param deadline when to give up
     * @return the command's {@code result} object
     */
    JsonNode call(@Nullable String sessionId, String method, ObjectNode params, Instant deadline)
            throws IOException, InterruptedException, TimeoutException {
        CompletableFuture<JsonNode> result = send(sessionId, method, params);
        long millis = Math.max(1, Duration.between(Instant.now(), deadline).toMillis());
        try {
            return result.get(millis, TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IOException(method + " failed: " + e.getCause(), e.getCause());
        }
    }

    /** True when a message passed the size cap. */
    boolean overflowed() {
        DevToolsException f = failure;
        return f != null && f.tooLarge;
    }

    @Override
    public void close() {
        WebSocket ws = socket;
        if (ws != null) {
            ws.abort();
        }
        fail(new DevToolsException("DevTools connection closed", false));
    }

    private void fail(DevToolsException e) {
        if (failure == null) {
            failure = e;
        }
        pending.values().forEach(f -> f.completeExceptionally(e));
        pending.clear();
    }

    private void dispatch(String text) {
        JsonNode message = JSON.readTree(text);
        JsonNode id = message.get("id");
        if (id == null) {
            events.accept(message);
            return;
        }
        CompletableFuture<JsonNode> result = pending.remove(id.asInt());
        if (result == null) {
            return;
        }
        JsonNode error = message.get("error");
        if (error != null) {
            result.completeExceptionally(new DevToolsException(error.path("message").asString("error"), false));
        } else {
            result.complete(message.path("result"));
        }
    }

    private final class Listener implements WebSocket.Listener {
        private final StringBuilder buffer = new StringBuilder();

        @Override
        public @Nullable CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            buffer.append(data);
            if (buffer.length() > maxMessageChars) {
                buffer.setLength(0);
                fail(new DevToolsException("a DevTools message passed " + maxMessageChars + " characters", true));
                webSocket.abort();
                return null;
            }
            if (last) {
                String text = buffer.toString();
                buffer.setLength(0);
                try {
                    dispatch(text);
                } catch (RuntimeException e) {
                    log.debug("DevTools message not handled: {}", HttpTransport.oneLine(e));
                }
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public @Nullable CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            fail(new DevToolsException("the browser closed the DevTools connection (" + statusCode + ")", false));
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            fail(new DevToolsException("DevTools connection failed: " + error, false));
        }
    }
}

package org.fineprint.fetch;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
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
 * A Chrome DevTools Protocol connection over a {@link LocalWebSocket}: numbered commands
 * answered by futures, events handed to one consumer on the reading thread (which must not
 * block). Incoming messages are capped, so a huge page cannot exhaust memory.
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

    private final LocalWebSocket socket;
    private final long maxMessageBytes;
    private final Consumer<JsonNode> events;
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    private final AtomicInteger ids = new AtomicInteger();
    private volatile @Nullable DevToolsException failure;

    private DevToolsConnection(LocalWebSocket socket, long maxMessageBytes, Consumer<JsonNode> events) {
        this.socket = socket;
        this.maxMessageBytes = maxMessageBytes;
        this.events = events;
    }

    /**
     * Connects to a browser's DevTools endpoint and starts reading on a thread of its own.
     *
     * @param endpoint the {@code ws://127.0.0.1:…/devtools/browser/…} URL
     * @param timeout how long connecting and the handshake may take
     * @param maxMessageBytes the largest message accepted; a larger one fails every pending command
     * @param events receives every event ({@code method}, {@code params}, {@code sessionId})
     */
    static DevToolsConnection open(URI endpoint, Duration timeout, long maxMessageBytes, Consumer<JsonNode> events)
            throws IOException {
        DevToolsConnection connection =
                new DevToolsConnection(LocalWebSocket.connect(endpoint, timeout), maxMessageBytes, events);
        Thread.ofPlatform().daemon().name("fineprint-devtools-" + endpoint.getPort()).start(connection::read);
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
        pending.put(id, result);
        DevToolsException failed = failure;
        if (failed != null) {
            pending.remove(id);
            result.completeExceptionally(failed);
            return result;
        }
        ObjectNode message = JSON.createObjectNode().put("id", id).put("method", method);
        message.set("params", params);
        if (sessionId != null) {
            message.put("sessionId", sessionId);
        }
        try {
            socket.sendText(JSON.writeValueAsBytes(message));
        } catch (IOException e) {
            fail(new DevToolsException("cannot send to DevTools: " + HttpTransport.oneLine(e), false));
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
        fail(new DevToolsException("DevTools connection closed", false));
    }

    private void fail(DevToolsException e) {
        DevToolsException first;
        synchronized (pending) {
            if (failure == null) {
                failure = e;
            }
            first = failure;
        }
        try {
            socket.close();
        } catch (IOException ignored) {
            // closing anyway
        }
        pending.values().forEach(f -> f.completeExceptionally(first));
        pending.clear();
    }

    private void read() {
        try {
            for (byte[] message = socket.receive(maxMessageBytes); message != null;
                 message = socket.receive(maxMessageBytes)) {
                dispatch(new String(message, StandardCharsets.UTF_8));
            }
            fail(new DevToolsException("the browser closed the DevTools connection", false));
        } catch (LocalWebSocket.TooLarge e) {
            fail(new DevToolsException("a DevTools message passed " + maxMessageBytes + " bytes", true));
        } catch (IOException e) {
            fail(new DevToolsException("the DevTools connection ended (" + HttpTransport.oneLine(e) + ")", false));
        }
    }

    private void dispatch(String text) {
        try {
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
        } catch (RuntimeException e) {
            log.debug("DevTools message not handled: {}", HttpTransport.oneLine(e));
        }
    }
}

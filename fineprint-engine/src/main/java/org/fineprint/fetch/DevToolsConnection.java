package org.fineprint.fetch;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Locale;
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
 * A Chrome DevTools Protocol connection: numbered commands answered by futures, events handed to
 * one consumer on the reading thread (which must not block). It speaks the few parts of
 * WebSocket (RFC 6455) DevTools needs over a plain socket to 127.0.0.1, on its own thread: the
 * JDK WebSocket completes its handshake on the common ForkJoinPool, which can starve. Incoming
 * messages are capped, so a huge page cannot exhaust memory.
 */
final class DevToolsConnection implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(DevToolsConnection.class);
    static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final String WEBSOCKET_GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A command the browser answered with an error, or a connection that failed. */
    static final class DevToolsException extends IOException {
        final boolean tooLarge;

        DevToolsException(String message, boolean tooLarge) {
            super(message);
            this.tooLarge = tooLarge;
        }
    }

    private final Socket socket;
    private final DataInputStream in;
    private final OutputStream out;
    private final long maxMessageBytes;
    private final Consumer<JsonNode> events;
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    private final AtomicInteger ids = new AtomicInteger();
    private volatile @Nullable DevToolsException failure;

    private DevToolsConnection(Socket socket, DataInputStream in, OutputStream out, long maxMessageBytes,
                               Consumer<JsonNode> events) {
        this.socket = socket;
        this.in = in;
        this.out = out;
        this.maxMessageBytes = maxMessageBytes;
        this.events = events;
    }

    /**
     * Connects to a browser's DevTools endpoint and starts reading.
     *
     * @param endpoint the {@code ws://127.0.0.1:…/devtools/browser/…} URL
     * @param timeout how long connecting and the handshake may take
     * @param maxMessageBytes the largest message accepted; a larger one fails every pending command
     * @param events receives every event ({@code method}, {@code params}, {@code sessionId})
     */
    static DevToolsConnection open(URI endpoint, Duration timeout, long maxMessageBytes, Consumer<JsonNode> events)
            throws IOException {
        Socket socket = new Socket();
        try {
            int millis = (int) Math.max(1, Math.min(Integer.MAX_VALUE, timeout.toMillis()));
            socket.connect(new InetSocketAddress(endpoint.getHost(), endpoint.getPort()), millis);
            socket.setSoTimeout(millis);
            socket.setTcpNoDelay(true);
            DataInputStream in = new DataInputStream(new BufferedInputStream(socket.getInputStream()));
            OutputStream out = new BufferedOutputStream(socket.getOutputStream());
            handshake(endpoint, in, out);
            socket.setSoTimeout(0);
            DevToolsConnection connection = new DevToolsConnection(socket, in, out, maxMessageBytes, events);
            Thread.ofPlatform().daemon().name("fineprint-devtools-" + endpoint.getPort()).start(connection::read);
            return connection;
        } catch (IOException | RuntimeException e) {
            socket.close();
            throw e;
        }
    }

    private static void handshake(URI endpoint, DataInputStream in, OutputStream out) throws IOException {
        byte[] nonce = new byte[16];
        RANDOM.nextBytes(nonce);
        String key = Base64.getEncoder().encodeToString(nonce);
        String request = "GET " + endpoint.getRawPath() + " HTTP/1.1\r\nHost: " + endpoint.getHost() + ":"
                + endpoint.getPort() + "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: " + key
                + "\r\nSec-WebSocket-Version: 13\r\n\r\n";
        out.write(request.getBytes(StandardCharsets.US_ASCII));
        out.flush();
        String status = readLine(in);
        if (!status.startsWith("HTTP/1.1 101")) {
            throw new IOException("DevTools refused the WebSocket upgrade: " + status);
        }
        String accept = null;
        for (String line = readLine(in); !line.isEmpty(); line = readLine(in)) {
            int colon = line.indexOf(':');
            if (colon > 0 && line.substring(0, colon).strip().toLowerCase(Locale.ROOT).equals("sec-websocket-accept")) {
                accept = line.substring(colon + 1).strip();
            }
        }
        if (!expectedAccept(key).equals(accept)) {
            throw new IOException("DevTools answered the WebSocket upgrade with a wrong Sec-WebSocket-Accept");
        }
    }

    private static String expectedAccept(String key) {
        try {
            byte[] sha1 = MessageDigest.getInstance("SHA-1")
                    .digest((key + WEBSOCKET_GUID).getBytes(StandardCharsets.US_ASCII));
            return Base64.getEncoder().encodeToString(sha1);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is missing from this JDK", e);
        }
    }

    private static String readLine(DataInputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int c = in.read(); c != '\n'; c = in.read()) {
            if (c < 0) {
                throw new EOFException("DevTools closed the connection during the handshake");
            }
            if (c != '\r') {
                line.append((char) c);
            }
            if (line.length() > 8192) {
                throw new IOException("DevTools sent an overlong handshake line");
            }
        }
        return line.toString();
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
            writeFrame(JSON.writeValueAsBytes(message));
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
        synchronized (pending) {
            if (failure == null) {
                failure = e;
            }
        }
        try {
            socket.close();
        } catch (IOException ignored) {
            // closing anyway
        }
        pending.values().forEach(f -> f.completeExceptionally(failure));
        pending.clear();
    }

    /** Writes one masked text frame (clients must mask, RFC 6455 section 5.3). */
    private void writeFrame(byte[] payload) throws IOException {
        byte[] mask = new byte[4];
        RANDOM.nextBytes(mask);
        synchronized (out) {
            out.write(0x81);
            int length = payload.length;
            if (length < 126) {
                out.write(0x80 | length);
            } else if (length < 65_536) {
                out.write(0x80 | 126);
                out.write(length >>> 8);
                out.write(length);
            } else {
                out.write(0x80 | 127);
                for (int shift = 56; shift >= 0; shift -= 8) {
                    out.write((int) ((long) length >>> shift));
                }
            }
            out.write(mask);
            byte[] masked = new byte[length];
            for (int i = 0; i < length; i++) {
                masked[i] = (byte) (payload[i] ^ mask[i & 3]);
            }
            out.write(masked);
            out.flush();
        }
    }

    /** The reading loop: frames to messages, messages to answers and events, until closed. */
    private void read() {
        ByteArrayOutputStream message = new ByteArrayOutputStream();
        try {
            while (true) {
                int first = in.readUnsignedByte();
                int second = in.readUnsignedByte();
                int opcode = first & 0x0F;
                long length = second & 0x7F;
                if (length == 126) {
                    length = in.readUnsignedShort();
                } else if (length == 127) {
                    length = in.readLong();
                }
                byte[] mask = null;
                if ((second & 0x80) != 0) {
                    mask = in.readNBytes(4);
                }
                if (length < 0 || message.size() + length > maxMessageBytes) {
                    fail(new DevToolsException("a DevTools message passed " + maxMessageBytes + " bytes", true));
                    return;
                }
                byte[] payload = in.readNBytes((int) length);
                if (payload.length < length) {
                    throw new EOFException("DevTools closed the connection mid-frame");
                }
                if (mask != null) {
                    for (int i = 0; i < payload.length; i++) {
                        payload[i] ^= mask[i & 3];
                    }
                }
                switch (opcode) {
                    case 0x0, 0x1, 0x2 -> {
                        message.write(payload);
                        if ((first & 0x80) != 0) {
                            dispatch(message.toString(StandardCharsets.UTF_8));
                            message.reset();
                        }
                    }
                    case 0x8 -> {
                        fail(new DevToolsException("the browser closed the DevTools connection", false));
                        return;
                    }
                    case 0x9 -> writeControl(0x8A, payload);
                    default -> {
                        // pong and reserved opcodes carry nothing for us
                    }
                }
            }
        } catch (IOException e) {
            fail(new DevToolsException("the DevTools connection ended (" + HttpTransport.oneLine(e) + ")", false));
        }
    }

    private void writeControl(int header, byte[] payload) throws IOException {
        byte[] mask = new byte[4];
        RANDOM.nextBytes(mask);
        synchronized (out) {
            out.write(header);
            out.write(0x80 | payload.length);
            out.write(mask);
            for (int i = 0; i < payload.length; i++) {
                out.write(payload[i] ^ mask[i & 3]);
            }
            out.flush();
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

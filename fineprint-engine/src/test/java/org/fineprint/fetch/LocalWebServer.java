package org.fineprint.fetch;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jspecify.annotations.Nullable;

/**
 * A local HTTP server on 127.0.0.1 for crawl tests (the JDK's {@code HttpServer}): routes by exact
 * path, answers 404 elsewhere, handles requests concurrently and records every request when it
 * arrives, before it is answered, so a client that got an answer always finds its request here.
 * Reused by the server module through the engine's test-jar.
 */
public final class LocalWebServer implements AutoCloseable {

    /** Handles one exchange; the server records it and closes it afterwards. */
    @FunctionalInterface
    public interface Handler {
        void handle(HttpExchange exchange) throws IOException;
    }

    /**
     * One request as received.
     *
     * @param path the path and query
     * @param headers the request headers
     * @param receivedNanos when it arrived ({@link System#nanoTime()})
     */
    public record Request(String method, String path, Headers headers, long receivedNanos) {
        /** The first value of a request header, or {@code null}. */
        public @Nullable String header(String name) {
            return headers.getFirst(name);
        }
    }

    private final HttpServer server;
    private final ExecutorService executor;
    private final Map<String, Handler> routes = new ConcurrentHashMap<>();
    private final List<Request> requests = Collections.synchronizedList(new ArrayList<>());

    private LocalWebServer(HttpServer server, ExecutorService executor) {
        this.server = server;
        this.executor = executor;
    }

    /** Starts a server on a free port of 127.0.0.1. */
    public static LocalWebServer start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
            ExecutorService executor = Executors.newCachedThreadPool(r -> {
                Thread t = new Thread(r, "local-web-server");
                t.setDaemon(true);
                return t;
            });
            LocalWebServer local = new LocalWebServer(server, executor);
            server.createContext("/", local::dispatch);
            server.setExecutor(executor);
            server.start();
            return local;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The port the server listens on. */
    public int port() {
        return server.getAddress().getPort();
    }

    /** {@code http://127.0.0.1:PORT} plus the path. */
    public URI url(String path) {
        return url("127.0.0.1", path);
    }

    /** The URL of a path under another name of this server, e.g. {@code localhost}. */
    public URI url(String host, String path) {
        return URI.create("http://" + host + ":" + port() + path);
    }

    /** Serves a 200 page. */
    public LocalWebServer page(String path, String contentType, String body) {
        return respond(path, 200, contentType, body.getBytes(StandardCharsets.UTF_8));
    }

    /** Serves a fixed answer; {@code contentType} may be null to send none. */
    public LocalWebServer respond(String path, int status, @Nullable String contentType, byte[] body) {
        return handle(path, exchange -> send(exchange, status, contentType, body));
    }

    /** Serves a redirect. */
    public LocalWebServer redirect(String path, int status, String location) {
        return handle(path, exchange -> {
            exchange.getResponseHeaders().set("Location", location);
            exchange.sendResponseHeaders(status, -1);
        });
    }

    /** Serves a path with any handler. */
    public LocalWebServer handle(String path, Handler handler) {
        routes.put(path, handler);
        return this;
    }

    /** Every request so far, in arrival order. */
    public List<Request> requests() {
        synchronized (requests) {
            return List.copyOf(requests);
        }
    }

    /** The requests for one path (without query). */
    public List<Request> requests(String path) {
        return requests().stream().filter(r -> r.path().equals(path) || r.path().startsWith(path + "?")).toList();
    }

    /**
     * Writes a complete answer.
     *
     * @param contentType the Content-Type, or {@code null} to send none
     */
    public static void send(HttpExchange exchange, int status, @Nullable String contentType, byte[] body)
            throws IOException {
        if (contentType != null) {
            exchange.getResponseHeaders().set("Content-Type", contentType);
        }
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private void dispatch(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getRawPath();
        String query = exchange.getRequestURI().getRawQuery();
        requests.add(new Request(exchange.getRequestMethod(), query == null ? path : path + "?" + query,
                exchange.getRequestHeaders(), System.nanoTime()));
        try {
            Handler handler = routes.get(path);
            if (handler == null) {
                send(exchange, 404, "text/plain", "not found".getBytes(StandardCharsets.UTF_8));
            } else {
                handler.handle(exchange);
            }
        } catch (IOException e) {
            // the client went away (e.g. it refused a body over its size limit)
        } finally {
            exchange.close();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}

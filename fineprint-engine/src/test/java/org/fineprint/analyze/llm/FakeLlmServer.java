package org.fineprint.analyze.llm;

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
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A local OpenAI-compatible chat completions endpoint for tests (the JDK's {@code HttpServer} on
 * 127.0.0.1). It parses each request as JSON, never matching on its exact text, and routes on the
 * stage: the {@code response_format} schema name when there is one, else the system prompt's
 * {@code Stage:} line. A {@link Responder} decides each answer; every request is recorded.
 */
final class FakeLlmServer implements AutoCloseable {
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    /**
     * One request as received.
     *
     * @param stage the stage id, e.g. {@code points}
     * @param body the request JSON
     * @param authorization the Authorization header, or {@code null}
     */
    record Call(String stage, JsonNode body, @Nullable String authorization) {
        /** The system prompt. */
        String system() {
            return body.path("messages").path(0).path("content").asString("");
        }

        /** The first user message. */
        String user() {
            return body.path("messages").path(1).path("content").asString("");
        }

        /** How many messages the conversation has (4 when the model is asked again). */
        int messageCount() {
            return body.path("messages").size();
        }

        /** The last message's text. */
        String lastMessage() {
            JsonNode m = body.path("messages");
            return m.path(m.size() - 1).path("content").asString("");
        }

        /** The {@code response_format.type} sent, or {@code none}. */
        String responseFormat() {
            return body.path("response_format").path("type").asString("none");
        }

        /** The document text between {@code <document>} markers, or empty. */
        String documentPart() {
            String u = user();
            int open = u.indexOf("<document>\n");
            int close = u.lastIndexOf("\n</document>");
            return open < 0 || close < open ? "" : u.substring(open + "<document>\n".length(), close);
        }
    }

    /**
     * An answer: an HTTP status, headers, the body and a delay before answering.
     */
    record Reply(int status, Map<String, String> headers, String body, long delayMillis) {
        /** A 200 chat completion whose message content is {@code content}. */
        static Reply ok(Call call, String content) {
            ObjectNode root = JSON.createObjectNode();
            root.put("id", "chatcmpl-fake");
            root.put("object", "chat.completion");
            root.put("model", call.body().path("model").asString());
            ObjectNode choice = root.putArray("choices").addObject();
            choice.put("index", 0);
            choice.putObject("message").put("role", "assistant").put("content", content);
            choice.put("finish_reason", "stop");
            root.putObject("usage")
                    .put("prompt_tokens", Tokens.estimate(call.body().path("messages").toString()))
                    .put("completion_tokens", Tokens.estimate(content))
                    .put("total_tokens", 0);
            return new Reply(200, Map.of(), JSON.writeValueAsString(root), 0);
        }

        /** A 200 chat completion whose content is the given JSON value. */
        static Reply ok(Call call, JsonNode content) {
            return ok(call, JSON.writeValueAsString(content));
        }

        static Reply status(int status, String body) {
            return new Reply(status, Map.of("Content-Type", "application/json"), body, 0);
        }

        Reply withHeader(String name, String value) {
            Map<String, String> h = new java.util.HashMap<>(headers);
            h.put(name, value);
            return new Reply(status, h, body, delayMillis);
        }

        Reply delayed(long millis) {
            return new Reply(status, headers, body, millis);
        }
    }

    /** Decides the answer to a call; {@code n} counts the calls of that stage from 0. */
    @FunctionalInterface
    interface Responder {
        Reply reply(Call call, int n);
    }

    private final HttpServer server;
    private final ExecutorService executor;
    private final List<Call> calls = Collections.synchronizedList(new ArrayList<>());
    private final Map<String, AtomicInteger> perStage = new java.util.concurrent.ConcurrentHashMap<>();
    private final AtomicInteger total = new AtomicInteger();
    private volatile Responder responder;

    private FakeLlmServer(Responder responder) {
        this.responder = responder;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        executor = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "fake-llm");
            t.setDaemon(true);
            return t;
        });
        server.createContext("/v1/chat/completions", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    /** Starts a server answering with {@code responder}. */
    static FakeLlmServer start(Responder responder) {
        return new FakeLlmServer(responder);
    }

    /** The API root to configure, {@code http://127.0.0.1:PORT/v1}. */
    URI baseUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/v1");
    }

    void respondWith(Responder next) {
        this.responder = next;
    }

    /** Every request so far, in arrival order. */
    List<Call> calls() {
        synchronized (calls) {
            return List.copyOf(calls);
        }
    }

    /** The requests of one stage, in arrival order. */
    List<Call> calls(String stage) {
        return calls().stream().filter(c -> c.stage().equals(stage)).toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            JsonNode body = JSON.readTree(exchange.getRequestBody().readAllBytes());
            String stage = stageOf(body);
            Call call = new Call(stage, body, exchange.getRequestHeaders().getFirst("Authorization"));
            calls.add(call);
            total.incrementAndGet();
            int n = perStage.computeIfAbsent(stage, s -> new AtomicInteger()).getAndIncrement();
            Reply reply = responder.reply(call, n);
            if (reply.delayMillis() > 0) {
                try {
                    Thread.sleep(reply.delayMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
            byte[] bytes = reply.body().getBytes(StandardCharsets.UTF_8);
            reply.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
            if (!reply.headers().containsKey("Content-Type")) {
                exchange.getResponseHeaders().add("Content-Type", "application/json");
            }
            exchange.sendResponseHeaders(reply.status(), bytes.length == 0 ? -1 : bytes.length);
            if (bytes.length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(bytes);
                }
            }
        } catch (IOException e) {
            // the client went away (a timeout test): nothing to answer
        }
    }

    private static String stageOf(JsonNode body) {
        String schema = body.path("response_format").path("json_schema").path("name").asString("");
        if (schema.startsWith("fineprint_")) {
            return schema.substring("fineprint_".length()).replace('_', '-');
        }
        String system = body.path("messages").path(0).path("content").asString("");
        if (system.startsWith("Stage: ")) {
            int end = system.indexOf('\n');
            return system.substring("Stage: ".length(), end < 0 ? system.length() : end).strip();
        }
        return "unknown";
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}

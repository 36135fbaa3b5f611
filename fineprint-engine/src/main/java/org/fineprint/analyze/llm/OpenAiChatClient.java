package org.fineprint.analyze.llm;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicReference;
import org.fineprint.analyze.llm.LlmSettings.ResponseFormat;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Calls {@code POST {baseUrl}/chat/completions} of an OpenAI-compatible endpoint with the JDK
 * HTTP client (see {@code docs/decisions/0002-llm-client.md} for why not langchain4j).
 *
 * <ul>
 *   <li>429, 408, 5xx, timeouts and network errors are retried up to {@code maxRetries} times,
 *       waiting what {@code Retry-After} asks (seconds or an HTTP date, at most
 *       {@link #MAX_RETRY_AFTER}) or else an exponential backoff from {@link #BASE_BACKOFF} with
 *       jitter, capped at {@link #MAX_BACKOFF}.</li>
 *   <li>The answer's shape is requested as {@code json_schema} (strict) by default. An endpoint
 *       that rejects that with a 400 naming the response format is asked again with
 *       {@code json_object}, then with no format, and stays downgraded for later calls.</li>
 *   <li>401/403, 404 and other 4xx fail at once with what to check.</li>
 * </ul>
 * The API key is sent as a bearer token and never logged; neither is any prompt or answer text.
 */
final class OpenAiChatClient {
    static final Duration BASE_BACKOFF = Duration.ofSeconds(1);
    static final Duration MAX_BACKOFF = Duration.ofSeconds(30);
    static final Duration MAX_RETRY_AFTER = Duration.ofSeconds(120);

    private static final Logger log = LoggerFactory.getLogger(OpenAiChatClient.class);
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private final LlmSettings settings;
    private final URI endpoint;
    private final HttpClient http;
    private final Sleeper sleeper;
    private final AtomicReference<ResponseFormat> format;

    OpenAiChatClient(LlmSettings settings, Sleeper sleeper) {
        settings.requireConfigured();
        this.settings = settings;
        this.endpoint = URI.create(settings.baseUrl() + "/chat/completions");
        this.http = HttpClient.newBuilder()
                .connectTimeout(settings.connectTimeout())
                // plain-http local servers get no h2c upgrade request, which some of them mishandle
                .version("https".equals(endpoint.getScheme()) ? HttpClient.Version.HTTP_2 : HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
        this.sleeper = sleeper;
        this.format = new AtomicReference<>(settings.responseFormat());
    }

    /** The response format in use now (it may have been downgraded). */
    ResponseFormat responseFormat() {
        return format.get();
    }

    /**
     * Sends one chat call and returns the answer.
     *
     * @param stage the stage (names the schema)
     * @param messages the conversation
     * @param schema the JSON schema of the answer
     * @throws LlmCallException when the call fails for good
     */
    ChatAnswer complete(Stage stage, List<Message> messages, ObjectNode schema) {
        int retries = 0;
        while (true) {
            ResponseFormat used = format.get();
            HttpRequest.Builder builder = HttpRequest.newBuilder(endpoint)
                    .timeout(settings.timeout())
                    .header("Content-Type", "application/json")
                    .header("Accept", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body(stage, messages, schema, used), StandardCharsets.UTF_8));
            if (settings.apiKey() != null) {
                builder.header("Authorization", "Bearer " + settings.apiKey());
            }
            HttpRequest request = builder.build();
            long started = System.nanoTime();
            String failure;
            Duration wait;
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                int status = response.statusCode();
                log.debug("llm call stage={} status={} format={} ms={}", stage.id(), status, used.id(),
                        (System.nanoTime() - started) / 1_000_000);
                if (status >= 200 && status < 300) {
                    return answer(response.body(), messages);
                }
                if (status == 400 && used != ResponseFormat.NONE && mentionsResponseFormat(response.body())) {
                    ResponseFormat next = used == ResponseFormat.JSON_SCHEMA ? ResponseFormat.JSON_OBJECT : ResponseFormat.NONE;
                    if (format.compareAndSet(used, next)) {
                        log.warn("llm endpoint rejected response_format={}; using {} from now on", used.id(), next.id());
                    }
                    continue;
                }
                if (status != 429 && status != 408 && status < 500) {
                    throw new LlmCallException(permanentFailure(status, response.body()));
                }
                failure = "the endpoint answered " + status + (status == 429 ? " (too many requests)" : "");
                Optional<Duration> asked = retryAfter(response.headers().firstValue("Retry-After").orElse(null));
                if (asked.isPresent() && asked.get().compareTo(MAX_RETRY_AFTER) > 0) {
                    throw new LlmCallException(failure + " and asks to wait " + asked.get().toSeconds()
                            + " s; try again later");
                }
                wait = asked.isPresent() ? asked.get() : backoff(retries);
            } catch (HttpTimeoutException e) {
                failure = "no answer within " + seconds(settings.timeout()) + " s; raise FINEPRINT_LLM_TIMEOUT, or "
                        + "lower FINEPRINT_LLM_CHUNK_TOKENS for a slow model";
                wait = backoff(retries);
            } catch (ConnectException e) {
                failure = "cannot connect to " + settings.baseUrl() + "; check FINEPRINT_LLM_BASE_URL and that the server runs";
                wait = backoff(retries);
            } catch (IOException e) {
                failure = "the connection to " + settings.baseUrl() + " failed (" + oneLine(String.valueOf(e.getMessage())) + ")";
                wait = backoff(retries);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new LlmCallException("interrupted while waiting for the model", e);
            }
            if (retries >= settings.maxRetries()) {
                throw new LlmCallException(failure + (retries > 0 ? " (after " + retries + " retries)" : ""));
            }
            retries++;
            log.warn("llm call failed stage={} reason=\"{}\" retry={} of {} wait_ms={}", stage.id(), failure, retries,
                    settings.maxRetries(), wait.toMillis());
            try {
                sleeper.sleep(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new LlmCallException("interrupted while waiting to retry the model call", e);
            }
        }
    }

    private String body(Stage stage, List<Message> messages, ObjectNode schema, ResponseFormat used) {
        ObjectNode body = JSON.createObjectNode();
        body.put("model", settings.model());
        ArrayNode msgs = body.putArray("messages");
        for (Message m : messages) {
            msgs.addObject().put("role", m.role()).put("content", m.content());
        }
        if (settings.temperature() != null) {
            body.put("temperature", settings.temperature());
        }
        if (settings.maxOutputTokens() != null) {
            body.put("max_tokens", settings.maxOutputTokens());
        }
        switch (used) {
            case JSON_SCHEMA -> {
                ObjectNode rf = body.putObject("response_format");
                rf.put("type", "json_schema");
                ObjectNode js = rf.putObject("json_schema");
                js.put("name", stage.schemaName());
                js.put("strict", true);
                js.set("schema", schema);
            }
            case JSON_OBJECT -> body.putObject("response_format").put("type", "json_object");
            case NONE -> { }
        }
        body.put("stream", false);
        return JSON.writeValueAsString(body);
    }

    private static ChatAnswer answer(String body, List<Message> messages) {
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (JacksonException e) {
            throw new LlmCallException("the endpoint's answer is not JSON; check that FINEPRINT_LLM_BASE_URL is an "
                    + "OpenAI-compatible API root (usually ending in /v1)");
        }
        JsonNode choice = root.path("choices").path(0);
        JsonNode message = choice.path("message");
        JsonNode content = message.path("content");
        if (!content.isString()) {
            if (message.path("refusal").isString()) {
                throw new LlmCallException("the model refused to answer (" + oneLine(message.path("refusal").asString()) + ")");
            }
            throw new LlmCallException("the endpoint's answer has no choices[0].message.content; check that "
                    + "FINEPRINT_LLM_BASE_URL is an OpenAI-compatible chat completions API");
        }
        JsonNode usage = root.path("usage");
        long in = usage.path("prompt_tokens").asLong(-1);
        long out = usage.path("completion_tokens").asLong(-1);
        if (in < 0) {
            in = messages.stream().mapToLong(m -> Tokens.estimate(m.content()) + 4).sum();
        }
        if (out < 0) {
            out = Tokens.estimate(content.asString());
        }
        return new ChatAnswer(content.asString(), in, out, "length".equals(choice.path("finish_reason").asString("")));
    }

    private String permanentFailure(int status, String body) {
        String detail = errorMessage(body);
        return switch (status) {
            case 401, 403 -> "the endpoint refused the request (" + status + ")" + detail
                    + "; check FINEPRINT_LLM_API_KEY";
            case 404 -> "the endpoint answered 404" + detail + "; check FINEPRINT_LLM_BASE_URL (usually ending in /v1) "
                    + "and that FINEPRINT_LLM_MODEL=" + settings.model() + " exists there";
            default -> "the endpoint answered " + status + detail + "; check FINEPRINT_LLM_MODEL and the endpoint's logs";
        };
    }

    /** The error message an OpenAI-style error body carries, as " (…)", or nothing. */
    private static String errorMessage(String body) {
        try {
            JsonNode root = JSON.readTree(body);
            JsonNode msg = root.path("error").isString() ? root.path("error") : root.path("error").path("message");
            if (msg.isString() && !msg.asString().isBlank()) {
                return " (" + oneLine(msg.asString()) + ")";
            }
        } catch (JacksonException e) {
            // not JSON: say nothing more
        }
        return "";
    }

    private static boolean mentionsResponseFormat(String body) {
        String lower = body.toLowerCase(Locale.ROOT);
        return lower.contains("response_format") || lower.contains("json_schema") || lower.contains("response format")
                || lower.contains("json_object");
    }

    /** The wait a {@code Retry-After} value asks for: delay seconds or an HTTP date. */
    static Optional<Duration> retryAfter(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String v = value.strip();
        try {
            double seconds = Double.parseDouble(v);
            return seconds < 0 ? Optional.empty() : Optional.of(Duration.ofMillis(Math.round(seconds * 1000)));
        } catch (NumberFormatException e) {
            try {
                Instant at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                Duration d = Duration.between(Instant.now(), at);
                return Optional.of(d.isNegative() ? Duration.ZERO : d);
            } catch (DateTimeParseException e2) {
                return Optional.empty();
            }
        }
    }

    /** Exponential backoff with ±20% jitter: about 1 s, 2 s, 4 s, … at most {@link #MAX_BACKOFF}. */
    static Duration backoff(int retries) {
        double millis = Math.min(MAX_BACKOFF.toMillis(), BASE_BACKOFF.toMillis() * Math.pow(2, retries));
        double jitter = 0.8 + 0.4 * ThreadLocalRandom.current().nextDouble();
        return Duration.ofMillis(Math.round(Math.min(MAX_BACKOFF.toMillis(), millis * jitter)));
    }

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? String.valueOf(d.toSeconds())
                : String.format(Locale.ROOT, "%.1f", d.toMillis() / 1000.0);
    }

    private static String oneLine(String s) {
        String line = s.replaceAll("\\s+", " ").strip();
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }
}

package org.fineprint.analyze.llm;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * How the LLM analyser reaches its model and how much it may spend. Plain values, so the CLI
 * (from environment variables, {@link #fromEnvironment(Map)}) and the server (from its
 * properties) map their own configuration onto it. The API key never appears in
 * {@link #toString()}.
 *
 * @param baseUrl the OpenAI-compatible API root, e.g. {@code https://api.openai.com/v1} or
 *     {@code http://localhost:11434/v1}; {@code null} when not configured
 * @param model the model name the endpoint knows, e.g. {@code qwen2.5:14b-instruct}; {@code null}
 *     when not configured
 * @param apiKey the bearer token, or {@code null} for endpoints without authentication
 * @param connectTimeout how long to wait for a connection
 * @param timeout how long to wait for the answer to one model call (the JDK client's request
 *     timeout: until the answer starts arriving, which for non-streamed answers is when it is ready)
 * @param maxConcurrency how many calls run at once
 * @param maxRetries how many times a call is retried after 429, 5xx, a timeout or a network error
 * @param inputPricePer1k US dollars per 1,000 input tokens, or {@code null} when unknown
 * @param outputPricePer1k US dollars per 1,000 output tokens, or {@code null} when unknown
 * @param chunkTokens the most document tokens (estimated) sent in one call; longer documents are
 *     read in several parts cut along their structure
 * @param maxTokens the most input plus output tokens one analysis may use
 * @param maxCostUsd the most one analysis may cost, or {@code null} for no cost limit (a limit
 *     needs both prices)
 * @param mode {@link Mode#FULL} (the model reads everything) or {@link Mode#HYBRID} (the built-in
 *     detector proposes passages, the model confirms them)
 * @param responseFormat how the answer's JSON shape is requested from the endpoint
 * @param temperature the sampling temperature, or {@code null} to send none (some models accept
 *     only their default)
 * @param maxOutputTokens the {@code max_tokens} sent with each call, or {@code null} to send none
 * @param cacheDir where answers are cached on disk, or {@code null} for no file cache
 */
public record LlmSettings(@Nullable URI baseUrl, @Nullable String model, @Nullable String apiKey,
                          Duration connectTimeout, Duration timeout, int maxConcurrency, int maxRetries,
                          @Nullable Double inputPricePer1k, @Nullable Double outputPricePer1k,
                          int chunkTokens, long maxTokens, @Nullable Double maxCostUsd, Mode mode,
                          ResponseFormat responseFormat, @Nullable Double temperature,
                          @Nullable Integer maxOutputTokens, @Nullable Path cacheDir) {

    public static final String ENV_BASE_URL = "FINEPRINT_LLM_BASE_URL";
    public static final String ENV_MODEL = "FINEPRINT_LLM_MODEL";
    public static final String ENV_API_KEY = "FINEPRINT_LLM_API_KEY";
    public static final String ENV_CONNECT_TIMEOUT = "FINEPRINT_LLM_CONNECT_TIMEOUT";
    public static final String ENV_TIMEOUT = "FINEPRINT_LLM_TIMEOUT";
    public static final String ENV_MAX_CONCURRENCY = "FINEPRINT_LLM_MAX_CONCURRENCY";
    public static final String ENV_MAX_RETRIES = "FINEPRINT_LLM_MAX_RETRIES";
    public static final String ENV_PRICE_INPUT = "FINEPRINT_LLM_PRICE_INPUT_PER_1K";
    public static final String ENV_PRICE_OUTPUT = "FINEPRINT_LLM_PRICE_OUTPUT_PER_1K";
    public static final String ENV_CHUNK_TOKENS = "FINEPRINT_LLM_CHUNK_TOKENS";
    public static final String ENV_MAX_TOKENS = "FINEPRINT_LLM_MAX_TOKENS";
    public static final String ENV_MAX_COST = "FINEPRINT_LLM_MAX_COST_USD";
    public static final String ENV_MODE = "FINEPRINT_LLM_MODE";
    public static final String ENV_RESPONSE_FORMAT = "FINEPRINT_LLM_RESPONSE_FORMAT";
    public static final String ENV_TEMPERATURE = "FINEPRINT_LLM_TEMPERATURE";
    public static final String ENV_MAX_OUTPUT_TOKENS = "FINEPRINT_LLM_MAX_OUTPUT_TOKENS";
    public static final String ENV_CACHE_DIR = "FINEPRINT_LLM_CACHE_DIR";

    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
    /** Generous: a local model on a CPU may take minutes for one part of a long document. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(300);
    public static final int DEFAULT_MAX_CONCURRENCY = 2;
    public static final int DEFAULT_MAX_RETRIES = 4;
    /** About 24,000 characters of English: fits an 8K-token context with the prompt and the answer. */
    public static final int DEFAULT_CHUNK_TOKENS = 6000;
    /** Enough for a 400,000-character document read in full with both per-part stages. */
    public static final long DEFAULT_MAX_TOKENS = 1_000_000;
    /** Hybrid: fewer calls and tokens on the fake-endpoint measurements (docs/llm.md); full without a detector. */
    public static final Mode DEFAULT_MODE = Mode.HYBRID;
    public static final ResponseFormat DEFAULT_RESPONSE_FORMAT = ResponseFormat.JSON_SCHEMA;
    public static final double DEFAULT_TEMPERATURE = 0.0;
    /** Parts smaller than this would spend more tokens on the prompt than on the document. */
    public static final int MIN_CHUNK_TOKENS = 1000;

    private static final Pattern SIMPLE_DURATION = Pattern.compile("(\\d+)\\s*(ms|s|m|h)?");

    /** Who reads the document for points. */
    public enum Mode {
        /** The model reads every part of every document and names the cases itself. */
        FULL("full"),
        /**
         * The built-in case detector proposes passages per case and the model confirms or rejects
         * them; documents the detector cannot read (not English) are read in full.
         */
        HYBRID("hybrid");

        private final String id;

        Mode(String id) {
            this.id = id;
        }

        /** The setting's value, e.g. {@code hybrid}. */
        public String id() {
            return id;
        }
    }

    /** How the JSON shape of answers is requested. */
    public enum ResponseFormat {
        /** {@code response_format: json_schema} with {@code strict: true} (OpenAI, vLLM, llama.cpp, LM Studio, Ollama). */
        JSON_SCHEMA("json_schema"),
        /** {@code response_format: json_object}: any JSON, the shape only in the prompt. */
        JSON_OBJECT("json_object"),
        /** No {@code response_format}: the shape only in the prompt, for endpoints that reject both. */
        NONE("none");

        private final String id;

        ResponseFormat(String id) {
            this.id = id;
        }

        /** The setting's value, e.g. {@code json_object}. */
        public String id() {
            return id;
        }
    }

    public LlmSettings {
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(responseFormat, "responseFormat");
        if (model != null && model.isBlank()) {
            model = null;
        }
        if (apiKey != null && apiKey.isBlank()) {
            apiKey = null;
        }
        if (connectTimeout.isNegative() || connectTimeout.isZero() || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeouts must be positive");
        }
        if (maxConcurrency < 1) {
            throw new IllegalArgumentException("maxConcurrency must be at least 1: " + maxConcurrency);
        }
        if (maxRetries < 0) {
            throw new IllegalArgumentException("maxRetries must not be negative: " + maxRetries);
        }
        if (chunkTokens < MIN_CHUNK_TOKENS) {
            throw new IllegalArgumentException("chunkTokens must be at least " + MIN_CHUNK_TOKENS + ": " + chunkTokens);
        }
        if (maxTokens < 1) {
            throw new IllegalArgumentException("maxTokens must be positive: " + maxTokens);
        }
        for (Double d : new Double[] {inputPricePer1k, outputPricePer1k, maxCostUsd}) {
            if (d != null && (d < 0 || d.isNaN() || d.isInfinite())) {
                throw new IllegalArgumentException("prices and cost limits must be finite and not negative: " + d);
            }
        }
        if (maxOutputTokens != null && maxOutputTokens < 1) {
            throw new IllegalArgumentException("maxOutputTokens must be positive: " + maxOutputTokens);
        }
    }

    /** Defaults with no endpoint: {@link #isConfigured()} is false until a base URL and model are set. */
    public static LlmSettings defaults() {
        return builder().build();
    }

    /** A builder starting from the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from these settings. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * Reads the settings from environment variables ({@code FINEPRINT_LLM_*}, see
     * {@code docs/llm.md}); unset variables keep their defaults. The file cache goes to
     * {@code FINEPRINT_LLM_CACHE_DIR}, else {@code $XDG_CACHE_HOME/fineprint/llm}, else
     * {@code $HOME/.cache/fineprint/llm}; {@code off} disables it.
     *
     * @param env the environment, e.g. {@link System#getenv()}
     * @return the settings; check {@link #isConfigured()} or call {@link #requireConfigured()}
     * @throws LlmSettingsException when a variable is set to a value that cannot be used
     */
    public static LlmSettings fromEnvironment(Map<String, String> env) {
        Builder b = builder();
        String url = value(env, ENV_BASE_URL);
        if (url != null) {
            b.baseUrl(parseUrl(url));
        }
        b.model(value(env, ENV_MODEL));
        b.apiKey(value(env, ENV_API_KEY));
        String v;
        if ((v = value(env, ENV_CONNECT_TIMEOUT)) != null) {
            b.connectTimeout(parseDuration(ENV_CONNECT_TIMEOUT, v));
        }
        if ((v = value(env, ENV_TIMEOUT)) != null) {
            b.timeout(parseDuration(ENV_TIMEOUT, v));
        }
        if ((v = value(env, ENV_MAX_CONCURRENCY)) != null) {
            b.maxConcurrency((int) parseLong(ENV_MAX_CONCURRENCY, v, 1, 64));
        }
        if ((v = value(env, ENV_MAX_RETRIES)) != null) {
            b.maxRetries((int) parseLong(ENV_MAX_RETRIES, v, 0, 20));
        }
        if ((v = value(env, ENV_PRICE_INPUT)) != null) {
            b.inputPricePer1k(parseAmount(ENV_PRICE_INPUT, v));
        }
        if ((v = value(env, ENV_PRICE_OUTPUT)) != null) {
            b.outputPricePer1k(parseAmount(ENV_PRICE_OUTPUT, v));
        }
        if ((v = value(env, ENV_CHUNK_TOKENS)) != null) {
            b.chunkTokens((int) parseLong(ENV_CHUNK_TOKENS, v, MIN_CHUNK_TOKENS, 1_000_000));
        }
        if ((v = value(env, ENV_MAX_TOKENS)) != null) {
            b.maxTokens(parseLong(ENV_MAX_TOKENS, v, 1, Long.MAX_VALUE));
        }
        if ((v = value(env, ENV_MAX_COST)) != null) {
            b.maxCostUsd(parseAmount(ENV_MAX_COST, v));
        }
        if ((v = value(env, ENV_MODE)) != null) {
            b.mode(switch (v.toLowerCase(Locale.ROOT)) {
                case "full" -> Mode.FULL;
                case "hybrid" -> Mode.HYBRID;
                default -> throw new LlmSettingsException(ENV_MODE, ENV_MODE + "=" + v + " is not a mode; use full or hybrid");
            });
        }
        if ((v = value(env, ENV_RESPONSE_FORMAT)) != null) {
            b.responseFormat(switch (v.toLowerCase(Locale.ROOT)) {
                case "json_schema" -> ResponseFormat.JSON_SCHEMA;
                case "json_object" -> ResponseFormat.JSON_OBJECT;
                case "none" -> ResponseFormat.NONE;
                default -> throw new LlmSettingsException(ENV_RESPONSE_FORMAT, ENV_RESPONSE_FORMAT + "=" + v
                        + " is not a response format; use json_schema, json_object or none");
            });
        }
        if ((v = value(env, ENV_TEMPERATURE)) != null) {
            b.temperature(v.equalsIgnoreCase("default") ? null : parseAmount(ENV_TEMPERATURE, v));
        }
        if ((v = value(env, ENV_MAX_OUTPUT_TOKENS)) != null) {
            b.maxOutputTokens((int) parseLong(ENV_MAX_OUTPUT_TOKENS, v, 1, 10_000_000));
        }
        String cache = value(env, ENV_CACHE_DIR);
        if (cache != null) {
            b.cacheDir(cache.equalsIgnoreCase("off") ? null : Path.of(cache));
        } else if (value(env, "XDG_CACHE_HOME") != null) {
            b.cacheDir(Path.of(value(env, "XDG_CACHE_HOME"), "fineprint", "llm"));
        } else if (value(env, "HOME") != null) {
            b.cacheDir(Path.of(value(env, "HOME"), ".cache", "fineprint", "llm"));
        }
        try {
            return b.build();
        } catch (IllegalArgumentException e) {
            throw new LlmSettingsException("FINEPRINT_LLM_*", e.getMessage() + "; check the FINEPRINT_LLM_* variables");
        }
    }

    /** True when a base URL and a model are set, so the analyser can run. */
    public boolean isConfigured() {
        return baseUrl != null && model != null;
    }

    /**
     * These settings, checked to be usable.
     *
     * @return these settings
     * @throws LlmSettingsException naming the first missing setting, e.g. "LLM analyser not
     *     configured: FINEPRINT_LLM_BASE_URL is not set; …"
     */
    public LlmSettings requireConfigured() {
        if (baseUrl == null) {
            throw new LlmSettingsException(ENV_BASE_URL, ENV_BASE_URL + " is not set; set it to an OpenAI-compatible "
                    + "endpoint (http://localhost:11434/v1 for Ollama) and " + ENV_MODEL
                    + " to a model name, or use the built-in analyser (--analyzer local)");
        }
        if (model == null) {
            throw new LlmSettingsException(ENV_MODEL, ENV_MODEL + " is not set; set it to a model the endpoint at "
                    + baseUrl + " serves (e.g. qwen2.5:14b-instruct for Ollama)");
        }
        if (maxCostUsd != null && (inputPricePer1k == null || outputPricePer1k == null)) {
            throw new LlmSettingsException(ENV_MAX_COST, ENV_MAX_COST + " needs both " + ENV_PRICE_INPUT + " and "
                    + ENV_PRICE_OUTPUT + " to be set");
        }
        return this;
    }

    /** True when both prices are known, so costs can be computed. */
    public boolean hasPrices() {
        return inputPricePer1k != null && outputPricePer1k != null;
    }

    /** The cost of some usage at the configured prices, or {@code null} when they are not set. */
    public @Nullable Double cost(long inputTokens, long outputTokens) {
        if (!hasPrices()) {
            return null;
        }
        return inputTokens / 1000.0 * inputPricePer1k + outputTokens / 1000.0 * outputPricePer1k;
    }

    @Override
    public String toString() {
        return "LlmSettings[baseUrl=" + baseUrl + ", model=" + model + ", apiKey=" + (apiKey == null ? "none" : "(set)")
                + ", connectTimeout=" + connectTimeout + ", timeout=" + timeout + ", maxConcurrency=" + maxConcurrency
                + ", maxRetries=" + maxRetries + ", inputPricePer1k=" + inputPricePer1k + ", outputPricePer1k="
                + outputPricePer1k + ", chunkTokens=" + chunkTokens + ", maxTokens=" + maxTokens + ", maxCostUsd="
                + maxCostUsd + ", mode=" + mode.id() + ", responseFormat=" + responseFormat.id() + ", temperature="
                + temperature + ", maxOutputTokens=" + maxOutputTokens + ", cacheDir=" + cacheDir + "]";
    }

    private static @Nullable String value(Map<String, String> env, String name) {
        String v = env.get(name);
        return v == null || v.isBlank() ? null : v.strip();
    }

    private static URI parseUrl(String url) {
        try {
            URI uri = URI.create(url.endsWith("/") ? url.substring(0, url.length() - 1) : url);
            if (uri.getHost() == null || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
                throw new IllegalArgumentException("not an http(s) URL");
            }
            return uri;
        } catch (IllegalArgumentException e) {
            throw new LlmSettingsException(ENV_BASE_URL, ENV_BASE_URL + "=" + url
                    + " is not an http(s) URL; use e.g. http://localhost:11434/v1");
        }
    }

    /** Accepts {@code 90}, {@code 90s}, {@code 500ms}, {@code 5m}, {@code 1h} or ISO-8601 ({@code PT90S}). */
    static Duration parseDuration(String name, String v) {
        Matcher m = SIMPLE_DURATION.matcher(v.toLowerCase(Locale.ROOT));
        try {
            Duration d;
            if (m.matches()) {
                long n = Long.parseLong(m.group(1));
                String unit = m.group(2) == null ? "s" : m.group(2);
                d = switch (unit) {
                    case "ms" -> Duration.ofMillis(n);
                    case "m" -> Duration.ofMinutes(n);
                    case "h" -> Duration.ofHours(n);
                    default -> Duration.ofSeconds(n);
                };
            } else {
                d = Duration.parse(v.toUpperCase(Locale.ROOT));
            }
            if (d.isZero() || d.isNegative()) {
                throw new LlmSettingsException(name, name + "=" + v + " must be positive");
            }
            return d;
        } catch (NumberFormatException | DateTimeParseException e) {
            throw new LlmSettingsException(name, name + "=" + v + " is not a duration; use e.g. 120s or 5m");
        }
    }

    private static long parseLong(String name, String v, long min, long max) {
        try {
            long n = Long.parseLong(v.replace("_", ""));
            if (n < min || n > max) {
                throw new LlmSettingsException(name, name + "=" + v + " is out of range " + min + "-" + max);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new LlmSettingsException(name, name + "=" + v + " is not a whole number");
        }
    }

    private static double parseAmount(String name, String v) {
        try {
            double d = Double.parseDouble(v);
            if (d < 0 || Double.isNaN(d) || Double.isInfinite(d)) {
                throw new NumberFormatException();
            }
            return d;
        } catch (NumberFormatException e) {
            throw new LlmSettingsException(name, name + "=" + v + " is not a non-negative number");
        }
    }

    /** Builds settings; every field starts at its default. */
    public static final class Builder {
        private @Nullable URI baseUrl;
        private @Nullable String model;
        private @Nullable String apiKey;
        private Duration connectTimeout = DEFAULT_CONNECT_TIMEOUT;
        private Duration timeout = DEFAULT_TIMEOUT;
        private int maxConcurrency = DEFAULT_MAX_CONCURRENCY;
        private int maxRetries = DEFAULT_MAX_RETRIES;
        private @Nullable Double inputPricePer1k;
        private @Nullable Double outputPricePer1k;
        private int chunkTokens = DEFAULT_CHUNK_TOKENS;
        private long maxTokens = DEFAULT_MAX_TOKENS;
        private @Nullable Double maxCostUsd;
        private Mode mode = DEFAULT_MODE;
        private ResponseFormat responseFormat = DEFAULT_RESPONSE_FORMAT;
        private @Nullable Double temperature = DEFAULT_TEMPERATURE;
        private @Nullable Integer maxOutputTokens;
        private @Nullable Path cacheDir;

        private Builder() {
        }

        private Builder(LlmSettings s) {
            baseUrl = s.baseUrl;
            model = s.model;
            apiKey = s.apiKey;
            connectTimeout = s.connectTimeout;
            timeout = s.timeout;
            maxConcurrency = s.maxConcurrency;
            maxRetries = s.maxRetries;
            inputPricePer1k = s.inputPricePer1k;
            outputPricePer1k = s.outputPricePer1k;
            chunkTokens = s.chunkTokens;
            maxTokens = s.maxTokens;
            maxCostUsd = s.maxCostUsd;
            mode = s.mode;
            responseFormat = s.responseFormat;
            temperature = s.temperature;
            maxOutputTokens = s.maxOutputTokens;
            cacheDir = s.cacheDir;
        }

        public Builder baseUrl(@Nullable URI value) {
            baseUrl = value;
            return this;
        }

        public Builder model(@Nullable String value) {
            model = value;
            return this;
        }

        public Builder apiKey(@Nullable String value) {
            apiKey = value;
            return this;
        }

        public Builder connectTimeout(Duration value) {
            connectTimeout = value;
            return this;
        }

        public Builder timeout(Duration value) {
            timeout = value;
            return this;
        }

        public Builder maxConcurrency(int value) {
            maxConcurrency = value;
            return this;
        }

        public Builder maxRetries(int value) {
            maxRetries = value;
            return this;
        }

        public Builder inputPricePer1k(@Nullable Double value) {
            inputPricePer1k = value;
            return this;
        }

        public Builder outputPricePer1k(@Nullable Double value) {
            outputPricePer1k = value;
            return this;
        }

        public Builder chunkTokens(int value) {
            chunkTokens = value;
            return this;
        }

        public Builder maxTokens(long value) {
            maxTokens = value;
            return this;
        }

        public Builder maxCostUsd(@Nullable Double value) {
            maxCostUsd = value;
            return this;
        }

        public Builder mode(Mode value) {
            mode = value;
            return this;
        }

        public Builder responseFormat(ResponseFormat value) {
            responseFormat = value;
            return this;
        }

        public Builder temperature(@Nullable Double value) {
            temperature = value;
            return this;
        }

        public Builder maxOutputTokens(@Nullable Integer value) {
            maxOutputTokens = value;
            return this;
        }

        public Builder cacheDir(@Nullable Path value) {
            cacheDir = value;
            return this;
        }

        /**
         * @throws IllegalArgumentException when a value is out of range
         */
        public LlmSettings build() {
            return new LlmSettings(baseUrl, model, apiKey, connectTimeout, timeout, maxConcurrency, maxRetries,
                    inputPricePer1k, outputPricePer1k, chunkTokens, maxTokens, maxCostUsd, mode, responseFormat,
                    temperature, maxOutputTokens, cacheDir);
        }
    }
}

package org.fineprint.analyze.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LlmSettingsTest {

    @Test
    void isNotConfiguredWithoutEndpointAndSaysWhatToSetInOneLine() {
        LlmSettings settings = LlmSettings.fromEnvironment(Map.of());

        LlmSettingsException e = catchThrowableOfType(LlmSettingsException.class, settings::requireConfigured);

        assertThat(settings.isConfigured()).isFalse();
        assertThat(e.setting()).isEqualTo("FINEPRINT_LLM_BASE_URL");
        assertThat(e.getMessage()).startsWith("LLM analyser not configured: FINEPRINT_LLM_BASE_URL is not set")
                .contains("FINEPRINT_LLM_MODEL").contains("--analyzer local").doesNotContain("\n");
    }

    @Test
    void namesTheMissingModel() {
        LlmSettingsException e = catchThrowableOfType(LlmSettingsException.class, () -> LlmSettings
                .fromEnvironment(Map.of("FINEPRINT_LLM_BASE_URL", "http://localhost:11434/v1")).requireConfigured());

        assertThat(e.setting()).isEqualTo("FINEPRINT_LLM_MODEL");
    }

    @Test
    void readsEveryVariable() {
        LlmSettings s = LlmSettings.fromEnvironment(Map.ofEntries(
                Map.entry("FINEPRINT_LLM_BASE_URL", "https://api.example.com/v1/"),
                Map.entry("FINEPRINT_LLM_MODEL", "gpt-test"),
                Map.entry("FINEPRINT_LLM_API_KEY", "sk-123"),
                Map.entry("FINEPRINT_LLM_CONNECT_TIMEOUT", "5s"),
                Map.entry("FINEPRINT_LLM_TIMEOUT", "2m"),
                Map.entry("FINEPRINT_LLM_MAX_CONCURRENCY", "4"),
                Map.entry("FINEPRINT_LLM_MAX_RETRIES", "1"),
                Map.entry("FINEPRINT_LLM_PRICE_INPUT_PER_1K", "0.00015"),
                Map.entry("FINEPRINT_LLM_PRICE_OUTPUT_PER_1K", "0.0006"),
                Map.entry("FINEPRINT_LLM_CHUNK_TOKENS", "12000"),
                Map.entry("FINEPRINT_LLM_MAX_TOKENS", "500000"),
                Map.entry("FINEPRINT_LLM_MAX_COST_USD", "0.25"),
                Map.entry("FINEPRINT_LLM_MODE", "full"),
                Map.entry("FINEPRINT_LLM_RESPONSE_FORMAT", "json_object"),
                Map.entry("FINEPRINT_LLM_TEMPERATURE", "default"),
                Map.entry("FINEPRINT_LLM_MAX_OUTPUT_TOKENS", "4096"),
                Map.entry("FINEPRINT_LLM_CACHE_DIR", "/tmp/fp-cache")));

        assertThat(s.requireConfigured().baseUrl()).isEqualTo(URI.create("https://api.example.com/v1"));
        assertThat(s.model()).isEqualTo("gpt-test");
        assertThat(s.apiKey()).isEqualTo("sk-123");
        assertThat(s.connectTimeout()).isEqualTo(Duration.ofSeconds(5));
        assertThat(s.timeout()).isEqualTo(Duration.ofMinutes(2));
        assertThat(s.maxConcurrency()).isEqualTo(4);
        assertThat(s.maxRetries()).isEqualTo(1);
        assertThat(s.cost(1000, 1000)).isCloseTo(0.00075, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(s.chunkTokens()).isEqualTo(12000);
        assertThat(s.maxTokens()).isEqualTo(500_000);
        assertThat(s.maxCostUsd()).isEqualTo(0.25);
        assertThat(s.mode()).isEqualTo(LlmSettings.Mode.FULL);
        assertThat(s.responseFormat()).isEqualTo(LlmSettings.ResponseFormat.JSON_OBJECT);
        assertThat(s.temperature()).isNull();
        assertThat(s.maxOutputTokens()).isEqualTo(4096);
        assertThat(s.cacheDir()).isEqualTo(Path.of("/tmp/fp-cache"));
    }

    @Test
    void keepsDefaultsForUnsetVariablesAndCachesUnderTheUsersCacheFolder() {
        LlmSettings s = LlmSettings.fromEnvironment(Map.of("HOME", "/home/ann"));

        assertThat(s.timeout()).isEqualTo(LlmSettings.DEFAULT_TIMEOUT);
        assertThat(s.chunkTokens()).isEqualTo(LlmSettings.DEFAULT_CHUNK_TOKENS);
        assertThat(s.mode()).isEqualTo(LlmSettings.Mode.HYBRID);
        assertThat(s.responseFormat()).isEqualTo(LlmSettings.ResponseFormat.JSON_SCHEMA);
        assertThat(s.temperature()).isEqualTo(0.0);
        assertThat(s.cacheDir()).isEqualTo(Path.of("/home/ann/.cache/fineprint/llm"));
        assertThat(LlmSettings.fromEnvironment(Map.of("HOME", "/h", "XDG_CACHE_HOME", "/x")).cacheDir())
                .isEqualTo(Path.of("/x/fineprint/llm"));
        assertThat(LlmSettings.fromEnvironment(Map.of("HOME", "/h", "FINEPRINT_LLM_CACHE_DIR", "off")).cacheDir()).isNull();
    }

    @Test
    void refusesValuesItCannotUseNamingTheVariable() {
        for (Map.Entry<String, String> bad : Map.of(
                "FINEPRINT_LLM_BASE_URL", "localhost:11434",
                "FINEPRINT_LLM_TIMEOUT", "soon",
                "FINEPRINT_LLM_MAX_CONCURRENCY", "0",
                "FINEPRINT_LLM_PRICE_INPUT_PER_1K", "-1",
                "FINEPRINT_LLM_MODE", "turbo",
                "FINEPRINT_LLM_RESPONSE_FORMAT", "xml",
                "FINEPRINT_LLM_CHUNK_TOKENS", "10").entrySet()) {
            LlmSettingsException e = catchThrowableOfType(LlmSettingsException.class,
                    () -> LlmSettings.fromEnvironment(Map.of(bad.getKey(), bad.getValue())));

            assertThat(e).as(bad.getKey()).isNotNull();
            assertThat(e.setting()).isEqualTo(bad.getKey());
            assertThat(e.getMessage()).contains(bad.getKey()).doesNotContain("\n");
        }
    }

    @Test
    void needsBothPricesForACostLimit() {
        LlmSettings s = LlmSettings.fromEnvironment(Map.of("FINEPRINT_LLM_BASE_URL", "http://localhost:8080/v1",
                "FINEPRINT_LLM_MODEL", "m", "FINEPRINT_LLM_MAX_COST_USD", "1"));

        assertThat(catchThrowableOfType(LlmSettingsException.class, s::requireConfigured).setting())
                .isEqualTo("FINEPRINT_LLM_MAX_COST_USD");
        assertThat(s.cost(1000, 1000)).isNull();
    }

    @Test
    void neverShowsTheApiKey() {
        LlmSettings s = LlmSettings.builder().baseUrl(URI.create("https://api.example.com/v1")).model("m")
                .apiKey("sk-very-secret").build();

        assertThat(s.toString()).doesNotContain("sk-very-secret").contains("apiKey=(set)");
    }

    @Test
    void parsesDurationsInSeveralSpellings() {
        assertThat(LlmSettings.parseDuration("X", "90")).isEqualTo(Duration.ofSeconds(90));
        assertThat(LlmSettings.parseDuration("X", "500ms")).isEqualTo(Duration.ofMillis(500));
        assertThat(LlmSettings.parseDuration("X", "PT2M")).isEqualTo(Duration.ofMinutes(2));
        assertThat(LlmSettings.parseDuration("X", "1h")).isEqualTo(Duration.ofHours(1));
    }
}

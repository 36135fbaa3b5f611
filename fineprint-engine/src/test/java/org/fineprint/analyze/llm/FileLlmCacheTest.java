package org.fineprint.analyze.llm;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileLlmCacheTest {
    private static final CacheKey KEY = new CacheKey("points", "m", "1", "ab12");

    @Test
    void returnsWhatWasStored(@TempDir Path dir) {
        FileLlmCache cache = new FileLlmCache(dir.resolve("cache"));

        cache.put(KEY, "{\"points\": []}");

        assertThat(cache.get(KEY)).contains("{\"points\": []}");
        assertThat(new FileLlmCache(dir.resolve("cache")).get(KEY)).contains("{\"points\": []}");
    }

    @Test
    void missesOtherStagesModelsAndPromptVersions(@TempDir Path dir) {
        FileLlmCache cache = new FileLlmCache(dir);
        cache.put(KEY, "{}");

        assertThat(cache.get(new CacheKey("summary", "m", "1", "ab12"))).isEmpty();
        assertThat(cache.get(new CacheKey("points", "other", "1", "ab12"))).isEmpty();
        assertThat(cache.get(new CacheKey("points", "m", "2", "ab12"))).isEmpty();
        assertThat(cache.get(new CacheKey("points", "m", "1", "cd34"))).isEmpty();
    }

    @Test
    void leavesOneFileAndNoTemporaryFilesBehind(@TempDir Path dir) throws IOException {
        FileLlmCache cache = new FileLlmCache(dir);
        cache.put(KEY, "{\"a\": 1}");
        cache.put(KEY, "{\"a\": 2}");

        try (Stream<Path> files = Files.walk(dir)) {
            assertThat(files.filter(Files::isRegularFile).toList()).singleElement()
                    .satisfies(f -> assertThat(f.getFileName().toString()).isEqualTo(KEY.id() + ".json"));
        }
        assertThat(cache.get(KEY)).contains("{\"a\": 2}");
    }

    @Test
    void treatsABrokenFileAsAMiss(@TempDir Path dir) throws IOException {
        FileLlmCache cache = new FileLlmCache(dir);
        cache.put(KEY, "{}");
        try (Stream<Path> files = Files.walk(dir)) {
            Files.writeString(files.filter(Files::isRegularFile).findFirst().orElseThrow(), "{\"stage\": \"poi");
        }

        assertThat(cache.get(KEY)).isEmpty();
    }
}

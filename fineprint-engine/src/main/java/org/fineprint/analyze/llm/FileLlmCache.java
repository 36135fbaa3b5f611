package org.fineprint.analyze.llm;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Keeps answers as JSON files in a directory, one file per {@link CacheKey#id()} under a
 * two-character fan-out folder ({@code ab/abcd….json}). A file holds the key's parts, the time it
 * was written and the answer. Writes go to a temporary file in the same folder that is then moved
 * into place atomically, so a reader never sees half a file and concurrent writers of one key
 * leave one whole answer. Unreadable files count as misses.
 */
public final class FileLlmCache implements LlmCache {
    private static final Logger log = LoggerFactory.getLogger(FileLlmCache.class);
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private final Path dir;
    private final Clock clock;

    /**
     * @param dir the cache directory; created on the first write
     */
    public FileLlmCache(Path dir) {
        this(dir, Clock.systemUTC());
    }

    FileLlmCache(Path dir, Clock clock) {
        this.dir = dir;
        this.clock = clock;
    }

    /** The directory answers are kept in. */
    public Path dir() {
        return dir;
    }

    @Override
    public Optional<String> get(CacheKey key) {
        Path file = file(key);
        try {
            JsonNode node = JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
            JsonNode answer = node.path("answer");
            if (!answer.isString() || !key.stage().equals(node.path("stage").asString(""))
                    || !key.model().equals(node.path("model").asString(""))
                    || !key.promptVersion().equals(node.path("prompt_version").asString(""))
                    || !key.inputSha256().equals(node.path("input_sha256").asString(""))) {
                log.warn("llm cache entry ignored file={} reason=does-not-match-key", file);
                return Optional.empty();
            }
            return Optional.of(answer.asString());
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException | JacksonException e) {
            log.warn("llm cache entry ignored file={} reason={}", file, e.getClass().getSimpleName());
            return Optional.empty();
        }
    }

    @Override
    public void put(CacheKey key, String answer) {
        Path file = file(key);
        ObjectNode node = JSON.createObjectNode();
        node.put("stage", key.stage());
        node.put("model", key.model());
        node.put("prompt_version", key.promptVersion());
        node.put("input_sha256", key.inputSha256());
        node.put("written", clock.instant().toString());
        node.put("answer", answer);
        Path tmp = null;
        try {
            Files.createDirectories(file.getParent());
            tmp = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
            Files.writeString(tmp, JSON.writeValueAsString(node), StandardCharsets.UTF_8);
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
            tmp = null;
        } catch (IOException e) {
            log.warn("llm cache write failed file={} error={}", file, e.getMessage());
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // nothing more to do; a stray .tmp file is never read
                }
            }
        }
    }

    private Path file(CacheKey key) {
        String id = key.id();
        return dir.resolve(id.substring(0, 2)).resolve(id + ".json");
    }
}

package org.fineprint.analyze.llm;

import java.util.Optional;

/**
 * Remembers the model's validated answers, so an unchanged document is never sent to the model
 * again. The CLI keeps them in files ({@link FileLlmCache}); the server may keep them in its
 * database. Implementations must be safe to call from several threads.
 */
public interface LlmCache {

    /** A cache that remembers nothing. */
    LlmCache NONE = new LlmCache() {
        @Override
        public Optional<String> get(CacheKey key) {
            return Optional.empty();
        }

        @Override
        public void put(CacheKey key, String answer) {
        }
    };

    /**
     * Looks an answer up.
     *
     * @param key what was asked
     * @return the answer's JSON text, or empty when it was never stored (or cannot be read)
     */
    Optional<String> get(CacheKey key);

    /**
     * Stores an answer that passed validation. Failing to store is not an error worth stopping an
     * analysis for: implementations log it and go on.
     *
     * @param key what was asked
     * @param answer the answer's JSON text
     */
    void put(CacheKey key, String answer);
}

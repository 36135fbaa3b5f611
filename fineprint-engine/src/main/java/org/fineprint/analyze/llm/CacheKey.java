package org.fineprint.analyze.llm;

import org.fineprint.archive.Hashes;

/**
 * What a cached answer answers: the stage, the model, the prompt version and a hash of
 * everything sent (system prompt, schema and the document text or notes in the user message).
 * A new prompt version or another model never reuses old answers.
 *
 * @param stage the pipeline stage, e.g. {@code points}
 * @param model the model name
 * @param promptVersion {@link Prompts#VERSION} when the answer was made
 * @param inputSha256 hex SHA-256 of the request's messages and schema
 */
public record CacheKey(String stage, String model, String promptVersion, String inputSha256) {

    /** A stable id for storage: hex SHA-256 of all four parts. */
    public String id() {
        return Hashes.sha256Hex(stage + "\n" + model + "\n" + promptVersion + "\n" + inputSha256);
    }
}

package org.fineprint.analyze.llm;

/**
 * A model call failed for good (after retries, or at once for errors retrying cannot fix). The
 * analyser turns it into an {@link org.fineprint.analyze.AnalysisException} naming the service,
 * document and stage.
 */
final class LlmCallException extends RuntimeException {
    LlmCallException(String detail) {
        super(detail);
    }

    LlmCallException(String detail, Throwable cause) {
        super(detail, cause);
    }
}

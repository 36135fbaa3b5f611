package org.fineprint.analyze.llm;

import org.fineprint.FineprintException;

/**
 * The LLM analyser is not configured, or a setting has a value it cannot use. Carries the
 * environment variable (or property) at fault, so the CLI and the server can name it.
 */
public final class LlmSettingsException extends FineprintException {
    private final String setting;

    /**
     * @param setting the environment variable at fault, e.g. {@code FINEPRINT_LLM_BASE_URL}
     * @param detail what is wrong and what to do
     */
    public LlmSettingsException(String setting, String detail) {
        super("LLM analyser not configured: " + detail);
        this.setting = setting;
    }

    /** The environment variable at fault, e.g. {@code FINEPRINT_LLM_MODEL}. */
    public String setting() {
        return setting;
    }
}

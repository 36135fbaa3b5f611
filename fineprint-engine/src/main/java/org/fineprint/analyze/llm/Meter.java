package org.fineprint.analyze.llm;

import org.fineprint.analyze.AnalysisException;
import org.fineprint.report.Report;

/**
 * Counts one analysis's model calls, tokens and cost, and stops the analysis when its token or
 * cost budget would be exceeded: before a call whose estimated input no longer fits, or after a
 * call that went past it. Thread-safe.
 */
final class Meter {
    private final LlmSettings settings;
    private final String service;
    private long inputTokens;
    private long outputTokens;
    private int calls;
    private int cachedCalls;

    Meter(LlmSettings settings, String service) {
        this.settings = settings;
        this.service = service;
    }

    /**
     * Checks that a call of about {@code estimatedInput} tokens still fits the budget.
     *
     * @param where the document and stage, for the message
     * @throws AnalysisException when it does not
     */
    synchronized void beforeCall(long estimatedInput, String where) {
        long total = inputTokens + outputTokens;
        if (total + estimatedInput > settings.maxTokens()) {
            throw new AnalysisException(service, "the LLM token budget of " + settings.maxTokens()
                    + " tokens per analysis would be exceeded by " + where + " (" + total + " used, about "
                    + estimatedInput + " more needed); raise " + LlmSettings.ENV_MAX_TOKENS);
        }
        Double cost = settings.cost(inputTokens + estimatedInput, outputTokens);
        if (settings.maxCostUsd() != null && cost != null && cost > settings.maxCostUsd()) {
            throw new AnalysisException(service, "the LLM cost budget of US$" + settings.maxCostUsd()
                    + " per analysis would be exceeded by " + where + "; raise " + LlmSettings.ENV_MAX_COST);
        }
    }

    /**
     * Records a call's usage.
     *
     * @throws AnalysisException when the call took the analysis past its budget
     */
    synchronized void record(ChatAnswer answer, String where) {
        calls++;
        inputTokens += answer.inputTokens();
        outputTokens += answer.outputTokens();
        if (inputTokens + outputTokens > settings.maxTokens()) {
            throw new AnalysisException(service, "the LLM token budget of " + settings.maxTokens()
                    + " tokens per analysis was exceeded at " + where + " (" + (inputTokens + outputTokens)
                    + " used); raise " + LlmSettings.ENV_MAX_TOKENS);
        }
        Double cost = settings.cost(inputTokens, outputTokens);
        if (settings.maxCostUsd() != null && cost != null && cost > settings.maxCostUsd()) {
            throw new AnalysisException(service, "the LLM cost budget of US$" + settings.maxCostUsd()
                    + " per analysis was exceeded at " + where + " (US$" + String.format(java.util.Locale.ROOT, "%.4f", cost)
                    + " spent); raise " + LlmSettings.ENV_MAX_COST);
        }
    }

    /** Records an answer taken from the cache. */
    synchronized void cached() {
        cachedCalls++;
    }

    /** The usage so far. */
    synchronized Report.Usage usage() {
        return new Report.Usage(inputTokens, outputTokens, settings.cost(inputTokens, outputTokens), calls, cachedCalls);
    }
}

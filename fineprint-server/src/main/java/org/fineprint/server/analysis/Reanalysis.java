package org.fineprint.server.analysis;

import org.jspecify.annotations.Nullable;

/**
 * What came of re-analysing one service.
 *
 * @param serviceId the service
 * @param outcome what happened
 * @param analysis the analysis stored (succeeded or failed; for a fallback, the built-in analyser's), or
 *     {@code null} when none was
 * @param message one line for people: the error of a failure, or why nothing was done
 */
public record Reanalysis(long serviceId, Outcome outcome, @Nullable StoredAnalysis analysis, String message) {

    /** The possible outcomes. */
    public enum Outcome {
        /** A new report was stored and is now published. */
        ANALYSED,
        /** The published analysis read the same versions with the same analyser: nothing to do. */
        UNCHANGED,
        /** The analyser failed; the failure was stored and the published report stays. */
        FAILED,
        /**
         * The configured analyser failed and the service had no analysis of its own published: the
         * failure was stored, and the built-in analyser's report was stored and published instead.
         */
        FELL_BACK,
        /** The service has no archived text yet. */
        NO_TEXT
    }

    /** True when the configured analyser failed (whether or not the built-in one stood in). */
    public boolean failed() {
        return outcome == Outcome.FAILED || outcome == Outcome.FELL_BACK;
    }
}

package org.fineprint.server.analysis;

import org.jspecify.annotations.Nullable;

/**
 * What came of re-analysing one service.
 *
 * @param serviceId the service
 * @param outcome what happened
 * @param analysis the analysis stored (succeeded or failed), or {@code null} when none was
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
        /** The service has no archived text yet. */
        NO_TEXT
    }

    /** True when the analyser failed. */
    public boolean failed() {
        return outcome == Outcome.FAILED;
    }
}

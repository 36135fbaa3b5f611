package org.fineprint.server.archive;

import org.jspecify.annotations.Nullable;

/**
 * The outcome of tracking one document once.
 *
 * @param documentId the document
 * @param outcome new version, unchanged or failed
 * @param versionId the document's current version, for new-version and unchanged outcomes
 * @param errorKind for failures, the stable error kind (e.g. {@code not-found})
 * @param message for failures, the one-line message
 */
public record TrackResult(long documentId, FetchAttempt.Outcome outcome, @Nullable Long versionId,
                          @Nullable String errorKind, @Nullable String message) {

    public boolean failed() {
        return outcome == FetchAttempt.Outcome.FAILED;
    }
}

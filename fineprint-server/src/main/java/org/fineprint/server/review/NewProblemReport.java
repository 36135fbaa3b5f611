package org.fineprint.server.review;

import org.jspecify.annotations.Nullable;

/**
 * A problem report about to be stored.
 *
 * @param serviceId the service it is about
 * @param point the point it is about, or {@code null} for the service as a whole
 * @param kind what is wrong
 * @param message the reader's words
 * @param email where the reader may be answered, when given
 * @param clientHash keyed hash of the client address (never the address itself)
 */
public record NewProblemReport(long serviceId, @Nullable ReportedPoint point, ProblemKind kind, String message,
                               @Nullable String email, @Nullable String clientHash) {
    public NewProblemReport {
        if (message.isBlank()) {
            throw new IllegalArgumentException("a problem report needs a message");
        }
    }
}

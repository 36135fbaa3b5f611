package org.fineprint.server.archive;

import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One try at reading a document from the web, successful or not.
 *
 * @param id database id (0 before it is stored)
 * @param documentId the document
 * @param attemptedAt when the attempt started
 * @param outcome what came of it
 * @param httpStatus the HTTP status when a response arrived, else {@code null}
 * @param errorKind for failures, the stable kind ({@code FetchException.Reason.kind()} or
 *     {@code ExtractException.Reason.kind()}), e.g. {@code not-found}
 * @param message for failures, the one-line error message
 * @param duration how long it took
 * @param versionId the version it recorded, for {@link Outcome#NEW_VERSION}
 */
public record FetchAttempt(long id, long documentId, Instant attemptedAt, Outcome outcome,
                           @Nullable Integer httpStatus, @Nullable String errorKind, @Nullable String message,
                           Duration duration, @Nullable Long versionId) {

    public FetchAttempt {
        if ((outcome == Outcome.FAILED) != (errorKind != null)) {
            throw new IllegalArgumentException("an error kind goes with a failed attempt, and only with it");
        }
        if (outcome == Outcome.NEW_VERSION && versionId == null) {
            throw new IllegalArgumentException("a new-version attempt names its version");
        }
    }

    /** What came of an attempt. */
    public enum Outcome {
        NEW_VERSION("new-version"), UNCHANGED("unchanged"), FAILED("failed");

        private final String id;

        Outcome(String id) {
            this.id = id;
        }

        /** The value stored in {@code fetch_attempts.outcome}. */
        public String id() {
            return id;
        }

        static Outcome fromId(String id) {
            for (Outcome o : values()) {
                if (o.id.equals(id)) {
                    return o;
                }
            }
            throw new IllegalArgumentException("unknown fetch outcome: " + id);
        }
    }
}

package org.fineprint.server.review;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A stored problem report, with the service it is about and the curator's decision once made.
 *
 * @param id database id
 * @param serviceId the service it is about
 * @param serviceSlug that service's slug
 * @param serviceName that service's name
 * @param point the point it is about as the reader saw it, or {@code null} for the whole service
 * @param kind what is wrong
 * @param message the reader's words
 * @param email the reader's address, when given
 * @param status open, resolved or rejected
 * @param createdAt when it was sent
 * @param curatorNote the curator's note on the decision
 * @param resolvedBy the curator who resolved or rejected it
 * @param resolvedAt when
 */
public record ProblemReport(long id, long serviceId, String serviceSlug, String serviceName,
                            @Nullable ReportedPoint point, ProblemKind kind, String message, @Nullable String email,
                            ReportStatus status, Instant createdAt, @Nullable String curatorNote,
                            @Nullable String resolvedBy, @Nullable Instant resolvedAt) {
}

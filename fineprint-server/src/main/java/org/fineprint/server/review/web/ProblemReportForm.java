package org.fineprint.server.review.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * What a reader posts from the "report a problem" form.
 *
 * @param point the position of the point in the published report when the form was shown, for
 *     the way back; the point itself is named by {@code document} and {@code caseId}
 * @param document the type of the point's document ({@code terms}, …), or empty for the whole service
 * @param caseId the point's catalogue case, or empty for the whole service
 * @param kind what is wrong ({@code quote-mismatch}, …)
 * @param message the reader's words
 * @param email where to answer, optional
 * @param website a honeypot: hidden from people, filled in by some robots
 */
record ProblemReportForm(@Nullable Integer point,
                         @Size(max = 40) @Nullable String document,
                         @Size(max = 100) @Nullable String caseId,
                         @NotBlank(message = "{review.form.kind.required}") @Nullable String kind,
                         @NotBlank(message = "{review.form.message.required}")
                         @Size(max = MAX_MESSAGE, message = "{review.form.message.size}")
                         @Nullable String message,
                         @Email(regexp = "|.+@.+\\..+", message = "{review.form.email.invalid}")
                         @Size(max = 254, message = "{review.form.email.size}") @Nullable String email,
                         @Nullable String website) {
    static final int MIN_MESSAGE = 5;
    static final int MAX_MESSAGE = 4000;

    /** An empty form, about a point or the whole service. */
    static ProblemReportForm empty(@Nullable PointView point) {
        return new ProblemReportForm(point == null ? null : point.position(),
                point == null ? null : point.identity().documentType().id(),
                point == null ? null : point.identity().caseId(), null, null, null, null);
    }

    /** True when the message is given but shorter than {@link #MIN_MESSAGE} characters. */
    boolean messageTooShort() {
        return message != null && !message.isBlank() && message.strip().length() < MIN_MESSAGE;
    }

    /** True when a robot filled in the hidden field. */
    boolean isFromRobot() {
        return website != null && !website.isEmpty();
    }

    /** True when the form names a point (a document type or a case). */
    boolean namesPoint() {
        return (document != null && !document.isBlank()) || (caseId != null && !caseId.isBlank());
    }
}

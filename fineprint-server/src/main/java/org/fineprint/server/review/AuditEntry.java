package org.fineprint.server.review;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One change in the audit log: who made it, when, what, to what, and why.
 *
 * @param id database id, increasing with time
 * @param at when
 * @param actor the curator's username, or {@code cli} for the command line
 * @param action what was done, e.g. {@code correction.dismiss} or {@code report.resolve}
 * @param subjectType what kind of thing it was done to: {@code point}, {@code report}, {@code user}
 * @param subjectId which one, e.g. {@code aliexpress/terms/arbitration-mandatory}
 * @param reason why, in the curator's words
 * @param details the change itself as a JSON object (e.g. {@code before} and {@code after})
 */
public record AuditEntry(long id, Instant at, String actor, String action, String subjectType, String subjectId,
                         @Nullable String reason, String details) {
}

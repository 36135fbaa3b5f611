package org.fineprint.server.review.web;

import org.fineprint.server.review.AuditEntry;
import org.jspecify.annotations.Nullable;

/**
 * One audit log entry as the curator area lists it.
 *
 * @param at when
 * @param actor who
 * @param action what, e.g. {@code correction.dismiss} (the page words it from the messages)
 * @param subject to what, e.g. {@code aliexpress/terms/arbitration-mandatory} or {@code report 12}
 * @param reason why
 * @param details the change as stored (JSON)
 */
record AuditRow(Moment at, String actor, String action, String subject, @Nullable String reason, String details) {
    static AuditRow of(AuditEntry entry) {
        String subject = switch (entry.subjectType()) {
            case "report" -> "report " + entry.subjectId();
            case "user" -> "curator " + entry.subjectId();
            default -> entry.subjectId();
        };
        return new AuditRow(Moment.of(entry.at()), entry.actor(), entry.action(), subject, entry.reason(),
                entry.details());
    }
}

package org.fineprint.server.review.web;

import org.fineprint.server.review.ProblemReport;

/** An open problem report as the review queue shows it. */
record QueuedReport(ProblemReport report, Moment created) {
    static QueuedReport of(ProblemReport report) {
        return new QueuedReport(report, Moment.of(report.createdAt()));
    }
}

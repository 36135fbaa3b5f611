package org.fineprint.server.review.web;

import org.fineprint.analyze.point.Point;
import org.fineprint.registry.DocumentType;
import org.fineprint.report.Report;
import org.fineprint.server.review.PointIdentity;
import org.fineprint.server.review.ReportedPoint;
import org.jspecify.annotations.Nullable;

/**
 * A point as the review pages show it.
 *
 * @param position its index in the report it comes from
 * @param identity its identity across analyses
 * @param title its title
 * @param explanation its explanation
 * @param sentiment {@code positive}, {@code negative} or {@code neutral}
 * @param severity 1-5
 * @param quote its first quote
 * @param documentTitle the title of its document
 */
record PointView(int position, PointIdentity identity, String title, String explanation, String sentiment,
                 int severity, String quote, String documentTitle) {

    /** The point at a position of a report. */
    static PointView of(Report report, int position) {
        Point point = report.points().get(position);
        Report.@Nullable Document document = report.document(point.document());
        DocumentType type = document == null ? DocumentType.OTHER : document.type();
        return new PointView(position, new PointIdentity(type, point.caseId()), point.title(), point.explanation(),
                point.sentiment().id(), point.severity(), point.quotes().getFirst().text(),
                document == null ? type.title() : document.title());
    }

    /** The point as the reader saw it, to store with a problem report. */
    ReportedPoint reported() {
        return new ReportedPoint(identity, title, quote);
    }
}

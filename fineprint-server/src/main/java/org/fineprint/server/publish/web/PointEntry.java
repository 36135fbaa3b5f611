package org.fineprint.server.publish.web;

import java.util.List;
import org.fineprint.report.Report;

/**
 * A case as the service page lists it: the report has one point per case per document, so a case
 * that the terms and the privacy policy both state is one entry, its most important point first
 * and the same case's points in the other documents below it.
 *
 * @param point the case's first point in report order
 * @param alsoIn its points in other documents, in report order
 */
record PointEntry(PointView point, List<PointView> alsoIn) {
    PointEntry {
        alsoIn = List.copyOf(alsoIn);
    }

    /**
     * The report's cases as entries.
     *
     * @param report the published report
     * @param points its points as pages show them, at the report's indices
     */
    static List<PointEntry> byCase(Report report, List<PointView> points) {
        return report.pointsByCase().stream().map(group -> new PointEntry(points.get(group.getFirst()),
                group.subList(1, group.size()).stream().map(points::get).toList())).toList();
    }
}

package org.fineprint.server.review;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.fineprint.analyze.point.Point;
import org.fineprint.analyze.rating.Rater;
import org.fineprint.catalog.Sentiment;
import org.fineprint.report.Report;

/**
 * Applies curators' corrections to a published report: dismissed points are dropped, edits
 * replace titles, explanations and severities, pinned points come first; the rest stay in
 * importance order. The rating is then computed again with the engine's {@link Rater}, so the
 * stars and "why this rating" match the points shown.
 *
 * <p>Corrections name points by (document type, case id), so they apply to any analysis that
 * finds the point again. A report that no active correction touches is returned as it is.
 */
public final class Corrector {
    private static final Comparator<Point> IMPORTANCE =
            Comparator.comparingInt((Point p) -> p.sentiment() == Sentiment.NEUTRAL ? 1 : 0)
                    .thenComparingInt(p -> -p.severity());

    private final Rater rater = new Rater();

    /**
     * Corrects a report.
     *
     * @param report the report as the analyser made it
     * @param corrections the service's corrections; inactive ones are ignored
     * @return the corrected report, or {@code report} itself when no correction applies to it
     */
    public Report apply(Report report, List<Correction> corrections) {
        Map<PointIdentity, Map<CorrectionAction, Correction>> byPoint = new HashMap<>();
        for (Correction c : corrections) {
            if (c.active()) {
                byPoint.computeIfAbsent(c.point(), p -> new HashMap<>()).put(c.action(), c);
            }
        }
        if (byPoint.isEmpty()) {
            return report;
        }
        boolean changed = false;
        List<Point> pinned = new ArrayList<>();
        List<Point> others = new ArrayList<>();
        for (Point point : report.points()) {
            Report.Document document = report.document(point.document());
            Map<CorrectionAction, Correction> found = document == null ? null
                    : byPoint.get(new PointIdentity(document.type(), point.caseId()));
            if (found == null) {
                others.add(point);
                continue;
            }
            changed = true;
            if (found.containsKey(CorrectionAction.DISMISS)) {
                continue;
            }
            Point shown = found.containsKey(CorrectionAction.EDIT) ? edited(point, found.get(CorrectionAction.EDIT))
                    : point;
            (found.containsKey(CorrectionAction.PIN) ? pinned : others).add(shown);
        }
        if (!changed) {
            return report;
        }
        pinned.sort(IMPORTANCE); // stable: ties keep the analyser's order
        others.sort(IMPORTANCE);
        List<Point> points = new ArrayList<>(pinned);
        points.addAll(others);
        return new Report(report.service(), rater.rate(points), report.overview(), report.documents(), points,
                report.analyzer(), report.elapsedMs());
    }

    private static Point edited(Point point, Correction edit) {
        return new Point(point.caseId(),
                edit.title() != null ? edit.title() : point.title(),
                point.sentiment(),
                edit.severity() != null ? edit.severity() : point.severity(),
                point.document(),
                edit.explanation() != null ? edit.explanation() : point.explanation(),
                point.quotes(), point.confidence());
    }
}

package org.fineprint.server.review;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.fineprint.analyze.point.Point;
import org.fineprint.analyze.rating.Rater;
import org.fineprint.analyze.rating.Rating;
import org.fineprint.analyze.summary.OverviewWriter;
import org.fineprint.catalog.Sentiment;
import org.fineprint.report.Report;

/**
 * Applies curators' corrections to a published report: dismissed points are dropped, edits
 * replace titles, explanations and severities, pinned points come first; the rest stay in
 * importance order. The rating is then computed again with the engine's {@link Rater}, so the
 * stars and "why this rating" match the points shown.
 *
 * <p>When a point is dismissed or edited, the text that named it follows: the overview is written
 * again from the corrected points and rating (with the engine's {@link OverviewWriter}, whatever
 * analyser wrote the original), and a document summary bullet that repeats a dismissed point's
 * title is dropped, or takes an edited point's new title. Pins alone change neither.
 *
 * <p>Corrections name points by (document type, case id), so they apply to any analysis that
 * finds the point again. A report that no active correction touches is returned as it is.
 */
public final class Corrector {
    private static final Comparator<Point> IMPORTANCE =
            Comparator.comparingInt((Point p) -> p.sentiment() == Sentiment.NEUTRAL ? 1 : 0)
                    .thenComparingInt(p -> -p.severity());

    private final Rater rater = new Rater();
    private final OverviewWriter overviewWriter = new OverviewWriter();

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
        Rewording rewording = new Rewording();
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
                rewording.dismissed(point);
                continue;
            }
            Point shown = point;
            if (found.containsKey(CorrectionAction.EDIT)) {
                shown = edited(point, found.get(CorrectionAction.EDIT));
                rewording.edited(point, shown);
            }
            (found.containsKey(CorrectionAction.PIN) ? pinned : others).add(shown);
        }
        if (!changed) {
            return report;
        }
        pinned.sort(IMPORTANCE); // stable: ties keep the analyser's order
        others.sort(IMPORTANCE);
        List<Point> points = new ArrayList<>(pinned);
        points.addAll(others);
        Rating rating = rater.rate(points);
        if (rewording.isEmpty()) {
            return new Report(report.service(), rating, report.overview(), report.documents(), points,
                    report.analyzer(), report.elapsedMs());
        }
        return new Report(report.service(), rating, overviewWriter.write(report.service().name(), rating, points),
                rewording.summaries(report.documents()), points, report.analyzer(), report.elapsedMs());
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

    /** Titles that summary bullets may repeat: dropped for dismissed points, replaced for edited ones. */
    private static final class Rewording {
        /** Per report document id: the titles of dismissed points. */
        private final Map<String, Set<String>> dropped = new HashMap<>();
        /** Per report document id: old title (as a key) → new title. */
        private final Map<String, Map<String, String>> renamed = new HashMap<>();
        private boolean reworded;

        void dismissed(Point point) {
            dropped.computeIfAbsent(point.document(), d -> new HashSet<>()).add(key(point.title()));
            reworded = true;
        }

        void edited(Point before, Point after) {
            if (!before.title().equals(after.title())) {
                renamed.computeIfAbsent(before.document(), d -> new HashMap<>()).put(key(before.title()), after.title());
            }
            reworded = true;
        }

        boolean isEmpty() {
            return !reworded;
        }

        List<Report.Document> summaries(List<Report.Document> documents) {
            List<Report.Document> out = new ArrayList<>();
            for (Report.Document d : documents) {
                Set<String> drop = dropped.getOrDefault(d.id(), Set.of());
                Map<String, String> rename = renamed.getOrDefault(d.id(), Map.of());
                if (drop.isEmpty() && rename.isEmpty()) {
                    out.add(d);
                    continue;
                }
                List<String> bullets = new ArrayList<>();
                for (String bullet : d.summary()) {
                    String k = key(bullet);
                    if (drop.contains(k)) {
                        continue;
                    }
                    bullets.add(rename.containsKey(k) ? sentence(rename.get(k)) : bullet);
                }
                out.add(new Report.Document(d.id(), d.type(), d.title(), d.source(), d.language(), d.sha256(),
                        d.chars(), bullets));
            }
            return out;
        }

        /** A title or bullet compared without case or final punctuation. */
        private static String key(String text) {
            return text.strip().replaceAll("[.!?]+$", "").toLowerCase(Locale.ROOT);
        }

        private static String sentence(String title) {
            String t = title.strip();
            return t.endsWith(".") || t.endsWith("!") || t.endsWith("?") ? t : t + ".";
        }
    }
}

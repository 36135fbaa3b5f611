package org.fineprint.server.publish.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

    /** Groups points (in report order) by case. */
    static List<PointEntry> byCase(List<PointView> points) {
        Map<String, List<PointView>> groups = new LinkedHashMap<>();
        for (PointView p : points) {
            groups.computeIfAbsent(p.caseId(), k -> new ArrayList<>()).add(p);
        }
        return groups.values().stream().map(g -> new PointEntry(g.getFirst(), g.subList(1, g.size()))).toList();
    }
}

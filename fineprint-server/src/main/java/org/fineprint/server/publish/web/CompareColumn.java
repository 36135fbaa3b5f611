package org.fineprint.server.publish.web;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One service in a comparison.
 *
 * @param card name, tagline and rating
 * @param category its category's name, when known
 * @param points its published points; empty when it has no analysis
 * @param analysed true when it has a published report
 */
record CompareColumn(ServiceCard card, @Nullable String category, List<PointView> points, boolean analysed) {
    CompareColumn {
        points = List.copyOf(points);
    }

    public long count(String sentiment) {
        return points.stream().filter(p -> p.sentiment().equals(sentiment)).count();
    }
}

package org.fineprint.server.publish.web;

import java.util.List;

/**
 * A service found by a search.
 *
 * @param card the service
 * @param byName true when its name, domain or tagline matched (not only its points)
 * @param points its points that matched, most relevant first (at most {@link SearchController#POINTS_SHOWN})
 * @param morePoints how many more of its points matched
 */
record SearchResult(ServiceCard card, boolean byName, List<PointView> points, int morePoints) {
    SearchResult {
        points = List.copyOf(points);
    }
}

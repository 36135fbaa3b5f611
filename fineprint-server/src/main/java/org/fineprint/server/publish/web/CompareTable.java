package org.fineprint.server.publish.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.fineprint.catalog.Case;
import org.fineprint.catalog.CaseCatalog;
import org.fineprint.catalog.Sentiment;
import org.fineprint.catalog.Topic;

/**
 * The rows of a comparison: one per catalogue case that any of the services has, grouped by topic
 * (in the catalogue's order), negative cases first, then positive, then neutral, the weightiest
 * first; each cell holds that service's points for the case, or none ("not found").
 */
final class CompareTable {
    /** Heading of the group of points whose case is not in the catalogue. */
    static final String OTHER_TOPIC = "Other points";

    private CompareTable() {
    }

    /**
     * One row.
     *
     * @param caseId the case
     * @param title the case's statement, e.g. "Disputes go to mandatory arbitration"
     * @param sentiment the case's sentiment
     * @param severity the case's severity
     * @param cells one list of points per service, in column order; empty when not found
     * @param differs true when the services do not all agree (some have it, some not)
     */
    record Row(String caseId, String title, String sentiment, int severity, List<List<PointView>> cells,
               boolean differs) {
    }

    /** A topic and its rows. */
    record Group(String title, List<Row> rows) {
    }

    /**
     * Builds the rows.
     *
     * @param columns each service's points (empty for a service without a published report)
     * @param catalog the case catalogue
     */
    static List<Group> build(List<List<PointView>> columns, CaseCatalog catalog) {
        Map<String, List<List<PointView>>> byCase = new LinkedHashMap<>();
        for (int col = 0; col < columns.size(); col++) {
            for (PointView point : columns.get(col)) {
                List<List<PointView>> cells = byCase.computeIfAbsent(point.caseId(), k -> {
                    List<List<PointView>> empty = new ArrayList<>();
                    for (int i = 0; i < columns.size(); i++) {
                        empty.add(new ArrayList<>());
                    }
                    return empty;
                });
                cells.get(col).add(point);
            }
        }
        Map<Topic, List<Row>> known = new EnumMap<>(Topic.class);
        Map<String, Row> other = new TreeMap<>();
        for (Map.Entry<String, List<List<PointView>>> entry : byCase.entrySet()) {
            List<List<PointView>> cells = entry.getValue().stream().map(List::copyOf).toList();
            long present = cells.stream().filter(c -> !c.isEmpty()).count();
            boolean differs = present < cells.size();
            Optional<Case> found = catalog.byId(entry.getKey());
            if (found.isPresent()) {
                Case c = found.get();
                known.computeIfAbsent(c.topic(), t -> new ArrayList<>()).add(new Row(c.id(), c.title(),
                        c.sentiment().id(), c.severity(), cells, differs));
            } else {
                PointView first = firstPoint(cells);
                other.put(first.title() + " " + entry.getKey(), new Row(entry.getKey(), first.title(),
                        first.sentiment(), first.severity(), cells, differs));
            }
        }
        List<Group> groups = new ArrayList<>();
        known.forEach((topic, rows) -> groups.add(new Group(topic.title(), rows.stream().sorted(ORDER).toList())));
        if (!other.isEmpty()) {
            groups.add(new Group(OTHER_TOPIC, other.values().stream().sorted(ORDER).toList()));
        }
        return groups;
    }

    /** Negative, then positive, then neutral; then by severity, highest first; then by title. */
    static final Comparator<Row> ORDER = Comparator.comparingInt((Row r) -> rank(r.sentiment()))
            .thenComparing(Comparator.comparingInt(Row::severity).reversed())
            .thenComparing(Row::title);

    private static int rank(String sentiment) {
        return sentiment.equals(Sentiment.NEGATIVE.id()) ? 0 : sentiment.equals(Sentiment.POSITIVE.id()) ? 1 : 2;
    }

    private static PointView firstPoint(List<List<PointView>> cells) {
        for (List<PointView> cell : cells) {
            if (!cell.isEmpty()) {
                return cell.getFirst();
            }
        }
        throw new IllegalStateException("a row without points");
    }

    /** How many rows differ between the services. */
    static int differing(List<Group> groups) {
        return (int) groups.stream().flatMap(g -> g.rows().stream()).filter(Row::differs).count();
    }
}

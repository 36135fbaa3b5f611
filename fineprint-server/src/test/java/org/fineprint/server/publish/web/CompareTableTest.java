package org.fineprint.server.publish.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.fineprint.catalog.Case;
import org.fineprint.catalog.CaseCatalog;
import org.fineprint.catalog.Sentiment;
import org.fineprint.catalog.Topic;
import org.junit.jupiter.api.Test;

class CompareTableTest {
    private static final CaseCatalog CATALOG = CaseCatalog.builtIn();

    private static PointView point(String caseId, int index) {
        Case c = CATALOG.byId(caseId).orElseThrow();
        return new PointView(index, caseId, c.title(), c.sentiment().id(), c.severity(), "terms", "Terms of Service",
                "Why.", "Quote.", 0, null, "/service/x/document/terms#point-" + index);
    }

    private static String first(Topic topic, Sentiment sentiment) {
        return CATALOG.byTopic(topic).stream().filter(c -> c.sentiment() == sentiment).findFirst().orElseThrow().id();
    }

    @Test
    void oneRowPerCaseInAnyServiceWithNotFoundCellsGroupedByTopicInCatalogueOrder() {
        String disputes = first(Topic.DISPUTES, Sentiment.NEGATIVE);
        String account = first(Topic.ACCOUNT, Sentiment.NEGATIVE);
        List<List<PointView>> columns = List.of(
                List.of(point(account, 0), point(disputes, 1)),
                List.of(point(disputes, 0)));

        List<CompareTable.Group> groups = CompareTable.build(columns, CATALOG);

        assertThat(groups).extracting(CompareTable.Group::title)
                .containsExactly(Topic.DISPUTES.title(), Topic.ACCOUNT.title());
        CompareTable.Row both = groups.getFirst().rows().getFirst();
        assertThat(both.caseId()).isEqualTo(disputes);
        assertThat(both.cells()).allSatisfy(cell -> assertThat(cell).hasSize(1));
        assertThat(both.differs()).isFalse();
        CompareTable.Row one = groups.get(1).rows().getFirst();
        assertThat(one.cells().get(1)).isEmpty();
        assertThat(one.differs()).isTrue();
        assertThat(CompareTable.differing(groups)).isEqualTo(1);
    }

    @Test
    void withinATopicNegativeCasesComeFirstThenPositiveThenNeutralWeightiestFirst() {
        List<PointView> all = CATALOG.byTopic(Topic.ACCOUNT).stream().map(c -> point(c.id(), 0)).toList();

        List<CompareTable.Row> rows = CompareTable.build(List.of(all, List.of()), CATALOG).getFirst().rows();

        assertThat(rows).isSortedAccordingTo(CompareTable.ORDER);
        assertThat(rows.getFirst().sentiment()).isEqualTo("negative");
        assertThat(rows).hasSize(all.size());
    }

    @Test
    void pointsOutsideTheCatalogueGoLastUnderOtherPoints() {
        PointView other = new PointView(0, "other", "A clause of its own", "neutral", 2, "terms", "Terms of Service",
                "Why.", "Quote.", 0, null, "/x#point-0");

        List<CompareTable.Group> groups = CompareTable.build(List.of(List.of(other), List.of()), CATALOG);

        assertThat(groups).singleElement().extracting(CompareTable.Group::title).isEqualTo(CompareTable.OTHER_TOPIC);
    }
}

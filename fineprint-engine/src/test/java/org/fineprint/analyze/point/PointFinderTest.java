package org.fineprint.analyze.point;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.fineprint.analyze.segment.Clause;
import org.fineprint.analyze.segment.Segmenter;
import org.fineprint.catalog.Case;
import org.fineprint.catalog.CaseCatalog;
import org.fineprint.registry.DocumentType;
import org.junit.jupiter.api.Test;

class PointFinderTest {
    private static final CaseCatalog CATALOG = CaseCatalog.builtIn();

    /** Points of {@code text} when the detector gives every clause {@code score} for every case. */
    private static List<Point> find(String text, float score, String... caseIds) {
        List<Clause> clauses = new Segmenter().segment(text);
        List<Case> cases = Arrays.stream(caseIds).map(id -> CATALOG.byId(id).orElseThrow()).toList();
        float[][] scores = new float[clauses.size()][cases.size()];
        for (float[] row : scores) {
            Arrays.fill(row, score);
        }
        float[] thresholds = new float[cases.size()];
        Arrays.fill(thresholds, 0.5f);
        return new PointFinder().find("d0", DocumentType.PRIVACY, text, clauses, new CaseScores(cases, scores, thresholds));
    }

    @Test
    void aPointNeedsAClauseThatMentionsItsSubject() {
        String text = "Cloud computing providers, such as Alibaba Cloud, provide cloud storage services.\n";

        assertThat(find(text, 0.9f, "private-messages-read")).isEmpty();
        assertThat(find("We may review the messages you send to other users.\n", 0.9f, "private-messages-read"))
                .extracting(Point::caseId).containsExactly("private-messages-read");
    }

    @Test
    void aSentenceThatDeniesAnAffirmativeCaseIsNoEvidenceForIt() {
        String text = "We do not use special categories of personal data (health, racial origin) for advertising.\n";

        assertThat(find(text, 0.9f, "sensitive-data-for-ads")).isEmpty();
    }

    @Test
    void questionsAndLinesWrittenLikeHeadingsAreNeverEvidenceOnTheirOwn() {
        assertThat(find("Why do we use cookies?\n", 0.9f, "cookies-minimal")).isEmpty();
        assertThat(find("Information That We Receive From Third Parties\n", 0.9f, "data-from-third-parties")).isEmpty();
        assertThat(PointFinder.titleCase("Service Subscription, Trial, Cancellation, and Renewal")).isTrue();
        assertThat(PointFinder.titleCase("We Receive Data From Partners.")).as("a sentence").isFalse();
        assertThat(PointFinder.titleCase("THE SERVICE IS PROVIDED AS IS")).as("all capitals").isFalse();
    }

    @Test
    void aListsLeadInIsQuotedWithTheStartOfItsList() {
        String text = "We share your data with the following companies:\n\n- Payment processors such as PayPal.\n"
                + "- Delivery companies such as DHL.\n\nWe keep your data safe.\n";

        List<Point> points = find(text, 0.9f, "third-parties-listed");

        assertThat(points).hasSize(1);
        assertThat(points.getFirst().quotes().getFirst().text())
                .startsWith("We share your data with the following companies:").endsWith("such as DHL.");
    }

    @Test
    void aGeneralPointGivesWayToAMoreSpecificOneOfTheSameDocument() {
        String text = "These terms are governed by the laws of Hong Kong, where we are based.\n";

        assertThat(find(text, 0.9f, "governing-law-named", "law-of-provider"))
                .extracting(Point::caseId).containsExactly("law-of-provider");
        assertThat(find(text, 0.9f, "governing-law-named")).extracting(Point::caseId).containsExactly("governing-law-named");
    }

    @Test
    void generalisationsNameCatalogueCases() {
        for (Map.Entry<String, List<String>> e : Generalisations.COVERED_BY.entrySet()) {
            assertThat(CATALOG.byId(e.getKey())).as(e.getKey()).isPresent();
            assertThat(e.getValue()).allSatisfy(id -> assertThat(CATALOG.byId(id)).as(id).isPresent())
                    .doesNotContain(e.getKey());
        }
    }
}

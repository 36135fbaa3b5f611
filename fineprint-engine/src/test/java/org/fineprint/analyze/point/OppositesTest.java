package org.fineprint.analyze.point;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.fineprint.analyze.segment.Clause;
import org.fineprint.analyze.segment.Segmenter;
import org.fineprint.catalog.Case;
import org.fineprint.catalog.CaseCatalog;
import org.fineprint.registry.DocumentType;
import org.junit.jupiter.api.Test;

class OppositesTest {
    private static final CaseCatalog CATALOG = CaseCatalog.builtIn();

    @Test
    void pairsNameCatalogueCasesOfOneTopic() {
        for (List<String> pair : Opposites.PAIRS) {
            assertThat(pair).hasSize(2);
            Case a = CATALOG.byId(pair.get(0)).orElseThrow(() -> new AssertionError("unknown case " + pair.get(0)));
            Case b = CATALOG.byId(pair.get(1)).orElseThrow(() -> new AssertionError("unknown case " + pair.get(1)));
            assertThat(a.sentiment()).as(pair.toString()).isNotEqualTo(b.sentiment());
        }
    }

    @Test
    void keepsOnlyTheSurerOfTwoContradictingPoints() {
        String text = "We may sell your personal information to advertisers.\n\nWe never sell your personal information.\n";
        List<Clause> clauses = new Segmenter().segment(text);
        List<Case> cases = List.of(CATALOG.byId("data-sold").orElseThrow(), CATALOG.byId("data-not-sold").orElseThrow(),
                CATALOG.byId("marketing-use").orElseThrow());
        float[][] scores = new float[clauses.size()][3];
        scores[0] = new float[] {0.70f, 0.10f, 0.60f};
        scores[1] = new float[] {0.10f, 0.95f, 0.00f};
        CaseScores caseScores = new CaseScores(cases, scores, new float[] {0.5f, 0.5f, 0.5f});

        List<Point> points = new PointFinder().find("d0", DocumentType.PRIVACY, text, clauses, caseScores);

        assertThat(points).extracting(Point::caseId).containsExactlyInAnyOrder("data-not-sold", "marketing-use");
    }
}

package org.fineprint.analyze.llm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.fineprint.analyze.llm.Answers.DraftPoint;
import org.fineprint.analyze.llm.Grounder.Draft;
import org.fineprint.analyze.point.Point;
import org.fineprint.analyze.point.QuoteLocator;
import org.fineprint.catalog.Case;
import org.fineprint.catalog.CaseCatalog;
import org.junit.jupiter.api.Test;

class GrounderTest {
    private static final String TEXT = "We may share your data with partners. Later on: we may share your data with partners. "
            + "Partners receive your email address.";
    private final Grounder grounder = new Grounder(CaseCatalog.builtIn());

    private static Draft draft(String caseId, double confidence, int hintStart, int hintEnd, String... quotes) {
        return new Draft(new DraftPoint(caseId, "negative", 2, "Title", "Explanation.", List.of(quotes), confidence),
                hintStart, hintEnd);
    }

    @Test
    void movesSeverityAtMostOneStepFromTheCatalogue() {
        Case c = CaseCatalog.builtIn().byId("arbitration-mandatory").orElseThrow();

        assertThat(Grounder.severity(c, 1)).isEqualTo(3);
        assertThat(Grounder.severity(c, 5)).isEqualTo(5);
        assertThat(Grounder.severity(c, 4)).isEqualTo(4);
        assertThat(Grounder.severity(c, 0)).isEqualTo(4);
    }

    @Test
    void locatesEachQuoteNearThePartItCameFrom() {
        int second = TEXT.indexOf("we may share", 10);

        Grounder.Grounded g = grounder.ground("d0", new QuoteLocator(TEXT),
                List.of(draft("data-shared-with-partners", 0.8, second, TEXT.length(), "We may share your data with partners.")));

        assertThat(g.points().getFirst().quotes().getFirst().start()).isEqualTo(second);
    }

    @Test
    void mergesOneCaseFromSeveralPartsKeepingTheMostConfidentAndAddingEvidence() {
        Grounder.Grounded g = grounder.ground("d0", new QuoteLocator(TEXT), List.of(
                draft("data-shared-with-partners", 0.6, 0, 40, "We may share your data with partners."),
                draft("data-shared-with-partners", 0.9, 80, TEXT.length(), "Partners receive your email address.")));

        assertThat(g.points()).singleElement().satisfies((Point p) -> {
            assertThat(p.confidence()).isEqualTo(0.9);
            assertThat(p.quotes()).hasSize(2);
            assertThat(p.quotes().getFirst().start()).isZero();
        });
    }

    @Test
    void ignoresCaseIdsTheCatalogueDoesNotHave() {
        Grounder.Grounded g = grounder.ground("d0", new QuoteLocator(TEXT),
                List.of(draft("sharing", 0.9, 0, 10, "We may share your data with partners.")));

        assertThat(g.points()).isEmpty();
        assertThat(g.pointsDropped()).isZero();
    }

    @Test
    void lowersConfidenceByTheShareOfQuotesNotFound() {
        Grounder.Grounded g = grounder.ground("d0", new QuoteLocator(TEXT), List.of(draft("data-shared-with-partners",
                0.8, 0, 10, "We may share your data with partners.", "We sell your data to anyone who pays.")));

        assertThat(g.points().getFirst().confidence()).isEqualTo(0.4);
        assertThat(g.quotesDropped()).isEqualTo(1);
    }
}

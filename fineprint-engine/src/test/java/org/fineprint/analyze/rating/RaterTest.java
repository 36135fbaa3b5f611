package org.fineprint.analyze.rating;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.fineprint.analyze.point.Point;
import org.fineprint.analyze.point.Quote;
import org.fineprint.catalog.Sentiment;
import org.junit.jupiter.api.Test;

class RaterTest {
    private static Point point(String caseId, Sentiment sentiment, int severity, String document) {
        return new Point(caseId, caseId, sentiment, severity, document, "Why it matters.",
                List.of(new Quote("quote", 0, 5)), 0.9);
    }

    @Test
    void weighsPointsBySeverityWithDiminishingReturnsAndAddsTheDeltas() {
        List<Point> points = List.of(point("a", Sentiment.NEGATIVE, 5, "d0"), point("b", Sentiment.NEGATIVE, 5, "d0"),
                point("c", Sentiment.POSITIVE, 3, "d0"), point("d", Sentiment.NEUTRAL, 2, "d0"),
                point("e", Sentiment.POSITIVE, 4, "d0"));

        Rating rating = new Rater().rate(points);

        double[] w = Rater.WEIGHTS;
        assertThat(rating.contributions()).extracting(Contribution::point).containsExactly(0, 1, 2, 4);
        assertThat(rating.contributions()).extracting(Contribution::delta).containsExactly(
                -w[5], Math.round(-w[5] * Rater.DECAY * 1000) / 1000.0, Math.round(w[3] * Rater.DECAY * 1000) / 1000.0, w[4]);
        assertThat(rating.score()).isEqualTo(Math.round(rating.contributions().stream()
                .mapToDouble(Contribution::delta).sum() * 1000) / 1000.0);
        assertThat(rating.stars()).isEqualTo(Rater.stars(rating.score()));
    }

    @Test
    void aCaseFoundInTwoDocumentsCountsOnce() {
        List<Point> points = List.of(point("a", Sentiment.NEGATIVE, 3, "d0"), point("a", Sentiment.NEGATIVE, 4, "d1"),
                point("b", Sentiment.NEGATIVE, 2, "d0"), point("c", Sentiment.POSITIVE, 2, "d0"),
                point("d", Sentiment.POSITIVE, 2, "d0"));

        Rating rating = new Rater().rate(points);

        assertThat(rating.contributions()).extracting(Contribution::point).as("the more severe of the two")
                .containsExactly(1, 2, 3, 4);
    }

    @Test
    void tooFewRatedCasesAreNotEnoughInformation() {
        List<Point> points = List.of(point("a", Sentiment.NEGATIVE, 5, "d0"), point("a", Sentiment.NEGATIVE, 5, "d1"),
                point("b", Sentiment.POSITIVE, 2, "d0"), point("c", Sentiment.NEUTRAL, 2, "d0"));

        Rating rating = new Rater().rate(points);

        assertThat(Rater.MIN_RATED_POINTS).isGreaterThan(2);
        assertThat(rating.stars()).isNull();
        assertThat(rating.label()).isEqualTo(Rating.label(null));
    }
}

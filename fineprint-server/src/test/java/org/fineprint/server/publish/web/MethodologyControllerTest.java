package org.fineprint.server.publish.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.fineprint.analyze.point.Point;
import org.fineprint.analyze.point.Quote;
import org.fineprint.analyze.rating.Rater;
import org.fineprint.analyze.rating.Rating;
import org.fineprint.catalog.Sentiment;
import org.junit.jupiter.api.Test;

class MethodologyControllerTest {

    @Test
    void theWorkedExampleIsWhatTheRaterComputes() {
        List<Point> points = new ArrayList<>();
        for (MethodologyController.ExampleRow row : MethodologyController.example()) {
            points.add(new Point("case-" + points.size(), "t", Sentiment.fromId(row.sentiment()).orElseThrow(),
                    row.severity(), "d0", "e", List.of(new Quote("q", 0, 1)), 1));
        }

        Rating rating = new Rater().rate(points);

        assertThat(MethodologyController.exampleScore()).isEqualTo(rating.score());
        assertThat(Rater.stars(MethodologyController.exampleScore())).isEqualTo(rating.stars());
        assertThat(MethodologyController.example()).extracting(MethodologyController.ExampleRow::delta)
                .containsExactlyElementsOf(rating.contributions().stream().map(c -> RatingView.signed(c.delta())).toList());
    }

    @Test
    void printsNumbersWithATrueMinusAndNoTrailingZeros() {
        assertThat(MethodologyController.number(-0.80)).isEqualTo("\u22120.8");
        assertThat(MethodologyController.number(0.25)).isEqualTo("0.25");
        assertThat(MethodologyController.number(0.85)).isEqualTo("0.85");
        assertThat(RatingView.signed(-0.798)).isEqualTo("\u22120.798");
        assertThat(RatingView.signed(0.1)).isEqualTo("+0.10");
    }

    @Test
    void saysHowOftenDocumentsAreFetched() {
        assertThat(MethodologyController.interval(Duration.ofHours(24))).isEqualTo("every day");
        assertThat(MethodologyController.interval(Duration.ofHours(6))).isEqualTo("every 6 hours");
        assertThat(MethodologyController.interval(Duration.ofMinutes(30))).isEqualTo("every 30 minutes");
    }
}

package org.fineprint.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.fineprint.analyze.point.Point;
import org.fineprint.analyze.point.Quote;
import org.fineprint.analyze.rating.Rater;
import org.fineprint.catalog.Sentiment;
import org.fineprint.registry.DocumentType;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class ReportJsonTest {
    private static final String TEXT = "We may terminate your account at any time.";

    static Report report(Report.Analyzer analyzer) {
        List<Point> points = List.of(new Point("termination-any-time", "Your account can be closed at any time",
                Sentiment.NEGATIVE, 4, "d0", "The provider can close your account whenever it wants.",
                List.of(Quote.of(TEXT, 0, TEXT.length())), 0.8));
        return new Report(new Report.Service("Example", "Social"), new Rater().rate(points), "Overview.",
                List.of(new Report.Document("d0", DocumentType.TERMS, "Terms", "terms.txt", "en", "ab", TEXT.length(),
                        List.of("Bullet."))),
                points, analyzer, 12);
    }

    @Test
    void leavesGroundingAndUsageOutWhenTheAnalyzerHasNone() {
        JsonNode analyzer = ReportJson.toJson(report(new Report.Analyzer("local", "0.1.0", "heads"))).path("analyzer");

        assertThat(analyzer.propertyNames()).containsExactly("name", "version", "model");
    }

    @Test
    void writesGroundingAndUsageUnderAnalyzer() {
        Report report = report(new Report.Analyzer("llm", "0.1.0", "qwen", new Report.Grounding(2, 1),
                new Report.Usage(1200, 300, 0.0021, 4, 1)));

        JsonNode analyzer = ReportJson.toJson(report).path("analyzer");

        assertThat(analyzer.path("quotes_dropped").asInt()).isEqualTo(2);
        assertThat(analyzer.path("points_dropped").asInt()).isEqualTo(1);
        assertThat(analyzer.path("usage").path("input_tokens").asLong()).isEqualTo(1200);
        assertThat(analyzer.path("usage").path("output_tokens").asLong()).isEqualTo(300);
        assertThat(analyzer.path("usage").path("cost_usd").asDouble()).isEqualTo(0.0021);
        assertThat(analyzer.path("usage").path("calls").asInt()).isEqualTo(4);
        assertThat(analyzer.path("usage").path("cached_calls").asInt()).isEqualTo(1);
    }

    @Test
    void writesAnUnknownCostAsNull() {
        Report report = report(new Report.Analyzer("llm", "0.1.0", "qwen", new Report.Grounding(0, 0),
                new Report.Usage(10, 5, null, 1, 0)));

        assertThat(ReportJson.toJson(report).path("analyzer").path("usage").path("cost_usd").isNull()).isTrue();
    }

    @Test
    void readsBackWhatItWrites() {
        for (Report.Analyzer analyzer : List.of(new Report.Analyzer("local", "0.1.0", "heads"),
                new Report.Analyzer("llm", "0.1.0", "qwen", new Report.Grounding(2, 1), new Report.Usage(1200, 300, 0.0021, 4, 1)),
                new Report.Analyzer("llm", "0.1.0", "qwen", new Report.Grounding(0, 0), new Report.Usage(1, 2, null, 1, 0)))) {
            Report report = report(analyzer);

            Report read = ReportJson.read(ReportJson.write(report));

            assertThat(read).isEqualTo(report);
        }
    }
}

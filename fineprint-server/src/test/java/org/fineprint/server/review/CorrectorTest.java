package org.fineprint.server.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.fineprint.analyze.point.Point;
import org.fineprint.analyze.point.Quote;
import org.fineprint.analyze.rating.Contribution;
import org.fineprint.analyze.rating.Rater;
import org.fineprint.analyze.rating.Rating;
import org.fineprint.analyze.summary.OverviewWriter;
import org.fineprint.catalog.Sentiment;
import org.fineprint.registry.DocumentType;
import org.fineprint.report.Report;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class CorrectorTest {
    private static final Instant NOW = Instant.parse("2026-05-01T10:00:00Z");

    private final Corrector corrector = new Corrector();

    /** Terms (d0) and privacy (d1), six points in importance order, rated by the engine. */
    private final Report report = report(List.of(
            point("arbitration-mandatory", Sentiment.NEGATIVE, 5, "d0"),
            point("class-action-waiver", Sentiment.NEGATIVE, 4, "d0"),
            point("data-sold", Sentiment.NEGATIVE, 4, "d1"),
            point("data-export", Sentiment.POSITIVE, 3, "d1"),
            point("terms-change-notice", Sentiment.POSITIVE, 2, "d0"),
            point("governing-law", Sentiment.NEUTRAL, 2, "d0")));

    @Test
    void returnsTheReportItselfWhenNoCorrectionApplies() {
        Correction elsewhere = correction(DocumentType.PRIVACY, "arbitration-mandatory", CorrectionAction.DISMISS);
        Correction undone = inactive(correction(DocumentType.TERMS, "arbitration-mandatory", CorrectionAction.DISMISS));

        assertThat(corrector.apply(report, List.of())).isSameAs(report);
        assertThat(corrector.apply(report, List.of(elsewhere, undone))).isSameAs(report);
    }

    @Test
    void dropsDismissedPointsAndRatesWhatIsLeft() {
        Report corrected = corrector.apply(report,
                List.of(correction(DocumentType.TERMS, "arbitration-mandatory", CorrectionAction.DISMISS)));

        assertThat(cases(corrected)).containsExactly("class-action-waiver", "data-sold", "data-export",
                "terms-change-notice", "governing-law");
        assertThat(corrected.rating()).isEqualTo(new Rater().rate(corrected.points()));
        assertThat(corrected.rating().score()).isGreaterThan(report.rating().score());
        assertThat(corrected.rating().contributions()).extracting(Contribution::point).containsExactly(0, 1, 2, 3);
    }

    @Test
    void dismissingPointsCanLeaveNotEnoughInformation() {
        Report corrected = corrector.apply(report, List.of(
                correction(DocumentType.TERMS, "arbitration-mandatory", CorrectionAction.DISMISS),
                correction(DocumentType.TERMS, "class-action-waiver", CorrectionAction.DISMISS),
                correction(DocumentType.PRIVACY, "data-sold", CorrectionAction.DISMISS)));

        assertThat(corrected.rating().contributions()).hasSizeLessThan(Rater.MIN_RATED_POINTS);
        assertThat(corrected.rating().stars()).isNull();
        assertThat(corrected.rating().label()).isEqualTo(Rating.NOT_ENOUGH_INFORMATION);
    }

    @Test
    void identifiesPointsByDocumentTypeNotByReportDocumentId() {
        // The same case in the other document is another point.
        Report corrected = corrector.apply(report,
                List.of(correction(DocumentType.PRIVACY, "data-sold", CorrectionAction.DISMISS)));

        assertThat(cases(corrected)).doesNotContain("data-sold").hasSize(5);
        assertThat(corrector.apply(report,
                List.of(correction(DocumentType.TERMS, "data-sold", CorrectionAction.DISMISS)))).isSameAs(report);
    }

    @Test
    void editsReplaceTitleExplanationAndSeverityAndReorderByImportance() {
        Correction edit = edit(DocumentType.PRIVACY, "data-export", "You can download your data", null, 5);

        Report corrected = corrector.apply(report, List.of(edit));

        Point edited = corrected.points().stream().filter(p -> p.caseId().equals("data-export")).findFirst().orElseThrow();
        assertThat(edited.title()).isEqualTo("You can download your data");
        assertThat(edited.explanation()).isEqualTo("Explanation of data-export.");
        assertThat(edited.severity()).isEqualTo(5);
        assertThat(edited.quotes()).isEqualTo(report.points().get(3).quotes());
        assertThat(edited.sentiment()).isEqualTo(Sentiment.POSITIVE);
        // Severity 5 now: before the severity-4 points, after the severity-5 one it ties with.
        assertThat(cases(corrected)).containsExactly("arbitration-mandatory", "data-export", "class-action-waiver",
                "data-sold", "terms-change-notice", "governing-law");
        assertThat(corrected.rating().score()).isGreaterThan(report.rating().score());
    }

    @Test
    void editingOnlyTheExplanationKeepsTheTitle() {
        Report corrected = corrector.apply(report,
                List.of(edit(DocumentType.TERMS, "governing-law", null, "Disputes follow the law of Ireland.", null)));

        Point edited = corrected.points().getLast();
        assertThat(edited.title()).isEqualTo("Title of governing-law");
        assertThat(edited.explanation()).isEqualTo("Disputes follow the law of Ireland.");
        assertThat(corrected.rating()).isEqualTo(report.rating()); // neutral: weighs nothing
    }

    @Test
    void pinnedPointsComeFirstInImportanceOrder() {
        Report corrected = corrector.apply(report, List.of(
                correction(DocumentType.TERMS, "governing-law", CorrectionAction.PIN),
                correction(DocumentType.TERMS, "terms-change-notice", CorrectionAction.PIN)));

        assertThat(cases(corrected)).containsExactly("terms-change-notice", "governing-law", "arbitration-mandatory",
                "class-action-waiver", "data-sold", "data-export");
        assertThat(corrected.rating().score()).isEqualTo(report.rating().score());
        assertThat(corrected.rating().contributions()).extracting(Contribution::point).containsExactly(0, 2, 3, 4, 5);
    }

    @Test
    void aDismissedPointStaysDismissedWhateverElseIsSetOnIt() {
        Report corrected = corrector.apply(report, List.of(
                correction(DocumentType.TERMS, "arbitration-mandatory", CorrectionAction.PIN),
                edit(DocumentType.TERMS, "arbitration-mandatory", "Edited", null, null),
                correction(DocumentType.TERMS, "arbitration-mandatory", CorrectionAction.DISMISS)));

        assertThat(cases(corrected)).doesNotContain("arbitration-mandatory");
    }

    @Test
    void aDismissalRewritesTheOverviewAndDropsTheSummaryBulletThatNamedThePoint() {
        Report corrected = corrector.apply(report,
                List.of(correction(DocumentType.TERMS, "arbitration-mandatory", CorrectionAction.DISMISS)));

        assertThat(corrected.overview()).isEqualTo(new OverviewWriter().write("Example", corrected.rating(),
                corrected.points())).doesNotContain("title of arbitration-mandatory")
                .contains("title of class-action-waiver");
        assertThat(report.overview()).contains("title of arbitration-mandatory");
        assertThat(corrected.document("d0").summary()).containsExactly("Your contract is with Example Ltd.",
                "Title of class-action-waiver.");
        assertThat(corrected.document("d1")).isEqualTo(report.document("d1"));
        assertThat(corrected.service()).isEqualTo(report.service());
        assertThat(corrected.analyzer()).isEqualTo(report.analyzer());
        assertThat(corrected.elapsedMs()).isEqualTo(report.elapsedMs());
    }

    @Test
    void anEditedTitleReplacesItInTheSummaryAndOverview() {
        Report corrected = corrector.apply(report,
                List.of(edit(DocumentType.TERMS, "arbitration-mandatory", "Disputes go to arbitration in Hong Kong",
                        null, null)));

        assertThat(corrected.document("d0").summary()).containsExactly("Your contract is with Example Ltd.",
                "Disputes go to arbitration in Hong Kong.", "Title of class-action-waiver.");
        assertThat(corrected.overview()).contains("disputes go to arbitration in Hong Kong")
                .doesNotContain("title of arbitration-mandatory");
    }

    @Test
    void pinsAloneLeaveTheOverviewAndSummaries() {
        Report corrected = corrector.apply(report,
                List.of(correction(DocumentType.PRIVACY, "data-export", CorrectionAction.PIN)));

        assertThat(corrected.overview()).isEqualTo(report.overview());
        assertThat(corrected.documents()).isEqualTo(report.documents());
    }

    private static List<String> cases(Report report) {
        return report.points().stream().map(Point::caseId).toList();
    }

    private static Point point(String caseId, Sentiment sentiment, int severity, String document) {
        String quote = "Quote for " + caseId + ".";
        return new Point(caseId, "Title of " + caseId, sentiment, severity, document, "Explanation of " + caseId + ".",
                List.of(new Quote(quote, 100, 100 + quote.length())), 0.8);
    }

    /** A report as the built-in analyser writes it: overview and summary bullets name the points. */
    private static Report report(List<Point> points) {
        Rating rating = new Rater().rate(points);
        return new Report(new Report.Service("Example", "Shopping"), rating,
                new OverviewWriter().write("Example", rating, points),
                List.of(new Report.Document("d0", DocumentType.TERMS, "Terms", "terms.md", "en", "aa", 5000,
                                List.of("Your contract is with Example Ltd.", "Title of arbitration-mandatory.",
                                        "Title of class-action-waiver.")),
                        new Report.Document("d1", DocumentType.PRIVACY, "Privacy", "privacy.md", "en", "bb", 4000,
                                List.of("Collects your name.", "Title of data-sold."))),
                new ArrayList<>(points), new Report.Analyzer("local", "0.1.0", "cues"), 42);
    }

    private static Correction correction(DocumentType type, String caseId, CorrectionAction action) {
        return new Correction(1, 7, new PointIdentity(type, caseId), action, null, null, null, "Because.", "alice",
                true, NOW, NOW);
    }

    private static Correction edit(DocumentType type, String caseId, @Nullable String title,
                                   @Nullable String explanation, @Nullable Integer severity) {
        return new Correction(1, 7, new PointIdentity(type, caseId), CorrectionAction.EDIT, title, explanation,
                severity, "Because.", "alice", true, NOW, NOW);
    }

    private static Correction inactive(Correction c) {
        return new Correction(c.id(), c.serviceId(), c.point(), c.action(), c.title(), c.explanation(), c.severity(),
                c.reason(), c.author(), false, c.createdAt(), c.updatedAt());
    }
}

package org.fineprint.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.fineprint.analyze.point.Point;
import org.fineprint.analyze.point.Quote;
import org.fineprint.analyze.rating.Rater;
import org.fineprint.catalog.Sentiment;
import org.fineprint.registry.DocumentType;
import org.junit.jupiter.api.Test;

class ReportTextTest {
    private static final String TERMS = "Keep your password secret. We may sell your data.";
    private static final String PRIVACY = "You are responsible for your password.";

    /** One case found in both documents, and another in the terms only. */
    private static Report report() {
        List<Point> points = List.of(
                new Point("data-sold", "The provider may sell your personal data", Sentiment.NEGATIVE, 5, "d0",
                        "Your data may be sold.", List.of(Quote.of(TERMS, 27, TERMS.length())), 0.9),
                new Point("account-security-on-user", "You are responsible for your account", Sentiment.NEUTRAL, 1, "d0",
                        "Keep your login safe.", List.of(Quote.of(TERMS, 0, 26)), 0.8),
                new Point("account-security-on-user", "You are responsible for your account", Sentiment.NEUTRAL, 1, "d1",
                        "Keep your login safe.", List.of(Quote.of(PRIVACY, 0, PRIVACY.length())), 0.7));
        return new Report(new Report.Service("Example", "Shopping"), new Rater().rate(points), "Overview.",
                List.of(new Report.Document("d0", DocumentType.TERMS, "Terms", "terms.txt", "en", "ab", TERMS.length(), List.of()),
                        new Report.Document("d1", DocumentType.PRIVACY, "Privacy", "privacy.txt", "en", "cd",
                                PRIVACY.length(), List.of())),
                points, new Report.Analyzer("local", "0.1.0", "heads"), 12);
    }

    @Test
    void groupsThePointsOfOneCaseInReportOrder() {
        assertThat(report().pointsByCase()).containsExactly(List.of(0), List.of(1, 2));
    }

    @Test
    void showsACaseFoundInTwoDocumentsOnceWithTheQuotesOfBoth() {
        String text = ReportText.write(report());

        assertThat(text).contains("POINTS OF INTEREST (2)");
        assertThat(text.split("You are responsible for your account", -1)).hasSize(2);
        assertThat(text).contains("You are responsible for your account  [terms, privacy]")
                .contains("> terms: “Keep your password secret.” (chars 0-26)")
                .contains("> privacy: “You are responsible for your password.” (chars 0-38)")
                .contains("> “We may sell your data.” (chars 27-49)");
    }

    @Test
    void markdownShowsACaseFoundInTwoDocumentsOnce() {
        String markdown = ReportMarkdown.write(report());

        assertThat(markdown.split("\\*\\*You are responsible for your account\\*\\*", -1)).hasSize(2);
        assertThat(markdown).contains("from *terms, privacy*").contains("> *privacy*: You are responsible for your password.");
    }
}
